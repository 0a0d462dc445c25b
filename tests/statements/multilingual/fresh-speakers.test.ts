/**
 * Speakers in ru, uk, pl, es and it press styles found on new text: connectives opening a sentence, role nouns
 * taken up later, outlets and offices. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting as find } from './helpers';

describe('a connective opening the sentence is no part of the subject', () => {
  test('"При этом генсек добавил" → the secretary general named before', () => {
    const statements = extract(
      'Генеральный секретарь НАТО Марк Рютте заявил, что вопрос не стоит. При этом генсек добавил, что поставки продолжатся.',
      'ru',
    );
    expect(find(statements, 'поставки продолжатся').speaker).toBe('Марк Рютте');
  });

  test('"Вместе с тем министр заявил" → the minister named before', () => {
    const statements = extract(
      'Министр финансов Антон Силуанов сообщил, что бюджет сбалансирован. Вместе с тем министр заявил, что дефицит вырастет.',
      'ru',
    );
    expect(find(statements, 'дефицит вырастет').speaker).toBe('Антон Силуанов');
  });
});

describe('role nouns that take up a person named before', () => {
  test('uk "посадовиця" → the (female) minister', () => {
    const statements = extract(
      'Міністерка енергетики Ольга Дорош повідомила, що ремонт завершать. «Ми працюємо цілодобово», – додала посадовиця.',
      'uk',
    );
    expect(find(statements, 'Ми працюємо цілодобово').speaker).toBe('Ольга Дорош');
  });

  test('es "la consellera" → the Catalan minister named with her Catalan title', () => {
    const statements = extract(
      'La consellera de Salut, Marta Vidal, anunció ayer que abrirán dos hospitales. "No podemos esperar más", advirtió la consellera.',
      'es',
    );
    expect(find(statements, 'abrirán dos hospitales').speaker).toBe('Marta Vidal');
    expect(find(statements, 'No podemos esperar más').speaker).toBe('Marta Vidal');
  });

  test('it "la manager" → the chief executive named before', () => {
    const statements = extract(
      'L\'amministratrice delegata della società, Giulia Neri, ha assicurato che i lavori finiranno presto. "Stiamo recuperando il ritardo", ha spiegato la manager.',
      'it',
    );
    expect(find(statements, 'Stiamo recuperando il ritardo').speaker).toBe('Giulia Neri');
  });
});

describe('a role opened by a capitalised adjective, before a capitalised genitive', () => {
  test('"Постоянный представитель России Иван Петров" → the holder, not "России Иван Петров"', () => {
    const statements = extract(
      'Постоянный представитель России Иван Петров заявил, что переговоры зашли в тупик.',
      'ru',
    );
    expect(find(statements, 'переговоры зашли')).toMatchObject({
      speaker: 'Иван Петров',
      mention: 'Постоянный представитель России Иван Петров',
    });
  });

  test('"Специальный представитель ООН …" likewise', () => {
    const statements = extract(
      'Специальный представитель ООН Анна Белова сказала, что гуманитарный коридор открыт.',
      'ru',
    );
    expect(find(statements, 'гуманитарный коридор').speaker).toBe('Анна Белова');
  });
});

describe('an interview named by the outlet in quotation marks, between the cue and its clause', () => {
  test('"отметил в беседе с «Известиями», что …"', () => {
    const statements = extract(
      'Политолог Игорь Мальцев отметил в беседе с «Известиями», что Запад пытается выиграть время.',
      'ru',
    );
    expect(find(statements, 'Запад пытается')).toMatchObject({
      speaker: 'Игорь Мальцев',
      content: 'Запад пытается выиграть время',
    });
  });
});

describe('an outlet named in quotation marks as the subject, after an adverb', () => {
  test('ru "Ранее «Ведомости» писали, что …"', () => {
    const statements = extract('Ранее «Ведомости» писали, что банк готовит новую программу.', 'ru');
    expect(find(statements, 'банк готовит').speaker).toBe('Ведомости');
  });

  test('a title whose later words are lower case: "Вчера «Новая газета» сообщила"', () => {
    const statements = extract('Вчера «Новая газета» сообщила, что завод закроют.', 'ru');
    expect(find(statements, 'завод закроют').speaker).toBe('Новая газета');
  });

  test('uk "Раніше «Економічна правда» писала, що …" (the imperfective "писала" reports too)', () => {
    const statements = extract('Раніше «Економічна правда» писала, що уряд готує зміни.', 'uk');
    expect(find(statements, 'уряд готує').speaker).toBe('Економічна правда');
  });

  test('a quoted name after the dative outlet stays the one told: "В Минтрансе «Ъ» подтвердили"', () => {
    const statements = extract('В Минтрансе «Ъ» подтвердили, что работа идет.', 'ru');
    expect(find(statements, 'работа идет')).toMatchObject({ speaker: 'Минтранс' });
  });
});

describe('an office named in the locative after "в" / "у" speaks in the nominative', () => {
  test('ru "В Минфине сообщили" → "Минфин", "В Госдуме заявили" → "Госдума"', () => {
    const statements = extract(
      'В Минфине сообщили, что бюджет сверстан. В Госдуме заявили, что закон примут весной.',
      'ru',
    );
    expect(find(statements, 'бюджет сверстан').speaker).toBe('Минфин');
    expect(find(statements, 'закон примут').speaker).toBe('Госдума');
  });

  test('uk "У Мінфіні повідомили" → "Мінфін"; a known institution keeps its canonical name', () => {
    const statements = extract(
      'У Мінфіні повідомили, що бюджет готовий. У Повітряних силах повідомили, що дрони збито.',
      'uk',
    );
    expect(find(statements, 'бюджет готовий').speaker).toBe('Мінфін');
    expect(find(statements, 'дрони збито').speaker).toBe('Повітряні сили ЗСУ');
  });

  test('ru a feminine in "-а" and a neuter in "-ние": "В пресс-службе X" → "Пресс-служба X", "в управлении"', () => {
    const statements = extract(
      'В пресс-службе Минэнерго подтвердили, что тарифы заморозят. В управлении заявили, что проверка завершена.',
      'ru',
    );
    expect(find(statements, 'тарифы заморозят')).toMatchObject({
      speaker: 'Пресс-служба Минэнерго',
      kind: 'indirect',
      content: 'тарифы заморозят',
    });
    expect(find(statements, 'проверка завершена').speaker).toBe('Управление');
  });

  test('uk the hyphenated spelling too: "У прес-службі X" → "Прес-служба X"', () => {
    const [s] = extract('У прес-службі Мінцифри підтвердили, що застосунок оновлять.', 'uk');
    expect(s).toMatchObject({ speaker: 'Прес-служба Мінцифри', content: 'застосунок оновлять' });
  });
});

describe('an outlet noun alone takes up the outlet named before', () => {
  test('ru "По данным газеты" after a quoted title', () => {
    const statements = extract(
      'В Минфине сообщили, что бюджет готов. Ранее «Новая газета» писала, что налоги вырастут. По данным газеты, решение примут в декабре.',
      'ru',
    );
    expect(find(statements, 'решение примут')).toMatchObject({ speaker: 'Новая газета', mention: 'газеты' });
  });

  test('ru: after the subject of "пишет", an outlet unquoted', () => {
    const statements = extract(
      'Стороны обсуждают обмен, пишет The Guardian. По данным газеты, переговоры идут в Абу-Даби.',
      'ru',
    );
    expect(find(statements, 'переговоры идут').speaker).toBe('The Guardian');
  });

  test('uk "За даними видання"', () => {
    const statements = extract(
      'Раніше «Українська правда» писала, що уряд змінить тарифи. За даними видання, рішення ухвалять у грудні.',
      'uk',
    );
    expect(find(statements, 'рішення ухвалять').speaker).toBe('Українська правда');
  });

  test('pl "Jak ustaliła „…”" and "Według informacji dziennika"', () => {
    const statements = extract(
      'Jak ustaliła „Rzeczpospolita”, rząd przedłuży zamrożenie cen. Według informacji dziennika projekt trafi do Sejmu w grudniu.',
      'pl',
    );
    expect(find(statements, 'rząd przedłuży').speaker).toBe('Rzeczpospolita');
    expect(find(statements, 'projekt trafi')).toMatchObject({
      speaker: 'Rzeczpospolita',
      mention: 'dziennika',
    });
  });

  test('with no outlet named before, the noun stays as written', () => {
    const statements = extract(
      'В Минфине сообщили, что бюджет готов. По данным газеты, решение примут в декабре.',
      'ru',
    );
    expect(find(statements, 'решение примут').speaker).not.toBe('Минфин');
  });

  test('pl "ustalił" with no "że" takes an object, not a statement', () => {
    expect(extract('Zarząd ustalił termin spotkania na piątek.', 'pl')).toHaveLength(0);
  });
});

describe('a source after "secondo" is no outlet', () => {
  test('it "Secondo Ferri" is not taken up by "il quotidiano"', () => {
    const statements = extract(
      'Secondo Ferri, i dati sono sbagliati. Secondo il quotidiano, il costo supererebbe i 50 milioni.',
      'it',
    );
    expect(find(statements, 'il costo').speaker).not.toBe('Ferri');
  });
});

describe('an adverb after a sentence-opening cue is not its subject', () => {
  test('pl "Przyznał jednak, że …" → the speaker before (dropped subject)', () => {
    const statements = extract(
      'Sekretarz generalny NATO Mark Rutte zapewnił, że drzwi są otwarte. Przyznał jednak, że nie ma zgody.',
      'pl',
    );
    expect(find(statements, 'nie ma zgody').speaker).toBe('Mark Rutte');
  });
});

describe('an inverted pronoun followed by an adverbial that names an outlet', () => {
  test('uk "– сказала вона в ефірі Суспільного" → the woman named before, not the broadcaster', () => {
    const statements = extract(
      'Експертка Тетяна Боровик вважає, що будівництво відстає. «Половина робіт існує лише на папері», – сказала вона в ефірі Суспільного.',
      'uk',
    );
    expect(find(statements, 'Половина робіт')).toMatchObject({ speaker: 'Тетяна Боровик', mention: 'вона' });
  });

  test('ru "— сказала она в интервью РБК"', () => {
    const statements = extract(
      'Эксперт Анна Белова считает, что стройка отстает. «Половина работ существует на бумаге», — сказала она в интервью РБК.',
      'ru',
    );
    expect(find(statements, 'Половина работ').speaker).toBe('Анна Белова');
  });
});

describe('coordinated roles of one holder', () => {
  test('it "il vicepremier e ministro degli Esteri Antonio Tajani"', () => {
    const statements = extract(
      '"L\'Italia farà la sua parte". Lo ha detto il vicepremier e ministro degli Esteri Antonio Tajani a margine di un incontro.',
      'it',
    );
    expect(find(statements, "L'Italia farà")).toMatchObject({ speaker: 'Antonio Tajani' });
  });

  test('pl "Wicepremier i minister cyfryzacji Krzysztof Gawkowski"', () => {
    const statements = extract(
      'Wicepremier i minister cyfryzacji Krzysztof Gawkowski powiedział, że system działa.',
      'pl',
    );
    expect(find(statements, 'system działa')).toMatchObject({
      speaker: 'Krzysztof Gawkowski',
      mention: 'Wicepremier i minister cyfryzacji Krzysztof Gawkowski',
    });
  });
});

describe('a relative "according to" after its source and a comma', () => {
  test('it "…, secondo cui …" reports the rest of the sentence', () => {
    const statements = extract(
      'Sulla stessa linea il ministro della Difesa Guido Crosetto, secondo cui una missione europea avrebbe senso solo dopo una tregua.',
      'it',
    );
    expect(find(statements, 'una missione europea')).toMatchObject({
      speaker: 'Guido Crosetto',
      content: 'una missione europea avrebbe senso solo dopo una tregua',
      kind: 'indirect',
    });
  });

  test('es "…, según el cual …"', () => {
    const statements = extract(
      'Lo respaldó el ministro José Manuel Albares, según el cual España está dispuesta a participar en la misión.',
      'es',
    );
    expect(find(statements, 'España está dispuesta').speaker).toBe('José Manuel Albares');
  });
});

describe('Polish impersonal past forms with the office after "w"', () => {
  test('"W Kancelarii Prezydenta przekazano, że …" → the office, in the nominative', () => {
    const statements = extract('W Kancelarii Prezydenta przekazano, że ustawa zostanie podpisana.', 'pl');
    expect(find(statements, 'ustawa zostanie')).toMatchObject({
      speaker: 'Kancelaria Prezydenta',
      cue: 'przekazano',
    });
  });

  test('"W MSZ poinformowano, że …"', () => {
    const statements = extract('W MSZ poinformowano, że ambasador wróci do Warszawy.', 'pl');
    expect(find(statements, 'ambasador wróci').speaker).toBe('MSZ');
  });
});

describe('Polish feminine role forms', () => {
  test('"Zdaniem ministry" → the woman minister named before', () => {
    const statements = extract(
      'Ministra klimatu Anna Nowak zapewniła, że rachunki nie wzrosną. Zdaniem ministry oszczędności znajdą się gdzie indziej.',
      'pl',
    );
    expect(find(statements, 'oszczędności znajdą')).toMatchObject({
      speaker: 'Anna Nowak',
      mention: 'ministry',
    });
  });
});

describe('"Об этом заявил" with the outlet told', () => {
  test('before the cue: "Об этом «Известиям» заявил X" takes the previous sentence', () => {
    const statements = extract(
      'Любые договоренности без Москвы не будут иметь силы. Об этом «Известиям» заявил замминистра Александр Грушко.',
      'ru',
    );
    expect(find(statements, 'Любые договоренности')).toMatchObject({
      speaker: 'Александр Грушко',
      addressee: 'Известиям',
      content: 'Любые договоренности без Москвы не будут иметь силы',
    });
  });

  test('after the cue: "Об этом заявил РБК X"', () => {
    const statements = extract(
      'Бюджет на следующий год будет сбалансирован. Об этом заявил РБК министр финансов Антон Силуанов.',
      'ru',
    );
    expect(find(statements, 'Бюджет на следующий')).toMatchObject({
      speaker: 'Антон Силуанов',
      addressee: 'РБК',
    });
  });
});
