/**
 * What the extension costs the pages it runs on, in real Chromium (the e2e build, monitoring granted), next to
 * what running Readability in the page itself would cost. Each page is served on 127.0.0.1 and traced through
 * CDP. The extension has no script living in pages: the background sends functions into them
 * (`scripting.executeScript`: the cheap check, then the serialisation of an article page), which Chromium evaluates
 * without a URL. Every such evaluation in the page's frame counts, and not only the evaluation: the whole task
 * that carries it (receiving the browser's message, entering or creating the world, converting the result back),
 * since the page would not run that task without the extension; so does any script with the extension's URL. A
 * long task "it causes" is one of those tasks over 50 ms. Then a marker, then Readability's bundle from
 * node_modules is added to the same page and `new Readability(document.cloneNode(true)).parse()` timed there
 * (evaluations without a URL after the marker are the bench's own).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { launchWithExtension, tabIdOf, tabState, type ExtensionBrowser } from '../../tests/e2e/harness';

export interface BenchPage {
  name: string;
  /** The page's bytes, served as text/html. */
  body: () => Buffer | string;
}

export interface PageCost {
  name: string;
  /** What the extension concluded: an article read and analysed, or no article (the cheap check). */
  outcome: 'article' | 'no-article' | 'timeout';
  /** Main-thread time of the tasks the extension caused on this page, ms. */
  extensionMs: number;
  /** Of which: compiling and running the extension's functions themselves, ms. */
  startupMs: number;
  /** The longest of those tasks, ms. */
  longestTaskMs: number;
  /** How many of those tasks (calls into the page). */
  calls: number;
  /** `new Readability(document.cloneNode(true)).parse()` in the same page, ms (NaN when it threw). */
  readabilityMs: number;
  /**
   * Pages with no article: the task of an empty function sent the same way (`scripting.executeScript`, the page's
   * world) as the first call into a fresh load of the same page, at the moment the background would call, ms — the
   * least any read of the page can cost it. NaN when not measured.
   */
  emptyCallMs: number;
}

/** Code passed to the worker's `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);
const ANALYSIS_WAIT_MS = 20_000;
const BENCH_MARKER = 'veille-bench:readability';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; frame?: string; message?: string } };
}

const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

type Span = [number, number];
const spanOf = (event: TraceEvent): Span => [event.ts, event.ts + (event.dur ?? 0)];

/** Length of a union of intervals, in µs: nested events (a call inside an evaluation) count once. */
function mergedLength(intervals: Span[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = sorted[0] ?? [0, 0];
  for (const [from, to] of sorted.slice(1)) {
    if (from > end) {
      total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  return total + (end - start);
}

/** The trace of all pages, read once, then cut up by frame. */
class PageTraces {
  /** Per frame: the extension's script events, and the tasks that carry them. */
  private readonly own = new Map<string, { scripts: Span[]; tasks: Span[] }>();

  constructor(events: TraceEvent[], extensionOrigin: string) {
    const markers = new Map<string, number>();
    for (const event of events) {
      if (event.name === 'TimeStamp' && event.args?.data?.message === BENCH_MARKER && event.args.data.frame)
        markers.set(event.args.data.frame, event.ts);
    }
    const tasksByThread = new Map<string, Span[]>();
    for (const event of events) {
      if (event.ph !== 'X' || event.name !== 'RunTask') continue;
      const thread = `${event.pid}:${event.tid}`;
      const tasks = tasksByThread.get(thread);
      // In place: copying the list for each task made reading a trace of 67 pages quadratic (it never ended).
      if (tasks) tasks.push(spanOf(event));
      else tasksByThread.set(thread, [spanOf(event)]);
    }
    for (const event of events) {
      const data = event.args?.data;
      if (event.ph !== 'X' || !SCRIPT_EVENTS.has(event.name) || !data?.frame) continue;
      const ours =
        data.url?.startsWith(extensionOrigin) ||
        (event.name === 'EvaluateScript' && !data.url && event.ts < (markers.get(data.frame) ?? Infinity));
      if (!ours) continue;
      const span = spanOf(event);
      const task = (tasksByThread.get(`${event.pid}:${event.tid}`) ?? []).find(
        ([start, end]) => start <= span[0] && span[1] <= end,
      );
      const own = this.own.get(data.frame) ?? { scripts: [], tasks: [] };
      own.scripts.push(span);
      own.tasks.push(task ?? span);
      this.own.set(data.frame, own);
    }
  }

  cost(frame: string): Pick<PageCost, 'extensionMs' | 'startupMs' | 'longestTaskMs' | 'calls'> {
    const { scripts, tasks } = this.own.get(frame) ?? { scripts: [], tasks: [] };
    return {
      extensionMs: mergedLength(tasks) / 1000,
      startupMs: mergedLength(scripts) / 1000,
      longestTaskMs: Math.max(0, ...tasks.map(([start, end]) => end - start)) / 1000,
      calls: new Set(tasks.map(([start]) => start)).size,
    };
  }
}

async function startTracing(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: object[] }) =>
    events.push(...(data.value as TraceEvent[])),
  );
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES } });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/**
 * What the background decided: on an article the tab's state turns `analysing`, then `done`; a fresh load without
 * one leaves no state, so silence until `NO_ARTICLE_AFTER_MS` (the check runs a second after the tab loaded) is the
 * "no article" answer.
 */
const NO_ARTICLE_AFTER_MS = 3_000;

/** How long the background waits after a page's load before reading it (`SETTLE_MS`, background/tab-watch.ts). */
const BACKGROUND_SETTLE_MS = 1_000;

