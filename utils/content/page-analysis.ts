/**
 * Getting the page analysed at little cost to it. The page pays only for the cheap article check, in an idle
 * slice, and a short message; the background then reads the page's HTML itself (one serialisation of the DOM, see
 * entrypoints/background/page-source.ts), parses it with linkedom and runs Readability and the engine there, off
 * the page's main thread. Measured in headless Chromium: docs/benchmarks.md.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { looksLikeArticlePage } from '../article/is-article';
import { sendToBackground, type AnalysisReason } from '../messages';
import { quietly } from './quietly';

/** How long to wait for the page to settle after a request before analysing (coalesces bursts). */
const SETTLE_MS = 400;
/** Never analyse the same page more often than this (live blogs can update every second). */
const MIN_INTERVAL_MS = 2_000;
/**
 * A page that keeps changing (a ticker, a live score, an ad carousel) would otherwise be serialised every 2 s for
 * as long as it stays open: each update in a row doubles the wait, up to this, until the next navigation.
 */
const MAX_INTERVAL_MS = 60_000;

export interface PageAnalysis {
  /** Analyse soon, in an idle slice; requests arriving meanwhile are merged into one run. */
  request(reason: AnalysisReason): void;
}

/**
 * `onFirstArticle` runs once, the first time the page is seen to hold an article: what only matters on articles
 * (counting reading time) costs pages without one nothing.
 */
export function createPageAnalysis(ctx: ContentScriptContext, onFirstArticle: () => void): PageAnalysis {
  let articleSeen = false;
  let pending: AnalysisReason | null = null;
  let timer: number | undefined;
  let running = false;
  let lastRun = 0;
  let interval = MIN_INTERVAL_MS;
  /**
   * Whether "no article" may go unsaid: only when nothing but the page's own load asked. On a fresh load the
   * background has already forgotten the tab (tabs.onUpdated), and staying silent costs the page nothing where a
   * first message costs it ~2 ms (docs/benchmarks.md); after a navigation or a request (a popup waiting), the
   * state the background holds for the tab must be replaced.
   */
  let quietIfNone = true;

  const run = quietly(ctx, async () => {
    const reason = pending;
    const quiet = quietIfNone;
    pending = null;
    quietIfNone = true;
    timer = undefined;
    if (!reason || ctx.isInvalid) return;
    running = true;
    lastRun = performance.now();
    interval = reason === 'update' ? Math.min(interval * 2, MAX_INTERVAL_MS) : MIN_INTERVAL_MS;
    try {
      if (!looksLikeArticlePage(document)) {
        if (!quiet) await sendToBackground('page:no-article', { url: location.href });
        return;
      }
      if (!articleSeen) {
        articleSeen = true;
        onFirstArticle();
      }
      await sendToBackground('page:analyse', { url: location.href, reason });
    } finally {
      running = false;
      // Something changed while the background was busy: go again, once.
      if (pending) schedule();
    }
  });

  function schedule(): void {
    if (timer !== undefined || running || ctx.isInvalid) return;
    const wait = Math.max(SETTLE_MS, interval - (performance.now() - lastRun));
    timer = ctx.setTimeout(() => {
      ctx.requestIdleCallback(() => void run(), { timeout: 2_000 });
    }, wait);
  }

  return {
    request(reason) {
      // Anything but an update (a navigation, a click on the toolbar) is worth answering promptly.
      if (reason !== 'update') {
        interval = MIN_INTERVAL_MS;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
      }
      if (reason !== 'load') quietIfNone = false;
      // A navigation outranks an update: it counts as a visit in the reading log.
      if (pending !== 'navigation' && pending !== 'load') pending = reason;
      schedule();
    },
  };
}
