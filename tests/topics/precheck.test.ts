import { describe, expect, it } from 'vitest';
import { TopicDocument } from '../../utils/topics/document';
import { parseQuery } from '../../utils/topics/query-parser';
import { QueryPrecheck } from '../../utils/topics/precheck';
import { evaluate } from '../../utils/topics/matcher';
import { topicsMatchingPassage } from '../../utils/topics';

const mayMatch = (query: string, passage: string) =>
  new QueryPrecheck(parseQuery(query)).mayMatch(new TopicDocument('', passage, 'en'));

describe('QueryPrecheck', () => {
  it('says no when a term, or one side of a NEAR, has no first word in the passage', () => {
    expect(mayMatch('nato NEAR/3 expansion', 'The alliance may grow.')).toBe(false);
    expect(mayMatch('nato NEAR/3 expansion', 'An expansion was discussed.')).toBe(false);
    expect(mayMatch('nato NEAR/3 expansion', 'Expansion of NATO was not discussed.')).toBe(true);
    expect(mayMatch('"security guarantees"', 'Nothing was given.')).toBe(false);
    expect(mayMatch('"security guarantees"', 'Guarantees of security were given.')).toBe(true);
  });

  it('finds globs by their fixed start, or by any word when they open with a star', () => {
    expect(mayMatch('elargi*', "L'élargissement de l'OTAN.")).toBe(true);
    expect(mayMatch('*erweiterung', 'Die NATO-Osterweiterung.')).toBe(true);
    expect(mayMatch('*erweiterung OR e*', 'Nothing here.')).toBe(false);
  });

  it('follows AND and OR, and lets a NOT hold without ever making a hit', () => {
    expect(mayMatch('nato AND expansion', 'NATO met.')).toBe(false);
    expect(mayMatch('nato OR expansion', 'NATO met.')).toBe(true);
    expect(mayMatch('nato NOT weather', 'NATO met in fine weather.')).toBe(true);
    expect(mayMatch('NOT weather', 'Markets were calm.')).toBe(false);
    expect(mayMatch('nato NEAR/5 NOT weather', 'The weather was mild.')).toBe(false);
  });

  it('takes a fuzzy term as present, since no list can name the words it matches', () => {
    expect(mayMatch('~Zelensky', 'Nobody spoke.')).toBe(true);
  });

  it('never says no where the full evaluation finds a hit', () => {
    const queries = [
      'nato NEAR/3 (expansion OR join*)',
      '("security guarantee*" NEAR/3 NOT (energy OR gas)) NEAR/6 (West OR NATO)',
      '(nato OR otan) AND NOT weather',
      '*erweiterung OR "open door*"',
    ];
    const passages = [
      'Finland wants to join NATO soon.',
      'Security guarantees from the West were promised, NATO said.',
      "L'OTAN s'est réunie.",
      'Die NATO-Osterweiterung und die Politik der offenen Tür.',
      'The open doors of the alliance.',
      'Gas security guarantees for the West.',
    ];
    let hits = 0;
    for (const query of queries) {
      const root = parseQuery(query);
      for (const passage of passages) {
        const doc = new TopicDocument('', passage, 'en');
        const { holds, occurrences } = evaluate(doc, root);
        if (!holds || occurrences.length === 0) continue;
        hits++;
        expect(new QueryPrecheck(root).mayMatch(doc)).toBe(true);
      }
    }
    expect(hits).toBeGreaterThanOrEqual(5);
  });
});

describe('topicsMatchingPassage', () => {
  const topics = [
    { id: 'enlargement', name: 'E', query: 'nato NEAR/3 (expansion OR join*)', enabled: true },
    { id: 'not-only', name: 'N', query: 'NOT weather', enabled: true },
  ];

  it('matches a passage with a hit, never one without', () => {
    expect(topicsMatchingPassage('Finland wants to join NATO soon.', topics, 'en')).toEqual(['enlargement']);
    expect(topicsMatchingPassage('Markets were calm.', topics, 'en')).toEqual([]);
  });
});
