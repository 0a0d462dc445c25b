import { beforeEach, describe, expect, it } from 'vitest';
import {
  addReadingTime,
  countEntries,
  deleteEntries,
  editEntry,
  emptyTrash,
  getEntry,
  latestEntries,
  openLog,
  recordArticle,
  removeArticle,
  TRASH_KEEP_MS,
  undoDeletion,
} from '@/utils/log';
import { countSavedStatements, keepSavedStatements, savedStatements } from '@/utils/log/saved';
import type { ArticleAnalysis } from '@/utils/types';
import { freshIndexedDb } from './fresh-log';

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
  beforeEach(freshIndexedDb);

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

  it("adds active reading time, keeps the reader's star, tags and note across visits", async () => {
    await recordArticle('https://a.example/6', article(true), { visit: true, now: 1 });
    await addReadingTime(['https://a.example/6', 'https://a.example/not-logged'], 4_000);
    await addReadingTime(['https://a.example/6'], 1_500);
    await editEntry('https://a.example/6', { starred: true, tags: ['brief'], note: 'À relire' });
    await recordArticle('https://a.example/6', article(true, 'Nouveau titre'), { visit: true, now: 2 });
    expect(await getEntry('https://a.example/6')).toMatchObject({
      title: 'Nouveau titre',
      visits: 2,
      activeMs: 5_500,
      starred: true,
      tags: ['brief'],
      note: 'À relire',
    });
    expect(await getEntry('https://a.example/not-logged')).toBeUndefined();
  });

  it('deletes one, a selection or everything, and undoes each deletion for a while', async () => {
    for (const n of [1, 2, 3, 4])
      await recordArticle(`https://a.example/d${n}`, article(true), { visit: true });
    await editEntry('https://a.example/d1', { note: 'gardé' });
    expect(await deleteEntries(['https://a.example/d1'], 'one', 100)).toEqual({ entries: 1, passages: 0 });
    expect(await deleteEntries(['https://a.example/d2', 'https://a.example/d3'], 'some', 100)).toEqual({
      entries: 2,
      passages: 0,
    });
    expect(await countEntries()).toBe(1);
    expect(await undoDeletion('one')).toBe(1);
    expect(await getEntry('https://a.example/d1')).toMatchObject({ note: 'gardé' });
    expect(await deleteEntries('all', 'all', 200)).toEqual({ entries: 2, passages: 0 });
    expect(await countEntries()).toBe(0);
    expect(await undoDeletion('all')).toBe(2);
    expect(await countEntries()).toBe(2);
    // Past the delay, the selection deleted at 100 can no longer come back; a later one still can.
    await deleteEntries(['https://a.example/d4'], 'later', 100 + TRASH_KEEP_MS);
    await emptyTrash(101 + TRASH_KEEP_MS);
    expect(await undoDeletion('some')).toBe(0);
    expect(await undoDeletion('later')).toBe(1);
    expect(await countEntries()).toBe(2);
  });

  it('deletes the saved passages with everything (not with a selection), and brings them back with it', async () => {
    const url = 'https://a.example/p1';
    await recordArticle(url, article(true), { visit: true });
    const passage = { url, pageTitle: 'P1', quote: 'des mots', speaker: 'Léa Roux', savedAt: 50 };
    await keepSavedStatements([passage]);
    expect(await deleteEntries([url], 'one', 100)).toEqual({ entries: 1, passages: 0 });
    expect(await savedStatements()).toEqual([passage]);
    await undoDeletion('one');
    expect(await deleteEntries('all', 'all', 200)).toEqual({ entries: 1, passages: 1 });
    expect(await savedStatements()).toEqual([]);
    expect(await undoDeletion('all')).toBe(1);
    expect(await savedStatements()).toEqual([passage]);
    // Past the delay, they are gone for good, with the entries.
    await deleteEntries('all', 'gone', 300);
    await emptyTrash(301 + TRASH_KEEP_MS);
    expect(await undoDeletion('gone')).toBe(0);
    expect(await savedStatements()).toEqual([]);
    expect(await (await openLog()).count('savedTrash')).toBe(0);
  });

  it('deletes everything when the log has no entry but passages are saved (from private windows), and says how many', async () => {
    const passages = [
      { url: 'https://a.example/p1', pageTitle: 'P1', quote: 'des mots', speaker: 'Léa Roux', savedAt: 50 },
      {
        url: 'https://a.example/p2',
        pageTitle: 'P2',
        quote: 'other words',
        speaker: 'Ana Ruiz',
        savedAt: 60,
      },
    ];
    await keepSavedStatements(passages);
    expect(await countEntries()).toBe(0);
    expect(await countSavedStatements()).toBe(2);
    expect(await deleteEntries('all', 'passages only', 100)).toEqual({ entries: 0, passages: 2 });
    expect(await countSavedStatements()).toBe(0);
    await undoDeletion('passages only');
    expect(await savedStatements()).toEqual([...passages].reverse());
  });
});
