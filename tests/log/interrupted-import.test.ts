/**
 * An import whose service worker stops between two of its pieces (issue 7: no partial state after a restart). The
 * background's handlers (entrypoints/background/log-handlers.ts) run here on fake-indexeddb; a restart is the
 * handlers' module evaluated afresh, as a new worker evaluates it, which forgets the pieces received before. The
 * commit then writes nothing and says so, and the options page's sender (components/log/send-import.ts) sends the
 * import once more. A worker stopped in the middle of the commit's transaction: tests/e2e/interrupted-writes.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendImport } from '@/components/log/send-import';
import type { logHandlers } from '@/entrypoints/background/log-handlers';
import { countEntries, entriesAt } from '@/utils/log';
import { savedStatements } from '@/utils/log/saved';
import type { SavedStatement } from '@/utils/log/schema';
import { envelope, LOG_PAGE_MAX, parseEnvelope, type sendToBackground } from '@/utils/messages';
import { generateEntries } from '../../scripts/log/generate-entries';
import { freshIndexedDb } from './fresh-log';

let background: { logHandlers: typeof logHandlers };

/** A new service worker: the handlers' module state (the pieces staged so far) starts empty. */
async function restartWorker(): Promise<void> {
  vi.resetModules();
  background = await import('@/entrypoints/background/log-handlers');
}

/**
 * Messages as the options page sends them, validated as the background's `listen` does; `stopBefore` stops the
 * worker before the messages at these indices (0: the first one sent).
 */
function sender(stopBefore: number[] = []): typeof sendToBackground {
  let sent = 0;
  return (async (name, payload) => {
    if (stopBefore.includes(sent++)) await restartWorker();
    expect(parseEnvelope(envelope(name, payload))).not.toBeNull();
    const handler = background.logHandlers[name as keyof typeof logHandlers] as (
      request: unknown,
      sender: object,
    ) => unknown;
    return handler(payload, {});
  }) as typeof sendToBackground;
}

// Three pieces.
const { entries } = generateEntries(2 * LOG_PAGE_MAX + 100, 11);

/** Saved passages, newest first as the log lists them: three pieces after the entries (100 a piece). */
const passages: SavedStatement[] = entries.slice(0, 250).map((entry, index) => ({
  url: entry.url,
  pageTitle: entry.title,
  quote: `passage ${index}`,
  speaker: 'Ilse Varga',
  savedAt: 1_800_000_000_000 - index,
}));

beforeEach(async () => {
  fakeBrowser.reset();
  await freshIndexedDb();
  await restartWorker();
});

describe('an import whose service worker stopped between two pieces', () => {
  it('writes nothing and says it was interrupted', async () => {
    const send = sender([1]); // stopped after the first piece
    const importId = 'cut';
    for (let start = 0; start < entries.length; start += LOG_PAGE_MAX)
      await send('log:import-stage', { importId, entries: entries.slice(start, start + LOG_PAGE_MAX) });
    expect(await send('log:import-commit', { importId, total: entries.length })).toEqual({
      ok: false,
      error: 'interrupted',
    });
    expect(await countEntries()).toBe(0);
  });

  it('is sent again by the options page, and written whole', async () => {
    const progress: number[] = [];
    const result = await sendImport({ entries }, (fraction) => progress.push(fraction), sender([2]));
    expect(result).toEqual({ ok: true, added: entries.length, updated: 0, unchanged: 0, passagesAdded: 0 });
    expect(await countEntries()).toBe(entries.length);
    const sample = [entries[0]!, entries[LOG_PAGE_MAX]!, entries.at(-1)!];
    expect(await entriesAt(sample.map((entry) => entry.url))).toEqual(sample);
    expect(progress.at(-1)).toBe(1);
  });

  it('fails without writing anything when the worker stops again during the second attempt', async () => {
    // Three pieces and a commit an attempt: stopped during the first attempt, and again during the second.
    const result = await sendImport({ entries }, () => {}, sender([1, 5]));
    expect(result).toEqual({ ok: false, error: 'interrupted' });
    expect(await countEntries()).toBe(0);
  });

  it('with saved passages: stopped between the entries and the passages, writes neither, then both', async () => {
    const send = sender([3]); // three pieces of entries, then the worker stops before the passages
    const importId = 'cut-before-passages';
    for (let start = 0; start < entries.length; start += LOG_PAGE_MAX)
      await send('log:import-stage', { importId, entries: entries.slice(start, start + LOG_PAGE_MAX) });
    await send('log:import-stage', { importId, entries: [], saved: passages });
    expect(
      await send('log:import-commit', { importId, total: entries.length, savedTotal: passages.length }),
    ).toEqual({ ok: false, error: 'interrupted' });
    expect(await countEntries()).toBe(0);
    expect(await savedStatements()).toEqual([]);

    // The options page's sender, stopped between two pieces of passages, sends it all again.
    const sent: number[] = [];
    const send2 = sender([4]);
    const counting: typeof sendToBackground = (name, payload) => {
      if (name === 'log:import-stage') sent.push((payload as { saved?: unknown[] }).saved?.length ?? 0);
      return send2(name, payload);
    };
    const result = await sendImport({ entries, saved: passages }, () => {}, counting);
    expect(sent).toEqual([0, 0, 0, 100, 100, 50, 0, 0, 0, 100, 100, 50]);
    expect(result).toMatchObject({ ok: true, added: entries.length, passagesAdded: passages.length });
    expect(await countEntries()).toBe(entries.length);
    expect(await savedStatements()).toEqual(passages);
  });
});
