/**
 * The reading log's IndexedDB schema, one version at a time. A new version adds its step to `MIGRATIONS` (never
 * edits an old one), an entry upgrade to `ENTRY_UPGRADES` when the stored shape changes (the same function then
 * upgrades entries of older JSON exports), and a test that opens a database written by the previous version.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Statement } from '../types';

export const LOG_DB_NAME = 'veille-log';
export const LOG_SCHEMA_VERSION = 4;

/** An entry as version 1 stored it (kept to upgrade old databases and exports). */
export interface LogEntryV1 {
  /** Canonical URL, tracking parameters removed: the key. */
  url: string;
  title: string;
  site?: string;
  byline?: string;
  publishedAt?: string;
  lang: string;
  excerpt: string;
  /** Ids of the topics the article matched, when last seen. */
  topics: string[];
  statements: Statement[];
  /** Epoch ms. */
  firstSeen: number;
  lastSeen: number;
  visits: number;
  /** Saved by hand: kept even when it matches no topic. */
  saved: boolean;
}

/** One article the reader read (and that matched a topic) or saved by hand, keyed by canonical URL. */
export interface LogEntry extends LogEntryV1 {
  /** Time the page was visible and focused with the reader active, summed over visits, in ms. */
  activeMs: number;
  starred: boolean;
  /** The reader's own labels, trimmed, without duplicates. */
  tags: string[];
  /** The reader's note; "" when none. */
  note: string;
}

/**
 * A passage the reader saved as a statement from the context menu, naming the speaker themselves (version 3: kept
 * here, beside the entry of its page, so that one transaction writes both; see utils/log/saved.ts).
 */
export interface SavedStatement {
  url: string;
  pageTitle: string;
  quote: string;
  speaker: string;
  /** Epoch ms. */
  savedAt: number;
}

/** Entries deleted recently, kept so that a deletion can be undone for a while (`TRASH_KEEP_MS`). */
export interface TrashedEntry {
  /** One id per deletion (one entry, a selection or everything), undone together. */
  batch: string;
  deletedAt: number;
  entry: LogEntry;
}

/**
 * A saved passage deleted with the whole log ("delete everything", version 4), kept like `TrashedEntry` so that
 * the same Undo brings it back.
 */
export interface TrashedPassage {
  batch: string;
  deletedAt: number;
  passage: SavedStatement;
}

export interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry; indexes: { lastSeen: number } };
  trash: { key: [string, string]; value: TrashedEntry; indexes: { batch: string; deletedAt: number } };
  /** Keyed by when, then where: the store's order is the order of saving. */
  saved: { key: [number, string]; value: SavedStatement };
  savedTrash: {
    key: [string, number, string];
    value: TrashedPassage;
    indexes: { batch: string; deletedAt: number };
  };
}

export type LogDatabase = IDBPDatabase<LogSchema>;
type UpgradeTransaction = IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>;

/** Upgrade of one stored entry from version n-1 to version n (pure: also used on imported files). */
export const ENTRY_UPGRADES: Record<number, (entry: Record<string, unknown>) => Record<string, unknown>> = {
  2: (entry) => ({ ...entry, activeMs: 0, starred: false, tags: [], note: '' }),
};

/** An entry written at `fromVersion`, brought to the current shape. */
export function upgradeEntry(entry: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let upgraded = entry;
  for (let version = fromVersion + 1; version <= LOG_SCHEMA_VERSION; version++) {
    const step = ENTRY_UPGRADES[version];
    if (step) upgraded = step(upgraded);
  }
  return upgraded;
}

/**
 * Step `n` turns a database at version n-1 into version n; run in order inside the upgrade transaction. Steps
 * that rewrite entries walk a cursor: the requests they queue keep the upgrade transaction open until done.
 */
export const MIGRATIONS: Record<number, (db: LogDatabase, tx: UpgradeTransaction) => void> = {
  1: (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'url' });
    entries.createIndex('lastSeen', 'lastSeen');
  },
  2: (db, tx) => {
    const trash = db.createObjectStore('trash', { keyPath: ['batch', 'entry.url'] });
    trash.createIndex('batch', 'batch');
    trash.createIndex('deletedAt', 'deletedAt');
    void rewriteEntries(tx, 2);
  },
  // Saved passages move here from `local:savedStatements` (utils/storage.ts), where they were written apart from
  // their page's entry. The items themselves are copied by the background once the database is open
  // (entrypoints/background/saved-statements.ts): an upgrade transaction cannot wait for browser.storage.
  3: (db) => {
    db.createObjectStore('saved', { keyPath: ['savedAt', 'url'] });
  },
  // "Delete everything" deletes the saved passages too (utils/log/index.ts, deleteEntries, says why), and its
  // Undo must bring them back: they wait here, as entries wait in `trash`.
  4: (db) => {
    const trash = db.createObjectStore('savedTrash', {
      keyPath: ['batch', 'passage.savedAt', 'passage.url'],
    });
    trash.createIndex('batch', 'batch');
    trash.createIndex('deletedAt', 'deletedAt');
  },
};

async function rewriteEntries(tx: UpgradeTransaction, toVersion: number): Promise<void> {
  const step = ENTRY_UPGRADES[toVersion]!;
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    await cursor.update(step(cursor.value as unknown as Record<string, unknown>) as unknown as LogEntry);
    cursor = await cursor.continue();
  }
}

export function migrate(
  db: LogDatabase,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`Reading log: no migration to version ${version}`);
    step(db, tx);
  }
}
