import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeLog, getEntry, latestEntries, openLog, recordArticle, removeArticle } from '@/utils/log';
import { LOG_SCHEMA_VERSION, MIGRATIONS } from '@/utils/log/schema';
import type { ArticleAnalysis } from '@/utils/types';

function article(matched: boolean, title = 'Titre'): ArticleAnalysis {
  return {
    title,
    lang: 'fr',
    wordCount: 10,
    excerpt: '',
    topics: [{ id: 'nato-enlargement', name: 'NATO', matched, score: matched ? 3 : 0, hits: [] }],
    statements: [],
  };
}

describe('the reading log', () => {
  beforeEach(async () => {
    // A fresh, empty database for each test.
    await closeLog();
    globalThis.indexedDB = new IDBFactory();
  });

  it('has a migration for every schema version, and opens at the latest', async () => {
    for (let version = 1; version <= LOG_SCHEMA_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
    const db = await openLog();
    expect(db.version).toBe(LOG_SCHEMA_VERSION);
    expect([...db.objectStoreNames]).toEqual(['entries']);
  });

  it('keeps articles that matched a topic, and only those', async () => {
    expect(await recordArticle('https://a.example/1', article(false), { visit: true })).toBeUndefined();
    await recordArticle('https://a.example/2', article(true), { visit: true, now: 1 });
    expect(await getEntry('https://a.example/1')).toBeUndefined();
    expect(await getEntry('https://a.example/2')).toMatchObject({
      topics: ['nato-enlargement'],
      visits: 1,
      saved: false,
    });
  });

  it('counts visits, not live updates, and keeps the first visit', async () => {
    await recordArticle('https://a.example/3', article(true), { visit: true, now: 1 });
    await recordArticle('https://a.example/3', article(true, 'Mis à jour'), { visit: false, now: 2 });
    await recordArticle('https://a.example/3', article(true), { visit: true, now: 3 });
    expect(await getEntry('https://a.example/3')).toMatchObject({ visits: 2, firstSeen: 1, lastSeen: 3 });
  });

  it('saves by hand what matched nothing, removes on request, and lists newest first', async () => {
    await recordArticle('https://a.example/4', article(false), { visit: false, saved: true, now: 5 });
    await recordArticle('https://a.example/5', article(true), { visit: true, now: 6 });
    expect((await latestEntries(10)).map((entry) => entry.url)).toEqual([
      'https://a.example/5',
      'https://a.example/4',
    ]);
    await removeArticle('https://a.example/4');
    expect((await latestEntries(10)).map((entry) => entry.url)).toEqual(['https://a.example/5']);
  });
});
