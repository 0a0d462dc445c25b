/**
 * The reading log's IndexedDB schema, one version at a time. A new version adds its step to `MIGRATIONS` (never
 * edits an old one) and a test that opens a database written by the previous version (issue 4).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Statement } from '../types';

export const LOG_DB_NAME = 'veille-log';
export const LOG_SCHEMA_VERSION = 1;

/** One article the reader read (and that matched a topic) or saved by hand, keyed by canonical URL. */
export interface LogEntry {
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

export interface LogSchema extends DBSchema {
  entries: { key: string; value: LogEntry; indexes: { lastSeen: number } };
}

export type LogDatabase = IDBPDatabase<LogSchema>;
type UpgradeTransaction = IDBPTransaction<LogSchema, StoreNames<LogSchema>[], 'versionchange'>;

/** Step `n` turns a database at version n-1 into version n; run in order inside the upgrade transaction. */
export const MIGRATIONS: Record<number, (db: LogDatabase, tx: UpgradeTransaction) => void> = {
  1: (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'url' });
    entries.createIndex('lastSeen', 'lastSeen');
  },
};

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
