/**
 * Speakers in de, ru, pl, es and it press styles met on unseen text (ninth session): roles of another country,
 * sources citing sources, institutions taken up by a common noun, oblique-case names, two speakers in one
 * sentence. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting as find } from './helpers';

describe('a bare role keeps the description its holder was named with', () => {
  test('ru "Венгерский министр" is the Hungarian minister, not the Russian one taken up before as "министр"', () => {
    const statements = extract(
      '«Мы готовы к диалогу», — заявил министр иностранных дел РФ Иван Орлов. «Но не любой ценой», — добавил министр. ' +
        'Глава МИД Венгрии Ласло Киш отметил, что Будапешт против. Венгерский министр также сообщил, что закупки газа продолжатся.',
      'ru',
    );
    expect(find(statements, 'Но не любой ценой').speaker).toBe('Иван Орлов');
    expect(find(statements, 'закупки газа продолжатся').speaker).toBe('Ласло Киш');
  });
});

describe('a source cited by the subject of a parenthetical cue', () => {
  test('ru "Как пишет X со ссылкой на источники, …" → the newspaper', () => {
    const statements = extract(
      'Как пишет The Guardian со ссылкой на источники, Лондон готовит новый пакет помощи.',
      'ru',
    );
    expect(find(statements, 'Лондон готовит').speaker).toBe('The Guardian');
  });
});

describe('an institution taken up by a common noun of its kind', () => {
  test('de "das Unternehmen" → the arms maker named before, a place after the noun aside', () => {
    const statements = extract(
      'Der Rüstungskonzern Falkwerk will seine Produktion verdoppeln. Die ersten Lieferungen sollen im Mai erfolgen, teilte das Unternehmen in Kassel mit.',
      'de',
    );
    expect(find(statements, 'Die ersten Lieferungen').speaker).toContain('Falkwerk');
  });

  test('de "ein Unternehmen" is another company, not the one named before', () => {
    const statements = extract(
      'Der Rüstungskonzern Falkwerk will seine Produktion verdoppeln. Die Preise seien gestiegen, sagte ein Unternehmen aus Bayern.',
      'de',
    );
    expect(find(statements, 'Die Preise seien').speaker).not.toContain('Falkwerk');
  });

  test('ru "в сообщении ведомства" → the ministry named before, though it did not speak', () => {
    const statements = extract(
      'Министерство обороны Эстонии объявило о переброске войск. «Эти меры носят оборонительный характер», — говорится в сообщении ведомства.',
      'ru',
    );
    expect(find(statements, 'Эти меры').speaker).toBe('Министерство обороны Эстонии');
  });

  test('ru "в пресс-службе регулятора" → the central bank', () => {
    const statements = extract(
      'Банк России в пятницу снизил ключевую ставку. В пресс-службе регулятора уточнили, что следующее заседание пройдет в феврале.',
      'ru',
    );
    expect(find(statements, 'следующее заседание').speaker).toBe('Банк России');
  });

  test('ru "согласно материалу издания" → the newspaper named before', () => {
    const statements = extract(
      'Как пишет The Guardian, Лондон готовит новый пакет помощи. Согласно материалу издания, в него войдут ракеты.',
      'ru',
    );
    expect(find(statements, 'в него войдут').speaker).toBe('The Guardian');
  });
});

describe('two speakers in one sentence, the second clause joined by a conjunction', () => {
  test('ru "X заявил, что …, а Y добавила, что …" → two statements, neither inside the other', () => {
    const statements = extract(
      'Песков заявил, что Кремль изучает предложение, а официальный представитель МИД Мария Захарова добавила, что ответ будет жестким.',
      'ru',
    );
    expect(find(statements, 'Кремль изучает')).toMatchObject({
      speaker: 'Дмитрий Песков',
      content: 'Кремль изучает предложение',
    });
    const second = find(statements, 'ответ будет жестким');
    expect(second).toMatchObject({ speaker: 'Мария Захарова' });
    expect(second.via).toBeUndefined();
    expect(second.mention).not.toMatch(/^а /);
  });

  test('pl "X ocenił, że …, a Y zagroził, że …" → the second speaker\'s own report', () => {
    const statements = extract(
      'Minister Jan Nowak ocenił, że sankcje działają, a poseł Adam Lis zagroził, że klub zagłosuje przeciw.',
      'pl',
    );
    expect(find(statements, 'sankcje działają').content).toBe('sankcje działają');
    expect(find(statements, 'klub zagłosuje')).toMatchObject({ speaker: 'Adam Lis' });
  });
});

describe('Polish titles, periphrastic cues and genitive sources', () => {
  test('"Prof." before a name opens no new sentence, and "zwraca uwagę, że" is a cue', () => {
    const statements = extract(
      'Prof. Anna Kowal z Uniwersytetu Jagiellońskiego zwraca jednak uwagę, że sankcje działają powoli.',
      'pl',
    );
    expect(find(statements, 'sankcje działają')).toMatchObject({
      speaker: 'Anna Kowal',
      cue: 'zwraca jednak uwagę',
    });
  });

  test('"W ministerstwie usłyszeliśmy, że …" → the ministry', () => {
    const statements = extract(
      'W Ministerstwie Finansów usłyszeliśmy, że budżet zostanie zmieniony w marcu.',
      'pl',
    );
    expect(find(statements, 'budżet zostanie').speaker).toMatch(/^Ministerstw/);
  });

  test('mobile "e": "Zdaniem Wróbla" → Wróbel, "Zdaniem Orła" → Orzeł, and the clause opens after the name', () => {
    const statements = extract(
      'Analityk Tomasz Wróbel uważa, że Rosja zwleka. Zdaniem Wróbla najbardziej zagrożona pozostaje Litwa. ' +
        'Publicysta Marek Orzeł ocenił, że NATO jest gotowe. Zdaniem Orła Rosja będzie testować sojusz.',
      'pl',
    );
    expect(find(statements, 'najbardziej zagrożona')).toMatchObject({ speaker: 'Tomasz Wróbel' });
    expect(find(statements, 'Rosja będzie testować')).toMatchObject({ speaker: 'Marek Orzeł' });
  });

  test('a surname taken up after a name read within a longer phrase', () => {
    const statements = extract(
      'Ekspert Ośrodka Studiów Wschodnich Marek Orzeł ocenił, że NATO jest gotowe. Zdaniem Orła Rosja będzie testować sojusz.',
      'pl',
    );
    expect(find(statements, 'Rosja będzie testować').speaker).toMatch(/Marek Orzeł$/);
  });
});

describe('Polish outlets and titles around the speaker', () => {
  test('"– Q – mówi „Wyborczej” gen. X": the paper is spoken to, the general speaks', () => {
    const statements = extract(
      'Wstęp. – Bez żołnierzy gwarancje nic nie znaczą – mówi „Wyborczej” gen. Adam Lis, były dowódca brygady.',
      'pl',
    );
    expect(find(statements, 'Bez żołnierzy')).toMatchObject({
      speaker: 'Adam Lis',
      kind: 'direct',
      addressee: 'Wyborczej',
    });
  });

  test('"Według nieoficjalnych informacji „Wyborczej”" with no comma → the paper, in the nominative', () => {
    const statements = extract(
      'Według nieoficjalnych informacji „Wyborczej” rząd przyjmie projekt w marcu.',
      'pl',
    );
    expect(find(statements, 'rząd przyjmie')).toMatchObject({ speaker: 'Wyborcza' });
  });

  test('"mówiła niedawno, że": the adverb stands between cue and clause', () => {
    const statements = extract('Ambasador Anna Nowak mówiła niedawno, że misja potrwa rok.', 'pl');
    expect(find(statements, 'misja potrwa rok').speaker).toBe('Anna Nowak');
  });
});

describe('Italian offices, markers joined to the article, and the one told before the subject', () => {
  test('"Al ministero della Difesa fanno sapere che …" → the ministry, not the last speaker', () => {
    const statements = extract(
      "Il sindaco Marco Bassi ha detto che la città è pronta. Al ministero dell'Interno fanno sapere che i controlli aumenteranno.",
      'it',
    );
    expect(find(statements, 'i controlli aumenteranno').speaker).toBe("ministero dell'Interno");
  });

  test('a place before a singular cue is no office: "Al vertice ha ribadito" keeps another reading', () => {
    const statements = extract(
      'Il sindaco Marco Bassi ha detto che la città è pronta. Al consiglio comunale ha poi ribadito che i fondi arriveranno.',
      'it',
    );
    expect(find(statements, 'i fondi arriveranno').speaker).not.toBe('consiglio comunale');
  });

  test('"A detta del segretario generale X, …" → X', () => {
    const statements = extract('A detta del segretario generale Paolo Neri, la porta resta aperta.', 'it');
    expect(find(statements, 'la porta resta aperta').speaker).toBe('Paolo Neri');
  });

  test('"Come ha spiegato al Corriere il capo …, Name, …" → the name in apposition, out of the content', () => {
    const statements = extract(
      'Come ha spiegato al Corriere il capo della Protezione civile, Luca Ferri, i soccorsi sono arrivati in tempo.',
      'it',
    );
    expect(find(statements, 'i soccorsi')).toMatchObject({
      speaker: 'Luca Ferri',
      content: 'i soccorsi sono arrivati in tempo',
    });
  });
});

describe('Italian: a conviction fronted by "ne", its holder after it, the quotation after a colon', () => {
  test('"Ne è convinto X: «…»" → X, a direct claim', () => {
    const statements = extract(
      'Ne è convinto il ministro della Difesa Paolo Ferri: «La NATO resterà unita».',
      'it',
    );
    expect(find(statements, 'La NATO resterà unita')).toMatchObject({
      speaker: 'Paolo Ferri',
      kind: 'direct',
      cueClass: 'claim',
    });
  });

  test('with no words after it, "Ne è convinto X." reports nothing of its own', () => {
    expect(extract("L'accordo reggerà a lungo. Ne è convinto il ministro degli Esteri.", 'it')).toEqual([]);
  });
});

describe('Spanish: a subordinate report ahead of the main one, accusations of a group, times after the cue', () => {
  test('"Mientras X insistió en que …, Y aseguró que …" → two speakers, each with its own clause', () => {
    const statements = extract(
      'Mientras la Comisión insistió en que el plan es viable, el Gobierno húngaro aseguró que lo vetará.',
      'es',
    );
    expect(find(statements, 'el plan es viable')).toMatchObject({
      speaker: 'Comisión',
      content: 'el plan es viable',
    });
    const second = find(statements, 'lo vetará');
    expect(second.speaker).toBe('el Gobierno húngaro');
    expect(second.via).toBeUndefined();
  });

  test('"acusó a los países europeos de …, según la agencia X" → the accuser, with the agency as via', () => {
    const statements = extract(
      'El portavoz del Kremlin, Dmitri Peskov, acusó a los gobiernos europeos de sabotear las negociaciones, según la agencia RIA Nóvosti.',
      'es',
    );
    expect(find(statements, 'sabotear las negociaciones')).toMatchObject({
      speaker: 'Dmitri Peskov',
      addressee: 'los gobiernos europeos',
    });
  });

  test('"había asegurado días antes que …": a time between cue and clause', () => {
    const statements = extract(
      'La ministra Ana Ruiz había asegurado días antes que la reforma saldrá adelante.',
      'es',
    );
    expect(find(statements, 'la reforma saldrá').speaker).toBe('Ana Ruiz');
  });
});

describe('German: a nationality takes up a person, a one-letter name ends its sentence', () => {
  test('"…, sagte der Niederländer" → the Dutch secretary general named before', () => {
    const statements = extract(
      'Generalsekretär Pieter de Vries äußerte sich am Dienstag. Die Tür bleibe offen, sagte der Niederländer in Brüssel.',
      'de',
    );
    expect(find(statements, 'Die Tür bleibe offen').speaker).toMatch(/Pieter de Vries$/);
  });

  test('"auf der Plattform X. Die Ukraine werde …, betonte Y." → two sentences, two statements', () => {
    const statements = extract(
      'Die Lage sei ernst, schrieb Außenminister Jan Horak auf der Plattform X. Die Regierung werde nicht nachgeben, betonte Horak.',
      'de',
    );
    expect(find(statements, 'Die Regierung werde').speaker).toBe('Jan Horak');
    expect(find(statements, 'Die Lage sei ernst').content).toBe('Die Lage sei ernst');
  });
});

describe('German: a subordinate report ahead of the main one', () => {
  test('"Während X betonte, …, warnte Y, …" → each speaker with the clause after their cue', () => {
    const statements = extract(
      'Während Kanzlerin Eva Brandt betonte, die Zusagen gälten weiter, warnte Minister Karl Roth, der Haushalt sei erschöpft.',
      'de',
    );
    expect(find(statements, 'die Zusagen gälten')).toMatchObject({
      speaker: 'Eva Brandt',
      content: 'die Zusagen gälten weiter',
    });
    expect(find(statements, 'der Haushalt sei')).toMatchObject({ speaker: 'Karl Roth' });
  });

  test('"Während der Sitzung sagte der Minister, …": the preposition opens no subordinate clause', () => {
    const statements = extract('Während der Sitzung sagte der Minister, die Lage sei ernst.', 'de');
    expect(find(statements, 'die Lage sei ernst').mention).toBe('der Minister');
  });
});

describe('a quoted title completing a source before its comma', () => {
  test('ru "По словам одного из собеседников «Ъ», …" → the source, the clause after the comma', () => {
    const statements = extract('По словам одного из собеседников «Ъ», решение отложено до весны.', 'ru');
    expect(find(statements, 'решение отложено')).toMatchObject({
      content: 'решение отложено до весны',
      cue: 'По словам',
    });
    expect(find(statements, 'решение отложено').speaker).toContain('собеседников');
  });
});
