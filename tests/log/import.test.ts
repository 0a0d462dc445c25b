/**
 * Import: a JSON export read back into an empty profile gives the same log; imported again it adds nothing; a bad
 * file is refused with its reason before anything is written; a write that fails (storage full) writes nothing.
 */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseLogExport } from '@/utils/export/import';
import { jsonExport } from '@/utils/export/json';
import { exportToString } from '@/utils/export/types';
import { countEntries, importEntries, isStorageFull } from '@/utils/log';
import { entriesNewestFirst } from '@/utils/log/pages';
import { LOG_SCHEMA_VERSION, type LogEntry } from '@/utils/log/schema';
import { problemText } from '@/utils/log/validate';
import { DEFAULT_TOPICS } from '@/utils/topics';
import { generateEntries } from '../../scripts/log/generate-entries';
import { freshIndexedDb } from './fresh-log';
import { ENTRIES, TOPICS } from './sample-entries';

async function wholeLog(): Promise<LogEntry[]> {
  const all: LogEntry[] = [];
  for (let page = await entriesNewestFirst(undefined, 1000); page.length > 0;) {
    all.push(...page);
    const last = page.at(-1)!;
    page = await entriesNewestFirst({ lastSeen: last.lastSeen, url: last.url }, 1000);
  }
  return all;
}

const exportOf = (entries: LogEntry[]) =>
  exportToString(jsonExport, { entries, topics: TOPICS, exportedAt: '2026-01-01T00:00:00.000Z' });

function parsedEntries(text: string): LogEntry[] {
  const parsed = parseLogExport(text);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
  return parsed.entries;
}

describe('the JSON export read back', () => {
  beforeEach(freshIndexedDb);

  it('has the documented head, then the derived lists an import ignores', () => {
    const data = JSON.parse(exportOf(ENTRIES)) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'exportedAt',
      'topics',
      'entries',
      'speakers',
      'sameStatements',
    ]);
    expect(data).toMatchObject({ format: 'veille-log', version: LOG_SCHEMA_VERSION, topics: TOPICS });
    expect(data.entries).toEqual(ENTRIES);
  });

  it('round-trips 10,000 entries into an empty profile, and a second import adds nothing', async () => {
    const { entries } = generateEntries(10_000, 42);
    await importEntries(entries);
    const exported = exportOf(await wholeLog());

    await freshIndexedDb();
    const progress: number[] = [];
    const first = await importEntries(parsedEntries(exported), (done) => progress.push(done));
    expect(first).toEqual({ added: 10_000, updated: 0, unchanged: 0, passagesAdded: 0 });
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(10);
    const byUrl = (a: LogEntry, b: LogEntry) => (a.url < b.url ? -1 : 1);
    const imported = await wholeLog();
    expect([...imported].sort(byUrl)).toEqual([...entries].sort(byUrl));
    expect(exportOf(imported)).toBe(exported);

    const again = await importEntries(parsedEntries(exported));
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 10_000, passagesAdded: 0 });
    expect(exportOf(await wholeLog())).toBe(exported);
  }, 60_000);

  it('merges into a full log without duplicates, keeping what the reader added on either side', async () => {
    const [first, second] = ENTRIES as [LogEntry, LogEntry];
    await importEntries([
      { ...first, visits: 5, tags: ['mine'], note: 'ma note', lastSeen: first.lastSeen + 1 },
    ]);
    const counts = await importEntries(parsedEntries(exportOf(ENTRIES)));
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 0, passagesAdded: 0 });
    const log = await wholeLog();
    expect(log.map((entry) => entry.url).sort()).toEqual([first.url, second.url].sort());
    expect(log.find((entry) => entry.url === first.url)).toMatchObject({
      visits: 5,
      tags: ['mine', 'brief', 'à lire'],
      note: `ma note\n\n${first.note}`,
      starred: true,
    });
    expect(await importEntries(parsedEntries(exportOf(ENTRIES)))).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      passagesAdded: 0,
    });
  });

  it('carries the default topics, whose queries are long', () => {
    const text = exportToString(jsonExport, { entries: ENTRIES, topics: DEFAULT_TOPICS, exportedAt: '' });
    const parsed = parseLogExport(text);
    expect(parsed.ok && parsed.topics).toEqual(DEFAULT_TOPICS);
  });

  it('upgrades entries of an export written by schema version 1', () => {
    const added = new Set(['activeMs', 'starred', 'tags', 'note']);
    const v1 = ENTRIES.map((entry) =>
      Object.fromEntries(Object.entries(entry).filter(([key]) => !added.has(key))),
    );
    const text = JSON.stringify({
      format: 'veille-log',
      version: 1,
      exportedAt: '',
      topics: [],
      entries: v1,
    });
    expect(parsedEntries(text)[0]).toMatchObject({ activeMs: 0, starred: false, tags: [], note: '' });
  });
});

