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
