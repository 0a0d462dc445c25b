/**
 * Hands a validated import to the background: in pieces (a message has a size limit), then a commit that writes
 * them in one transaction. A service worker stopped between two pieces forgets those before; the commit, told how
 * many entries were sent, then writes nothing and answers `interrupted`, and the import is sent once more from the
 * start (nothing of the first attempt was written, and merging is idempotent anyway). Saved passages follow the
 * entries in pieces of their own, and are written by the same commit.
 */
import type { LogEntry } from '@/utils/log';
import type { SavedStatement } from '@/utils/log/schema';
import { LOG_PAGE_MAX, sendToBackground, type ResponseOf } from '@/utils/messages';
import { nextTask } from './useLog';

/** Two attempts: a worker stopped twice during one import is no longer a passing accident. */
const ATTEMPTS = 2;

/**
 * Passages a message: a passage may hold 100,000 characters of quotation (the statement window's limit), so a
 * piece of `LOG_PAGE_MAX` of them could pass the browser's message size limit; real ones are a sentence or two.
 */
const PASSAGES_A_PIECE = 100;

export async function sendImport(
  { entries, saved = [] }: { entries: readonly LogEntry[]; saved?: readonly SavedStatement[] },
  onProgress: (fraction: number) => void,
  send: typeof sendToBackground = sendToBackground,
): Promise<ResponseOf<'log:import-commit'>> {
  let result: ResponseOf<'log:import-commit'> = { ok: false, error: 'interrupted' };
  const total = entries.length + saved.length;
  for (let attempt = 0; attempt < ATTEMPTS && !result.ok && result.error === 'interrupted'; attempt++) {
    const importId = crypto.randomUUID();
    for (let start = 0; start < entries.length; start += LOG_PAGE_MAX) {
      const piece = entries.slice(start, start + LOG_PAGE_MAX);
      await send('log:import-stage', { importId, entries: piece });
      onProgress((start + piece.length) / total);
      await nextTask();
    }
    for (let start = 0; start < saved.length; start += PASSAGES_A_PIECE) {
      const piece = saved.slice(start, start + PASSAGES_A_PIECE);
      await send('log:import-stage', { importId, entries: [], saved: piece });
      onProgress((entries.length + start + piece.length) / total);
      await nextTask();
    }
    const counts = { total: entries.length, ...(saved.length > 0 ? { savedTotal: saved.length } : {}) };
    // No answer at all (the worker stopped during the commit) is a failure like any other.
    result = (await send('log:import-commit', { importId, ...counts })) ?? {
      ok: false,
      error: 'failed',
    };
  }
  return result;
}
