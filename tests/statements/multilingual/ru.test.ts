/** Russian reporting style: "заявил, что", «…», — сказал он, "по словам X" (genitive), "Как заявил X, …". */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Russian statements', () => {
  test('indirect speech: cue, comma, "что"', () => {
    const s = statementStarting(
      extract(
        'Министр иностранных дел России Сергей Лавров заявил, что Москва не примет размещения войск НАТО на Украине.',
        'ru',
      ),
      'Москва',
    );
    expect(s.kind).toBe('indirect');
    expect(s.speaker).toMatch(/Сергей Лавров$/);
    expect(s.cue).toBe('заявил');
  });

  test('direct speech in «…» with the cue after a dash', () => {
    const [s] = extract('«Мы не допустим расширения альянса», — сказал Лавров журналистам.', 'ru');
    expect(s).toMatchObject({
      kind: 'direct',
      // A public figure of the alias table is shown under the full name (`aliases.ts`).
      speaker: 'Сергей Лавров',
      mention: 'Лавров',
      cue: 'сказал',
      content: 'Мы не допустим расширения альянса',
    });
  });

  test('quote marks „…“ nested in «…» stay inside the content', () => {
    const [s] = extract('Песков заявил: «Это не „ультиматум“, а предложение».', 'ru');
    expect(s).toMatchObject({ kind: 'direct', content: 'Это не „ультиматум“, а предложение' });
  });

  test('dialogue dashes open direct speech; "он" goes back to the last speaker', () => {
    const statements = extract(
      'Дмитрий Песков сообщил, что встреча пока не планируется.\n— Санкции не работают, — заявил он.',
      'ru',
    );
    const s = statementStarting(statements, 'Санкции');
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Дмитрий Песков', mention: 'он' });
  });

  test('"по словам X" (genitive) and "по его словам" (back to the last speaker)', () => {
    const statements = extract(
      'Пресс-секретарь президента Дмитрий Песков сообщил, что встреча пока не планируется. По его словам, контакты продолжаются на уровне экспертов. По словам Захаровой, Москва ответит.',
      'ru',
    );
    expect(statementStarting(statements, 'контакты').speaker).toBe('Дмитрий Песков');
    const z = statementStarting(statements, 'Москва ответит');
    expect(z).toMatchObject({ cue: 'По словам', mention: 'Захаровой' });
  });

  test('postposed attribution: "…, говорят эксперты."', () => {
    const s = statementStarting(extract('Кризис продлится еще два года, говорят эксперты.', 'ru'), 'Кризис');
    expect(s).toMatchObject({
      kind: 'indirect',
      mention: 'эксперты',
      content: 'Кризис продлится еще два года',
    });
  });

  test('"Как заявил X, …" attributes the rest of the sentence', () => {
    const s = statementStarting(
      extract(
        'Как заявил официальный представитель МИД Мария Захарова, Россия ответит на новые санкции.',
        'ru',
      ),
      'Россия',
    );
    expect(s.speaker).toMatch(/Мария Захарова$/);
  });

  test('a sentence with "что" but no cue is no statement', () => {
    expect(extract('Известно, что переговоры пройдут в Стамбуле.', 'ru')).toEqual([]);
  });

  test('adverbs and a quoted outlet between the subject and the cue are skipped', () => {
    const [s] = extract(
      'Министр финансов Антон Силуанов в интервью «Ведомостям» недавно сказал, что бюджет будет сбалансирован.',
      'ru',
    );
    expect(s).toMatchObject({ speaker: 'Антон Силуанов', content: 'бюджет будет сбалансирован' });
    // An adverb alone before the cue is no speaker: the statement inherits instead.
    const statements = extract(
      'Губернатор Иван Петров сообщил, что дороги открыты. «Обстановка спокойная», — все же сказал он позже.',
      'ru',
    );
    expect(statementStarting(statements, 'Обстановка').speaker).toBe('Иван Петров');
  });

  test('"…, о чем заявил X": the clause before the comma is the content', () => {
    const [s] = extract('Армия провела учения у границы, о чем накануне сообщил генерал Петр Сидоров.', 'ru');
    expect(s).toMatchObject({ content: 'Армия провела учения у границы', speaker: 'Петр Сидоров' });
  });

  test('", а по данным X" opens another source: the first content ends before it', () => {
    const statements = extract(
      'Министр утверждал, что ремонт обошелся в два миллиарда рублей, а по данным Счетной палаты он обошелся в пять миллиардов.',
      'ru',
    );
    expect(statementStarting(statements, 'ремонт').content).toBe('ремонт обошелся в два миллиарда рублей');
  });

  test('a colon after the cue’s short object opens the reported clause', () => {
    const [s] = extract('Губернатор предупредил жителей области: паводок продлится еще неделю.', 'ru');
    expect(s).toMatchObject({ content: 'паводок продлится еще неделю', mention: 'Губернатор' });
  });

  test('"Как сказал" with an adverbial and a quoted title before the subject', () => {
    const [s] = extract(
      'Как сказал в одном из интервью "Известиям" ректор Игорь Смирнов, для того, чтобы учиться, нужно время.',
      'ru',
    );
    expect(s).toMatchObject({
      speaker: 'Игорь Смирнов',
      mention: 'ректор Игорь Смирнов',
      content: 'для того, чтобы учиться, нужно время',
    });
  });

  test('a gerund cue followed by "что" reports the clause after it, with the sentence’s subject', () => {
    const [s] = extract(
      '5 мая Олег Смирнов выступил на форуме, заявив, что будет баллотироваться в Думу.',
      'ru',
    );
    expect(s).toMatchObject({ speaker: 'Олег Смирнов', content: 'будет баллотироваться в Думу' });
  });

  test('"сейчас" between the subject and the cue is no part of the subject', () => {
    const [s] = extract('Правительство сейчас заявило, что пенсии будут проиндексированы.', 'ru');
    expect(s).toMatchObject({ mention: 'Правительство' });
  });

  test('a name closing a prepositional phrase before the cue is its object, not the speaker', () => {
    const [s] = extract(
      'Министр финансов Антон Силуанов в интервью телеканалу РБК сказал, что бюджет будет сбалансирован.',
      'ru',
    );
    expect(s).toMatchObject({ speaker: 'Антон Силуанов', content: 'бюджет будет сбалансирован' });
  });

  test('"В министерстве … заявили": the institution named in the locative speaks', () => {
    const [s] = extract('В министерстве транспорта заявили, что мост откроют весной.', 'ru');
    expect(s?.speaker).toMatch(/^[Мм]инистерств/);
    expect(s?.content).toBe('мост откроют весной');
  });

  test('a first-person claim in an interview ("я утверждаю, что …") reports its clause', () => {
    const [s] = extract('Поэтому я всегда утверждаю, что санкции не работают.', 'ru');
    expect(s).toMatchObject({ cue: 'утверждаю', content: 'санкции не работают' });
  });

  test('"говорится в сообщении" after a quotation: the institution that spoke last', () => {
    const statements = extract(
      'Минтранс сообщил, что движение восстановлено. «Поезда ходят по графику», — говорится в сообщении.',
      'ru',
    );
    expect(statementStarting(statements, 'Поезда')).toMatchObject({ speaker: 'Минтранс', cue: 'говорится' });
  });

  test('"Как пишет "Издание", …": the quoted title is the source, not a quotation', () => {
    const statements = extract('Как пишет "Ведомости", банк закрывает отделения в регионах.', 'ru');
    expect(statements.map((s) => [s.speaker, s.kind, s.content])).toEqual([
      ['Ведомости', 'indirect', 'банк закрывает отделения в регионах'],
    ]);
  });

  test('a short quoted aside between the subject and the cue leaves the subject the speaker', () => {
    const [s] = extract('Один из чиновников "на условиях анонимности" сказал: "Решение уже принято".', 'ru');
    expect(s).toMatchObject({
      speaker: 'Один из чиновников',
      content: 'Решение уже принято',
      kind: 'direct',
    });
  });

  test('a contrast opening on experts or analysts ends the reported clause', () => {
    const [s] = extract(
      'Глава банка заявил, что курс рубля стабилизируется, однако аналитики с этим не согласны.',
      'ru',
    );
    expect(s?.content).toBe('курс рубля стабилизируется');
  });

  test('a dative name after "сообщил" is the addressee, and the role later is the speaker', () => {
    const statements = extract(
      'Министр транспорта Андрей Ковалёв сообщил Ольге Петровой, что рейсы возобновятся в марте. Министр добавил, что аэропорты готовы.',
      'ru',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Андрей Ковалёв', 'рейсы возобновятся в марте'],
      ['Андрей Ковалёв', 'аэропорты готовы'],
    ]);
  });

  test('the cue\'s gender wins over a masculine role noun, so "по её словам" finds the woman', () => {
    const statements = extract(
      'Губернатор области Игорь Смирнов заявил, что мост откроют летом. Официальный представитель правительства Анна Орлова заявила, что денег хватит. По её словам, смета утверждена.',
      'ru',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Игорь Смирнов', 'Анна Орлова', 'Анна Орлова']);
  });

  test('a role taken up after a sentence with an object name goes back to its subject', () => {
    const statements = extract(
      'Министр энергетики Олег Белов провёл встречу с губернатором Иваном Соколовым. Министр заявил, что резервы превышают норму.',
      'ru',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Олег Белов']);
  });
});
