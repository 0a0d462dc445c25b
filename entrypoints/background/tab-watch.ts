/**
 * When monitored pages are read, with nothing of ours living in them: each time a tab of a granted site finishes
 * loading (`tabs.onUpdated`, which also reports single-page applications' `history.pushState` navigations as a
 * load), and again while an article tab stays in front, for live blogs' new posts.
 *
 * Live re-reads: the tab shown in a focused window, whose page held an article, is read again after 5 s, then at
 * doubling intervals up to 20 s (a service worker idle for 30 s is stopped) while its HTML does not change; a change
 * starts over at 5 s. After ten unchanged reads in a row (about three minutes) it stops until the reader comes back
 * to the tab. Each re-read costs the page one serialisation of its DOM (docs/benchmarks.md); the engine runs only
 * when the HTML changed.
 */
import { browser, type Browser } from 'wxt/browser';
import { analyseTab, type AnalysisOutcome } from './analysis';
import { isMonitored } from './monitoring';

const LIVE_FIRST_MS = 5_000;
const LIVE_MAX_MS = 20_000;
const LIVE_UNCHANGED_LIMIT = 10;
/**
 * A single-page application may render its article after the URL changed: on a site whose previous page in the tab
 * held one, a page found empty is checked once more after this.
 */
const RENDER_GRACE_MS = 1_500;
/**
 * A page is read this long after it finished loading, not at its load event: then the page's own start-up work (its
 * scripts run on load, the collection of what its parser left) is still going on, and the same call costs its main
 * thread about 40 % more (measured in Chromium, docs/benchmarks.md, section 2).
 */
const SETTLE_MS = 1_000;

interface Watch {
  /** The URL the tab last finished loading, and whether it held an article. */
  url: string;
  article: boolean;
  timer?: ReturnType<typeof setTimeout>;
  interval: number;
  unchanged: number;
}
const watches = new Map<number, Watch>();

function stopTimer(watch: Watch | undefined): void {
  if (watch?.timer !== undefined) clearTimeout(watch.timer);
  if (watch) watch.timer = undefined;
}

export function forgetTab(tabId: number): void {
  stopTimer(watches.get(tabId));
  watches.delete(tabId);
}

/** Whether the tab is what the reader sees: active in a focused, not minimised window. */
async function inFront(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.active) return false;
  const window = await browser.windows.get(tab.windowId).catch(() => undefined);
  return window !== undefined && window.focused && window.state !== 'minimized';
}

function scheduleLiveRead(tabId: number, watch: Watch): void {
  stopTimer(watch);
  if (!watch.article || watch.unchanged >= LIVE_UNCHANGED_LIMIT) return;
  watch.timer = setTimeout(() => void liveRead(tabId, watch), watch.interval);
}

async function liveRead(tabId: number, watch: Watch): Promise<void> {
  watch.timer = undefined;
  if (watches.get(tabId) !== watch || !(await inFront(tabId))) return;
  const outcome = await analyseTab(tabId, 'update').catch((): AnalysisOutcome => 'refused');
  if (watches.get(tabId) !== watch || outcome === 'refused') return;
  if (outcome === 'unchanged') {
    watch.unchanged++;
    watch.interval = Math.min(watch.interval * 2, LIVE_MAX_MS);
  } else {
    watch.unchanged = 0;
    watch.interval = LIVE_FIRST_MS;
  }
  scheduleLiveRead(tabId, watch);
}

/** A page finished loading (or an SPA pushed a new URL): read it if its site is granted. */
async function pageLoaded(tabId: number, url: string | undefined): Promise<void> {
  const previous = watches.get(tabId);
  forgetTab(tabId);
  if (!url || !(await isMonitored(url))) return;
  const sameSite = previous !== undefined && new URL(previous.url).origin === new URL(url).origin;
  const watch: Watch = { url, article: false, interval: LIVE_FIRST_MS, unchanged: 0 };
  watches.set(tabId, watch);
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  if (watches.get(tabId) !== watch) return; // navigated or closed meanwhile
  const reason = previous ? 'navigation' : 'load';
  let outcome = await analyseTab(tabId, reason);
  if (outcome === 'no-article' && sameSite && previous.article) {
    await new Promise((done) => setTimeout(done, RENDER_GRACE_MS));
    if (watches.get(tabId) !== watch) return;
    outcome = await analyseTab(tabId, 'navigation');
  }
  if (watches.get(tabId) !== watch) return;
  watch.article = outcome === 'article';
  scheduleLiveRead(tabId, watch);
}

/** The reader came back to a tab: its live re-reads start again, promptly. */
export function tabInFront(tabId: number): void {
  const watch = watches.get(tabId);
  if (!watch?.article || watch.timer !== undefined) return;
  watch.unchanged = 0;
  watch.interval = LIVE_FIRST_MS;
  scheduleLiveRead(tabId, watch);
}

export function onTabUpdated(tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab): void {
  if (change.status === 'loading') stopTimer(watches.get(tabId));
  if (change.status === 'complete') void pageLoaded(tabId, tab.url).catch(() => {});
}
