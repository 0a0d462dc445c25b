/**
 * Patterns met on unseen fr, en and uk records (tenth session): a role's holder in apposition after an inverted
 * cue, oblique-case roles, fillers between "Про це" and its cue, reports cited through an as-clause, two
 * speakers in one sentence. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting as find } from './helpers';

describe('en: the holder named in apposition after a role with a capitalised modifier', () => {
  test('"…,” said the Green party leader, Ed Davey, who …" → Ed Davey', () => {
    const statements = extract(
      'Rutte welcomed the plan. "Nobody should be rushed into a war," said the Liberal Democrat leader, Anna Frost, who called for a vote.',
      'en',
    );
    expect(find(statements, 'Nobody should be rushed').speaker).toBe('Anna Frost');
  });

  test('a capitalised word after the comma that opens a clause is no holder', () => {
    const statements = extract('"We will win," said the Green leader, Moscow will lose.', 'en');
    expect(find(statements, 'We will win').speaker).not.toBe('Moscow');
  });
});

describe('uk: roles in the genitive after "За словами"', () => {
  test('"За словами канцлера" → the chancellor named before', () => {
    const statements = extract(
      'Канцлер Німеччини Ганс Коль зазначив, що Берлін готовий допомогти. За словами канцлера, уряд передасть Києву ще дві системи.',
      'uk',
    );
    expect(find(statements, 'уряд передасть').speaker).toBe('Ганс Коль');
  });
});

describe('uk: a filler with its outlet between "Про це" and the cue', () => {
  test('"Про це в інтерв\'ю Politico сказав X" takes the sentence before', () => {
    const statements = extract(
      "Переговори про членство не почнуться цього року. Про це в інтерв'ю Politico сказав міністр Іван Гордієнко, пише «Дзеркало тижня».",
      'uk',
    );
    expect(find(statements, 'Переговори про членство').speaker).toBe('Іван Гордієнко');
    expect(statements.some((s) => s.content.startsWith('Про це'))).toBe(false);
  });
});

describe('a report cited through a parenthetical as-clause', () => {
  test('uk "У Москві, як повідомляє ТАСС, X заявив, що …" → X, via the agency', () => {
    const statements = extract(
      'У Москві, як повідомляє ТАСС, речник МЗС Росії Петро Соколов заявив, що нові санкції нічого не змінять.',
      'uk',
    );
    const s = find(statements, 'нові санкції');
    expect(s.speaker).toBe('Петро Соколов');
    expect(s.via).toBe('ТАСС');
    expect(s.content).toBe('нові санкції нічого не змінять');
  });

  test('ru "Как сообщает РБК, X заявил, что …" → X, via the outlet', () => {
    const statements = extract(
      'Как сообщает РБК, министр финансов Олег Лебедев заявил, что бюджет будет исполнен.',
      'ru',
    );
    const s = find(statements, 'бюджет будет');
    expect(s.speaker).toBe('Олег Лебедев');
    expect(s.via).toBe('РБК');
  });

  test('an as-clause with no cue inside still names the source', () => {
    const statements = extract('Як повідомляє ТАСС, Росія посилює охорону кордону з Фінляндією.', 'uk');
    expect(find(statements, 'Росія посилює').speaker).toBe('ТАСС');
  });
});

describe('fr: adverbials between the auxiliary and the participle', () => {
  test('"a au contraire jugé", "a de nouveau appelé"', () => {
    const statements = extract(
      'La ministre Claire Roux a au contraire jugé « inutile » un nouveau sommet. Le syndicat a de nouveau appelé à la grève.',
      'fr',
    );
    expect(find(statements, '« inutile »').speaker).toBe('Claire Roux');
  });
});

describe('fr: "…, selon l\'agence X" after a cue is the via, not a second source', () => {
  test('no statement of its own for what stands before the cue', () => {
    const statements = extract(
      "À Moscou, le ministre Ivan Sokolov a affirmé que les sanctions étaient « inefficaces », selon l'agence officielle TASS.",
      'fr',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.speaker).toBe('Ivan Sokolov');
    expect(statements[0]!.via).toBe('TASS');
  });
});

describe('fr: the narrative infinitive', () => {
  test('"Et d\'ajouter : « … »" and "Et de conclure que …" are the last speaker\'s', () => {
    const statements = extract(
      "« Nous tiendrons », a assuré le maire, Paul Rivière. Et d'ajouter : « Personne ne partira ». Et de conclure que la ville « restera debout ».",
      'fr',
    );
    expect(find(statements, 'Personne ne partira').speaker).toBe('Paul Rivière');
    expect(find(statements, 'Personne ne partira').kind).toBe('direct');
    expect(find(statements, 'la ville').speaker).toBe('Paul Rivière');
  });

  test('"Et de" before a noun is no report', () => {
    const statements = extract(
      '« Nous tiendrons », a assuré le maire. Et de loin, la ville semblait calme.',
      'fr',
    );
    expect(statements).toHaveLength(1);
  });
});

describe('two speakers in one sentence, the second after a comma and a conjunction', () => {
  test('fr "…, tandis que le ministre, X, a estimé que …": the first content ends at the comma', () => {
    const statements = extract(
      "Son homologue, Anton Kovac, a jugé « prématuré » tout débat, tandis que la ministre tchèque, Eva Horak, a estimé que l'Alliance devait attendre.",
      'fr',
    );
    expect(find(statements, '« prématuré »').content).toBe('« prématuré » tout débat');
    expect(find(statements, '« prématuré »').speaker).toBe('Anton Kovac');
    expect(find(statements, "l'Alliance").speaker).toBe('Eva Horak');
  });

  test('uk "…, а його колега X додав, що …": beside, not inside, the first', () => {
    const statements = extract(
      'Міністр Петро Коваль заявив, що Київ чекає рішення, а його польський колега Ян Новак додав, що Варшава його підтримає.',
      'uk',
    );
    expect(find(statements, 'Київ чекає').content).toBe('Київ чекає рішення');
    const second = find(statements, 'Варшава');
    expect(second.speaker).toBe('Ян Новак');
    expect(second.via).toBeUndefined();
  });
});

describe('fr: what the subject said next, beside the first report', () => {
  test('"…, tout en précisant que …" ends the first content at the comma', () => {
    const statements = extract(
      "Le ministre Paul Roy a assuré que le pays prendrait « toute sa part », tout en précisant qu'aucun soldat ne serait envoyé.",
      'fr',
    );
    expect(find(statements, 'le pays prendrait').content).toBe('le pays prendrait « toute sa part »');
    expect(find(statements, 'aucun soldat').speaker).toBe('Paul Roy');
  });

  test('a gerund with no clause stays a word of the content', () => {
    const statements = extract(
      'Le ministre Paul Roy a assuré que le pays prendrait sa part en précisant ses objectifs.',
      'fr',
    );
    expect(statements).toHaveLength(1);
  });

  test('"…, avant de mettre en garde : « … »" is a direct statement of the same speaker', () => {
    const statements = extract(
      'Paul Roy a salué une « unité sans précédent », avant de mettre en garde : « Sans filet, cette garantie restera fragile ».',
      'fr',
    );
    expect(find(statements, 'une « unité').content).toBe('une « unité sans précédent »');
    const warning = find(statements, 'Sans filet');
    expect(warning.speaker).toBe('Paul Roy');
    expect(warning.kind).toBe('direct');
  });
});

describe('fr: a place opening the sentence with "à" leaves the subject after it the one a role takes up', () => {
  test('"À Londres, X a tenu un discours voisin. Le premier ministre britannique a assuré …" → X', () => {
    const statements = extract(
      'Emmanuel Macron a salué une « unité européenne ». À Londres, Paul Roy a tenu un discours voisin. Le premier ministre britannique a assuré que le pays prendrait sa part.',
      'fr',
    );
    expect(find(statements, 'le pays prendrait').speaker).toBe('Paul Roy');
  });
});

describe('en: two speakers joined by "while"; a noun homograph before an auxiliary', () => {
  test('"X said …, while Y said the Baltic states would …"', () => {
    const statements = extract(
      "Norway's Lena Dahl said Oslo was ready to send ships, while Latvia's Ivo Kalns said the Baltic states would ask for more.",
      'en',
    );
    expect(find(statements, 'Oslo was ready').content).toBe('Oslo was ready to send ships');
    const second = find(statements, 'the Baltic states');
    expect(second.speaker).toBe('Ivo Kalns');
    expect(second.via).toBeUndefined();
  });

  test('"the claims were denied" reports nothing', () => {
    expect(extract('The claims were denied by the company on Monday.', 'en')).toHaveLength(0);
  });
});

describe('en: a plural possessive inside an "according to" source', () => {
  test('"According to a draft of the leaders\' joint statement, …"', () => {
    const statements = extract(
      'According to a draft of the ministers\' joint statement, the six countries will call the plan "urgent".',
      'en',
    );
    expect(find(statements, 'the six countries').speaker).toContain('draft');
  });
});

describe('en: the writer\'s circumstances after a comma and "as"', () => {
  test('"…, as ministers faced questions" ends the content; a reason in the present does not', () => {
    const statements = extract(
      'Mary Coyle said troops could be deployed within weeks, as ministers faced questions from MPs. ' +
        'Tom Reid said the new rules were welcome, as many families spend too much on energy.',
      'en',
    );
    expect(find(statements, 'troops could be').content).toBe('troops could be deployed within weeks');
    expect(find(statements, 'the new rules').content).toBe(
      'the new rules were welcome, as many families spend too much on energy',
    );
  });
});
