/**
 * Russian press conventions around the cue (TASS, RIA Novosti, Interfax, Kommersant, Meduza): the outlet spoken
 * to, written in «…» or bare, between the cue and its content or its inverted subject.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Russian: the outlet spoken to', () => {
  test('«…» right after the cue, then ", что": the addressee, not a quotation', () => {
    const s = statementStarting(
      extract('Губернатор Игорь Рябов рассказал «Известиям», что мост откроют к осени.', 'ru'),
      'мост',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Игорь Рябов', addressee: 'Известиям' });
  });

  test('«…» right after the cue, then a colon and the quotation', () => {
    const [s, ...rest] = extract('Депутат Олег Мартынов сказал «Ведомостям»: «Законопроект сырой».', 'ru');
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({ kind: 'direct', content: 'Законопроект сырой', addressee: 'Ведомостям' });
  });

  test('«…» between a trailing cue and its inverted subject', () => {
    const s = statementStarting(
      extract('Сделку закроют до конца месяца, рассказал «Ъ» источник на рынке.', 'ru'),
      'Сделку',
    );
    expect(s).toMatchObject({ kind: 'indirect', mention: 'источник', addressee: 'Ъ' });
  });

  test('a quoted word that is what was said is no addressee', () => {
    const [s] = extract('Министр ответил «Нет» и покинул зал.', 'ru');
    expect(s?.content).toContain('Нет');
    expect(s?.addressee).toBeUndefined();
  });

  test('a bare agency between a trailing cue and its subject is spoken to', () => {
    const statements = extract(
      'Тарифы на электроэнергию вырастут на 9%, сообщил ТАСС источник в правительстве. Поставки газа возобновятся в среду, заявил РИА Новости глава компании Алексей Миллер.',
      'ru',
    );
    expect(statementStarting(statements, 'Тарифы')).toMatchObject({ mention: 'источник', addressee: 'ТАСС' });
    expect(statementStarting(statements, 'Поставки')).toMatchObject({
      speaker: 'Алексей Миллер',
      addressee: 'РИА Новости',
    });
  });

  test('"…, заявили ТАСС в МИД": the ministry speaks, the agency is told', () => {
    const [s] = extract('Посол будет вызван на Смоленскую площадь, заявили ТАСС в МИД России.', 'ru');
    expect(s).toMatchObject({
      speaker: 'МИД России',
      addressee: 'ТАСС',
      content: 'Посол будет вызван на Смоленскую площадь',
    });
  });
});

describe('Russian: the one told stands in the dative', () => {
  test('after a trailing "сообщил", a nominative name is the subject', () => {
    const [s] = extract('Переговоры продолжатся в пятницу, сообщил Ушаков.', 'ru');
    expect(s).toMatchObject({ mention: 'Ушаков', content: 'Переговоры продолжатся в пятницу' });
    expect(s?.addressee).toBeUndefined();
  });

  test('a dative name after "сообщил" stays the one told', () => {
    const s = statementStarting(extract('Мэр сообщил Шойгу, что дамбу укрепят.', 'ru'), 'дамбу');
    expect(s.mention).toBe('Мэр');
    const t = statementStarting(extract('Губернатор сообщил Путину, что урожай собран.', 'ru'), 'урожай');
    expect(t).toMatchObject({ mention: 'Губернатор', addressee: 'Путину' });
  });
});

describe('Russian: organisations named in «…» inside the speaker', () => {
  test('a role complemented by a quoted company, then the holder', () => {
    const s = statementStarting(
      extract('Гендиректор компании «Северный поток» Павел Зимин сообщил, что ремонт займет месяц.', 'ru'),
      'ремонт',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Павел Зимин' });
  });

  test('a quoted organisation after a role, before the cue, leaves the clause indirect', () => {
    const s = statementStarting(
      extract('Глава союза «Деловая Россия» Антон Белов считает, что налоги повышать рано.', 'ru'),
      'налоги',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Антон Белов' });
  });

  test('"говорится в заявлении фонда «…»": the fund speaks', () => {
    const [s] = extract(
      '«Мы продолжим помогать беженцам», — говорится в заявлении фонда «Открытый дом».',
      'ru',
    );
    expect(s).toMatchObject({ kind: 'direct', mention: 'фонда «Открытый дом»' });
  });

  test('"Как передает корреспондент «…», …": the correspondent reports', () => {
    const [s] = extract(
      'Как передает корреспондент «Фонтанки», на площади собрались около ста человек.',
      'ru',
    );
    expect(s).toMatchObject({
      mention: 'корреспондент «Фонтанки»',
      content: 'на площади собрались около ста человек',
    });
  });
});

describe('Russian: sources and settings', () => {
  test('"По данным газеты, …": a common noun in the genitive is the source', () => {
    const [s] = extract('По данным издания, сделка оценивается в два миллиарда рублей.', 'ru');
    expect(s).toMatchObject({ mention: 'издания', content: 'сделка оценивается в два миллиарда рублей' });
  });

  test('a time between the subject and its cue stays out of the speaker', () => {
    const s = statementStarting(
      extract(
        'Министр финансов Антон Силуанов на прошлой неделе заявил, что дефицит бюджета сократится.',
        'ru',
      ),
      'дефицит',
    );
    expect(s.mention).toBe('Министр финансов Антон Силуанов');
  });
});

describe('Russian: clauses and roles', () => {
  test('"Хотя, по словам X, …, …": the source vouches for the subordinate clause alone', () => {
    const [s] = extract(
      'Если, по данным синоптиков, морозы продержатся до пятницы, школы перейдут на дистанционное обучение.',
      'ru',
    );
    expect(s).toMatchObject({ cue: 'по данным', content: 'морозы продержатся до пятницы' });
  });

  test('a role in the genitive points back to its holder named in the nominative', () => {
    const statements = extract(
      'Заместитель председателя правительства Марат Сафин заявил, что цены стабилизируются. Министр экономики Олег Быков сообщил, что рост замедлится. По словам министра, спад продлится недолго.',
      'ru',
    );
    expect(statementStarting(statements, 'спад').speaker).toBe('Олег Быков');
  });

  test('roles chained in the genitive before the name: "заместитель министра иностранных дел"', () => {
    const [s] = extract(
      'Переговоры продолжатся, сказал заместитель министра иностранных дел России Сергей Рябков.',
      'ru',
    );
    expect(s).toMatchObject({ speaker: 'Сергей Рябков', content: 'Переговоры продолжатся' });
  });
});

describe('Russian: who the speaker is', () => {
  test('"представитель Кремля" is a role of the Kremlin, pointing back to the spokesman named before', () => {
    const statements = extract(
      'Пресс-секретарь президента Дмитрий Песков сообщил, что визит готовится. По словам представителя Кремля, программа еще не согласована. Он также отметил, что дата пока не определена.',
      'ru',
    );
    expect(statementStarting(statements, 'программа').speaker).toBe('Дмитрий Песков');
    expect(statementStarting(statements, 'дата').speaker).toBe('Дмитрий Песков');
  });

  test('a woman\'s surname outweighs the masculine role noun: "она" and "по ее словам" find her', () => {
    const statements = extract(
      'Директор музея Татьяна Климова считает, что выставку продлят. «Очереди стоят каждый день», — говорит она. Кроме того, по ее словам, музей откроет второй зал.',
      'ru',
    );
    expect(statementStarting(statements, 'Очереди').speaker).toBe('Татьяна Климова');
    expect(statementStarting(statements, 'музей откроет')).toMatchObject({ speaker: 'Татьяна Климова' });
  });
  test("a name after an acronym that completes a role is the subject, not a preposition's object", () => {
    const statements = extract(
      'Постоянный представитель России при ООН Василий Небензя, выступая на заседании Совета, подчеркнул, что ответственность лежит на Западе.',
      'ru',
    );
    expect(statementStarting(statements, 'ответственность').speaker).toBe('Василий Небензя');
  });
});

describe('Russian: sources told about and taken from a group', () => {
  test('"В X «Ъ» подтвердили": the outlet before the cue is told, the office before it speaks', () => {
    const [s] = extract('В Минздраве «Известиям» подтвердили, что вакцину зарегистрируют в мае.', 'ru');
    expect(s).toMatchObject({
      mention: 'Минздраве',
      addressee: 'Известиям',
      content: 'вакцину зарегистрируют в мае',
      kind: 'indirect',
    });
  });

  test('"В X ТАСС сообщили": a bare agency before an impersonal plural is told, the office speaks', () => {
    const statements = extract(
      'В Кремле ТАСС сообщили, что визит перенесут. В Минэнерго РБК подтвердили, что цены заморозят. В пресс-службе ведомства РИА Новости уточнили, что решение временное. Ранее в Минфине Интерфаксу сообщили, что налог отменят.',
      'ru',
    );
    expect(statementStarting(statements, 'визит')).toMatchObject({
      speaker: 'Кремль',
      addressee: 'ТАСС',
      kind: 'indirect',
      content: 'визит перенесут',
    });
    expect(statementStarting(statements, 'цены')).toMatchObject({ mention: 'Минэнерго', addressee: 'РБК' });
    expect(statementStarting(statements, 'решение')).toMatchObject({
      mention: 'пресс-службе ведомства',
      addressee: 'РИА Новости',
    });
    expect(statementStarting(statements, 'налог')).toMatchObject({
      mention: 'Минфине',
      addressee: 'Интерфаксу',
    });
  });

  test('not after an institution noun alone, which takes the name as its genitive, nor with a singular cue', () => {
    const statements = extract(
      'В пресс-службе РЖД сообщили, что поезда задерживаются. В пресс-службе «Аэрофлота» уточнили, что рейсы отменены. В Кремле ТАСС сообщил, что визит перенесут.',
      'ru',
    );
    expect(statementStarting(statements, 'поезда')).toMatchObject({ mention: 'пресс-службе РЖД' });
    expect(statementStarting(statements, 'поезда').addressee).toBeUndefined();
    expect(statementStarting(statements, 'рейсы')).toMatchObject({ mention: 'пресс-службе «Аэрофлота»' });
    expect(statementStarting(statements, 'рейсы').addressee).toBeUndefined();
    expect(statementStarting(statements, 'визит').addressee).toBeUndefined();
  });

  test('"один из собеседников «Ъ»": the group a quantifier takes from', () => {
    const [s] = extract('Сделка почти готова, говорит один из собеседников «Ведомостей».', 'ru');
    expect(s).toMatchObject({ mention: 'один из собеседников «Ведомостей»', content: 'Сделка почти готова' });
  });
});

describe('Russian: surveys', () => {
  test('"считает большинство опрошенных «…» аналитиков": the polled group speaks', () => {
    const [s] = extract('Рубль укрепится к лету, полагают опрошенные РБК экономисты.', 'ru');
    expect(s).toMatchObject({ mention: 'опрошенные РБК экономисты', content: 'Рубль укрепится к лету' });
    const [t] = extract(
      'Цены на нефть вырастут, считает большинство опрошенных «Ведомостями» аналитиков.',
      'ru',
    );
    expect(t).toMatchObject({ content: 'Цены на нефть вырастут' });
    expect(t?.mention).toMatch(/аналитиков$/);
  });
});
