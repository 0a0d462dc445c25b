/** A new, empty IndexedDB for each test (fake-indexeddb), and the log's connection closed so it reopens there. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { closeLog } from '@/utils/log';

export async function freshIndexedDb(): Promise<void> {
  await closeLog();
  globalThis.indexedDB = new IDBFactory();
}
