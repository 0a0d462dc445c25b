/**
 * A noun cue and its infinitive as the sentence's subject: the content stops before the main verb ("the
 * governor's plan to close the schools | angered parents").
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function contents(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => s.content);
}

describe('noun cues heading the subject (English)', () => {
  test.each([
    ["The governor's plan to close the schools angered parents.", 'to close the schools'],
    ['Her refusal to testify surprised nobody.', 'to testify'],
    ['Yet his determination to act alone inflamed his rivals and will carry a heavy cost.', 'to act alone'],
    ["The mayor's plan to rebuild schools built in 1950 is expensive.", 'to rebuild schools built in 1950'],
  ])('%s', (text, content) => {
    expect(contents(text)).toContain(content);
  });

  test('an infinitive that ends its sentence keeps its object', () => {
    expect(contents("Voters cheered the council's decision to reopen the library.")).toContain(
      'to reopen the library',
    );
  });

  test('a relative clause inside the infinitive is no main verb', () => {
    const found = contents(
      "The board's decision to close schools that served poor children angered parents.",
    );
    expect(found.some((c) => c.startsWith('to close schools that served poor children'))).toBe(true);
  });
});
