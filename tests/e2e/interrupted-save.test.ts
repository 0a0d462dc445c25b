/**
 * "Save as statement…" with the service worker stopped between its two writes (issue 7): the passage and its
 * page's entry in the reading log are written together or not at all, so after the restart the options page lists
 * no passage and the log holds no entry of the page; saving again then keeps both.
 *
 * The worker is held at the second of the two writes — whichever store it goes to, in whatever order — by a busy
 * loop after it has told the test so (a BroadcastChannel message to an extension page), and closed there through
 * CDP (tests/e2e/stop-worker.ts). The first write was issued and the second not: a save made of two separate
 * writes keeps the first; one transaction keeps neither. In a browser of its own: the test instruments the first
 * worker, which the other interrupted-write tests stop. Last, passages kept in `local:savedStatements` by an older
 * version move into the log database when a worker starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import {
  closeAll,
  startExtension,
  tabIdOf,
  tabState,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import { stopWorkerDuring } from './stop-worker';

declare const chrome: typeof extensionApi;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ server, browser } = await startExtension());
});
afterAll(() => closeAll(browser, server));

const SIGNAL = 'veille-test-second-write';
/**
 * Far longer than the test takes to close the worker. One not closed by then would finish its save, and the test
 * would then fail on finding it.
 */
const HOLD_MS = 30_000;

/** The log entry at `url`, read from IndexedDB in an extension page (undefined: none). */
function logEntryAt(page: Page, url: string): Promise<{ saved: boolean } | undefined> {
  return page.evaluate(async (key) => {
    // Opening a database that does not exist would create an empty one at version 1, under the background's feet.
    if (!(await indexedDB.databases()).some((database) => database.name === 'veille-log')) return undefined;
    return new Promise<{ saved: boolean } | undefined>((done, fail) => {
      const open = indexedDB.open('veille-log');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const request = open.result.transaction('entries').objectStore('entries').get(key);
        request.onerror = () => fail(request.error);
        request.onsuccess = () => {
          open.result.close();
          done(request.result as { saved: boolean } | undefined);
        };
      };
    });
  }, url);
}

/** The passages the options page lists, once it has read them. */
async function listedPassages(options: Page): Promise<string[]> {
  await options.reload();
  const empty = options.getByText('No passage saved yet.');
  const list = options.locator('.saved-list');
  await expect.poll(async () => (await empty.count()) + (await list.count()), { timeout: 10_000 }).toBe(1);
  return list.locator('blockquote').allTextContents();
}

async function fillStatementPage(tabId: number, quote: string, speaker: string): Promise<Page> {
  const statement = await browser.context.newPage();
  await statement.goto(
    `chrome-extension://${browser.extensionId}/statement.html?tab=${tabId}&quote=${encodeURIComponent(quote)}`,
  );
  await statement.getByLabel('Who said it?').fill(speaker);
  return statement;
}

describe('a statement saved while the service worker stops', () => {
  it('keeps neither the passage nor its page after the restart, and both when saved again', async () => {
    const url = `${server.origin}/beekeeping.html`;
    const article = await browser.context.newPage();
    await article.goto(url);
    const tabId = await tabIdOf(browser, url);
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#saved`);
    expect(await listedPassages(options)).toEqual([]);

    // The worker's writes of this page's passage and entry, to browser.storage or IndexedDB: the second holds it.
    await browser.worker.evaluate(
      ({ page, signal, holdMs }) => {
        const channel = new BroadcastChannel(signal);
        let writes = 0;
        const write = () => {
          if (++writes !== 2) return;
          channel.postMessage('second write');
          const until = Date.now() + holdMs;
          while (Date.now() < until) {
            // Held here, inside the write, until the test closes the worker.
          }
        };
        const local = chrome.storage.local;
        const set = local.set.bind(local);
        local.set = ((items: Record<string, unknown>) => {
          if ('savedStatements' in items) write();
          return set(items);
        }) as typeof local.set;
        for (const method of ['put', 'add'] as const) {
          const original = IDBObjectStore.prototype[method];
          IDBObjectStore.prototype[method] = function (
            this: IDBObjectStore,
            value: unknown,
            key?: IDBValidKey,
          ) {
            const about = (value as { url?: unknown } | null)?.url;
            if (
              ['saved', 'entries'].includes(this.name) &&
              typeof about === 'string' &&
              about.startsWith(page)
            )
              write();
            return original.call(this, value, key);
          };
        }
      },
      { page: url, signal: SIGNAL, holdMs: HOLD_MS },
    );
    await options.evaluate((signal) => {
      const channel = new BroadcastChannel(signal);
      (window as unknown as { secondWrite: Promise<void> }).secondWrite = new Promise((reached) => {
        channel.onmessage = () => reached();
      });
    }, SIGNAL);

    const statement = await fillStatementPage(tabId, 'treatment in late summer', 'Tomas Lindqvist');
    await stopWorkerDuring(browser, options, async () => {
      await statement.getByLabel('Who said it?').press('Enter');
      await options.evaluate(() => (window as unknown as { secondWrite: Promise<void> }).secondWrite);
    });
    await statement.close();

    // A message starts a new worker, which finds neither half of the save.
    expect(await listedPassages(options)).toEqual([]);
    expect(await logEntryAt(options, url)).toBeUndefined();

    // Saved again by the new worker: both.
    const again = await fillStatementPage(tabId, 'treatment in late summer', 'Tomas Lindqvist');
    await again.getByLabel('Who said it?').press('Enter');
    await expect.poll(() => listedPassages(options)).toEqual(['treatment in late summer']);
    expect(await logEntryAt(options, url)).toMatchObject({ saved: true });
    await options.close();
    await article.close();
  }, 90_000);

  it('moves passages an older version kept in storage into the log database when a worker starts', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#saved`);
    const before = await listedPassages(options);
    const older = {
      url: `${server.origin}/off-topic.html`,
      pageTitle: 'Older',
      quote: 'kept by the older version',
      speaker: 'Ana Ruiz',
      savedAt: 1_000,
    };
    // As version 1 of the item left it (WXT's version marker beside it), when the extension was updated.
    await options.evaluate(
      (passage) => chrome.storage.local.set({ savedStatements: [passage], savedStatements$: { v: 1 } }),
      older,
    );
    await stopWorkerDuring(browser, options, async () => {});
    expect(await listedPassages(options)).toEqual([...before, older.quote]);
    expect(
      await options.evaluate(() => chrome.storage.local.get(['savedStatements', 'savedStatements$'])),
    ).toEqual({});
    await options.close();
  });
});
