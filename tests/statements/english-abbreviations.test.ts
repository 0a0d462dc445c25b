/** English months abbreviated before a day ("Jan. 1", "Sept. 11") end no sentence. */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function contents(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test' }).map((s) => s.content);
}

describe('month abbreviations (English)', () => {
  test('a month before a day is no sentence end', () => {
    expect(
      contents('The treasurer said the fund has grown since Jan. 1, 2020, and will keep growing.'),
    ).toEqual(['the fund has grown since Jan. 1, 2020, and will keep growing']);
    expect(contents('Officials said the Sept. 11 memorial would reopen in the spring.')).toEqual([
      'the Sept. 11 memorial would reopen in the spring',
    ]);
  });

  test('before a capitalised word the full stop may still end the sentence', () => {
    const found = contents('The vote was delayed until Oct. The mayor said the delay was unfortunate.');
    expect(found).toEqual(['the delay was unfortunate']);
  });
});
