/**
 * Active reading time (DESIGN.md, Reading log), counted by the background with nothing in the page: a reading runs
 * while a tab showing an article is active in the focused window and the reader is not idle (the `idle` API, which
 * shows no warning at install). Every event that may end one — a tab activated, updated or closed, the window
 * focus moving, the reader idle or back, an analysis done — closes the reading under way into the log's
 * `activeMs` and opens the next. The reading under way is in `storage.session`: those events wake a stopped
 * service worker, which then closes it at the right time.
 */
import { browser } from 'wxt/browser';
import { addReadingTime } from '@/utils/log';
import { readingSpanItem } from '@/utils/storage';
import { logWrite } from './log-write';
import { logKey } from './reading-log';
import { getTabState } from './tab-state';

/** No input for this long: the reader is away (reading a long paragraph takes well under it). */
export const IDLE_SECONDS = 90;
/** A reading longer than this without any event is not believed (the machine slept): it counts this much. */
const MAX_READING_MS = 3_600_000;

async function closeReading(now: number): Promise<void> {
  const span = await readingSpanItem.getValue();
  if (!span) return;
  await readingSpanItem.setValue(null);
  const ms = Math.min(Math.max(0, now - span.since), MAX_READING_MS);
  const state = await getTabState(span.tabId);
  if (ms < 1_000 || !state || state.url !== span.url) return;
  const keys = state.articles.map((article, index) =>
    logKey(state.url, article, index, state.articles.length),
  );
  await logWrite(async () => (await addReadingTime(keys, ms), {}));
}

async function openReading(now: number): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined || tab.incognito) return;
  const window = await browser.windows.get(tab.windowId);
  if (!window.focused || window.state === 'minimized') return;
  if ((await browser.idle.queryState(IDLE_SECONDS)) !== 'active') return;
  const state = await getTabState(tab.id);
  if (state?.status !== 'done' || state.articles.length === 0) return;
  await readingSpanItem.setValue({ tabId: tab.id, url: state.url, since: now });
}

let updating: Promise<void> = Promise.resolve();

/** Something changed that may start or end a reading: close the one under way and open the next, in turn. */
export function readingMayChange(): Promise<void> {
  updating = updating.then(async () => {
    const now = Date.now();
    try {
      await closeReading(now);
      await openReading(now);
    } catch (error) {
      console.debug('Veille: reading time', error);
    }
  });
  return updating;
}

export function watchReadingTime(): void {
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  browser.idle.onStateChanged.addListener(() => void readingMayChange());
  browser.tabs.onActivated.addListener(() => void readingMayChange());
  browser.windows.onFocusChanged.addListener(() => void readingMayChange());
}
