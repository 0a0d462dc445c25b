/**
 * Passages the reader saved as statements ("Save as statement…" in the context menu), kept in the reading log's
 * database, in a store of their own (`saved`, schema version 3), beside the entry of the page they came from.
 *
 * Why here (issue 7: a service worker stopped in the middle of a write leaves no partial state): saving a passage
 * also records its page in the log as saved, and the two belong together. Until version 3 the passage went to
 * `browser.storage` and the page to IndexedDB, one write after the other, and a worker stopped between them kept
 * the passage without its page. No transaction spans the two stores. A write-ahead record would have needed a
 * recovery step on every start, the partial state visible until it ran, and a third write that can itself fail;
 * with both in one IndexedDB transaction the browser does that work: a transaction cut short by a stop, or
 * refused for lack of space, leaves nothing behind.
 */
import type { ArticleAnalysis } from '../types';
import { allOrNothing, articleEntry, openLog } from './index';
import type { SavedStatement } from './schema';

/** The page a passage came from, recorded in the log as saved by the same transaction. */
export interface SavedPage {
  /** The log's key for the article (its canonical URL). */
  url: string;
  article: ArticleAnalysis;
}

/**
 * Keep `passage`, and record `page` in the log as saved (when given: a private window or a page without an
 * article keeps the passage only), in one transaction: both are written, or, when anything fails, neither.
 */
export async function saveStatementWithPage(passage: SavedStatement, page?: SavedPage): Promise<void> {
  const db = await openLog();
  if (!page) {
    const tx = db.transaction('saved', 'readwrite');
    return allOrNothing(tx, async () => void (await tx.store.add(passage)));
  }
  const tx = db.transaction(['saved', 'entries'], 'readwrite');
  const entries = tx.objectStore('entries');
  await allOrNothing(tx, async () => {
    // `add`, not `put`: a passage saved at the same millisecond from the same page is refused, never replaced.
    await tx.objectStore('saved').add(passage);
    const entry = articleEntry(await entries.get(page.url), page.url, page.article, {
      visit: false,
      saved: true,
      now: passage.savedAt,
    });
    if (entry) await entries.put(entry);
  });
}

/** Every saved passage, newest first. */
export async function savedStatements(): Promise<SavedStatement[]> {
  return (await (await openLog()).getAll('saved')).reverse();
}

/** How many passages are saved (the options page's "Delete everything…" needs no more). */
export async function countSavedStatements(): Promise<number> {
  return (await openLog()).count('saved');
}

/** Forget the passage saved at `savedAt` from `url`; whether there was one. The page stays in the log. */
export async function forgetSavedStatement(url: string, savedAt: number): Promise<boolean> {
  const db = await openLog();
  const tx = db.transaction('saved', 'readwrite');
  return allOrNothing(tx, async () => {
    const key: [number, string] = [savedAt, url];
    if ((await tx.store.count(key)) === 0) return false;
    await tx.store.delete(key);
    return true;
  });
}

/**
 * Keep passages saved elsewhere (version 1's `local:savedStatements`), in one transaction. Keyed by when and
 * where, so keeping the same passages again changes nothing: a copy cut short is simply made again.
 */
export async function keepSavedStatements(passages: readonly SavedStatement[]): Promise<void> {
  const db = await openLog();
  const tx = db.transaction('saved', 'readwrite');
  await allOrNothing(tx, async () => {
    for (const passage of passages) await tx.store.put(passage);
  });
}
