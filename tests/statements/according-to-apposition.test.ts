/**
 * "…, according to X, <apposition>.": the apposition after the source's comma describes the source and is no
 * part of what it reports; a clause there still is ("The deal, according to officials, would cut tariffs").
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function found(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test' }).map((s) => [s.speaker, s.content]);
}

describe('an apposition after "according to X" (English)', () => {
  test.each([
    [
      'Early screening cuts deaths sharply, according to Ann Whitlock, head of the cancer unit at the county hospital.',
      'Ann Whitlock',
      'Early screening cuts deaths sharply',
    ],
    [
      'Middle-income families would pay more, according to a study by Omar Reyes, a former budget analyst now teaching economics.',
      'Omar Reyes',
      'Middle-income families would pay more',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content]);
  });

  test('a clause after the source is still reported', () => {
    expect(found('The deal, according to officials, would cut tariffs.')).toContainEqual([
      'officials',
      'The deal … would cut tariffs',
    ]);
  });
});
