import { describe, expect, it } from 'vitest';
import {
  FacetCounter,
  logFacets,
  selectEntries,
  selectInSteps,
  sortIndices,
  sortIndicesInSteps,
  statementsBySpeaker,
  toLogRow,
} from '@/utils/log/query';
import { foldForSearch, LogSearchIndex, searchWords } from '@/utils/log/search';
import type { CueClass } from '@/utils/types';
import { generateEntries } from '../../scripts/log/generate-entries';
import { ENTRIES } from './sample-entries';

describe('searching the log', () => {
  const index = new LogSearchIndex();
  index.add(ENTRIES);

  it('finds titles, speakers and statement text, without caring for case or accents', () => {
    expect(foldForSearch('Élysée')).toBe('elysee');
    expect(index.search('elargissement')).toEqual(new Set([0]));
    expect(index.search('ANAIS')).toEqual(new Set([0, 1]));
    expect(index.search('ironclad')).toEqual(new Set([1]));
    expect(index.search('  ')).toBeNull();
    expect(index.search('k')).toBeNull(); // one letter: no search yet
  });

  it('forgives a typo, matches word starts, and wants every word', () => {
    expect(index.search('ironclda')).toEqual(new Set([1]));
    expect(index.search('guarant')).toEqual(new Set([1]));
    expect(index.search('fontaine kremlin')).toEqual(new Set([0]));
    expect(index.search('fontaine nowhere')).toEqual(new Set());
  });

  it('indexes a log arriving in pages like one given at once', () => {
    const { entries } = generateEntries(200, 5);
    const whole = new LogSearchIndex();
    whole.add(entries);
    const paged = new LogSearchIndex();
    paged.add(entries.slice(0, 70));
    paged.add(entries.slice(70), 70);
    const word = entries[150]!.statements[0]?.content.split(' ')[0] ?? entries[150]!.title.split(' ')[0]!;
    expect(paged.search(word)).toEqual(whole.search(word));
    expect(whole.search(word)!.has(150)).toBe(true);
  });
});

describe('the compact rows the options page keeps', () => {
  const { entries } = generateEntries(300, 6);

  it('offer the same search, facets and filters as the whole entries', () => {
    const whole = new LogSearchIndex();
    whole.add(entries);
    const fromWords = new LogSearchIndex();
    fromWords.addWords(entries.map(searchWords));
    const speaker = entries.find((entry) => entry.statements.length > 0)!.statements[0]!.speaker;
    for (const query of [speaker, entries[120]!.title, 'kremlni']) {
      expect(fromWords.search(query)).toEqual(whole.search(query));
    }

    const counter = new FacetCounter();
    const tally = new Map<string, number>();
    for (const { statements } of entries)
      for (const statement of statements)
        if (statement.speaker) tally.set(statement.speaker, (tally.get(statement.speaker) ?? 0) + 1);
    counter.addRows(entries.map(toLogRow), [...tally]);
    expect(counter.facets()).toEqual(logFacets(entries));

    const row = toLogRow(entries[7]!);
    expect(row.statementCount).toBe(entries[7]!.statements.length);
    expect(new Set(row.speakers)).toEqual(
      new Set(entries[7]!.statements.map((statement) => statement.speaker).filter(Boolean)),
    );
  });
});

describe('the statement types the filter offers', () => {
  const typed = (classes: CueClass[]) =>
    generateEntries(40, 5).entries.map((entry, index) => ({
      ...entry,
      statements: entry.statements.map((statement) => ({
        ...statement,
        cueClass: classes[index % classes.length]!,
      })),
    }));

  it('offers only the types the log holds, in the filter order, whether counted from entries or rows', () => {
    const entries = typed(['warn', 'say']);
    expect(logFacets(entries).cueClasses).toEqual(['say', 'warn']);
    const counter = new FacetCounter();
    counter.addRows(entries.map(toLogRow), []);
    expect(counter.facets().cueClasses).toEqual(['say', 'warn']);
  });

  it('offers "position" only once a position was recorded (the positions mode)', () => {
    expect(logFacets(typed(['claim', 'deny'])).cueClasses).not.toContain('position');
    expect(logFacets(typed(['position', 'claim'])).cueClasses).toEqual(['claim', 'position']);
  });
});

