/**
 * The service worker stopped in the middle of a reading-log write (issue 7): when it starts again, the log holds
 * each write whole or not at all, and keeps working. Two writes are cut short by closing the worker's target
 * through CDP (as abrupt as the browser stopping an idle worker): a large batch in one transaction (the shape of an
 * import), and the popup's "save" (utils/log: one transaction per entry).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  askBackground,
  launchWithExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  tabState,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Runs `interrupt`, then closes the extension's service-worker target at once and waits until it is gone. The next
 * message starts a new worker (Playwright does not hand that one over: what follows talks through extension pages).
 */
async function stopWorkerDuring(
  page: Page,
  interrupt: () => Promise<unknown>,
  options = { waitUntilGone: true },
): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  );
  if (!worker) throw new Error('The extension has no running service worker');
  await interrupt();
  const { success } = await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  expect(success).toBe(true);
  // A message in flight starts a new worker at once, which may show under the same target: no waiting then.
  if (!options.waitUntilGone) return void (await cdp.detach());
  // Gone from the browser's targets (Playwright's own 'close' event for the worker comes much later).
  await expect
    .poll(
      async () =>
        (await cdp.send('Target.getTargets')).targetInfos.some(
          (target) => target.targetId === worker.targetId,
        ),
      { timeout: 10_000 },
    )
    .toBe(false);
  await cdp.detach();
}

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
  it('leaves a large batch written whole or not at all', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const popup = await openPopup(browser, tabId);
    await askBackground(browser, popup, 'log:list', { limit: 1 }); // the log's database exists

    const BATCH = 20_000;
    // Queued in one transaction by the worker, which is stopped before the transaction can have committed.
    await stopWorkerDuring(popup, () =>
      browser.worker.evaluate(
        (count) =>
          new Promise<void>((queued) => {
            const open = indexedDB.open('veille-log');
            open.onsuccess = () => {
              const store = open.result.transaction('entries', 'readwrite').objectStore('entries');
              for (let i = 0; i < count; i++) {
                store.put({
                  url: `https://batch.example/${i}`,
                  title: `Entry ${i}`,
                  lang: 'en',
                  excerpt: 'x'.repeat(200),
                  topics: ['nato-enlargement'],
                  statements: [],
                  firstSeen: i,
                  lastSeen: i,
                  visits: 1,
                  saved: false,
                });
              }
              queued();
            };
          }),
        BATCH,
      ),
    );
    // A message starts the worker again, and the log answers.
    expect(Array.isArray(await askBackground(browser, popup, 'log:list', { limit: 5 }))).toBe(true);
    const { count, whole } = await readLog(popup, 'https://batch.example/');
    expect([0, BATCH]).toContain(count);
    expect(whole).toBe(count);
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
