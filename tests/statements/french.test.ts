import { describe, expect, it } from 'vitest';
import { expectExactOffsets, extract, find } from './helpers';

describe('French statements', () => {
  it('reads an indirect statement with que and an addressee', () => {
    const text =
      'La ministre des Armées Claire Dufour a affirmé mardi aux députés que la flotte serait renouvelée avant 2030.';
    const s = find(extract(text), 'la flotte serait renouvelée avant 2030');
    expect(s.kind).toBe('indirect');
    expect(s.speaker).toBe('Claire Dufour');
    expect(s.role).toBe('ministre des Armées');
    expect(s.cue).toBe('a affirmé');
    expect(s.addressee).toBe('députés');
    expectExactOffsets(text, [s]);
  });

  it('handles elisions (qu’il, l’) and typographic apostrophes', () => {
    const text = 'Paul Martin a expliqué qu’il n’avait pas reçu l’invitation.';
    const s = find(extract(text), 'il n’avait pas reçu l’invitation');
    expect(s.speaker).toBe('Paul Martin');
    expect(s.kind).toBe('indirect');
  });

  it('reads a direct quotation in « » with narrow no-break spaces, attribution after it', () => {
    const text =
      '«\u202fNous ne céderons rien sur ce point\u202f», a déclaré jeudi le maire de Lyon, Henri Valois.';
    const s = find(extract(text), 'Nous ne céderons rien sur ce point');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Henri Valois');
    expectExactOffsets(text, [s]);
  });

  it('reads inverted pronouns (a-t-il ajouté, estime-t-elle) and resolves them', () => {
    const text =
      'La sénatrice Anne Roux a présenté son rapport lundi. « Le texte doit être revu », estime-t-elle. « Nous attendrons l’automne », a-t-elle ajouté.';
    const statements = extract(text);
    expect(find(statements, 'Le texte doit être revu').speaker).toBe('Anne Roux');
    const second = find(statements, 'Nous attendrons l’automne');
    expect(second.speaker).toBe('Anne Roux');
    expect(second.mention).toBe('elle');
    expect(second.cue).toBe('a-t-elle ajouté');
  });

  it('reads a mixed statement (indirect with a quoted fragment)', () => {
    const text = 'Le syndicat a estimé que la réforme était « une provocation » pour les salariés.';
    const s = find(extract(text), 'la réforme était « une provocation » pour les salariés');
    expect(s.kind).toBe('mixed');
    expect(s.speaker).toBe('Le syndicat'.replace('Le s', 'S'));
  });

  it('keeps nested quotation marks inside a quotation', () => {
    const text =
      '« Ils appellent cela une “pause technique”, moi j’appelle cela un recul », a lancé Marc Blin.';
    const s = find(extract(text), 'Ils appellent cela une “pause technique”, moi j’appelle cela un recul');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Marc Blin');
  });

  it('joins a split quotation with the attribution between its parts', () => {
    const text =
      '« Le calendrier est tenu », a assuré la directrice, Julie Perrin, « et les essais commencent demain ».';
    const s = find(extract(text), 'Le calendrier est tenu … et les essais commencent demain');
    expect(s.speaker).toBe('Julie Perrin');
    expect(s.kind).toBe('direct');
    expectExactOffsets(text, [s]);
  });

  it('splits a quotation whose attribution sits inside the marks', () => {
    const text =
      'Le général Pierre Caron est formel. « Nous sommes prêts, a-t-il dit. Les unités sont en place. »';
    const s = find(extract(text), 'Nous sommes prêts … Les unités sont en place');
    expect(s.speaker).toBe('Pierre Caron');
  });

  it('reads a quotation running over several paragraphs, one statement a paragraph', () => {
    const text =
      'Le maire Louis Brun a déclaré : « Cette ville a changé.\n\n« Elle mérite mieux que ces querelles. »\n\nLa séance a ensuite été levée.';
    const statements = extract(text);
    const first = find(statements, 'Cette ville a changé');
    const second = find(statements, 'Elle mérite mieux que ces querelles');
    for (const s of [first, second]) {
      expect(s.speaker).toBe('Louis Brun');
      expect(s.kind).toBe('direct');
    }
    expect(second.continues).toBe(first.id);
  });

  it('reads selon X before and after the content', () => {
    const statements = extract(
      'Selon le ministère de l’Intérieur, 300 personnes ont été évacuées. Les routes restent fermées, selon la préfecture.',
    );
    expect(find(statements, '300 personnes ont été évacuées').speaker).toBe('Ministère de l’Intérieur');
    expect(find(statements, 'Les routes restent fermées').speaker).toBe('Préfecture');
  });

  it('reads d’après X', () => {
    const s = find(
      extract('D’après l’économiste Lucie Bard, la croissance ralentira en fin d’année.'),
      'la croissance ralentira en fin d’année',
    );
    expect(s.speaker).toBe('Lucie Bard');
  });

  it('reads a colon quotation (X : « … »)', () => {
    const text = 'Le porte-parole du gouvernement Yves Lenoir : « Aucune décision n’a été prise. »';
    const s = find(extract(text), 'Aucune décision n’a été prise');
    expect(s.speaker).toBe('Yves Lenoir');
    expect(s.kind).toBe('direct');
  });

  it('gives the reporting source as via (…, a déclaré l’Élysée)', () => {
    const text =
      'Le président Jean Morel a dit à son homologue allemand Karl Weiss que la coopération continuerait, a déclaré l’Élysée.';
    const s = find(extract(text), 'la coopération continuerait');
    expect(s.speaker).toBe('Jean Morel');
    expect(s.addressee).toBe('Karl Weiss');
    expect(s.via).toBe('Élysée');
    // The reporting source is not a statement of its own here.
    expect(extract(text)).toHaveLength(1);
  });

  it('resolves surnames, pronouns and roles to the full name introduced earlier', () => {
    const text =
      'Le Premier ministre Paul Girard a reçu les maires. Girard a indiqué que le plan serait financé. Il a ajouté que les délais seraient courts. Le Premier ministre a conclu que rien n’était acquis.';
    const statements = extract(text);
    expect(find(statements, 'le plan serait financé').speaker).toBe('Paul Girard');
    expect(find(statements, 'les délais seraient courts').speaker).toBe('Paul Girard');
    expect(find(statements, 'rien n’était acquis').speaker).toBe('Paul Girard');
  });

  it('reads participial cues with their own subject (Poutine ayant déclaré …) as reported by the main speaker', () => {
    const text =
      'Le ministère a indiqué que les discussions avaient été longues, Marie Lenoir ayant déclaré aux négociateurs qu’elle attendrait.';
    const statements = extract(text);
    expect(find(statements, 'les discussions avaient été longues').speaker).toBe('Ministère');
    const inner = find(statements, 'elle attendrait');
    expect(inner.speaker).toBe('Marie Lenoir');
    expect(inner.via).toBe('Ministère');
    expect(inner.cue).toBe('ayant déclaré');
  });

  it('does not take narration for statements', () => {
    const statements = extract(
      'Le conflit dure depuis des années. La déclaration a été signée à Genève. Le ministre est arrivé à Paris.',
    );
    expect(statements).toHaveLength(0);
  });

  it('gives institutions their canonical names (l’Elysée → Élysée, le Kremlin → Kremlin)', () => {
    const statements = extract(
      'Le Kremlin a affirmé que les troupes se retiraient. L’Elysée a estimé que c’était insuffisant.',
    );
    expect(find(statements, 'les troupes se retiraient').speaker).toBe('Kremlin');
    expect(find(statements, 'c’était insuffisant').speaker).toBe('Élysée');
  });

  it('reads « Pour X, … » as an attribution, but not « Pour la première fois, … »', () => {
    const statements = extract(
      'Pour l’économiste Marc Vidal, la reprise sera lente. Pour la première fois, le pays a voté.',
    );
    expect(find(statements, 'la reprise sera lente').speaker).toBe('Marc Vidal');
    expect(statements).toHaveLength(1);
  });

  it('takes « à X » after a place adverbial for a place, not an addressee', () => {
    const s = find(
      extract(
        '« Rien ne change », a prévenu la ministre Eva Klein lors d’une conférence de presse à Berlin.',
      ),
      'Rien ne change',
    );
    expect(s.speaker).toBe('Eva Klein');
    expect(s.addressee).toBeUndefined();
  });

  it('keeps the words after a quoted fragment in a mixed statement', () => {
    const s = find(
      extract('Le maire Paul Vian s’est dit « très inquiet » de la situation.'),
      '« très inquiet » de la situation',
    );
    expect(s.kind).toBe('mixed');
    expect(s.speaker).toBe('Paul Vian');
  });

  it('reads an apposition after the role (Le porte-parole du Kremlin, Dmitri X, a déclaré que)', () => {
    const s = find(
      extract('Le porte-parole du Kremlin, Ivan Orlov, a déclaré que les pourparlers continueraient.'),
      'les pourparlers continueraient',
    );
    expect(s.speaker).toBe('Ivan Orlov');
  });
});