describe('filtering and sorting', () => {
  const { entries } = generateEntries(500, 9);
  // The options page filters and sorts the entries' compact rows.
  const rows = entries.map(toLogRow);

  it('keeps only the entries that pass every filter', () => {
    const speaker = logFacets(entries).speakers[0]!.name;
    const filter = { topic: 'nato-enlargement', lang: 'fr', speaker, from: '2023-01-01', to: '2024-12-31' };
    const selected = selectEntries(rows, filter, null);
    expect(selected.length).toBeGreaterThan(0);
    for (const i of selected) {
      const entry = entries[i]!;
      expect(entry.topics).toContain('nato-enlargement');
      expect(entry.lang).toBe('fr');
      expect(entry.statements.some((s) => s.speaker === speaker)).toBe(true);
      expect(entry.publishedAt! >= '2023-01-01' && entry.publishedAt!.slice(0, 10) <= '2024-12-31').toBe(
        true,
      );
    }
    const all = entries.filter((e) => e.topics.includes('nato-enlargement') && e.lang === 'fr');
    expect(selected.length).toBeLessThanOrEqual(all.length);
    expect(selectEntries(rows, {}, new Set([3, 7]))).toEqual([3, 7]);
  });

  it('sorts by any column, both ways', () => {
    const indices = entries.map((_, i) => i);
    const byVisits = sortIndices(rows, indices, 'visits', true).map((i) => entries[i]!.visits);
    expect(byVisits).toEqual([...byVisits].sort((a, b) => b - a));
    const byTitle = sortIndices(rows, indices, 'title', false).map((i) => foldForSearch(entries[i]!.title));
    expect(byTitle).toEqual([...byTitle].sort());
  });

  it('sorts in steps exactly as at once (the options page keeps responsive while sorting 100,000)', () => {
    const many = generateEntries(20_000, 4).entries.map(toLogRow);
    const indices = many.map((_, i) => i);
    for (const [key, descending] of [
      ['lastSeen', true],
      ['title', false],
      ['statements', true],
    ] as const) {
      const steps = sortIndicesInSteps(many, indices, key, descending);
      let step = steps.next();
      let count = 0;
      for (; !step.done; step = steps.next()) count++;
      expect(step.value).toEqual(sortIndices(many, indices, key, descending));
      expect(count).toBeGreaterThan(5);
    }
  });

  it('keeps an order that is already right as it is, in one pass, and still sorts one that is nearly right', () => {
    const many = generateEntries(4_000, 5).entries.map(toLogRow);
    const newestFirst = sortIndices(
      many,
      many.map((_, i) => i),
      'lastSeen',
      true,
    );
    const run = (order: number[]) => {
      const steps = sortIndicesInSteps(many, order, 'lastSeen', true);
      let step = steps.next();
      let count = 0;
      for (; !step.done; step = steps.next()) count++;
      return { order: step.value, count };
    };
    const sorted = run(newestFirst);
    expect(sorted.order).toEqual(newestFirst);
    const nearly = [...newestFirst];
    [nearly[3_000], nearly[3_001]] = [nearly[3_001]!, nearly[3_000]!];
    const resorted = run(nearly);
    expect(resorted.order).toEqual(newestFirst);
    // The sort itself (runs and merges) took steps the check alone does not.
    expect(resorted.count).toBeGreaterThan(sorted.count);
  });

  it('filters in steps as at once, keeping the order it is given', () => {
    const speaker = logFacets(entries).speakers[0]!.name;
    const order = sortIndices(
      rows,
      entries.map((_, i) => i),
      'title',
      false,
    );
    const found = new Set(order.filter((i) => i % 3 !== 0));
    for (const [filter, search] of [
      [{ topic: 'nato-enlargement', speaker }, null],
      [{ lang: 'fr', from: '2023-01-01' }, found],
      [{}, found],
    ] as const) {
      const steps = selectInSteps(rows, order, filter, search);
      let step = steps.next();
      while (!step.done) step = steps.next();
      const selected = new Set(selectEntries(rows, filter, search));
      expect(step.value).toEqual(order.filter((i) => selected.has(i)));
    }
    // Nothing to filter: the order itself, not a copy.
    const none = selectInSteps(rows, order, { topic: undefined }, null).next();
    expect(none).toEqual({ done: true, value: order });
    expect(none.value).toBe(order);
  });

  it('lists every statement of a speaker across articles, by publication date', () => {
    const speaker = logFacets(entries).speakers[0]!;
    const said = statementsBySpeaker(entries, speaker.name);
    expect(said).toHaveLength(speaker.statements);
    const days = said.map(({ entry }) => entry.publishedAt!);
    expect(days).toEqual([...days].sort());
    expect(new Set(said.map(({ entry }) => entry.url)).size).toBeGreaterThan(1);
  });
});
