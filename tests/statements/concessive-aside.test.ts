/**
 * A concessive clause after a reported clause that reports something else is the writer's aside, and ends the
 * content; one with no cue may be the speaker's own hedge and stays in it.
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
});
