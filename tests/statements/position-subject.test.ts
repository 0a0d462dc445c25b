/**
 * Positions mode: a stance or an intention whose subject is a determiner and a common noun the speaker grammar
 * does not read ("The jury decided to …", "A House panel voted to …").
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function positions(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => [
    s.mention,
    s.content,
  ]);
}

describe('plain noun subjects of position cues (English)', () => {
  test.each([
    ['The jury decided to acquit the officer.', 'The jury', 'to acquit the officer'],
    [
      'A Senate panel voted Thursday to subpoena the former director.',
      'A Senate panel',
      'to subpoena the former director',
    ],
    ['After the hearing, the family decided to ask for the footage.', 'the family', 'to ask for the footage'],
  ])('%s', (text, mention, content) => {
    expect(positions(text)).toContainEqual([mention, content]);
  });

  test('a noun in a base form after a determiner and a noun is no verb', () => {
    expect(positions('The unemployment rate is a widely used measure of hardship.')).toEqual([]);
    expect(positions('Ms. Reyes, a longtime advocate for tenants, spoke first.')).toEqual([]);
  });
});

describe('negated infinitives of intention cues (English)', () => {
  test('the negation belongs to what is intended', () => {
    expect(positions('The senator decided not to run again for the seat.')).toContainEqual([
      'The senator',
      'not to run again for the seat',
    ]);
  });
});
