/**
 * Every schema version migrates forward from a database written by the version before it. The version-1 database
 * is written here as version 1 wrote it (its store, its index, its entry shape), not through today's code.
 */
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getEntry, latestEntries, openLog, recordArticle } from '@/utils/log';
import {
  LOG_DB_NAME,
  LOG_SCHEMA_VERSION,
  MIGRATIONS,
  upgradeEntry,
  type LogEntryV1,
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

describe('the reading log schema', () => {
  beforeEach(freshIndexedDb);

  it('has a migration for every version and opens an empty profile at the latest', async () => {
    for (let version = 1; version <= LOG_SCHEMA_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['entries', 'trash']);
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
