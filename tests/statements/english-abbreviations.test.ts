/** Full stops and slashes that end no sentence or object in English: abbreviated months ("Jan. 1"), initialisms ("U.S."), dates ("9/11"). */
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

  test('initials end the sentence before a capital determiner or pronoun, not before a name', () => {
    expect(
      contents(
        'The minister said the troops would return to the U.S. The decision surprised many in Congress.',
      ),
    ).toEqual(['the troops would return to the U.S']);
    expect(contents('Officials said the U.S. Navy would send two more ships.')).toEqual([
      'the U.S. Navy would send two more ships',
    ]);
  });
});

describe('punctuation inside words of an object (English, positions mode)', () => {
  function positions(text: string) {
    return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => s.content);
  }

  test('an initialism does not end the object', () => {
    expect(positions('The governor has called the tariff a tax on U.S. farmers.')).toContain(
      'the tariff a tax on U.S. farmers',
    );
  });

  test('nor a slash between numbers', () => {
    expect(
      positions('The senator accused the agency of ignoring warnings before the 9/11 attacks.'),
    ).toContain('the agency of ignoring warnings before the 9/11 attacks');
  });
});
