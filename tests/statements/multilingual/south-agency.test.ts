/**
 * Agency styles of Spanish (Europa Press, El País), Italian (Adnkronos, Corriere), Polish (TVN24) and
 * Ukrainian (Ukrainska Pravda, Suspilne) that the first sets did not hold: a role named in the next sentence,
 * "Lo ha detto … il ministro", the charge of "acusar"/"accusare", dropped subjects after an opening phrase,
 * institutions as role complements and in quotation marks.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('a role named in the next sentence', () => {
  test('es: "El ministro … afirmó … . Luis Planas, que …, añadió …" is one person throughout', () => {
    const statements = extract(
      'El ministro de Agricultura afirmó este lunes que el campo necesita ayudas urgentes. Luis Planas, que visitó una explotación en Jaén, añadió que la sequía ha reducido la cosecha. El ministro recordó que el Gobierno ya aprobó un plan de rescate.',
      'es',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Luis Planas', 'Luis Planas', 'Luis Planas']);
  });

  test('pl: "Wiceszefowa MSZ przekazała … . Anna Nowak, która …, dodała …"', () => {
    const statements = extract(
      'Wiceszefowa MSZ przekazała w piątek, że Polska poprze wniosek Komisji. Anna Nowak, która gościła w porannym programie radia, dodała, że decyzja zapadnie w grudniu.',
      'pl',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Anna Nowak', 'Anna Nowak']);
  });

  test('a name that comes with a role of its own is someone else', () => {
    const [first] = extract(
      'El portavoz del Ayuntamiento aseguró que las obras terminarán en marzo. La alcaldesa de Jaén, María Ruiz, dijo después que el plazo es ajustado.',
      'es',
    );
    expect(first!.speaker).not.toBe('María Ruiz');
  });
});

describe('Spanish', () => {
  test('"acusó a X de" + infinitive: the charge is the content, X the addressee', () => {
    const [s] = extract(
      'El líder de la oposición, Juan Moreno, acusó al alcalde de ocultar las cuentas del municipio.',
      'es',
    );
    expect(s).toMatchObject({
      speaker: 'Juan Moreno',
      cue: 'acusó',
      content: 'ocultar las cuentas del municipio',
      addressee: 'alcalde',
    });
  });

  test('an addressee whose name joins capitals with "de" ("a la Comisión Nacional del Mercado de Valores de que")', () => {
    const [s] = extract(
      'La eléctrica informó a la Comisión Nacional del Mercado de Valores de que sus beneficios cayeron en el semestre.',
      'es',
    );
    expect(s?.content).toBe('sus beneficios cayeron en el semestre');
  });

  test('a dropped subject after an opening prepositional phrase, not the object of its preposition', () => {
    const statements = extract(
      'La jueza Ana Ortega llegó al juzgado a las nueve. En una conversación con EL MUNDO explica que el caso sigue abierto.',
      'es',
    );
    expect(statementStarting(statements, 'el caso').speaker).toBe('Ana Ortega');
  });

  test('"la diplomática", "el directivo" take up the person named before', () => {
    const statements = extract(
      'La embajadora de Chile, Rosa Pérez, afirmó que el acuerdo se firmará en mayo. La diplomática añadió que quedan flecos. «Vendemos en cuarenta países», dijo el consejero delegado de la firma, Pablo Gil. «Y vamos a crecer más», añadió el directivo.',
      'es',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Rosa Pérez', 'Rosa Pérez', 'Pablo Gil', 'Pablo Gil']);
  });

  test('"según ha informado X en un comunicado": the filler after the subject is no speaker', () => {
    const [s] = extract(
      'Según ha informado el Ministerio en un comunicado, las nuevas plazas se repartirán por población.',
      'es',
    );
    expect(s).toMatchObject({ speaker: 'Ministerio', cue: 'Según ha informado' });
  });

  test('a capitalised word after "¿" opens a question, it is no name', () => {
    const statements = extract(
      'La embajadora, Rosa Pérez, habló de la cumbre. P. ¿Habrá acuerdo en mayo? La diplomática aseguró que el texto está casi cerrado.',
      'es',
    );
    expect(statementStarting(statements, 'el texto').speaker).toBe('Rosa Pérez');
  });
});

describe('an interview set as questions and answers', () => {
  test('es: each "Respuesta." / "R." paragraph is the interviewee\'s, the questions no one\'s', () => {
    const text = [
      'El alcalde de Oporto, Rui Duarte, recibe a este periódico en su despacho. Sostiene que el turismo ha cambiado la ciudad.',
      'Pregunta. ¿Ha perdido Oporto a sus vecinos?',
      'Respuesta. Hemos perdido a muchos, y eso me preocupa más que cualquier otra cosa.',
      'P. ¿Qué va a hacer con los pisos turísticos?',
      'R. Limitarlos en el centro histórico. No habrá nuevas licencias este año.',
    ].join('\n\n');
    const statements = extract(text, 'es');
    expect(statements.map((s) => [s.content, s.speaker, s.kind])).toEqual([
      ['el turismo ha cambiado la ciudad', 'Rui Duarte', 'indirect'],
      ['Hemos perdido a muchos, y eso me preocupa más que cualquier otra cosa', 'Rui Duarte', 'direct'],
      ['Limitarlos en el centro histórico. No habrá nuevas licencias este año', 'Rui Duarte', 'direct'],
    ]);
  });

  test('a capital "R." inside a paragraph is no answer label', () => {
    const statements = extract('La empresa R. Gómez y Asociados presentó ayer sus cuentas anuales.', 'es');
    expect(statements).toEqual([]);
  });
});

describe('parties named by their adjective in a role', () => {
  test('it: "il segretario leghista" is not the one named "leader di Forza Italia"', () => {
    const statements = extract(
      'Matteo Salvini ha sottolineato che nessun soldato andrà in Ucraina. Tajani ha replicato che nessuno lo ha proposto. "La linea la decide il governo", ha scandito il leader di Forza Italia. Il segretario leghista ha promesso di chiedere un voto del Parlamento.',
      'it',
    );
    expect(statementStarting(statements, 'chiedere').speaker).toBe('Matteo Salvini');
  });

  test('es: "el dirigente popular" goes back to the leader of the PP, past another speaker', () => {
    const statements = extract(
      'El líder del PP, Alberto Núñez Feijóo, criticó que el Gobierno no informe al Congreso. Pedro Sánchez respondió que la Cámara está informada. «No aceptaremos lecciones», dijo el presidente del Gobierno. El dirigente popular insistió en que pedirá explicaciones.',
      'es',
    );
    expect(statementStarting(statements, 'pedirá').speaker).toBe('Alberto Núñez Feijóo');
  });
});

describe('Italian', () => {
  test('"ha accusato X di voler …": the charge is the content', () => {
    const [s] = extract(
      'Il sindaco Marco Bucci ha accusato la Regione di voler bloccare i lavori del porto.',
      'it',
    );
    expect(s).toMatchObject({
      speaker: 'Marco Bucci',
      cue: 'ha accusato',
      content: 'voler bloccare i lavori del porto',
    });
  });

  test('"Lo ha detto" takes back the quotation before, its subject after an adverbial', () => {
    const [s] = extract(
      '"Il cantiere riaprirà a gennaio". Lo ha detto a margine di un incontro in prefettura il sindaco di Genova Marco Bucci.',
      'it',
    );
    expect(s).toMatchObject({
      kind: 'direct',
      speaker: 'Marco Bucci',
      content: 'Il cantiere riaprirà a gennaio',
      cue: 'ha detto',
    });
  });

  test('a dateline before the quotation is no part of it', () => {
    const [s] = extract(
      'ROMA, 3 DIC - "Servono più medici negli ospedali". Lo ha detto il ministro della Salute Orazio Schillaci.',
      'it',
    );
    expect(s).toMatchObject({ kind: 'direct', content: 'Servono più medici negli ospedali' });
  });

  test('"Lo ha detto" after a preposition\'s object: no subject taken from the adverbial', () => {
    const statements = extract(
      '"Il cantiere riaprirà a gennaio". Lo ha detto a margine dell\'incontro con il ministro Carlo Nordio.',
      'it',
    );
    expect(statements.filter((s) => s.speaker === 'Carlo Nordio')).toEqual([]);
  });

  test('a name after a preposition before the cue is no subject: the dropped one is the last speaker', () => {
    const statements = extract(
      "La premier Giorgia Meloni ha detto che l'Italia è pronta. Nel corso dell'incontro con Ursula von der Leyen ha ribadito che il governo andrà avanti.",
      'it',
    );
    expect(statementStarting(statements, 'il governo').speaker).toBe('Giorgia Meloni');
  });

  test('"ha scandito", "poco dopo", "secondo quanto apprende"', () => {
    const statements = extract(
      'Il ministro Carlo Nordio ha replicato poco dopo che la riforma andrà avanti. "Non ci fermeremo davanti alle proteste", ha scandito il Guardasigilli. Secondo quanto apprende l\'ANSA, il voto è stato rinviato a febbraio.',
      'it',
    );
    expect(statementStarting(statements, 'la riforma').speaker).toBe('Carlo Nordio');
    expect(statementStarting(statements, 'Non ci fermeremo').cue).toBe('ha scandito');
    expect(statementStarting(statements, 'il voto').speaker).toBe('ANSA');
  });

  test('"al" before a capital is the preposition, not a name particle; "la sindacalista" is a role', () => {
    const statements = extract(
      'Il ministro Giuseppe Valditara ha parlato ieri. "La scuola deve educare al rispetto", ha dichiarato Valditara al Corriere della Sera. La segretaria della Flc Cgil, Gianna Fracassi, ha criticato la riforma. "Servono più insegnanti", ha aggiunto la sindacalista.',
      'it',
    );
    expect(statementStarting(statements, 'La scuola')).toMatchObject({
      speaker: 'Giuseppe Valditara',
      addressee: 'Corriere della Sera',
    });
    expect(statementStarting(statements, 'Servono').speaker).toBe('Gianna Fracassi');
  });

  test('"l\'amministratore delegato del gruppo, X" names X', () => {
    const [s] = extract(
      '"Servono contratti pluriennali", ha spiegato l\'amministratore delegato del gruppo, Paolo Rossi.',
      'it',
    );
    expect(s?.speaker).toBe('Paolo Rossi');
  });
});

describe('Polish', () => {
  test('"w rozmowie z TVN24" after a dash quotation\'s cue: the filler governs the name', () => {
    const statements = extract(
      'Ministra zdrowia Izabela Leszczyna przekazała, że rząd da pieniądze. – Żaden szpital nie zostanie zamknięty – zapewniła w rozmowie z TVN24.',
      'pl',
    );
    expect(statementStarting(statements, 'Żaden')).toMatchObject({
      speaker: 'Izabela Leszczyna',
      kind: 'direct',
    });
  });

  test('a role and a name closing a sentence are its subject, taken up by the next dropped subject', () => {
    const statements = extract(
      'Minister Anna Nowak powiedziała, że ustawa jest gotowa. Odmiennego zdania jest posłanka PiS Maria Wiśniewska. – Ta ustawa niczego nie rozwiąże – mówiła w Sejmie.',
      'pl',
    );
    expect(statementStarting(statements, 'Ta ustawa').speaker).toBe('Maria Wiśniewska');
  });

  test('not a name in another case, after a preposition', () => {
    const statements = extract(
      'Minister Anna Nowak powiedziała, że ustawa jest gotowa. Wieczorem spotkała się z posłanką PiS Marią Wiśniewską. – Ta ustawa wszystko rozwiąże – dodała.',
      'pl',
    );
    expect(statementStarting(statements, 'Ta ustawa').speaker).toBe('Anna Nowak');
  });

  test('an institution in the genitive after a role is its complement ("Prezes Narodowego Banku Polskiego")', () => {
    const statements = extract(
      'Prezes Narodowego Banku Polskiego poinformował, że stopy się nie zmienią. Adam Glapiński, który przedstawiał komentarz, dodał, że inflacja spada.',
      'pl',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Adam Glapiński', 'Adam Glapiński']);
  });

  test('"Zdaniem Wrońskiego Sojusz …": a consonant final after a declined surname opens the clause', () => {
    const statements = extract(
      'Rzecznik MSZ Paweł Wroński przekazał, że minister pojedzie do Brukseli. Zdaniem Wrońskiego Sojusz powinien jasno potwierdzić swoje stanowisko.',
      'pl',
    );
    expect(statementStarting(statements, 'Sojusz')).toMatchObject({ speaker: 'Paweł Wroński' });
  });

  test("a known institution after a role is its complement, not the holder's name", () => {
    const statements = extract(
      'Zdaniem generała Jana Malca armia potrzebuje żołnierzy. Były szef Sztabu Generalnego dodał, że obrona powietrzna ma luki. Rzeczniczka Straży Granicznej Anna Michalska przekazała, że zapora jest uszkodzona.',
      'pl',
    );
    expect(statementStarting(statements, 'armia').speaker).toBe('Jan Malec');
    expect(statementStarting(statements, 'obrona').speaker).toBe('Jan Malec');
    expect(statementStarting(statements, 'zapora').speaker).toBe('Anna Michalska');
  });
});

describe('Ukrainian', () => {
  test('"Про це повідомили в …": the institution after the preposition speaks', () => {
    const statements = extract(
      'Торік укриття облаштували у 800 школах. Про це повідомили в Міністерстві освіти і науки.',
      'uk',
    );
    expect(statements[0]).toMatchObject({
      content: 'Торік укриття облаштували у 800 школах',
      cue: 'повідомили',
    });
    expect(statements[0]!.speaker).toMatch(/^Міністерство освіти/);
  });

  test('an institution after "в"/"у" is shown in the nominative', () => {
    const statements = extract(
      'У німецькому уряді заявили, що Берлін передасть ще дві системи. В Офісі Президента запевнили, що переговори тривають.',
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Німецький уряд', 'Офіс Президента']);
  });

  test('a role whose complement is a lower-case institution after a capitalised adjective', () => {
    const statements = extract(
      'Начальник Харківської обласної військової адміністрації повідомив, що пошкоджено дві підстанції. Олег Синєгубов, який виступив у телемарафоні, додав, що постраждалих немає.',
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Олег Синєгубов', 'Олег Синєгубов']);
  });

  test('a role with its country in the genitive, named in the next sentence', () => {
    const statements = extract(
      "Міністр оборони Польщі заявив у п'ятницю, що Варшава передасть Україні ще два літаки. Владислав Косіняк-Камиш, який перебуває з візитом у Львові, наголосив, що рішення вже ухвалене.",
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Владислав Косіняк-Камиш', 'Владислав Косіняк-Камиш']);
  });

  test('an institution in quotation marks after "повідомили в"', () => {
    const [s] = extract(
      'Через негоду без світла залишилися понад 30 тисяч споживачів на Волині, повідомили в «Укренерго».',
      'uk',
    );
    expect(s).toMatchObject({ speaker: 'Укренерго', cue: 'повідомили' });
  });

  test('"у відповідь" is no part of the subject; a country adjective before the role stays in the role', () => {
    const statements = extract(
      "Словацький прем'єр Роберт Фіцо заявив, що Братислава не постачатиме зброю. Сибіга відповів, що Київ має інших партнерів. Словацький прем'єр у відповідь наголосив, що його позиція незмінна.",
      'uk',
    );
    expect(statementStarting(statements, 'його позиція')).toMatchObject({
      speaker: 'Роберт Фіцо',
      mention: "Словацький прем'єр",
    });
  });
});