async function analysisOutcome(browser: ExtensionBrowser, url: string): Promise<PageCost['outcome']> {
  const tabId = await tabIdOf(browser, url);
  const started = Date.now();
  while (Date.now() - started < ANALYSIS_WAIT_MS) {
    const state = await tabState(browser, tabId);
    // Read and analysed, whatever the engine then found: the page paid for the check and the serialisation.
    if (state && state.status !== 'analysing') return 'article';
    if (!state && Date.now() - started > NO_ARTICLE_AFTER_MS) return 'no-article';
    await new Promise((done) => setTimeout(done, 50));
  }
  return 'timeout';
}

async function readabilityInPage(page: Page): Promise<number> {
  try {
    await page.evaluate(`console.timeStamp(${JSON.stringify(BENCH_MARKER)})`);
    await page.addScriptTag({ content: readabilitySource });
    return await page.evaluate(() => {
      const Readability = (window as unknown as { Readability: new (doc: Node) => { parse(): unknown } })
        .Readability;
      const started = performance.now();
      new Readability(document.cloneNode(true)).parse();
      return performance.now() - started;
    });
  } catch {
    return Number.NaN;
  }
}

/**
 * From here on, the background's own calls into pages (always aimed at frame 0, background/page-source.ts) are
 * dropped, so that the bench's call is the first a page gets. The e2e build's sites cannot be un-granted (they are
 * required permissions there), hence the patch of the worker's API.
 */
async function holdBackgroundCalls(browser: ExtensionBrowser): Promise<void> {
  // No named function in here: tsx would wrap it in a helper that does not exist in the worker.
  await browser.worker.evaluate(() => {
    const run = chrome.scripting.executeScript.bind(chrome.scripting);
    chrome.scripting.executeScript = ((injection: Parameters<typeof run>[0]) =>
      injection.target.frameIds ? Promise.resolve([]) : run(injection)) as unknown as typeof run;
  });
}

/** The id of a new tab's main frame, known before it navigates (the trace is cut up by frame). */
async function mainFrameOf(browser: ExtensionBrowser, page: Page): Promise<string> {
  const cdp = await browser.context.newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await cdp.detach();
  return frameTree.frame.id;
}

/**
 * Every page in its own tab, one after the other (a 2-core machine: in parallel they would measure each other),
 * all under one trace, cut up afterwards by frame. Requests anywhere but the local server are refused, so that
 * saved pages cannot reach the network.
 */
export async function measurePageCosts(
  pages: BenchPage[],
  onProgress?: (done: number) => void,
): Promise<PageCost[]> {
  const byPath = new Map(pages.map((page) => [`/${encodeURIComponent(page.name)}`, page]));
  const server = createServer((request, response) => {
    const page = byPath.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.body());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchWithExtension();
  await browser.context.route('**/*', (route) =>
    route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
  );
  const extensionOrigin = `chrome-extension://${browser.extensionId}/`;
  const measured: { name: string; frame: string; outcome: PageCost['outcome']; readabilityMs: number }[] = [];
  try {
    // One page first, untimed: the browser's own first-use costs are nobody's. Its URL differs from the measured
    // page's, whose tab is found by URL.
    const warmUp = await browser.context.newPage();
    if (pages[0]) {
      await warmUp.goto(`${origin}/${encodeURIComponent(pages[0].name)}?warm-up`).catch(() => undefined);
      await analysisOutcome(browser, warmUp.url()).catch(() => undefined);
    }
    const stopTracing = await startTracing(await browser.context.newCDPSession(warmUp));
    for (const [index, benchPage] of pages.entries()) {
      const page = await browser.context.newPage();
      const frame = await mainFrameOf(browser, page);
      const url = `${origin}/${encodeURIComponent(benchPage.name)}`;
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      const outcome = await analysisOutcome(browser, url);
      const readabilityMs = outcome === 'no-article' ? Number.NaN : await readabilityInPage(page);
      measured.push({ name: benchPage.name, frame, outcome, readabilityMs });
      await page.close();
      onProgress?.(index + 1);
    }
    // The floor: each page without an article loaded again, and sent an empty function where the background's
    // check would have gone.
    const emptyCallFrames = new Map<string, string>();
    const noArticle = measured.filter((page) => page.outcome === 'no-article');
    if (noArticle.length > 0) await holdBackgroundCalls(browser);
    for (const { name } of noArticle) {
      const page = await browser.context.newPage();
      const frame = await mainFrameOf(browser, page);
      const url = `${origin}/${encodeURIComponent(name)}?empty-call`;
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await new Promise((done) => setTimeout(done, BACKGROUND_SETTLE_MS));
      const tabId = await tabIdOf(browser, url);
      // As source text: tsx would name the function (`func`) through a helper that does not exist in the worker.
      await browser.worker.evaluate(
        `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'MAIN', func: () => null }).then(() => null)`,
      );

      emptyCallFrames.set(name, frame);
      await page.close();
    }
    const traces = new PageTraces(await stopTracing(), extensionOrigin);
    return measured.map(({ name, frame, outcome, readabilityMs }) => {
      const emptyCallFrame = emptyCallFrames.get(name);
      const emptyCall = emptyCallFrame === undefined ? undefined : traces.cost(emptyCallFrame);
      return {
        name,
        outcome,
        ...traces.cost(frame),
        readabilityMs,
        // Exactly one call, or the background's own check got in first (a restarted worker loses the hold).
        emptyCallMs: emptyCall?.calls === 1 ? emptyCall.extensionMs : Number.NaN,
      };
    });
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
