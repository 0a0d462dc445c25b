/**
 * Saved passages in the JSON backup (format version 4): exported beside the entries, read back into an empty
 * profile, merged without duplicates by their `[savedAt, url]` key, and checked one by one on import, a bad or
 * hostile passage skipped and said, never written, never a crash. Older exports, without them, still import.
 */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseLogExport, type ParsedImport } from '@/utils/export/import';
import { jsonExport } from '@/utils/export/json';
import { exportToString } from '@/utils/export/types';
import { countEntries, importEntries, isStorageFull } from '@/utils/log';
import { keepSavedStatements, savedStatements } from '@/utils/log/saved';
import { LOG_SCHEMA_VERSION, type SavedStatement } from '@/utils/log/schema';
import { problemText } from '@/utils/log/validate';
import { freshIndexedDb } from './fresh-log';
import { ENTRIES, TOPICS } from './sample-entries';

const PASSAGES: SavedStatement[] = [
  {
    url: 'https://gazette.example/2025/otan',
    pageTitle: 'L’OTAN et la Suède',
    quote: 'la porte reste ouverte, "toujours"',
    speaker: 'Anaïs Fontaine',
    savedAt: 1_800_000_002_000,
  },
  {
    url: 'https://wire.example/nato?id=7',
    pageTitle: 'NATO summit, day 2',
    quote: 'We will not be intimidated.\nNot now.',
    speaker: 'Jens Stoltenberg',
    savedAt: 1_800_000_001_000,
  },
];

const exportOf = (saved?: SavedStatement[]) =>
  exportToString(jsonExport, {
    entries: ENTRIES,
    topics: TOPICS,
    exportedAt: '2026-11-27T00:00:00.000Z',
    ...(saved ? { saved } : {}),
  });

