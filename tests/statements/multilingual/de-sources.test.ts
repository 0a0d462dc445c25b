/**
 * German sources without a verb, fifth round: where the content starts after a fronted source that has its
 * own apposition or relative clause. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { find } from '../helpers';
import { extract } from './helpers';

describe('German: a fronted source with an apposition or a relative clause', () => {
  test('the content starts at the finite verb after the inserted phrase', () => {
    expect(
      extract(
        'Nach Angaben von Peter Braun, einem Manager der Reederei, wurde eine neue Besatzung angeheuert.',
        'de',
      ).map((s) => [s.speaker, s.content]),
    ).toEqual([['Peter Braun', 'wurde eine neue Besatzung angeheuert']]);
    expect(
      extract(
        'Nach Angaben der Feuerwehr, die den Brand am Abend löschte, sind zwei Menschen verletzt.',
        'de',
      ).map((s) => s.content),
    ).toEqual(['sind zwei Menschen verletzt']);
  });

  test('a source named by the marker alone keeps its relative clause out of the content', () => {
    const [s] = extract(
      'Nach einer Hochrechnung, die auf der Hälfte der Wahlbezirke beruht, liegt die Amtsinhaberin knapp vorn.',
      'de',
    );
    expect(s).toMatchObject({
      cue: 'Nach einer Hochrechnung',
      content: 'liegt die Amtsinhaberin knapp vorn',
    });
  });

  test('two coordinated sources and their relative clause stay out of the content', () => {
    const [s] = extract(
      'Nach übereinstimmenden Angaben der Lokalzeitung und des Rundfunks, die sich auf Polizeikreise berufen, hat der Verdächtige gestanden.',
      'de',
    );
    expect(s?.content).toBe('hat der Verdächtige gestanden');
  });
});

describe('German: "nach" after the source, and a name in the genitive', () => {
  test('"nach" put after a source noun attributes like "zufolge"', () => {
    expect(
      extract('Angaben des Ministeriums nach sollen drei Schulen schließen.', 'de').map((s) => [
        s.mention,
        s.content,
      ]),
    ).toEqual([['Angaben des Ministeriums', 'sollen drei Schulen schließen']]);
    expect(
      extract('Der Täter sei, Müllers Angaben nach, über die Grenze geflohen.', 'de').map((s) => s.content),
    ).toEqual(['Der Täter sei … über die Grenze geflohen']);
  });

  test('"nach" before a noun phrase, or after another noun, is a preposition', () => {
    expect(extract('Die Angaben nach dem Unfall waren widersprüchlich.', 'de')).toEqual([]);
    expect(extract('Der Bericht nach Brüssel kam zu spät an.', 'de')).toEqual([]);
    expect(extract('Der Minister reiste nach Berlin.', 'de')).toEqual([]);
  });

  test('"nach Müllers Angaben": the genitive name and the noun name the source', () => {
    const [s] = extract('Nach Müllers Angaben ist der Damm stabil.', 'de');
    expect(s).toMatchObject({ mention: 'Müllers Angaben', content: 'ist der Damm stabil' });
  });
});

describe('German: a source inside a subordinate clause vouches for that clause', () => {
  test('a causal clause', () => {
    expect(
      extract('Das Spiel wurde abgesagt, weil der Platz laut Schiedsrichter unbespielbar war.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['weil der Platz … unbespielbar war']);
  });

  test('a relative clause ends before the main clause goes on', () => {
    expect(
      extract(
        'Die Brücke, die nach Angaben der Stadt dringend saniert werden muss, bleibt vorerst offen.',
        'de',
      ).map((s) => s.content),
    ).toEqual(['die … dringend saniert werden muss']);
  });

  test('a source in the main clause keeps the whole sentence', () => {
    expect(
      extract('Weil es regnete, wurde das Spiel laut Schiedsrichter abgebrochen.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['Weil es regnete, wurde das Spiel … abgebrochen']);
  });
});

describe('German: a fronted source coordinated with another', () => {
  test('the content starts at the verb after both sources', () => {
    expect(
      extract(
        'Laut einer Erklärung der Staatsanwaltschaft und der Polizei sollen mehrere Beteiligte Messer getragen haben, darunter ein Jugendlicher.',
        'de',
      ).map((s) => s.content),
    ).toEqual(['sollen mehrere Beteiligte Messer getragen haben, darunter ein Jugendlicher']);
  });
});

describe('German: ", so X" with a second source, and in the middle of the sentence', () => {
  test('"laut" after ", so X" names who reports it and stays out of the content', () => {
    const [s] = extract('Die Kassen seien leer, so der Kämmerer laut der Lokalzeitung.', 'de');
    expect(s).toMatchObject({
      content: 'Die Kassen seien leer',
      mention: 'der Kämmerer',
      via: 'Lokalzeitung',
    });
  });

  test('", so X," before a "dass" clause reports both sides', () => {
    expect(
      extract('Das Problem sei vielmehr, so die Kämmerin, dass die Kassen leer seien.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['Das Problem sei vielmehr … dass die Kassen leer seien']);
  });

  test('", so X," before a clause in the indicative ends the statement there', () => {
    expect(
      extract('Die Kassen seien leer, so die Kämmerin, und sie verlangte mehr Geld vom Land.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['Die Kassen seien leer']);
  });
});

describe('German: "Mit den Worten „…“" after a colon', () => {
  test('the quotation opening the clause after the colon is found, with the clause’s subject', () => {
    const [s] = extract(
      'Die Ministerin Eva Stein reagierte gelassen: Mit den Worten „Wir bleiben ruhig“ eröffnete sie die Sitzung.',
      'de',
    );
    expect(s).toMatchObject({ kind: 'direct', content: 'Wir bleiben ruhig', speaker: 'Eva Stein' });
  });

  test('a pronoun after the verb is the subject and refers back', () => {
    const [s] = extract(
      'Anna Roth kam spät. Mit den Worten „Guten Morgen allerseits“ eröffnete sie die Sitzung.',
      'de',
    );
    expect(s).toMatchObject({ content: 'Guten Morgen allerseits', speaker: 'Anna Roth', mention: 'sie' });
  });
});

describe('German: ", doch laut X" opens another source', () => {
  test('each source keeps its own clause', () => {
    expect(
      extract(
        'Der Bürgermeister sagte, der Umbau koste drei Millionen, doch laut dem Landesrechnungshof wird er doppelt so teuer.',
        'de',
      ).map((s) => [s.mention, s.content]),
    ).toEqual([
      ['Der Bürgermeister', 'der Umbau koste drei Millionen'],
      ['dem Landesrechnungshof', 'wird er doppelt so teuer'],
    ]);
  });
});

describe('German: naming verbs and speech acts with an object report their clause', () => {
  test('"bezeichnete X als Y": the whole clause', () => {
    expect(
      extract('Die Ministerin bezeichnet den Vorschlag als Sackgasse.', 'de').map((s) => [s.kind, s.content]),
    ).toEqual([['indirect', 'Die Ministerin bezeichnet den Vorschlag als Sackgasse']]);
  });

  test('a quoted name is the quotation alone, direct', () => {
    expect(
      extract('Der Landrat bezeichnete den Bescheid als „Zumutung“ und kündigte Widerstand an.', 'de').map(
        (s) => [s.kind, s.content],
      ),
    ).toContainEqual(['direct', 'Zumutung']);
    expect(
      extract('Die Sprecherin nennt den Umbau einen „Meilenstein für die Stadt“.', 'de').map((s) => [
        s.kind,
        s.content,
      ]),
    ).toEqual([['direct', 'Meilenstein für die Stadt']]);
  });

  test('a speech act with its pronoun subject after the verb reports the whole sentence', () => {
    expect(
      extract('Zugleich vermutet sie hinter dem Brand eine gezielte Tat.', 'de').map((s) => s.content),
    ).toEqual(['Zugleich vermutet sie hinter dem Brand eine gezielte Tat']);
  });
});

describe('German: a quoted object, then a second predicate of the same subject', () => {
  test('"spricht von einer „…“ und sieht dies als …": the quotation, then the second predicate', () => {
    expect(
      extract(
        'Die Landrätin spricht von einem „Kraftakt“ und sieht dies als Chance für den Kreis.',
        'de',
      ).map((s) => [s.kind, s.speaker, s.content]),
    ).toEqual([
      ['direct', 'Landrätin', 'Kraftakt'],
      ['indirect', 'Landrätin', 'und sieht dies als Chance für den Kreis'],
    ]);
  });

  test('"wird als … gesehen" with its agent reports the sentence; "sieht … aus als" reports nothing', () => {
    expect(
      extract('Von den Abgeordneten wird dies als Fortschritt gesehen.', 'de').map((s) => s.content),
    ).toEqual(['Von den Abgeordneten wird dies als Fortschritt gesehen']);
    expect(extract('Das Ergebnis sieht besser aus als erwartet.', 'de')).toEqual([]);
  });
});

describe('German: roles and names of different people', () => {
  test('the same office with another country’s adjective is someone else', () => {
    const statements = extract(
      'Der brasilianische Präsident Paulo Souza sagte, Ethanol sei die Zukunft. Der chilenische Präsident sagte, das Problem sei die Armut.',
      'de',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Paulo Souza', 'chilenische Präsident']);
  });

  test('a capitalised run after "beim" or "im" is a noun phrase, not a person', () => {
    const statements = extract(
      'Die Ansichten von Maria Lopes und Jorge Silva gingen beim Thema Ethanol-Kraftstoffe auseinander. Der Minister sagte, der Streit sei beigelegt.',
      'de',
    );
    expect(statements.at(-1)?.speaker).not.toBe('Thema Ethanol-Kraftstoffe');
  });
});

describe('German: speech through someone else, "ließ … mitteilen"', () => {
  test('the infinitive closes the cue like a particle', () => {
    expect(
      extract(
        'Die Bürgermeisterin ließ über ihren Sprecher mitteilen, dass die Halle geschlossen bleibe.',
        'de',
      ).map((s) => [s.speaker, s.content]),
    ).toEqual([['Bürgermeisterin', 'die Halle geschlossen bleibe']]);
    expect(
      extract('Dazu ließ der Verband im Radio verbreiten, man werde weiter streiken.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['man werde weiter streiken']);
  });

  test('"ließ" with no such infinitive reports nothing', () => {
    expect(extract('Der Konzern ließ die Anfrage unbeantwortet.', 'de')).toEqual([]);
  });
});

describe('German: an infinitive clause without its comma after a closed verb bracket', () => {
  test('"hat angekündigt … zu + infinitive" reports the infinitive clause', () => {
    expect(
      extract('Die Landrätin hatte am Montag angekündigt bei der Wahl nicht mehr anzutreten.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['bei der Wahl nicht mehr anzutreten']);
  });

  test('an object in the bracket still reports the sentence', () => {
    expect(extract('Die Landrätin hat ihren Rückzug angekündigt.', 'de').map((s) => s.content)).toEqual([
      'Die Landrätin hat ihren Rückzug angekündigt',
    ]);
  });
});

describe('German: the subject, a short predicate and a colon introduce a quotation', () => {
  test('"Die Ministerin wurde deutlich: „…“"', () => {
    expect(
      extract('Die Ministerin wurde deutlich: „Wir geben nicht nach.“', 'de').map((s) => [
        s.kind,
        s.speaker,
        s.content,
      ]),
    ).toEqual([['direct', 'Ministerin', 'Wir geben nicht nach']]);
  });

  test('a lone capitalised adverb opening the sentence is no subject', () => {
    expect(extract('Darin steht ein Satz: „Wir sind betroffen.“', 'de').map((s) => s.speaker)).not.toContain(
      'Darin',
    );
  });
});

describe('"nach Angaben von …"', () => {
  test('"von" belongs to the marker: the source is the plural or the name after it', () => {
    const statements = extract(
      'Nach Angaben von Sanitätern wurden vier Menschen leicht verletzt. Laut Angaben von Greenpeace wurden die Grenzwerte überschritten.',
      'de',
    );
    expect(find(statements, 'wurden vier Menschen leicht verletzt').speaker).toBe('Sanitätern');
    expect(find(statements, 'wurden die Grenzwerte überschritten').speaker).toBe('Greenpeace');
  });
});

describe('"Darin heißt es": a document named in the sentence before', () => {
  test('the document is the speaker, not the adverb', () => {
    const statements = extract(
      'Der Verband veröffentlichte am Mittwoch eine Stellungnahme. Darin heißt es: „Wir lehnen jede Kürzung ab.“ Das Amt legte seinen Jahresbericht vor. Dort heißt es, die Zahl der Anträge sei gestiegen.',
      'de',
    );
    expect(find(statements, 'Wir lehnen jede Kürzung ab').speaker).toBe('Stellungnahme');
    expect(find(statements, 'die Zahl der Anträge sei gestiegen').speaker).toBe('Jahresbericht');
  });
});

describe('a fronted source before a stated plan', () => {
  test('"Nach Angaben der Gewerkschaft will der Konzern …" is the union’s report', () => {
    const statements = extract(
      'Nach Angaben der Gewerkschaft will der Konzern im kommenden Jahr 800 Stellen streichen. Der Konzern will außerdem zwei Werke schließen.',
      'de',
    );
    const report = find(statements, 'will der Konzern im kommenden Jahr 800 Stellen streichen');
    expect(report.speaker).toBe('Gewerkschaft');
    // A plan stated without a source stays the company's own.
    expect(find(statements, 'Der Konzern will außerdem zwei Werke schließen').speaker).toBe('Konzern');
  });
});

describe('an institution named by its noun and an acronym', () => {
  test('"berichtete die Nachrichtenagentur AP" names the agency', () => {
    const [s] = extract(
      'Der Gouverneur habe die Vorwürfe zurückgewiesen, berichtete die Nachrichtenagentur AP.',
      'de',
    );
    expect(s).toMatchObject({
      speaker: 'Nachrichtenagentur AP',
      content: 'Der Gouverneur habe die Vorwürfe zurückgewiesen',
    });
  });
});