describe('French agency style: sources and who "elle", "la même source" stand for', () => {
  it('an impersonal "il" in the reported clause does not make the speaker a man', () => {
    const statements = extract(
      "Interrogée sur une radio publique, la députée Odile Ferrand a estimé qu'il n'était « plus temps » d'attendre. Elle a ajouté que le texte serait déposé en janvier. Marion Caze a assuré qu'il faut agir vite. Elle a promis que le budget suivrait.",
    );
    expect(find(statements, 'le texte serait déposé en janvier').speaker).toBe('Odile Ferrand');
    expect(find(statements, 'le budget suivrait').speaker).toBe('Marion Caze');
  });

  it('a role of both genders takes its article, so that "elle" finds her', () => {
    const statements = extract(
      'La porte-parole du gouvernement, Inès Marchal, a indiqué que le conseil se réunirait jeudi. Elle a précisé que trois textes seraient examinés.',
    );
    expect(find(statements, 'trois textes seraient examinés').speaker).toBe('Inès Marchal');
  });

  it('"la même source" and "selon la même source" are the source just quoted', () => {
    const statements = extract(
      'Deux hommes ont été interpellés mardi, a indiqué le parquet de Nantes. « Les investigations se poursuivent », a précisé la même source. Selon la même source, un troisième suspect est recherché.',
    );
    expect(find(statements, 'Les investigations se poursuivent').speaker).toMatch(/^parquet de Nantes$/i);
    expect(find(statements, 'un troisième suspect est recherché').speaker).toMatch(/^parquet de Nantes$/i);
  });

  it('"a-t-on appris auprès de …" and "de source …" attribute the news before them', () => {
    const statements = extract(
      "Un entrepôt a été détruit par les flammes dans la nuit, a-t-on appris auprès des pompiers. Le gérant a été entendu, a-t-on appris de source judiciaire. L'usine restera fermée, apprend-on auprès de la direction.",
    );
    expect(find(statements, 'Un entrepôt a été détruit par les flammes dans la nuit').speaker).toBe(
      'pompiers',
    );
    expect(find(statements, 'Le gérant a été entendu').speaker).toBe('source judiciaire');
    expect(find(statements, "L'usine restera fermée").speaker).toMatch(/^direction$/i);
  });

  it('a role named alone is not the unnamed holder of another role before it', () => {
    const statements = extract(
      "Le ministre a affirmé que la réforme serait maintenue. La porte-parole a ajouté que le calendrier n'avait pas changé.",
    );
    expect(find(statements, "le calendrier n'avait pas changé").speaker).not.toMatch(/ministre/i);
  });

  it('a role takes up the person named in apposition to the subject since the last speaker', () => {
    const statements = extract(
      "Le président Marc Doumer a assuré que l'aide serait maintenue. Le chef de la diplomatie, Hugo Lemaire, a reçu ses homologues à Lille. Le ministre a ensuite déclaré que la réunion avait été « utile ».",
    );
    expect(find(statements, 'la réunion avait été « utile »').speaker).toBe('Hugo Lemaire');
  });

  it('"un porte-parole" is someone new, not the minister named before', () => {
    const statements = extract(
      "Le ministre Paul Ancel a déclaré que le projet avançait. Un porte-parole de l'opposition a répliqué que rien n'était décidé.",
    );
    expect(find(statements, "rien n'était décidé").speaker).not.toBe('Paul Ancel');
  });
});

