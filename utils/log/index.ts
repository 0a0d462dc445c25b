/**
 * The reading log (DESIGN.md, Reading log), owned by the background: articles that matched a topic, and any
 * article saved by hand. Writes go through one transaction each, so a visit is recorded whole or not at all.
 */
import { openDB } from 'idb';
import type { ArticleAnalysis } from '../types';
import { mergeEntries, sameEntry } from './merge';
import {
  LOG_DB_NAME,
  LOG_SCHEMA_VERSION,
  migrate,
  type LogDatabase,
  type LogEntry,
  type LogSchema,
  type SavedStatement,
  type TrashedEntry,
} from './schema';

export type { LogEntry } from './schema';

/**
 * Run `work` inside `tx` as one unit: when it throws (storage full, a value that cannot be stored), the
 * transaction is aborted so that none of the writes before the failure land.
 */
export async function allOrNothing<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser itself: nothing was committed either way.
    }
    await tx.done.catch(() => {});
    throw error;
  }
}

/** How long a deletion can be undone. */
export const TRASH_KEEP_MS = 10 * 60_000;

let opening: Promise<LogDatabase> | undefined;

/** The database, opened once per service-worker lifetime (and migrated forward on the first open). */
export function openLog(): Promise<LogDatabase> {
  opening ??= openDB<LogSchema>(LOG_DB_NAME, LOG_SCHEMA_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) =>
      migrate(db, oldVersion, newVersion ?? LOG_SCHEMA_VERSION, tx),
  }).catch((error: unknown) => {
    opening = undefined; // let the next call try again rather than caching the failure
    throw error;
  });
  return opening as Promise<LogDatabase>;
}

/** Close the connection (tests, and issue 4's "delete everything", which must not race an open connection). */
export async function closeLog(): Promise<void> {
  const pending = opening;
  opening = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}

function entryFrom(url: string, article: ArticleAnalysis, now: number): LogEntry {
  return {
    url,
    title: article.title,
    site: article.site,
    byline: article.byline,
    publishedAt: article.publishedAt,
    lang: article.lang,
    excerpt: article.excerpt,
    topics: article.topics.filter((topic) => topic.matched).map((topic) => topic.id),
    statements: article.statements,
    firstSeen: now,
    lastSeen: now,
    visits: 1,
    saved: false,
    activeMs: 0,
    starred: false,
    tags: [],
    note: '',
  };
}

/**
 * Record that the reader is on this article: a new entry when it matched a topic or `saved` is set, otherwise an
 * update of an existing entry only (an article that matches nothing is not logged). `visit` counts a new visit;
 * a re-analysis of the same page (live blog update) refreshes the content without counting one.
 */
export async function recordArticle(
  url: string,
  article: ArticleAnalysis,
  options: ArticleRecordOptions,
): Promise<LogEntry | undefined> {
  const db = await openLog();
  const tx = db.transaction('entries', 'readwrite');
  const entry = articleEntry(await tx.store.get(url), url, article, options);
  if (entry) await tx.store.put(entry);
  await tx.done;
  return entry;
}

export interface ArticleRecordOptions {
  visit: boolean;
  saved?: boolean;
  now?: number;
}

/**
 * What `recordArticle` writes at `url`, given the entry already there (undefined: nothing to write). Pure, so that
 * other writes can record an article inside their own transaction (utils/log/saved.ts).
 */
export function articleEntry(
  previous: LogEntry | undefined,
  url: string,
  article: ArticleAnalysis,
  options: ArticleRecordOptions,
): LogEntry | undefined {
  const matched = article.topics.some((topic) => topic.matched);
  if (!previous && !matched && !options.saved) return undefined;
  const fresh = entryFrom(url, article, options.now ?? Date.now());
  return previous
    ? {
        ...fresh,
        firstSeen: previous.firstSeen,
        visits: previous.visits + (options.visit ? 1 : 0),
        saved: options.saved ?? previous.saved,
        // What the reader added is theirs: a new visit never resets it.
        activeMs: previous.activeMs,
        starred: previous.starred,
        tags: previous.tags,
        note: previous.note,
      }
    : { ...fresh, saved: options.saved ?? false };
}

/** Remove an article from the log (the popup's "unsave"). */
export async function removeArticle(url: string): Promise<void> {
  const db = await openLog();
  await db.delete('entries', url);
}

export async function getEntry(url: string): Promise<LogEntry | undefined> {
  const db = await openLog();
  return db.get('entries', url);
}

/** The entries at these URLs, in the same order; those no longer in the log are left out. */
export async function entriesAt(urls: readonly string[]): Promise<LogEntry[]> {
  const tx = (await openLog()).transaction('entries');
  const found = await Promise.all(urls.map((url) => tx.store.get(url)));
  return found.filter((entry): entry is LogEntry => entry !== undefined);
}

