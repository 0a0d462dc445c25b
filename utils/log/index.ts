/**
 * The reading log (DESIGN.md, Reading log), owned by the background: articles that matched a topic, and any
 * article saved by hand. Writes go through one transaction each, so a visit is recorded whole or not at all.
 */
import { openDB } from 'idb';
import type { ArticleAnalysis } from '../types';
import {
  LOG_DB_NAME,
  LOG_SCHEMA_VERSION,
  migrate,
  type LogDatabase,
  type LogEntry,
  type LogSchema,
} from './schema';

export type { LogEntry } from './schema';

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
  options: { visit: boolean; saved?: boolean; now?: number },
): Promise<LogEntry | undefined> {
  const now = options.now ?? Date.now();
  const db = await openLog();
  const tx = db.transaction('entries', 'readwrite');
  const previous = await tx.store.get(url);
  const matched = article.topics.some((topic) => topic.matched);
  if (!previous && !matched && !options.saved) {
    await tx.done;
    return undefined;
  }
  const fresh = entryFrom(url, article, now);
  const entry: LogEntry = previous
    ? {
        ...fresh,
        firstSeen: previous.firstSeen,
        visits: previous.visits + (options.visit ? 1 : 0),
        saved: options.saved ?? previous.saved,
      }
    : { ...fresh, saved: options.saved ?? false };
  await tx.store.put(entry);
  await tx.done;
  return entry;
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