describe('French: a bare infinitive after a verb of saying', () => {
  it('"a assuré ne pas vouloir …", "dément avoir …" report the infinitive clause', () => {
    const statements = extract(
      "Le Kremlin a assuré mardi ne pas chercher la confrontation. L'armée dément avoir visé des civils. Le maire a indiqué avoir saisi la justice. Le ministre a annoncé de nouvelles aides pour les éleveurs.",
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Kremlin', 'ne pas chercher la confrontation'],
      ['Armée', 'avoir visé des civils'],
      ['maire', 'avoir saisi la justice'],
    ]);
  });
});

describe('French: where an indirect statement ends', () => {
  it('the setting of the speech after a comma ends the reported clause', () => {
    const statements = extract(
      "Le ministre a estimé que la situation restait grave, lors d'une conférence de presse à Rennes. La maire a assuré que les travaux seraient achevés en juin, à l'issue d'une réunion avec les riverains. Le sénateur a jugé que le texte était « mal ficelé », dans un entretien au Figaro.",
    );
    expect(statements.map((s) => s.content)).toEqual([
      'la situation restait grave',
      'les travaux seraient achevés en juin',
      'le texte était « mal ficelé »',
    ]);
  });

  it('other phrases after a comma stay in the content', () => {
    const [s] = extract(
      'Le préfet a indiqué que les routes seraient rouvertes, sauf en cas de nouvelles chutes de neige.',
    );
    expect(s!.content).toBe('les routes seraient rouvertes, sauf en cas de nouvelles chutes de neige');
  });

  it('a name in apposition with its own title is the speaker ("…, le colonel X, a affirmé")', () => {
    const [s] = extract(
      "Le porte-parole de l'état-major, le colonel Denis Arnaud, a affirmé que les frappes avaient visé des dépôts.",
    );
    expect(s!.speaker).toBe('Denis Arnaud');
  });
});

