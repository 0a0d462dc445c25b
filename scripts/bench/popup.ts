/**
 * The popup's first render with a reading log of 1,000, 10,000 and 100,000 entries. Entries are written straight
 * into the background's IndexedDB (`veille-log`, store `entries`, the shape of utils/log/schema.ts) from the
 * service worker, in batches; the popup is then opened on a served article and timed from its navigation to the
 * first statement in its DOM. Also timed: `log:list` for the 50 newest entries (what a log view reads first).
 */
import {
  serveFixtures,
  launchWithExtension,
  tabIdOf,
  askBackground,
  waitForAnalysis,
} from '../../tests/e2e/harness';

export interface PopupBench {
  entries: number;
  /** Median over `repeats` openings, ms from navigation start. */
  firstRenderMs: number;
  /** Median round trip of `log:list` { limit: 50 }, ms. */
  listMs: number;
}

/**
 * Page code as a string: tsx would wrap named functions in a helper that does not exist in the page. Resolves
 * with the time since navigation when the first statement is in the popup's DOM.
 */
const FIRST_STATEMENT_AT = `new Promise((done) => {
  if (document.querySelector('.statement')) return done(performance.now());
  new MutationObserver((_, observer) => {
    if (!document.querySelector('.statement')) return;
    observer.disconnect();
    done(performance.now());
  }).observe(document, { childList: true, subtree: true });
})`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchPopup(sizes: number[], repeats: number): Promise<PopupBench[]> {
  const server = await serveFixtures();
  const browser = await launchWithExtension();
  const results: PopupBench[] = [];
  try {
    const article = await browser.context.newPage();
    await article.goto(`${server.origin}/seed.html`);
    const tabId = await tabIdOf(browser, article.url());
    await waitForAnalysis(browser, tabId, 10_000);
    // An extension page, to talk to the background as the popup does (and to create the log's database).
    const helper = await browser.context.newPage();
    await helper.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await askBackground(browser, helper, 'log:list', { limit: 1 });
    let written = 0;
    for (const size of sizes) {
      while (written < size) {
        const batch = Math.min(5_000, size - written);
        await browser.worker.evaluate(
          ([from, count]) =>
            new Promise<void>((done, fail) => {
              const open = indexedDB.open('veille-log');
              open.onerror = () => fail(open.error);
              open.onsuccess = () => {
                const db = open.result;
                const tx = db.transaction('entries', 'readwrite');
                const store = tx.objectStore('entries');
                for (let i = from; i < from + count; i++) {
                  const seen = Date.UTC(2025, 0, 1) + i * 60_000;
                  store.put({
                    url: `https://news.example/${i}`,
                    title: `Generated article ${i} on alliance membership talks`,
                    site: 'news.example',
                    lang: i % 2 ? 'en' : 'fr',
                    excerpt: 'Ministers met again to discuss the accession talks and the guarantees sought.',
                    topics: ['nato-enlargement'],
                    statements: [
                      {
                        id: `s${i}`,
                        speaker: 'Jane Roe',
                        mention: 'Jane Roe',
                        cue: 'said',
                        kind: 'direct',
                        content: `The door remains open, number ${i}`,
                        sentence: `"The door remains open, number ${i}," Jane Roe said.`,
                        start: 1,
                        end: 30,
                        lang: 'en',
                        topics: ['nato-enlargement'],
                      },
                    ],
                    firstSeen: seen,
                    lastSeen: seen,
                    visits: 1,
                    saved: i % 10 === 0,
                  });
                }
                tx.oncomplete = () => {
                  db.close();
                  done();
                };
                tx.onerror = () => fail(tx.error);
              };
            }),
          [written, batch] as const,
        );
        written += batch;
      }
      const renders: number[] = [];
      const lists: number[] = [];
      for (let repeat = 0; repeat < repeats; repeat++) {
        const popup = await browser.context.newPage();
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`, {
          waitUntil: 'commit',
        });
        renders.push(await popup.evaluate<number>(FIRST_STATEMENT_AT));
        const started = performance.now();
        await askBackground(browser, popup, 'log:list', { limit: 50 });
        lists.push(performance.now() - started);
        await popup.close();
      }
      results.push({ entries: size, firstRenderMs: median(renders), listMs: median(lists) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