describe('a bad import', () => {
  const good = exportOf(ENTRIES);
  /** The refusal, its problems in English (the options page says them in the interface language). */
  const refusal = (text: string) => {
    const parsed = parseLogExport(text);
    if (parsed.ok) return 'accepted';
    return parsed.error.kind === 'invalid'
      ? { ...parsed.error, problems: parsed.error.problems.map(problemText) }
      : parsed.error;
  };

  it('says why, for each kind of bad file', () => {
    expect(refusal(good.slice(0, good.length / 2))).toEqual({ kind: 'truncated' });
    expect(refusal(good.slice(0, -4))).toEqual({ kind: 'truncated' });
    expect(refusal('')).toEqual({ kind: 'empty' });
    expect(refusal('url,title\r\nhttps://a.example,A\r\n')).toEqual({ kind: 'not-json' });
    expect(refusal('{"format": "veille-log", oops}')).toEqual({ kind: 'not-json' });
    expect(refusal('[{"id":"x","type":"article-newspaper"}]')).toEqual({ kind: 'other-format' });
    expect(refusal('{"topics":[]}')).toEqual({ kind: 'other-format' });
    expect(refusal(good.replace(`"version":${LOG_SCHEMA_VERSION}`, '"version":99'))).toEqual({
      kind: 'newer-version',
      version: 99,
    });
    const badEntry = good.replace('"visits":2', '"visits":"two"');
    expect(refusal(badEntry)).toEqual({
      kind: 'invalid',
      problems: ['entries[0].visits: expected a whole number ≥ 0'],
    });
    const duplicate = JSON.stringify({ ...JSON.parse(good), entries: [ENTRIES[0], ENTRIES[0]] });
    expect(refusal(duplicate)).toEqual({ kind: 'invalid', problems: ['entries[1].url: appears twice'] });
  });

  it('keeps a statement in parts and its type through a round trip, and refuses them malformed', () => {
    const [first, ...rest] = ENTRIES;
    const [statement] = first!.statements;
    const inParts: LogEntry = {
      ...first!,
      statements: [
        {
          ...statement!,
          cueClass: 'warn',
          parts: [
            [0, 4],
            [10, 20],
          ],
        },
        { ...statement!, id: `${statement!.id}-2`, continues: statement!.id },
      ],
    };
    expect(parsedEntries(exportOf([inParts, ...rest]))[0]).toEqual(inParts);

    const withStatement = (patch: Record<string, unknown>) =>
      exportOf([{ ...first!, statements: [{ ...statement!, ...patch } as LogEntry['statements'][number]] }]);
    expect(refusal(withStatement({ cueClass: 'shout' }))).toMatchObject({
      problems: ['entries[0].statements[0].cueClass: expected a statement type (say, claim, deny…)'],
    });
    expect(refusal(withStatement({ parts: [[5, 2]] }))).toMatchObject({
      problems: ['entries[0].statements[0].parts[0]: expected 0 ≤ start ≤ end'],
    });
    expect(refusal(withStatement({ parts: 'all' }))).toMatchObject({
      problems: ['entries[0].statements[0].parts: expected a list of [start, end] ranges'],
    });
    expect(refusal(withStatement({ continues: 7 }))).toMatchObject({
      problems: ['entries[0].statements[0].continues: expected text'],
    });
  });

  it('refuses 50 MB of junk quickly and plainly, whatever it starts with', () => {
    let state = 7;
    const junk = Array.from({ length: 50 * 1024 }, () => {
      state = (state * 1_103_515_245 + 12_345) >>> 0;
      return String.fromCharCode(32 + (state % 90)).repeat(1024);
    }).join('');
    expect(junk.length).toBe(50 * 1024 * 1024);
    expect(refusal(junk.replace(/^./, 'x'))).toEqual({ kind: 'not-json' });
    // Junk that opens like JSON is refused too, as not JSON or as cut short: either way, nothing is read.
    for (const opening of ['{', '[', '{"format":"veille-log","entries":['])
      expect(['not-json', 'truncated']).toContain((refusal(opening + junk) as { kind: string }).kind);
  });
});

describe('storage full during an import', () => {
  beforeEach(freshIndexedDb);
  afterEach(() => vi.restoreAllMocks());

  it('writes nothing and says so', async () => {
    await importEntries([ENTRIES[0]!]);
    const before = await wholeLog();
    const { entries } = generateEntries(50, 3);
    const put = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
      this: InstanceType<typeof FakeObjectStore>,
      ...args
    ) {
      if (++calls === 30) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const failure = await importEntries(entries).catch((error: unknown) => error);
    expect(isStorageFull(failure)).toBe(true);
    vi.restoreAllMocks();
    expect(await wholeLog()).toEqual(before);
    expect(await countEntries()).toBe(1);
  });
});