describe('French: an addressee before the inverted subject', () => {
  it('"« … », a déclaré à l\'AFP un porte-parole": the subject after the addressee speaks', () => {
    const statements = extract(
      "« Les secours sont débordés », a confié à l'AFP un responsable humanitaire. « Nous resterons », a assuré à la presse la directrice de l'hôpital, Anne Vidal.",
    );
    const first = find(statements, 'Les secours sont débordés');
    expect(first.speaker).toBe('responsable humanitaire');
    expect(first.addressee).toBe('AFP');
    expect(find(statements, 'Nous resterons').speaker).toBe('Anne Vidal');
  });
});

describe('French: sources, parties and judgements', () => {
  it('a relative clause describing a fronted source is no part of the content', () => {
    const [s] = extract(
      'Selon le quotidien régional, qui cite des sources policières, deux suspects ont été interpellés.',
    );
    expect(s).toMatchObject({ speaker: 'quotidien régional', content: 'deux suspects ont été interpellés' });
  });

  it('a party acronym between the role and the name belongs to the role', () => {
    const [s] = extract("« Le texte est mort-né », a lancé la députée RN Sophie Lenoir dans l'hémicycle.");
    expect(s!.speaker).toBe('Sophie Lenoir');
  });

  it('"a jugé X « … »": the object with its quoted predicate', () => {
    const [s] = extract('Le syndicat a jugé les annonces du gouvernement « très insuffisantes ».');
    expect(s).toMatchObject({
      kind: 'mixed',
      content: 'les annonces du gouvernement « très insuffisantes »',
    });
  });
});

describe('French: "indique-t-on à Matignon"', () => {
  it('an inverted "on" speaks for the institution named after it', () => {
    const statements = extract(
      "« Aucune décision n'a été prise », indique-t-on à Matignon. Le calendrier sera tenu, assure-t-on au ministère des Armées.",
    );
    expect(find(statements, "Aucune décision n'a été prise").speaker).toBe('Matignon');
    expect(find(statements, 'Le calendrier sera tenu').speaker).toMatch(/^ministère des Armées$/i);
  });
});

describe('French: a criticism whose object holds quoted words', () => {
  it('"a dénoncé sur X un acte « … »" is a mixed statement; a plain object is none', () => {
    const statements = extract(
      "La présidente de l'association a dénoncé sur les réseaux sociaux une décision « incompréhensible ». Le syndicat a dénoncé la fermeture du site.",
    );
    expect(statements.map((s) => [s.kind, s.content])).toEqual([
      ['mixed', 'une décision « incompréhensible »'],
    ]);
  });

  it('a generic "on" is nobody in particular', () => {
    const statements = extract(
      "Le maire Jean Valmont a inauguré la place. On raconte qu'il aurait voulu la baptiser autrement.",
    );
    expect(find(statements, 'il aurait voulu la baptiser autrement').speaker).toBe('');
  });
});

describe('French: names with several particles', () => {
  it('"Ursula von der Leyen" is one name', () => {
    const [s] = extract("Ursula von der Leyen a déclaré que l'Union tiendrait ses engagements.");
    expect(s!.speaker).toBe('Ursula von der Leyen');
  });
});

describe('French non-statements', () => {
  it('skips negated cues (ne … pas, n’a jamais)', () => {
    expect(
      extract('Le ministre ne dit pas que la réforme est abandonnée. Il n’a jamais déclaré qu’il partirait.'),
    ).toHaveLength(0);
  });

  it('reads "À ses yeux" and "Selon lui" as the last speaker, an institution as well as a person', () => {
    const text =
      "Les analyses ont été confiées à deux laboratoires, indique l'Office fédéral de l'environnement. À ses yeux, les valeurs mesurées restent préoccupantes. Le préfet Marc Olivier a confirmé que les captages seront fermés. Selon lui, aucune autre solution n'existe.";
    const statements = extract(text);
    expect(find(statements, 'les valeurs mesurées restent préoccupantes').speaker).toBe(
      "Office fédéral de l'environnement",
    );
    expect(find(statements, "aucune autre solution n'existe").speaker).toBe('Marc Olivier');
  });
});
