/**
 * A concessive or relative clause after a reported clause that reports something else is the writer's aside,
 * and ends the content; a concessive with no cue may be the speaker's own hedge, and a relative whose pronoun is
 * the cue's subject describes its antecedent: both stay in it.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function contents(text: string, positions = false) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions }).map((s) => s.content);
}

describe('concessive asides (English)', () => {
  test('a concessive that reports something else ends the content', () => {
    expect(
      contents('The minister said the reform would pass, though she admitted it was unpopular.'),
    ).toEqual(['the reform would pass', 'it was unpopular']);
    expect(
      contents('Hale claimed that the audit was finished, although he again refused to publish it.', true),
    ).toContain('the audit was finished');
  });

  test("a concessive with no cue is the speaker's hedge", () => {
    expect(contents('Economists say rates will fall this spring, though it could take longer.')).toEqual([
      'rates will fall this spring, though it could take longer',
    ]);
  });

  test('a relative clause holding a report of its own ends the content', () => {
    expect(
      contents('The treasurer said the party received loans, which she said were repaid in full.'),
    ).toEqual(['the party received loans', 'were repaid in full']);
  });

  test('a relative whose pronoun is the subject of its cue stays', () => {
    expect(contents('The family said they had met the officer, who asked for the footage.')).toEqual([
      'they had met the officer, who asked for the footage',
    ]);
  });

  test('verb second: a relative clause ends with its verb, and is no aside by its shape', () => {
    const found = extractStatements(
      'Der Sprecher erklärte, die Reform, die die Ministerin angekündigt habe, komme später.',
      {
        lang: 'de',
        articleKey: 'test',
      },
    ).map((s) => s.content);
    expect(found).toEqual(['die Reform, die die Ministerin angekündigt habe, komme später']);
  });
});
