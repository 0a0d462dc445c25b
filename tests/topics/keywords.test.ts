import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../utils/topics';
import {
  emptyGroup,
  keywordsFromQuery,
  keywordTerm,
  queryFromKeywords,
  withTrackedPhrase,
  type KeywordGroup,
} from '../../utils/topics/keywords';
import { queryTokens } from '../../utils/topics/query-tokens';

const group = (fields: Partial<KeywordGroup>): KeywordGroup => ({ ...emptyGroup(), ...fields });

describe('simple mode: keywords to query', () => {
  it('writes words bare and quotes phrases, operator words and punctuation', () => {
    expect(keywordTerm('OTAN')).toBe('OTAN');
    expect(keywordTerm("l'OTAN")).toBe("l'OTAN");
    expect(keywordTerm('NATO-*')).toBe('NATO-*');
    expect(keywordTerm('~Zelensky')).toBe('~Zelensky');
    expect(keywordTerm('  garanties   de sécurité ')).toBe('"garanties de sécurité"');
    expect(keywordTerm('OR')).toBe('"OR"');
    expect(keywordTerm('near/3')).toBe('"near/3"');
    expect(keywordTerm('U.S.')).toBe('"U.S."');
    // A quotation mark inside would end the phrase: it becomes a space.
    expect(keywordTerm('le «plan» de paix')).toBe('"le plan de paix"');
  });

  it('compiles any-of, all-of and none-of of one group', () => {
    const query = queryFromKeywords([
      group({ anyOf: ['OTAN', 'NATO'], allOf: ['Finlande'], noneOf: ['football', 'jeux olympiques'] }),
    ]);
    expect(query).toBe('(OTAN OR NATO) Finlande NOT (football OR "jeux olympiques")');
    expect(parseQuery(query)).toMatchObject({ type: 'and' });
  });

  it('ORs the groups of several languages and skips empty ones and duplicates', () => {
    const query = queryFromKeywords([
      group({ lang: 'en', anyOf: ['NATO', 'NATO', ''], allOf: ['enlargement'] }),
      group({ lang: 'fr', noneOf: ['sport'] }),
      group({ lang: 'fr', anyOf: ['élargissement de l’OTAN'] }),
    ]);
    expect(query).toBe('(NATO enlargement) OR "élargissement de l’OTAN"');
    expect(queryFromKeywords([group({ noneOf: ['x'] })])).toBe('');
  });

  it('reads a simple query back into the same groups (round trip)', () => {
    const groups = [
      group({ anyOf: ['OTAN', 'NATO-*'], allOf: ['Finlande', '~Stubb'], noneOf: ['hockey'] }),
      group({ anyOf: ['garanties de sécurité'], allOf: ['Ukraine'] }),
      group({ anyOf: ['Budapest memorandum'] }),
    ];
    const query = queryFromKeywords(groups);
    expect(keywordsFromQuery(query)).toEqual(groups);
    expect(queryFromKeywords(keywordsFromQuery(query)!)).toBe(query);
  });

  it('reads hand-written simple queries and refuses the others', () => {
    expect(keywordsFromQuery('NATO OR OTAN OR "Alliance atlantique"')).toEqual([
      group({ anyOf: ['NATO', 'OTAN', 'Alliance atlantique'] }),
    ]);
    expect(keywordsFromQuery('Ukraine AND guarantees NOT football')).toEqual([
      group({ anyOf: ['Ukraine'], allOf: ['guarantees'], noneOf: ['football'] }),
    ]);
    expect(keywordsFromQuery('')).toEqual([emptyGroup()]);
    for (const query of ['NATO NEAR/3 enlargement', 'a (b OR (c d))', 'NOT (a b)', 'Ukraine (NATO OR']) {
      expect(keywordsFromQuery(query), query).toBeNull();
    }
  });
});

