/**
 * Every write to the reading log goes through here: a full storage is reported as such (and remembered in
 * `logProblemItem` for pages opened later) instead of failing silently; the log is left as it was, since each
 * write is one transaction.
 */
import { isStorageFull } from '@/utils/log';
import type { LogWriteResult } from '@/utils/messages';
import { logProblemItem } from '@/utils/storage';

/** Run a write; say "storage full" (and remember it) rather than fail silently. */
export async function logWrite<T extends object>(write: () => Promise<T>): Promise<LogWriteResult<T>> {
  try {
    const result = await write();
    if ((await logProblemItem.getValue()) !== null) await logProblemItem.setValue(null);
    return { ok: true, ...result };
  } catch (error) {
    console.warn('Veille: reading log write failed', error);
    const full = isStorageFull(error);
    if (full) await logProblemItem.setValue({ kind: 'storage-full', at: Date.now() }).catch(() => {});
    return { ok: false, error: full ? 'storage-full' : 'failed' };
  }
}
