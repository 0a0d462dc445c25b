/**
 * Saved passages live in the reading log's database, and a passage and its page's entry are written by one
 * transaction: both land, or, when the write fails half way, neither (issue 7).
 */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getEntry, isStorageFull, recordArticle } from '@/utils/log';
import {
  forgetSavedStatement,
  keepSavedStatements,
  saveStatementWithPage,
  savedStatements,
} from '@/utils/log/saved';
import type { SavedStatement } from '@/utils/log/schema';
import type { ArticleAnalysis } from '@/utils/types';
import { freshIndexedDb } from './fresh-log';

const PAGE_URL = 'https://gazette.example/2025/apiculture';

/** An article that matches no topic: only a save puts it in the log. */
const ARTICLE: ArticleAnalysis = {
  title: 'Les ruches après l’été',
  lang: 'fr',
  wordCount: 120,
  excerpt: 'Un extrait.',
  topics: [{ id: 'nato-enlargement', name: 'NATO', matched: false, score: 0, hits: [] }],
  statements: [],
};

function passage(
  savedAt: number,
  quote = 'le traitement de fin d’été reste le plus efficace',
): SavedStatement {
  return { url: PAGE_URL, pageTitle: ARTICLE.title, quote, speaker: 'Élise Marchand', savedAt };
}

/** `put` and `add` on the log's stores refuse to store more from the `nth` call on, as a full disk does. */
function fillStorageAfter(nth: number): void {
  let calls = 0;
  for (const method of ['put', 'add'] as const) {
    const original = FakeObjectStore.prototype[method];
    vi.spyOn(FakeObjectStore.prototype, method).mockImplementation(function (
      this: InstanceType<typeof FakeObjectStore>,
      ...args: Parameters<typeof original>
    ) {
      if (++calls >= nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

describe('saved passages in the reading log', () => {
  beforeEach(freshIndexedDb);
  afterEach(() => vi.restoreAllMocks());

  it('keeps a passage and records its page as saved, and lists passages newest first', async () => {
    await saveStatementWithPage(passage(1_000), { url: PAGE_URL, article: ARTICLE });
    await saveStatementWithPage(passage(2_000, 'une autre phrase'), { url: PAGE_URL, article: ARTICLE });
    expect(await savedStatements()).toEqual([passage(2_000, 'une autre phrase'), passage(1_000)]);
    expect(await getEntry(PAGE_URL)).toMatchObject({
      url: PAGE_URL,
      title: ARTICLE.title,
      saved: true,
      visits: 1,
      firstSeen: 1_000,
      lastSeen: 2_000,
    });
  });

  it('keeps what the reader added to an entry already in the log', async () => {
    await recordArticle(PAGE_URL, ARTICLE, { visit: true, saved: true, now: 10 });
    await saveStatementWithPage(passage(20), { url: PAGE_URL, article: ARTICLE });
    expect(await getEntry(PAGE_URL)).toMatchObject({ firstSeen: 10, lastSeen: 20, visits: 1, saved: true });
  });

  it('keeps a passage alone when no page is given (a private window, a page without an article)', async () => {
    await saveStatementWithPage(passage(1_000));
    expect(await savedStatements()).toEqual([passage(1_000)]);
    expect(await getEntry(PAGE_URL)).toBeUndefined();
  });

  it('writes neither the passage nor the page when the page cannot be written (storage full)', async () => {
    await saveStatementWithPage(passage(1_000), { url: PAGE_URL, article: ARTICLE });
    const entryBefore = await getEntry(PAGE_URL);
    // The passage's `add` goes through; the entry's `put` after it is refused.
    fillStorageAfter(2);
    const failure = await saveStatementWithPage(passage(2_000, 'refusée'), {
      url: PAGE_URL,
      article: { ...ARTICLE, title: 'Titre changé' },
    }).catch((error: unknown) => error);
    expect(isStorageFull(failure)).toBe(true);
    vi.restoreAllMocks();
    expect(await savedStatements()).toEqual([passage(1_000)]);
    expect(await getEntry(PAGE_URL)).toEqual(entryBefore);
  });

  it('refuses a second passage saved at the same moment from the same page, keeping the first', async () => {
    await saveStatementWithPage(passage(1_000));
    await expect(saveStatementWithPage(passage(1_000, 'autre'))).rejects.toThrow();
    expect(await savedStatements()).toEqual([passage(1_000)]);
  });

  it('forgets one passage by its page and moment, leaving the page in the log', async () => {
    await saveStatementWithPage(passage(1_000), { url: PAGE_URL, article: ARTICLE });
    await saveStatementWithPage(passage(2_000, 'gardée'), { url: PAGE_URL, article: ARTICLE });
    expect(await forgetSavedStatement(PAGE_URL, 1_000)).toBe(true);
    expect(await forgetSavedStatement(PAGE_URL, 1_000)).toBe(false);
    expect(await forgetSavedStatement('https://elsewhere.example/', 2_000)).toBe(false);
    expect(await savedStatements()).toEqual([passage(2_000, 'gardée')]);
    expect(await getEntry(PAGE_URL)).toMatchObject({ saved: true });
  });

  it('keeps passages from elsewhere once, however often the copy is made again', async () => {
    const legacy = [passage(1_000), passage(2_000, 'deux')];
    await keepSavedStatements(legacy);
    await keepSavedStatements(legacy);
    expect(await savedStatements()).toEqual([...legacy].reverse());
  });
});