/** The latest entries, newest first. */
export async function latestEntries(limit: number): Promise<LogEntry[]> {
  const db = await openLog();
  const entries: LogEntry[] = [];
  let cursor = await db.transaction('entries').store.index('lastSeen').openCursor(null, 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}

/** Add active reading time to entries already in the log (a page that is not logged keeps no time). */
export async function addReadingTime(urls: string[], ms: number): Promise<void> {
  const db = await openLog();
  const tx = db.transaction('entries', 'readwrite');
  for (const url of urls) {
    const entry = await tx.store.get(url);
    if (entry) await tx.store.put({ ...entry, activeMs: entry.activeMs + ms });
  }
  await tx.done;
}

/** What the reader may change on an entry. */
export type EntryEdit = Partial<Pick<LogEntry, 'starred' | 'tags' | 'note'>>;

export async function editEntry(url: string, edit: EntryEdit): Promise<LogEntry | undefined> {
  const db = await openLog();
  const tx = db.transaction('entries', 'readwrite');
  const entry = await tx.store.get(url);
  const edited = entry && { ...entry, ...edit };
  if (edited) await tx.store.put(edited);
  await tx.done;
  return edited;
}

export async function countEntries(): Promise<number> {
  return (await openLog()).count('entries');
}

/** What one deletion took: entries of the log, and (deleting everything) saved passages. */
export interface Deleted {
  entries: number;
  passages: number;
}

/**
 * Move entries to the trash in one transaction (all of them when `urls` is 'all'); `undoDeletion(batch)` brings
 * them back until `TRASH_KEEP_MS` has passed. Returns how many entries and passages were deleted.
 *
 * Deleting everything deletes the saved passages too, in the same transaction and with the same Undo. A passage
 * is a page the reader read, its title and address, and words from it: someone who deletes their whole reading
 * history to leave no trace of it expects no list of pages to survive elsewhere. (Deleting chosen entries keeps
 * the passages: those are deleted one by one under "Saved passages".) The confirmation says so (LogSection).
 */
export async function deleteEntries(
  urls: string[] | 'all',
  batch: string,
  now = Date.now(),
): Promise<Deleted> {
  const db = await openLog();
  const tx = db.transaction(['entries', 'trash', 'saved', 'savedTrash'], 'readwrite');
  const entries = tx.objectStore('entries');
  const trash = tx.objectStore('trash');
  return allOrNothing(tx, async () => {
    const doomed =
      urls === 'all'
        ? await entries.getAll()
        : (await Promise.all(urls.map((url) => entries.get(url)))).filter((e): e is LogEntry => !!e);
    for (const entry of doomed) {
      const trashed: TrashedEntry = { batch, deletedAt: now, entry };
      await trash.put(trashed);
    }
    if (urls !== 'all') {
      for (const entry of doomed) await entries.delete(entry.url);
      return { entries: doomed.length, passages: 0 };
    }
    await entries.clear();
    const saved = tx.objectStore('saved');
    const passages = await saved.getAll();
    for (const passage of passages)
      await tx.objectStore('savedTrash').put({ batch, deletedAt: now, passage });
    await saved.clear();
    return { entries: doomed.length, passages: passages.length };
  });
}

/**
 * Bring back the entries of one deletion, and the passages deleted with them; an entry logged again since is
 * merged with its old self. Returns how many entries came back.
 */
export async function undoDeletion(batch: string): Promise<number> {
  const db = await openLog();
  const tx = db.transaction(['entries', 'trash', 'saved', 'savedTrash'], 'readwrite');
  const entries = tx.objectStore('entries');
  const trash = tx.objectStore('trash');
  const savedTrash = tx.objectStore('savedTrash');
  return allOrNothing(tx, async () => {
    const trashed = await trash.index('batch').getAll(batch);
    for (const { entry } of trashed) {
      const current = await entries.get(entry.url);
      await entries.put(current ? mergeEntries(current, entry) : entry);
      await trash.delete([batch, entry.url]);
    }
    for (const { passage } of await savedTrash.index('batch').getAll(batch)) {
      await tx.objectStore('saved').put(passage);
      await savedTrash.delete([batch, passage.savedAt, passage.url]);
    }
    return trashed.length;
  });
}

/** Forget deletions older than `TRASH_KEEP_MS`: they can no longer be undone. */
export async function emptyTrash(now = Date.now()): Promise<void> {
  const db = await openLog();
  const tx = db.transaction(['trash', 'savedTrash'], 'readwrite');
  const expired = IDBKeyRange.upperBound(now - TRASH_KEEP_MS);
  for (const store of [tx.objectStore('trash'), tx.objectStore('savedTrash')]) {
    let cursor = await store.index('deletedAt').openCursor(expired);
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Saved passages written (those already kept, same moment and page, are not counted). */
  passagesAdded: number;
}

/**
 * Merge validated entries, and saved passages, into the log in one transaction: a failure (storage full) writes
 * nothing. A passage already kept (same `[savedAt, url]` key) is left as it is. `onProgress` hears how many
 * entries were handled so far.
 */
export async function importEntries(
  imported: LogEntry[],
  onProgress?: (done: number) => void,
  passages: readonly SavedStatement[] = [],
): Promise<ImportCounts> {
  const db = await openLog();
  const tx = db.transaction(['entries', 'saved'], 'readwrite');
  const store = tx.objectStore('entries');
  const saved = tx.objectStore('saved');
  const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, passagesAdded: 0 };
  await allOrNothing(tx, async () => {
    for (const [index, entry] of imported.entries()) {
      const existing = await store.get(entry.url);
      const merged = existing ? mergeEntries(existing, entry) : entry;
      const changed = !existing || !sameEntry(existing, merged);
      counts[!existing ? 'added' : changed ? 'updated' : 'unchanged']++;
      if (changed) await store.put(merged);
      if (onProgress && index % 500 === 499) onProgress(index + 1);
    }
    for (const passage of passages) {
      if ((await saved.count([passage.savedAt, passage.url])) > 0) continue;
      await saved.add(passage);
      counts.passagesAdded++;
    }
  });
  onProgress?.(imported.length);
  return counts;
}

/** Whether an error is the browser refusing to store more (quota reached, disk full). */
export function isStorageFull(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (name === 'UnknownError' && /space|quota/i.test(String(error)));
}
