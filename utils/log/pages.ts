/**
 * The whole log read newest first (last read first), a page at a time, for the options page: its first page is
 * the table's first screen in its default order, so the page can show it before the rest arrives. Pages follow
 * the `lastSeen` index; a page starts after the last entry of the previous one (its time, then its URL, as
 * several entries may share a time).
 */
import { unwrap } from 'idb';
import { openLog } from './index';
import type { LogEntry } from './schema';

/** Where the previous page ended: its last entry's `lastSeen` and URL. */
export interface LogPagePosition {
  lastSeen: number;
  url: string;
}

/** `IDBIndex.getAllRecords` (Chromium 141): a page of an index in either direction in one request. */
interface RecordsIndex {
  getAllRecords?(options: {
    query: IDBKeyRange | null;
    count: number;
    direction: 'prev';
  }): IDBRequest<{ value: LogEntry }[]>;
}

/**
 * Entries at a page boundary sharing its `lastSeen` are skipped one by one; more of them than this in a bulk
 * read (an imported log whose times were all set to one instant) and the page is read with a cursor instead.
 */
const TIES_READ_AHEAD = 32;

/** Whether `entry` came in an earlier page, in newest-first order (time descending, then URL descending). */
const readBefore = (entry: LogEntry, after: LogPagePosition) =>
  entry.lastSeen > after.lastSeen || (entry.lastSeen === after.lastSeen && entry.url >= after.url);

export async function entriesNewestFirst(
  after: LogPagePosition | undefined,
  limit: number,
): Promise<LogEntry[]> {
  const db = await openLog();
  const index = db.transaction('entries').store.index('lastSeen');
  const range = after === undefined ? null : IDBKeyRange.upperBound(after.lastSeen);
  const raw = unwrap(index) as unknown as RecordsIndex;
  if (raw.getAllRecords) {
    const count = limit + (after ? TIES_READ_AHEAD : 0);
    const request = raw.getAllRecords({ query: range, count, direction: 'prev' });
    const records = await new Promise<{ value: LogEntry }[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('Reading the log failed'));
    });
    const fresh: LogEntry[] = [];
    for (const { value } of records) {
      if (fresh.length === limit) break;
      if (!after || !readBefore(value, after)) fresh.push(value);
    }
    // A full page, or the end of the log: done. Otherwise the ties filled the read-ahead: use the cursor.
    if (fresh.length === limit || records.length < count) return fresh;
  }
  // Browsers without getAllRecords (Firefox): a cursor, which the browser prefetches in batches.
  const entries: LogEntry[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && after && readBefore(cursor.value, after)) cursor = await cursor.continue();
  while (cursor && entries.length < limit) {
    entries.push(cursor.value);
    cursor = await cursor.continue();
  }
  return entries;
}
