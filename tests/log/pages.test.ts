/**
 * Reading the whole log newest first, a page at a time (the options page's load): every entry once, in the
 * table's default order, across entries that share a time at a page boundary; through `getAllRecords` where the
 * browser has it and through a cursor where it does not (Firefox).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { importEntries, type LogEntry } from '@/utils/log';
import { entriesNewestFirst, type LogPagePosition } from '@/utils/log/pages';
import { generateEntries } from '../../scripts/log/generate-entries';
import { freshIndexedDb } from './fresh-log';

async function readAll(limit: number): Promise<LogEntry[]> {
  const all: LogEntry[] = [];
  let after: LogPagePosition | undefined;
  for (;;) {
    const page = await entriesNewestFirst(after, limit);
    all.push(...page);
    const last = page.at(-1);
    if (page.length < limit || !last) return all;
    after = { lastSeen: last.lastSeen, url: last.url };
  }
}

/** Newest first; among entries of one time, URL descending (the index's order read backwards). */
const newestFirst = (a: LogEntry, b: LogEntry) =>
  b.lastSeen - a.lastSeen || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

describe('reading the log newest first, in pages', () => {
  beforeEach(freshIndexedDb);

  const { entries } = generateEntries(300, 21);
  // Ties at page boundaries: 80 entries read at one instant (more than the read-ahead), 5 at another.
  const tied = entries.map((entry, i) => ({
    ...entry,
    lastSeen: i < 80 ? 1_700_000_000_000 : i < 85 ? 1_600_000_000_000 : entry.lastSeen,
  }));
  const expected = [...tied].sort(newestFirst).map((entry) => entry.url);

  it('gives every entry once, newest first, across ties at page boundaries', async () => {
    await importEntries(tied);
    for (const limit of [1, 7, 50, 1_000]) expect((await readAll(limit)).map((e) => e.url)).toEqual(expected);
  });

  it('does the same with a cursor where the browser has no getAllRecords', async () => {
    await importEntries(tied);
    const prototype = IDBIndex.prototype as { getAllRecords?: unknown };
    const getAllRecords = prototype.getAllRecords;
    expect(getAllRecords).toBeTypeOf('function'); // otherwise the test above did not test it
    delete prototype.getAllRecords;
    try {
      for (const limit of [7, 50]) expect((await readAll(limit)).map((e) => e.url)).toEqual(expected);
    } finally {
      prototype.getAllRecords = getAllRecords;
    }
  });

  it('reads an empty log as one empty page', async () => {
    expect(await entriesNewestFirst(undefined, 100)).toEqual([]);
  });
});
