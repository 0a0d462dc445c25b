/**
 * The topic query parser on hostile input (issue 7): whatever is typed, it returns a tree or a QuerySyntaxError
 * naming a column inside the query, never another error (a stack overflow, a TypeError); a parsed query matches
 * any text without throwing, 5 MB queries and 100,000 nested parentheses included. Its time is checked in
 * linear-time.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError, scoreTopics } from '../../utils/topics';
import { hostileText } from './helpers';

const QUERY_PARTS = [
  '(',
  ')',
  '"',
  '“',
  '”',
  '«',
  '»',
  '„',
  ' ',
  'NOT ',
  ' AND ',
  ' OR ',
  ' NEAR/3 ',
  'NEAR/',
  'NEAR/0 ',
  'NEAR/99999999999 ',
  '*',
  '~',
  '-',
  '’',
  "'",
  'nato',
  'OTAN',
  'élargi*',
  '*erweiterung',
  'НАТО',
  'الناتو',
  '\u200F',
  'e\u0301',
  '😀',
  '\uD800',
];

const hostileQuery = fc.oneof(
  fc.array(fc.constantFrom(...QUERY_PARTS), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

function parseOrSyntaxError(query: string) {
  try {
    return parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QuerySyntaxError);
    const { column } = error as QuerySyntaxError;
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(query.length + 1);
    return null;
  }
}

describe('the query parser', () => {
  it('returns a tree or a syntax error with a column, for anything typed', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => void parseOrSyntaxError(query)),
      { numRuns: 2_000 },
    );
  });

  it('gives queries that match any text without throwing', () => {
    fc.assert(
      fc.property(hostileQuery, hostileText(300), (query, text) => {
        const [result] = scoreTopics({ title: text.slice(0, 30), text, lang: 'fr' }, [
          { id: 't', name: 't', query, enabled: true },
        ]);
        expect(result?.score ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('matches with 5 MB queries without throwing (a syntax error is the only refusal)', () => {
    const fiveMegabytes = (unit: string) => unit.repeat(Math.ceil(5_000_000 / unit.length));
    // scoreTopics parses the query itself and takes a syntax error as "no match"; anything else would throw.
    const score = (query: string) =>
      scoreTopics({ title: 'nato', text: 'w1 nato, w2 « élargissement » ukraine', lang: 'fr' }, [
        { id: 't', name: 't', query, enabled: true },
      ])[0]?.score ?? 0;
    // What a paste could hold: operators chained 5 MB long (a NEAR chain nests: refused past 100) …
    expect(score(`${fiveMegabytes('nato OR ')}w1`)).toBeGreaterThan(0);
    expect(score(`${fiveMegabytes('(nato) «w2 élargissement» élargi* ~ukrane ')}w1`)).toBeGreaterThan(0);
    expect(score(`${fiveMegabytes('w1 NEAR/3 ')}w2`)).toBe(0);
    expect(parseOrSyntaxError(`${fiveMegabytes('w1 NEAR/3 ')}w2`)).toBeNull();
    // … one term of non-Latin letters 5 MB long (a regular expression over it overflowed the stack) …
    expect(parseOrSyntaxError(fiveMegabytes('الناتو'))).toMatchObject({ type: 'term' });
    expect(score(`nato OR ${fiveMegabytes('НАТО')}`)).toBeGreaterThan(0);
    // … and random pieces repeated to 5 MB.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...QUERY_PARTS), { minLength: 1, maxLength: 30 }), (parts) => {
        const query = fiveMegabytes(parts.join(''));
        parseOrSyntaxError(query);
        expect(score(query)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it('refuses 100,000 nested parentheses and NOTs with a syntax error', () => {
    expect(parseOrSyntaxError(`${'('.repeat(100_000)}nato${')'.repeat(100_000)}`)).toBeNull();
    expect(parseOrSyntaxError(`${'NOT '.repeat(100_000)}nato`)).toBeNull();
    expect(parseOrSyntaxError(`"${'« '.repeat(100_000)}`)).toBeNull();
  });
});
