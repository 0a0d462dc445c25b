/** Ukrainian reporting style (Ukrinform): "заявив, що", «…», – сказав він, "за словами X", "Як повідомили …". */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Ukrainian statements', () => {
  test('indirect speech: cue, comma, "що"', () => {
    const s = statementStarting(
      extract(
        'Президент України Володимир Зеленський заявив, що Україна потребує додаткових систем ППО.',
        'uk',
      ),
      'Україна',
    );
    expect(s.kind).toBe('indirect');
    expect(s.speaker).toMatch(/Володимир Зеленський$/);
  });

  test('direct speech in «…» with the cue after a dash', () => {
    const [s] = extract('«Ми не відступимо», – наголосив Зеленський.', 'uk');
    expect(s).toMatchObject({
      kind: 'direct',
      // A public figure of the alias table is shown under the full name (`aliases.ts`).
      speaker: 'Володимир Зеленський',
      mention: 'Зеленський',
      cue: 'наголосив',
      content: 'Ми не відступимо',
    });
  });

  test('colon quotation in „…“', () => {
    const [s] = extract(
      'Речниця МЗС Ірина Петренко заявила: „Ми вимагаємо негайного звільнення полонених“.',
      'uk',
    );
    expect(s).toMatchObject({ kind: 'direct', content: 'Ми вимагаємо негайного звільнення полонених' });
    expect(s!.speaker).toMatch(/Ірина Петренко$/);
  });

  test('"за словами X" (genitive) and "за його словами" (back to the last speaker)', () => {
    const statements = extract(
      'Міністр оборони Денис Кравчук наголосив, що армія отримає нові дрони. За його словами, виробництво зросте вдвічі. За словами Зеленського, партнери погодилися допомогти.',
      'uk',
    );
    expect(statementStarting(statements, 'виробництво').speaker).toBe('Денис Кравчук');
    expect(statementStarting(statements, 'партнери')).toMatchObject({
      cue: 'За словами',
      mention: 'Зеленського',
    });
  });

  test('pronoun coreference: "– зазначила вона"', () => {
    const statements = extract(
      "Прем'єр-міністерка Юлія Свириденко повідомила, що уряд спрямує кошти на дрони. «Це рішення ми ухвалили разом із військовими», – зазначила вона.",
      'uk',
    );
    expect(statementStarting(statements, 'Це рішення')).toMatchObject({
      kind: 'direct',
      speaker: 'Юлія Свириденко',
      mention: 'вона',
    });
  });

  test('postposed attribution: "…, повідомили в Генштабі."', () => {
    const s = statementStarting(
      extract('Ворог втратив за добу 1200 військових, повідомили в Генштабі.', 'uk'),
      'Ворог',
    );
    expect(s.kind).toBe('indirect');
  });

  test('"Як повідомили …, …" attributes the rest of the sentence', () => {
    const s = statementStarting(
      extract('Як повідомив Генштаб, ворог втратив 1200 військових за добу.', 'uk'),
      'ворог',
    );
    expect(s.speaker).toBe('Генштаб ЗСУ');
  });

  test('"В «Назва» повідомили, що …": the quoted institution after the preposition speaks', () => {
    const [s] = extract('В «Нафтогазі» повідомили, що запасів газу вистачить до весни.', 'uk');
    expect(s).toMatchObject({ mention: 'В «Нафтогазі»', content: 'запасів газу вистачить до весни' });
  });

  test('a name closing a prepositional phrase before the cue is its object, not the speaker', () => {
    const [s] = extract(
      "Прем'єр-міністр Норвегії Йонас Стере в інтерв'ю телеканалу NRK заявив, що Осло збільшить допомогу.",
      'uk',
    );
    expect(s).toMatchObject({ speaker: 'Йонас Стере', content: 'Осло збільшить допомогу' });
  });

  test('"У Міністерстві … зазначили": the institution named in the locative speaks', () => {
    const [s] = extract("У Міністерстві охорони здоров'я України зазначили, що вакцин вистачить.", 'uk');
    expect(s?.speaker).toMatch(/^Міністерств/);
    expect(s?.content).toBe('вакцин вистачить');
  });

  test('"йдеться у повідомленні" after a quotation: the institution that spoke last', () => {
    const statements = extract(
      'Укренерго повідомило, що графіки скасовано. «Енергосистема працює стабільно», – йдеться у повідомленні.',
      'uk',
    );
    expect(statementStarting(statements, 'Енергосистема')).toMatchObject({ speaker: 'Укренерго' });
  });

  test('a dateline before a dash is no content of the cue after it', () => {
    const [s] = extract('Львів – Мер Андрій Садовий заявив, що укриття відкриті цілодобово.', 'uk');
    expect(s).toMatchObject({ speaker: 'Андрій Садовий', content: 'укриття відкриті цілодобово' });
  });

  test('"Як повідомляє «Видання», …": the quoted title is the source, not a quotation', () => {
    const statements = extract('Як повідомляє «Економічна правда», уряд готує новий податок.', 'uk');
    expect(statements.map((s) => [s.speaker, s.kind, s.content])).toEqual([
      ['Економічна правда', 'indirect', 'уряд готує новий податок'],
    ]);
  });

  test('a role with a prepositional complement before the name: the name is the speaker', () => {
    const statements = extract(
      'Уповноважений з прав людини Дмитро Лубінець заявив, що обмін полоненими відбудеться. «Ми готуємо списки», – наголосив посадовець.',
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Дмитро Лубінець', 'Дмитро Лубінець']);
  });

  test('a genitive surname after "за словами" is the full name given before, without the place before it', () => {
    const statements = extract(
      'Голова Одеської ОВА Олег Кіпер заявив, що світло повернуть до ранку. За словами Кіпера, ремонт триває.',
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Олег Кіпер', 'Олег Кіпер']);
  });

  test("a country's adjective in a role names the minister given with the country in the genitive", () => {
    const statements = extract(
      'Міністр збройних сил Франції Катрін Воттрен заявила, що Париж передасть нові ракети. «Ми будемо з Україною до кінця», – наголосила французька міністр.',
      'uk',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Катрін Воттрен', 'Катрін Воттрен']);
  });

  test('"У X Укрінформу повідомили": the outlet in the dative before an impersonal plural is told', () => {
    const statements = extract(
      'У Мінцифри Укрінформу повідомили, що сервіс запрацює в березні. У пресслужбі «Укрзалізниці» Суспільному розповіли, що потяги курсують.',
      'uk',
    );
    expect(statementStarting(statements, 'сервіс')).toMatchObject({
      mention: 'Мінцифри',
      addressee: 'Укрінформ',
      kind: 'indirect',
      content: 'сервіс запрацює в березні',
    });
    expect(statementStarting(statements, 'потяги')).toMatchObject({
      mention: 'пресслужбі «Укрзалізниці»',
      addressee: 'Суспільному',
    });
  });

  test('a genitive after an institution noun alone is its own, not the one told: "У пресслужбі Кабміну"', () => {
    const [s] = extract('У пресслужбі Кабміну повідомили, що засідання перенесли.', 'uk');
    expect(s).toMatchObject({ mention: 'пресслужбі Кабміну', content: 'засідання перенесли' });
    expect(s?.addressee).toBeUndefined();
  });
});