function accepted(text: string): Extract<ParsedImport, { ok: true }> {
  const parsed = parseLogExport(text);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.error)}`);
  return parsed;
}

/** The whole import as the background writes it. */
const importFile = (text: string) => {
  const parsed = accepted(text);
  return importEntries(parsed.entries, undefined, parsed.saved);
};

/** An export whose `saved` list is replaced by `items`, as a hand-edited or hostile file would hold it. */
const withSaved = (items: unknown) => JSON.stringify({ ...JSON.parse(exportOf()), saved: items });

describe('saved passages in the JSON backup', () => {
  beforeEach(freshIndexedDb);
  afterEach(() => vi.restoreAllMocks());

  it('are a top-level list after the entries, in an export of the current version', () => {
    const data = JSON.parse(exportOf(PASSAGES)) as Record<string, unknown>;
    expect(LOG_SCHEMA_VERSION).toBe(4);
    expect(data.version).toBe(4);
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'exportedAt',
      'topics',
      'entries',
      'saved',
      'speakers',
      'sameStatements',
    ]);
    expect(data.saved).toEqual(PASSAGES);
    expect(data.entries).toEqual(ENTRIES);
  });

  it('come back whole in an empty profile, and the backup made there is the same file', async () => {
    const backup = exportOf(PASSAGES);
    expect(await importFile(backup)).toEqual({
      added: ENTRIES.length,
      updated: 0,
      unchanged: 0,
      passagesAdded: 2,
    });
    expect(await savedStatements()).toEqual(PASSAGES);
    expect(exportOf(await savedStatements())).toBe(backup);
  });

  it('merge by when and where: a passage already kept is not duplicated, nor replaced', async () => {
    const mine: SavedStatement = { ...PASSAGES[0]!, quote: 'my own copy, edited' };
    const other: SavedStatement = { ...PASSAGES[0]!, savedAt: 1_700_000_000_000 };
    await keepSavedStatements([mine, other]);
    const counts = await importFile(exportOf(PASSAGES));
    expect(counts.passagesAdded).toBe(1);
    expect(await savedStatements()).toEqual([mine, PASSAGES[1], other]);
    // Twice in the same file, and the same file again: nothing more.
    expect(await importFile(exportOf([PASSAGES[1]!, PASSAGES[1]!]))).toMatchObject({ passagesAdded: 0 });
    expect(await importFile(exportOf(PASSAGES))).toMatchObject({ passagesAdded: 0 });
    expect(await savedStatements()).toHaveLength(3);
  });

  it('are optional: an export of version 3 (none) or 1 still imports, and keeps what is saved', async () => {
    await keepSavedStatements(PASSAGES);
    const older = JSON.parse(exportOf()) as Record<string, unknown>;
    expect(older).not.toHaveProperty('saved');
    for (const version of [3, 1]) {
      const parsed = accepted(JSON.stringify({ ...older, version }));
      expect(parsed.saved).toEqual([]);
      expect(parsed.skipped).toEqual({ count: 0, problems: [] });
    }
    await importFile(JSON.stringify({ ...older, version: 3 }));
    expect(await savedStatements()).toEqual(PASSAGES);
  });

  it('are checked one by one: a bad passage is skipped and said, the rest imported', async () => {
    const good = PASSAGES[0]!;
    const bad: unknown[] = [
      'a passage',
      null,
      [good],
      { ...good, url: 'javascript:alert(1)//https://x.example' },
      { ...good, url: 'file:///etc/passwd' },
      { ...good, url: 'https://' },
      { ...good, url: `https://long.example/${'a'.repeat(9_000)}` },
      { ...good, quote: 'x'.repeat(100_001) },
      { ...good, quote: '   ' },
      { ...good, speaker: 42 },
      { ...good, speaker: 'n'.repeat(1_001) },
      { ...good, pageTitle: undefined },
      { ...good, savedAt: -1 },
      { ...good, savedAt: 1.5 },
      { ...good, savedAt: '1800000002000' },
    ];
    const hostile = { ...PASSAGES[1]!, extra: '<script>', url: 'HTTPS://Wire.example/x' };
    // A key JSON.parse makes an own property, which a careless copy would turn into the passage's prototype.
    const file = withSaved([...bad, hostile]).replace(
      '"extra":"<script>"',
      '"extra":"<script>","__proto__":{"polluted":true}',
    );
    const parsed = accepted(file);
    expect(parsed.skipped.count).toBe(bad.length);
    expect(parsed.skipped.problems.map(problemText)).toEqual([
      'saved[0]: expected a saved passage',
      'saved[1]: expected a saved passage',
      'saved[2]: expected a saved passage',
      'saved[3].url: expected a web address (http or https)',
      'saved[4].url: expected a web address (http or https)',
      'saved[5].url: expected a web address (http or https)',
      'saved[6].url: longer than 8192 characters',
      'saved[7].quote: longer than 100000 characters',
      'saved[8].quote: expected some text',
      'saved[9].speaker: expected text',
      'saved[10].speaker: longer than 1000 characters',
      'saved[11].pageTitle: expected text',
      'saved[12].savedAt: expected a whole number ≥ 0',
      'saved[13].savedAt: expected a whole number ≥ 0',
      'saved[14].savedAt: expected a whole number ≥ 0',
    ]);
    // Only a passage's own fields are kept from the file.
    const kept = { ...PASSAGES[1]!, url: 'HTTPS://Wire.example/x' };
    expect(parsed.saved).toEqual([kept]);
    expect(Object.keys(parsed.saved[0]!).sort()).toEqual(['pageTitle', 'quote', 'savedAt', 'speaker', 'url']);
    expect(Object.getPrototypeOf(parsed.saved[0])).toBe(Object.prototype);
    const counts = await importEntries(parsed.entries, undefined, parsed.saved);
    expect(counts.passagesAdded).toBe(1);
    expect(await savedStatements()).toEqual([kept]);
  });

  it('skip thousands of junk passages without a crash, naming the first twenty', () => {
    const junk = Array.from({ length: 20_000 }, (_, index) => ({ url: index, quote: {}, speaker: [] }));
    const parsed = accepted(withSaved(junk));
    expect(parsed.skipped.count).toBe(20_000);
    expect(parsed.skipped.problems).toHaveLength(20);
    expect(parsed.saved).toEqual([]);
  });

  it('refuse the whole file when `saved` is not a list (the file is not a Veille export as written)', () => {
    for (const saved of [{}, 'none', 3, null])
      expect(parseLogExport(withSaved(saved))).toEqual({
        ok: false,
        error: { kind: 'invalid', problems: [{ path: 'saved', expected: 'savedList' }] },
      });
  });

  it('are not written when the storage fills up during the import: neither entries nor passages', async () => {
    const add = FakeObjectStore.prototype.add;
    vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (
      this: InstanceType<typeof FakeObjectStore>,
      ...args
    ) {
      if (this.name === 'saved' && (args[0] as SavedStatement).savedAt === PASSAGES[1]!.savedAt)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const failure = await importFile(exportOf(PASSAGES)).catch((error: unknown) => error);
    expect(isStorageFull(failure)).toBe(true);
    vi.restoreAllMocks();
    expect(await countEntries()).toBe(0);
    expect(await savedStatements()).toEqual([]);
  });
});
