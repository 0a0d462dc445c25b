import { describe, expect, it } from 'vitest';
import { parseQuery, QuerySyntaxError } from '../../utils/topics';
import { QUERY_ERROR_REASONS, type QueryErrorReason } from '../../utils/topics/query-parser';

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${query}`);
}

describe('parseQuery: grammar', () => {
  it('reads implicit AND, explicit AND and OR with AND binding tighter', () => {
    expect(parseQuery('nato finland OR sweden')).toMatchObject({
      type: 'or',
      children: [
        { type: 'and', children: [{ source: 'nato' }, { source: 'finland' }] },
        { source: 'sweden' },
      ],
    });
    expect(parseQuery('a AND b')).toMatchObject({
      type: 'and',
      children: [{ source: 'a' }, { source: 'b' }],
    });
  });

  it('reads NEAR/N, NOT and nested parentheses', () => {
    expect(parseQuery('NOT (a OR (b NEAR/3 c))')).toMatchObject({
      type: 'not',
      child: {
        type: 'or',
        children: [{ source: 'a' }, { type: 'near', distance: 3, left: { source: 'b' } }],
      },
    });
  });

  it('folds terms and splits them into parts glued by hyphens and apostrophes', () => {
    expect(parseQuery('NATO-*')).toMatchObject({
      kind: 'glob',
      parts: [
        { pattern: 'nato', glob: false, joiner: '' },
        { pattern: '*', glob: true, joiner: '-' },
      ],
    });
    expect(parseQuery('l’OTAN')).toMatchObject({
      kind: 'word',
      parts: [{ pattern: 'l' }, { pattern: 'otan', joiner: "'" }],
    });
    expect(parseQuery('“élargissement de l’OTAN”')).toMatchObject({
      kind: 'phrase',
      source: 'élargissement de l’OTAN',
    });
    expect(parseQuery('~Osterweiterung')).toMatchObject({
      kind: 'fuzzy',
      parts: [{ pattern: 'osterweiterung' }],
    });
  });

  it('keeps lower-case operators as words', () => {
    expect(parseQuery('war and peace')).toMatchObject({ type: 'and', children: [{}, { source: 'and' }, {}] });
  });
});

describe('parseQuery: errors name the column and what was expected', () => {
  const cases: [string, number, QueryErrorReason, string][] = [
    ['', 1, 'term-expected', 'a term or "("'],
    ['   ', 1, 'term-expected', 'a term or "("'],
    ['nato OR', 8, 'term-expected', 'a term or "("'],
    ['OR nato', 1, 'term-expected', 'a term or "("'],
    ['nato AND', 9, 'term-expected', 'a term or "("'],
    ['nato AND OR sweden', 10, 'term-expected', 'a term or "("'],
    ['nato NOT', 9, 'term-expected', 'a term or "("'],
    ['(nato OR sweden', 16, 'close-paren-expected', '")"'],
    ['((nato) OR sweden', 18, 'close-paren-expected', '")"'],
    ['nato)', 5, 'unmatched-paren', 'an operator, a term or the end of the query'],
    ['()', 2, 'term-expected', 'a term or "("'],
    ['"open door', 11, 'close-quote-expected', 'a closing quote (")'],
    ['""', 2, 'empty-phrase', 'words inside the quotes'],
    ['nato NEAR sweden', 10, 'near-slash-expected', '"/" and a number of words after NEAR'],
    ['nato NEAR/ sweden', 11, 'near-number-expected', 'a number after "NEAR/"'],
    ['nato NEAR/x sweden', 11, 'near-number-expected', 'a number after "NEAR/"'],
    ['nato NEAR/0 sweden', 11, 'near-out-of-range', 'a number from 1 to 1000 after "NEAR/"'],
    ['NEAR/3 nato', 1, 'term-expected', 'a term or "("'],
    ['~', 2, 'fuzzy-word-expected', 'a word after "~"'],
    ['~elarg*', 2, 'fuzzy-glob', 'a word without "*" after "~"'],
    ['*', 1, 'glob-alone', 'letters or digits next to "*"'],
    ['nato &', 6, 'letters-expected', 'letters or digits in the term'],
  ];
  it.each(cases)('%j → column %i, %s (expected %s)', (query, column, reason, expected) => {
    const error = syntaxError(query);
    expect(error.column).toBe(column);
    expect(error.reason).toBe(reason);
    expect(error.message).toContain(`Expected ${expected} at column ${column}`);
  });

  it('gives every reason code for some query', () => {
    const chain = Array.from({ length: 200 }, (_, i) => `w${i}`).join(' NEAR/3 ');
    const queries = [...cases.map(([query]) => query), `${'('.repeat(200)}nato`, chain];
    const given = new Set(queries.map((query) => syntaxError(query).reason));
    expect([...given].sort()).toEqual([...QUERY_ERROR_REASONS].sort());
  });

  it('says where an unclosed quote or parenthesis was opened', () => {
    expect(syntaxError('nato AND (sweden OR finland').message).toContain('opened at column 10');
    expect(syntaxError('nato "open door').message).toContain('opened at column 6');
    expect(syntaxError('nato OR').message).toContain('ends after OR');
  });
});

describe('parseQuery: hostile input', () => {
  it('refuses absurd nesting with a syntax error instead of exhausting the stack', () => {
    const deep = `${'('.repeat(5000)}nato${')'.repeat(5000)}`;
    expect(syntaxError(deep).reason).toBe('too-deep');
    expect(syntaxError('NOT '.repeat(500) + 'nato').column).toBe(401);
    expect(parseQuery(`${'('.repeat(50)}nato${')'.repeat(50)}`)).toMatchObject({
      type: 'term',
      source: 'nato',
    });
  });

  it('refuses a chain of NEARs deeper than the matcher can walk, in a row or through parentheses', () => {
    const chain = (n: number) => Array.from({ length: n + 1 }, (_, i) => `w${i}`).join(' NEAR/3 ');
    expect(parseQuery(chain(100)).type).toBe('near');
    const tooLong = syntaxError(chain(5_000));
    expect(tooLong.reason).toBe('too-many-nears');
    expect(tooLong.column).toBe(chain(100).length + 2); // the 101st NEAR
    // Parentheses and NOT do not reset the count: (60 NEARs) NEAR NOT (…) then 40 more nest 101 deep.
    const nested = `(${chain(60)}) NEAR/3 NOT (${chain(60)}) NEAR/3 ${chain(39)}`;
    expect(syntaxError(nested).column).toBe(nested.lastIndexOf('NEAR/3') + 1);
    expect(parseQuery(`(${chain(60)}) NEAR/3 NOT (${chain(60)}) NEAR/3 ${chain(38)}`).type).toBe('near');
  });
});