describe('query pieces for highlighting', () => {
  it('cover every character and name operators, phrases, globs and fuzzy words', () => {
    const query = 'Ukraine (NATO OR "garanties de sécurité") NEAR/3 élargi* NOT ~Zelensky';
    const tokens = queryTokens(query);
    expect(tokens.map((token) => token.text).join('')).toBe(query);
    const kinds = Object.fromEntries(tokens.filter((t) => t.kind !== 'space').map((t) => [t.text, t.kind]));
    expect(kinds).toEqual({
      Ukraine: 'word',
      '(': 'paren',
      NATO: 'word',
      OR: 'operator',
      '"garanties de sécurité"': 'phrase',
      ')': 'paren',
      'NEAR/3': 'near',
      'élargi*': 'glob',
      NOT: 'operator',
      '~Zelensky': 'fuzzy',
    });
  });

  it('never throw, and mark an unclosed phrase to the end', () => {
    const tokens = queryTokens('NATO "open door');
    expect(tokens.at(-1)).toEqual({ kind: 'unclosed', text: '"open door', start: 5 });
    expect(
      queryTokens('<img src=x onerror=alert(1)>')
        .map((t) => t.text)
        .join(''),
    ).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('tracking a selected phrase', () => {
  const topic = (query: string) => ({ id: 't', name: 'T', enabled: true, query });
  it('adds it to the first group’s "any of" when the query reads as keywords', () => {
    expect(withTrackedPhrase(topic('NATO OR OTAN'), 'Alliance atlantique').query).toBe(
      'NATO OR OTAN OR "Alliance atlantique"',
    );
    expect(withTrackedPhrase(topic('(NATO OR OTAN) Finland NOT hockey'), 'Suomi').query).toBe(
      '(NATO OR OTAN OR Suomi) Finland NOT hockey',
    );
    expect(withTrackedPhrase(topic(''), 'coalition of the willing').query).toBe('"coalition of the willing"');
  });

  it('ORs it with an expert query, and changes nothing when it is already tracked or empty', () => {
    expect(withTrackedPhrase(topic('NATO NEAR/3 enlargement'), 'open door').query).toBe(
      '(NATO NEAR/3 enlargement) OR "open door"',
    );
    const same = topic('NATO OR OTAN');
    expect(withTrackedPhrase(same, 'OTAN')).toBe(same);
    expect(withTrackedPhrase(same, '  "" ')).toBe(same);
  });
});

describe('keywords of any shape', () => {
  // Words people type, awkward ones included: operators, quotes, brackets, globs, tildes, hyphens, Cyrillic.
  const vocabulary = [
    'NATO',
    'l’OTAN',
    'Alliance atlantique',
    'OR',
    'not',
    'NEAR/3',
    '(Kyiv)',
    '«guarantees»',
    'élargi*',
    '~Zelensky',
    'NATO-*',
    'Україна',
    'U.S.',
    'a "quoted" word',
    'x',
    '2024',
  ];
  /** A small deterministic generator (LCG), so a failure names a case that can be replayed. */
  function* cases(count: number): Generator<KeywordGroup[]> {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pick = () => Array.from({ length: next(3) }, () => vocabulary[next(vocabulary.length)]!);
    for (let i = 0; i < count; i++) {
      yield Array.from({ length: 1 + next(3) }, () =>
        group({ anyOf: pick(), allOf: pick(), noneOf: pick() }),
      );
    }
  }

  it('always compile to a query that parses, and read back to keywords that give it again', () => {
    let exact = 0;
    for (const groups of cases(500)) {
      const query = queryFromKeywords(groups);
      if (query === '') continue;
      expect(() => parseQuery(query), query).not.toThrow();
      const back = keywordsFromQuery(query);
      expect(back, query).not.toBeNull();
      // Reading back may merge groups that say the same thing ("NATO OR NATO"); after that it is stable.
      const again = queryFromKeywords(back!);
      if (again === query) exact++;
      expect(queryFromKeywords(keywordsFromQuery(again)!), query).toBe(again);
    }
    expect(exact).toBeGreaterThan(300);
  });
});
