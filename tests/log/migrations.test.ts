/**
 * Every schema version migrates forward from a database written by the version before it. The version-1, -2 and
 * -3 databases are written here as those versions wrote them (their stores, indexes and entry shapes), not
 * through today's code.
 */
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteEntries, getEntry, latestEntries, openLog, recordArticle, undoDeletion } from '@/utils/log';
import { saveStatementWithPage, savedStatements } from '@/utils/log/saved';
import {
  LOG_DB_NAME,
  LOG_SCHEMA_VERSION,
  MIGRATIONS,
  upgradeEntry,
  type LogEntry,
  type LogEntryV1,
  type SavedStatement,
  type TrashedEntry,
} from '@/utils/log/schema';
import type { ArticleAnalysis } from '@/utils/types';
import { freshIndexedDb } from './fresh-log';

const V1_ENTRIES: LogEntryV1[] = [
  {
    url: 'https://journal.example/2024/otan',
    title: 'Élargissement : « la porte reste ouverte »',
    site: 'Le Journal (exemple)',
    publishedAt: '2024-03-01T08:00:00Z',
    lang: 'fr',
    excerpt: 'Un extrait.',
    topics: ['nato-enlargement'],
    statements: [
      {
        id: 's1',
        speaker: 'Anaïs Fontaine',
        mention: 'la ministre Anaïs Fontaine',
        cue: 'a déclaré',
        kind: 'direct',
        content: 'la porte reste ouverte',
        sentence: '« La porte reste ouverte », a déclaré la ministre Anaïs Fontaine.',
        start: 2,
        end: 24,
        lang: 'fr',
        topics: ['nato-enlargement'],
      },
    ],
    firstSeen: 1_709_280_000_000,
    lastSeen: 1_709_290_000_000,
    visits: 3,
    saved: false,
  },
  {
    url: 'https://daily.example/saved',
    title: 'Saved by hand',
    lang: 'en',
    excerpt: '',
    topics: [],
    statements: [],
    firstSeen: 1,
    lastSeen: 2,
    visits: 1,
    saved: true,
  },
];

/** A database exactly as schema version 1 created and filled it. */
async function writeVersion1Database(): Promise<void> {
  const db = await openDB(LOG_DB_NAME, 1, {
    upgrade(database) {
      const entries = database.createObjectStore('entries', { keyPath: 'url' });
      entries.createIndex('lastSeen', 'lastSeen');
    },
  });
  for (const entry of V1_ENTRIES) await db.put('entries', entry);
  db.close();
}

/** A database exactly as schema version 2 created and filled it: entries of today's shape, and the trash. */
async function writeVersion2Database(entries: LogEntry[], trashed: TrashedEntry[]): Promise<void> {
  const db = await openDB(LOG_DB_NAME, 2, {
    upgrade(database) {
      const store = database.createObjectStore('entries', { keyPath: 'url' });
      store.createIndex('lastSeen', 'lastSeen');
      const trash = database.createObjectStore('trash', { keyPath: ['batch', 'entry.url'] });
      trash.createIndex('batch', 'batch');
      trash.createIndex('deletedAt', 'deletedAt');
    },
  });
  for (const entry of entries) await db.put('entries', entry);
  for (const item of trashed) await db.put('trash', item);
  db.close();
}

/** A database exactly as schema version 3 created and filled it: entries, the trash, and saved passages. */
async function writeVersion3Database(entries: LogEntry[], passages: SavedStatement[]): Promise<void> {
  const db = await openDB(LOG_DB_NAME, 3, {
    upgrade(database) {
      const store = database.createObjectStore('entries', { keyPath: 'url' });
      store.createIndex('lastSeen', 'lastSeen');
      const trash = database.createObjectStore('trash', { keyPath: ['batch', 'entry.url'] });
      trash.createIndex('batch', 'batch');
      trash.createIndex('deletedAt', 'deletedAt');
      database.createObjectStore('saved', { keyPath: ['savedAt', 'url'] });
    },
  });
  for (const entry of entries) await db.put('entries', entry);
  for (const passage of passages) await db.put('saved', passage);
  db.close();
}

