/**
 * A report inside an object relative or a free relative ("what the mayor says the plan would cost, …") ends with the relative clause, at its first comma.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function contents(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test' }).map((s) => s.content);
}

describe('reports inside object relatives (English)', () => {
  test('a free relative ends at its comma', () => {
    expect(
      contents(
        'The gap between what the mayor says the plan would cost, and what it will cost, keeps growing.',
      ),
    ).toContain('the plan would cost');
  });

  test('an article that is also a relative pronoun opens no relative (German)', () => {
    const found = extractStatements('Die Ministerin sagte, der Plan sei teuer, aber nötig.', {
      lang: 'de',
      articleKey: 'test',
    }).map((s) => s.content);
    expect(found).toEqual(['der Plan sei teuer, aber nötig']);
  });
});
