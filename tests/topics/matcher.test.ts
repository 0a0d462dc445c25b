import { describe, expect, it } from 'vitest';
import { scoreTopics, topicsMatchingPassage } from '../../utils/topics';
import type { Topic } from '../../utils/types';

const topic = (query: string): Topic => ({ id: 't', name: 'T', query, enabled: true, minScore: 0.01 });

/** The hits of `query` on `text` (as a body without title), checked to be exact slices of the text. */
function hits(query: string, text: string, lang = 'en'): string[] {
  const [result] = scoreTopics({ title: '', text, lang }, [topic(query)]);
  for (const hit of result!.hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
  return result!.matched ? result!.hits.map((hit) => hit.text) : [];
}

describe('terms', () => {
  it('matches whole words, case- and diacritic-insensitively', () => {
    expect(hits('nato', 'The NATO summit. Senator Smith spoke.')).toEqual(['NATO']);
    expect(hits('elargissement', "L'ÉLARGISSEMENT est voté.", 'fr')).toEqual(['ÉLARGISSEMENT']);
    expect(hits('Zürich', 'Treffen in Zurich', 'de')).toEqual(['Zurich']);
  });

  it('matches phrases over consecutive words only', () => {
    expect(hits('"open door policy"', 'Its open-door policy stays; the door is open.')).toEqual([
      'open-door policy',
    ]);
    expect(hits('"open door"', 'The door is open.')).toEqual([]);
  });

  it('matches globs at the end, the start and the middle of a word', () => {
    expect(hits('élargi*', 'Il faut élargir ; l’élargissement viendra.', 'fr')).toEqual([
      'élargir',
      'élargissement',
    ]);
    expect(hits('*erweiterung', 'Die Osterweiterung und die Erweiterung.', 'de')).toEqual([
      'Osterweiterung',
      'Erweiterung',
    ]);
    expect(hits('sich*garantie*', 'Sicherheitsgarantien für Kyjiw.', 'de')).toEqual(['Sicherheitsgarantien']);
    expect(hits('"гаранти* безопасности"', 'Он требует гарантий безопасности.', 'ru')).toEqual([
      'гарантий безопасности',
    ]);
  });

  it('reaches into German compounds with globs, and requires the hyphen when the term has one', () => {
    const text = 'Die NATO-Osterweiterung und der Nato-Beitritt, nicht der NATO Gipfel.';
    expect(hits('NATO-*', text, 'de')).toEqual(['NATO-Osterweiterung', 'Nato-Beitritt']);
    expect(hits('Nato-Beitritt', text, 'de')).toEqual(['Nato-Beitritt']);
    expect(hits('"nato beitritt"', text, 'de')).toEqual(['Nato-Beitritt']);
    expect(hits('Osterweiterung', 'Die Nato-Osterweiterung.', 'de')).toEqual(['Osterweiterung']);
  });

  it('finds a term after an elided article, with either apostrophe', () => {
    expect(hits('OTAN', "L’adhésion à l’OTAN et à l'OTAN.", 'fr')).toEqual(['OTAN', 'OTAN']);
    expect(hits('adhésion', "Sa demande d'adhésion.", 'fr')).toEqual(['adhésion']);
    expect(hits("l'OTAN", 'Face à l’OTAN.', 'fr')).toEqual(['l’OTAN']);
    expect(hits('Alleanza', 'L’ingresso dell’Alleanza.', 'it')).toEqual(['Alleanza']);
  });

  it('handles Cyrillic and Polish letters', () => {
    expect(hits('НАТО', 'Расширение НАТО на восток.', 'ru')).toEqual(['НАТО']);
    expect(hits('"расширение НАТО"', 'РАСШИРЕНИЕ НАТО обсуждают.', 'ru')).toEqual(['РАСШИРЕНИЕ НАТО']);
    expect(hits('"członkostw* w NATO"', 'Członkostwo w NATO to cel.', 'pl')).toEqual(['Członkostwo w NATO']);
    // Київ declines with a stem change (у Києві): the stems are listed, as the default topics do.
    expect(hits('Київ*', 'Уряд у Києві, Київ.', 'uk')).toEqual(['Київ']);
    expect(hits('Київ* OR Києв*', 'Уряд у Києві, Київ.', 'uk')).toEqual(['Києві', 'Київ']);
  });

  it('tolerates typos in fuzzy terms, not in whole other words', () => {
    expect(hits('~Finland', 'Finnland and Findland joined.')).toEqual(['Finnland', 'Findland']);
    expect(hits('~nato', 'The senator spoke.')).toEqual([]);
  });
});

describe('operators', () => {
  it('NEAR/N holds within N words in one sentence, not across sentences', () => {
    expect(hits('nato NEAR/3 expansion', 'NATO plans further expansion.')).toEqual([
      'NATO plans further expansion',
    ]);
    expect(hits('nato NEAR/1 expansion', 'NATO plans further expansion.')).toEqual([]);
    expect(hits('expansion NEAR/3 nato', 'NATO plans further expansion.')).toEqual([
      'NATO plans further expansion',
    ]);
    expect(hits('nato NEAR/5 expansion', 'They met NATO. Expansion came later.')).toEqual([]);
  });

  it('NOT excludes, also inside NEAR', () => {
    expect(hits('nato NOT summit', 'The NATO summit.')).toEqual([]);
    expect(hits('nato NOT summit', 'NATO enlargement.')).toEqual(['NATO']);
    expect(hits('nato NEAR/2 NOT summit', 'The NATO summit. NATO grows.')).toEqual(['NATO']);
  });

  it('evaluates nested parentheses', () => {
    const query = '(sweden OR finland) AND (nato NEAR/4 (join* OR accession))';
    expect(hits(query, 'Sweden wants to join NATO.')).toEqual(['Sweden', 'join NATO']);
    expect(hits(query, 'Sweden likes NATO.')).toEqual([]);
  });
});

describe('topicsMatchingPassage', () => {
  const topics: Topic[] = [
    { id: 'a', name: 'A', query: 'nato NEAR/3 join*', enabled: true },
    { id: 'b', name: 'B', query: 'weather', enabled: true },
    { id: 'c', name: 'C', query: 'nato', enabled: false },
    { id: 'd', name: 'D', query: 'broken (', enabled: true },
  ];
  it('returns the ids of enabled topics whose query holds on the passage', () => {
    expect(topicsMatchingPassage('Finland will join NATO soon.', topics, 'en')).toEqual(['a']);
    expect(topicsMatchingPassage('', topics, 'en')).toEqual([]);
  });
});
