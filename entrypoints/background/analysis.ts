/**
 * Analysing a tab: the cheap check in the page, then (articles only) its HTML read by the background, parsed with
 * linkedom and run through the engine here, off the page's main thread (docs/extension.md, "Flow"). One analysis a
 * tab at a time; requests arriving meanwhile are merged into one more run.
 */
import { browser } from 'wxt/browser';
import type { AnalysisReason, TabState } from '@/utils/messages';
import { countersItem, settingsItem, type Counters } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import { analyseHtml } from './engine';
import { fingerprintOf, PageUnreadable, probeTab } from './page-source';
import { keepReadText } from './read-text';
import { logMatchingArticles } from './reading-log';
import { readingMayChange } from './reading-time';
import { getTabState, setTabState } from './tab-state';

/** What became of a request: the page was read (or found without article), or the browser refused. */
export type AnalysisOutcome = 'article' | 'no-article' | 'unchanged' | 'refused';

/** Counter updates run one after another: two read-modify-writes at once would lose one. */
let counting: Promise<void> = Promise.resolve();
export function count(counter: keyof Counters): Promise<void> {
  counting = counting
    .then(async () => {
      const counters = await countersItem.getValue();
      await countersItem.setValue({ ...counters, [counter]: counters[counter] + 1 });
    })
    .catch(() => {});
  return counting;
}

/** The counters once the updates under way are written. */
export async function counters() {
  await counting;
  return countersItem.getValue();
}

export async function enabledTopics() {
  const settings = await settingsItem.getValue();
  return (settings.topics ?? DEFAULT_TOPICS).filter((topic) => topic.enabled);
}

/** Per tab, a fingerprint of the HTML last analysed (lost when the worker stops, which only costs a re-analysis). */
const lastAnalysed = new Map<number, string>();

export function forgetAnalysed(tabId: number): void {
  lastAnalysed.delete(tabId);
  queues.delete(tabId);
}

const noArticle = (url: string): TabState => ({
  url,
  status: 'no-article',
  articles: [],
  analysedAt: Date.now(),
});

async function analyseOnce(tabId: number, reason: AnalysisReason): Promise<AnalysisOutcome> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = tab?.url;
  if (!tab || !url) return 'refused';
  // A popup waiting for this tab shows it being analysed meanwhile (a fresh load leaves no state until it knows).
  const announced = reason === 'request' && !(await getTabState(tabId));
  if (announced) await setTabState(tabId, { url, status: 'analysing', articles: [], analysedAt: Date.now() });
  try {
    // An update re-reads a page already known to hold an article; everything else asks the page first.
    const probe = await probeTab(tabId, reason === 'update');
    if (!probe?.article) {
      // A fresh load without an article leaves no trace (the tab's state was cleared when it started loading);
      // after a navigation or a request (a popup waiting), the state must say so.
      if (reason !== 'load') await setTabState(tabId, noArticle(url));
      return 'no-article';
    }
    if (typeof probe.html !== 'string' || probe.serialiseMs === undefined) {
      // Larger than MAX_HTML_LENGTH: not analysed, and the popup says so (with what the reader can still do).
      await setTabState(tabId, { ...noArticle(url), status: 'too-large' });
      return 'no-article';
    }
    const { html, serialiseMs } = probe;
    // An update that changed nothing the serialisation sees is not analysed again.
    const fingerprint = fingerprintOf(html);
    const previous = lastAnalysed.get(tabId);
    lastAnalysed.set(tabId, fingerprint);
    if (reason === 'update' && previous === fingerprint) return 'unchanged';
    const started = performance.now();
    let articles;
    try {
      const { positions } = await settingsItem.getValue();
      articles = keepReadText(tabId, url, analyseHtml(html, url, await enabledTopics(), positions === true));
    } catch (error) {
      // The engine promises not to throw; if it does, the popup says so instead of waiting forever.
      console.error('Veille: analysis failed', error);
      await setTabState(tabId, { ...noArticle(url), status: 'error', error: String(error) });
      return 'no-article';
    }
    const state: TabState = {
      url,
      status: articles.length > 0 ? 'done' : 'no-article',
      articles,
      analysedAt: Date.now(),
      timings: { serialiseMs, analyseMs: performance.now() - started, htmlLength: html.length },
    };
    await setTabState(tabId, state);
    void readingMayChange();
    await count('analyses');
    if (!tab.incognito) await logMatchingArticles(url, articles, reason);
    return articles.length > 0 ? 'article' : 'no-article';
  } catch (error) {
    if (!(error instanceof PageUnreadable)) throw error;
    if (announced) await setTabState(tabId, null);
    return 'refused';
  }
}

/** Per tab: the end of the analyses under way, and the one waiting to start (which later requests join). */
interface TabQueue {
  tail: Promise<unknown>;
  waiting: { reason: AnalysisReason; outcome: Promise<AnalysisOutcome> } | null;
}
const queues = new Map<number, TabQueue>();

/** A load or navigation outranks a request, which outranks an update: the first two count as a visit in the log. */
const RANK: Record<AnalysisReason, number> = { update: 0, request: 1, navigation: 2, load: 3 };

/** Analyse a tab after the analysis under way, if any; requests arriving meanwhile are merged into that one run. */
export function analyseTab(tabId: number, reason: AnalysisReason): Promise<AnalysisOutcome> {
  const queue = queues.get(tabId) ?? { tail: Promise.resolve(), waiting: null };
  queues.set(tabId, queue);
  if (queue.waiting) {
    if (RANK[reason] > RANK[queue.waiting.reason]) queue.waiting.reason = reason;
    return queue.waiting.outcome;
  }
  const waiting: NonNullable<TabQueue['waiting']> = { reason, outcome: Promise.resolve('refused') };
  waiting.outcome = queue.tail.then(() => {
    queue.waiting = null;
    return analyseOnce(tabId, waiting.reason);
  });
  queue.waiting = waiting;
  queue.tail = waiting.outcome.catch(() => undefined);
  return waiting.outcome;
}
