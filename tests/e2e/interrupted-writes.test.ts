/**
 * The service worker stopped in the middle of a reading-log write (issue 7): when it starts again, the log holds
 * each write whole or not at all, and keeps working. Writes are cut short by closing the worker's target through
 * CDP (as abrupt as the browser stopping a worker): an import of 4,000 entries and a saved passage while its one
 * transaction is being written (the writes it has queued are counted, so the stop is known to fall inside it), an
 * import between two of its pieces (the commit then writes nothing and says so; the options page sends it again,
 * tests/log/interrupted-import.test.ts), and the popup's "save" (utils/log: one transaction per entry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  askBackground,
  closeAll,
  openPopup,
  startExtension,
  tabIdOf,
  tabState,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { fillLog } from './fill-log';
import { stopWorkerDuring } from './stop-worker';
import { generateEntries } from '../../scripts/log/generate-entries';
import { LOG_PAGE_MAX } from '../../utils/messages';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ server, browser } = await startExtension());
});
afterAll(() => closeAll(browser, server));

/** Entries under `prefix`, and how many of them are whole (every field a LogEntry must have), from IndexedDB. */
function readLog(page: Page, prefix: string): Promise<{ count: number; whole: number }> {
  return page.evaluate(
    (urlPrefix) =>
      new Promise<{ count: number; whole: number }>((done, fail) => {
        const open = indexedDB.open('veille-log');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('entries').objectStore('entries').getAll();
          request.onerror = () => fail(request.error);
          request.onsuccess = () => {
            const fields = [
              'url',
              'title',
              'lang',
              'topics',
              'statements',
              'firstSeen',
              'lastSeen',
              'visits',
            ];
            const entries = (request.result as Record<string, unknown>[]).filter((entry) =>
              String(entry.url).startsWith(urlPrefix),
            );
            open.result.close();
            done({
              count: entries.length,
              whole: entries.filter((entry) => fields.every((field) => entry[field] !== undefined)).length,
            });
          };
        };
      }),
    prefix,
  );
}

describe('a service worker stopped in the middle of a log write', () => {
  it('leaves an import stopped in the middle of its transaction unwritten, and imports it whole afterwards', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const popup = await openPopup(browser, tabId);
    const { entries } = generateEntries(2 * LOG_PAGE_MAX, 5);

    // Each write the worker queues is counted, so the test knows the commit is under way, and not done.
    await browser.worker.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      const counted = globalThis as unknown as { puts: number };
      counted.puts = 0;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        counted.puts++;
        return put.apply(this, args);
      };
    });
    const importId = 'stopped';
    for (let start = 0; start < entries.length; start += LOG_PAGE_MAX) {
      const piece = entries.slice(start, start + LOG_PAGE_MAX);
      await askBackground(browser, popup, 'log:import-stage', { importId, entries: piece });
    }
    // A backup's saved passage, written by the same commit after the entries.
    const passage = {
      url: 'https://news.example/backup',
      pageTitle: 'Backup',
      quote: 'words kept in a backup',
      speaker: 'Ilse Varga',
      savedAt: 1_800_000_000_000,
    };
    await askBackground(browser, popup, 'log:import-stage', { importId, entries: [], saved: [passage] });
    let writesQueued = 0;
    await stopWorkerDuring(browser, popup, async () => {
      // The commit merges the entries one by one in one transaction; the worker is stopped half way through, so
      // that a commit made of smaller transactions would leave some of them written.
      void askBackground(browser, popup, 'log:import-commit', {
        importId,
        total: entries.length,
        savedTotal: 1,
      }).catch(() => null);
      await expect
        .poll(() => browser.worker.evaluate(() => (globalThis as unknown as { puts: number }).puts), {
          interval: 5,
          timeout: 20_000,
        })
        .toBeGreaterThanOrEqual(entries.length / 2);
      writesQueued = await browser.worker.evaluate(() => (globalThis as unknown as { puts: number }).puts);
    });
    expect(writesQueued).toBeLessThan(entries.length);
    // A message starts the worker again; not one entry of the import is in the log.
    expect(Array.isArray(await askBackground(browser, popup, 'log:list', { limit: 5 }))).toBe(true);
    expect(await readLog(popup, 'https://news')).toEqual({ count: 0, whole: 0 });
    expect(await askBackground(browser, popup, 'statement:list', {})).toEqual([]);

    // Imported again by the new worker: all of it, each entry whole.
    await fillLog(popup, entries);
    expect(await readLog(popup, 'https://news')).toEqual({ count: entries.length, whole: entries.length });
    await popup.close();
    await page.close();
  }, 90_000);

  it('leaves an import stopped between two of its pieces unwritten, and says so', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/off-topic.html`);
    const tabId = await tabIdOf(browser, page.url());
    const popup = await openPopup(browser, tabId);
    // Small pieces: what matters is that the new worker never received the first.
    const { entries } = generateEntries(20, 6);
    const importId = 'cut';
    const prefix = 'https://news';
    const before = await readLog(popup, prefix);
    await askBackground(browser, popup, 'log:import-stage', { importId, entries: entries.slice(0, 10) });
    await stopWorkerDuring(browser, popup, async () => {});
    await askBackground(browser, popup, 'log:import-stage', { importId, entries: entries.slice(10) });
    expect(
      await askBackground(browser, popup, 'log:import-commit', { importId, total: entries.length }),
    ).toEqual({
      ok: false,
      error: 'interrupted',
    });
    expect(await readLog(popup, prefix)).toEqual(before);
    await popup.close();
    await page.close();
  });

  it('leaves a saved article whole or absent, and saving works after the restart', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/off-topic.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const popup = await openPopup(browser, tabId);
    const key = `${server.origin}/off-topic.html`;

    let saving: Promise<unknown> = Promise.resolve();
    await stopWorkerDuring(
      browser,
      popup,
      async () => {
        saving = askBackground(browser, popup, 'log:save', { tabId, articleIndex: 0, saved: true }).catch(
          () => null,
        );
      },
      { waitUntilGone: false },
    );
    await saving;
    const cut = await readLog(popup, key);
    expect(cut.count).toBeLessThanOrEqual(1);
    expect(cut.whole).toBe(cut.count);

    // The new worker finds the tab's state (storage.session outlives it) and saves the article whole.
    const status = await askBackground<{ saved: boolean }>(browser, popup, 'log:save', {
      tabId,
      articleIndex: 0,
      saved: true,
    });
    expect(status.saved).toBe(true);
    expect(await readLog(popup, key)).toEqual({ count: 1, whole: 1 });
    await popup.close();
    await page.close();
  });
});