const asVersion2 = (entry: LogEntryV1): LogEntry => ({
  ...entry,
  activeMs: 5_000,
  starred: true,
  tags: ['à lire'],
  note: 'Une note.',
});

describe('the reading log schema', () => {
  beforeEach(freshIndexedDb);

  it('has a migration for every version and opens an empty profile at the latest', async () => {
    for (let version = 1; version <= LOG_SCHEMA_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'saved', 'savedTrash', 'trash']);
  });

  it('upgrades a log written by version 2, keeping its entries and trash, with an empty store of passages', async () => {
    const [kept, trashed] = V1_ENTRIES.map(asVersion2) as [LogEntry, LogEntry];
    const inTrash: TrashedEntry = { batch: 'b1', deletedAt: 1_709_300_000_000, entry: trashed };
    await writeVersion2Database([kept], [inTrash]);
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    expect(await getEntry(kept.url)).toEqual(kept);
    expect(await db.getAll('trash')).toEqual([inTrash]);
    expect(await savedStatements()).toEqual([]);
    // A passage saved after the upgrade lands with its page's entry, which keeps what the reader added to it.
    const passage = {
      url: kept.url,
      pageTitle: kept.title,
      quote: 'la porte reste ouverte',
      speaker: 'Anaïs Fontaine',
      savedAt: 1_709_400_000_000,
    };
    const article: ArticleAnalysis = {
      title: kept.title,
      lang: 'fr',
      wordCount: 1,
      excerpt: '',
      topics: [],
      statements: [],
    };
    await saveStatementWithPage(passage, { url: kept.url, article });
    expect(await savedStatements()).toEqual([passage]);
    expect(await getEntry(kept.url)).toMatchObject({
      saved: true,
      starred: true,
      note: 'Une note.',
      visits: 3,
    });
  });

  it('upgrades a log written by version 3, keeping its passages, which then go and come back with the whole log', async () => {
    const entries = V1_ENTRIES.map(asVersion2);
    const passages: SavedStatement[] = [
      {
        url: entries[0]!.url,
        pageTitle: entries[0]!.title,
        quote: 'la porte reste ouverte',
        speaker: 'Anaïs Fontaine',
        savedAt: 1_709_400_000_000,
      },
    ];
    await writeVersion3Database(entries, passages);
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    expect(await savedStatements()).toEqual(passages);
    expect(await db.getAll('savedTrash')).toEqual([]);
    expect(await deleteEntries('all', 'everything')).toEqual({ entries: entries.length, passages: 1 });
    expect(await savedStatements()).toEqual([]);
    expect(await undoDeletion('everything')).toBe(entries.length);
    expect(await savedStatements()).toEqual(passages);
  });

  it('upgrades a log written by the first schema version, keeping every entry and field', async () => {
    await writeVersion1Database();
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    for (const old of V1_ENTRIES) {
      expect(await getEntry(old.url)).toEqual({ ...old, activeMs: 0, starred: false, tags: [], note: '' });
    }
    // Its index still answers, and the log goes on working after the upgrade.
    expect((await latestEntries(5)).map((entry) => entry.url)).toEqual(V1_ENTRIES.map((e) => e.url));
    const article: ArticleAnalysis = {
      title: 'Élargissement',
      lang: 'fr',
      wordCount: 1,
      excerpt: '',
      topics: [{ id: 'nato-enlargement', name: 'NATO', matched: true, score: 3, hits: [] }],
      statements: [],
    };
    await recordArticle(V1_ENTRIES[0]!.url, article, { visit: true, now: 1_709_300_000_000 });
    expect(await getEntry(V1_ENTRIES[0]!.url)).toMatchObject({
      visits: 4,
      firstSeen: V1_ENTRIES[0]!.firstSeen,
    });
  });

  it('upgrades an entry of any older version with the same steps as the database', () => {
    expect(upgradeEntry({ ...V1_ENTRIES[1] }, 1)).toEqual({
      ...V1_ENTRIES[1],
      activeMs: 0,
      starred: false,
      tags: [],
      note: '',
    });
    const current = upgradeEntry({ ...V1_ENTRIES[1] }, 1);
    expect(upgradeEntry(current, LOG_SCHEMA_VERSION)).toBe(current);
  });
});
