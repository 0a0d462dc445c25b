/**
 * The popup's first render with a reading log of 1,000, 10,000 and 100,000 entries. Entries are generated
 * (scripts/log/generate-entries.ts: the current schema, several languages, statements) and written through the
 * extension's own import messages, as a restored export would be; the popup is then opened on a served article
 * and timed from its navigation to the first statement in its DOM. Also timed: `log:list` for the 50 newest
 * entries (what the popup's latest entries read). Its baseline, opened in turn with it in the same browser: a blank
 * extension page that only reads the tab's stored state and adds one element (scripts/bench/blank-page, in the e2e
 * build only), what this machine charges for any extension page before Veille's own code.
 */
import {
  serveFixtures,
  launchWithExtension,
  tabIdOf,
  askBackground,
  waitForAnalysis,
} from '../../tests/e2e/harness';
import { generateEntries } from '../log/generate-entries';
import { fillLog } from '../../tests/e2e/fill-log';

export interface PopupBench {
  entries: number;
  /** Median over `repeats` openings, ms from navigation start. */
  firstRenderMs: number;
  /** Median over as many openings of the blank extension page, ms from navigation start to its element. */
  blankPageMs: number;
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
    // The log grows to each size through the extension's own import (current schema, validated and merged).
    const { entries } = generateEntries(Math.max(...sizes), 13);
    let written = 0;
    for (const size of sizes) {
      // From a page closed before the popups open: extension pages share a process and its heap, where the
      // entries passed through messages would be garbage collected during the popups' measurements.
      const filler = await browser.context.newPage();
      await filler.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
      await fillLog(filler, entries.slice(written, size));
      await filler.close();
      written = size;
      const renders: number[] = [];
      const blanks: number[] = [];
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
        const blank = await browser.context.newPage();
        await blank.goto(`chrome-extension://${browser.extensionId}/bench/blank.html?tab=${tabId}`, {
          waitUntil: 'commit',
        });
        blanks.push(await blank.evaluate<number>(FIRST_STATEMENT_AT));
        await blank.close();
      }
      results.push({
        entries: size,
        firstRenderMs: median(renders),
        blankPageMs: median(blanks),
        listMs: median(lists),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
