/**
 * What the extension costs the pages it runs on, in real Chromium (the e2e build, monitoring granted), next to
 * what running Readability in the page itself would cost. Each page is served on 127.0.0.1 and traced through
 * CDP; the extension's main-thread time is every script evaluation, compilation and function call of the content
 * script (its URL is chrome-extension://<id>/content-scripts/content.js), merged where they nest. A long task "it
 * causes" is a task in which the extension alone ran more than 50 ms. Then Readability's bundle from
 * node_modules is added to the same page and `new Readability(document.cloneNode(true)).parse()` timed there.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, tabIdOf, tabState, type ExtensionBrowser } from '../../tests/e2e/harness';

export interface BenchPage {
  name: string;
  /** The page's bytes, served as text/html. */
  body: () => Buffer | string;
}

export interface PageCost {
  name: string;
  /** What the content script concluded: an article sent for analysis, or no article (the cheap check). */
  outcome: 'article' | 'no-article' | 'timeout';
  /** Main-thread time of the content script on this page (evaluation included), ms. */
  extensionMs: number;
  /** Of which: compiling and running the script's top level when it is injected, ms. */
  startupMs: number;
  /** The longest task in which the content script ran, counting only its own time, ms. */
  longestTaskMs: number;
  /** `new Readability(document.cloneNode(true)).parse()` in the same page, ms (NaN when it threw). */
  readabilityMs: number;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
/**
 * The content script's own work on the main thread: its evaluation (compilation included) and every call into it
 * (timers, idle callbacks, observers, message listeners). Both name the frame they ran for. The background's
 * `scripting.executeScript` of a function (reading the page's HTML) is evaluated without a URL: such evaluations
 * count as the extension's until the bench's own marker (`console.timeStamp`) before it runs Readability.
 */
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
  private readonly own = new Map<string, TraceEvent[]>();
  private readonly tasks = new Map<string, Span[]>();

  constructor(events: TraceEvent[], scriptUrl: string) {
    const markers = new Map<string, number>();
    for (const event of events) {
      if (event.name === 'TimeStamp' && event.args?.data?.message === BENCH_MARKER && event.args.data.frame)
        markers.set(event.args.data.frame, event.ts);
    }
    for (const event of events) {
      if (event.ph !== 'X') continue;
      const thread = `${event.pid}:${event.tid}`;
      if (event.name === 'RunTask') {
        const list = this.tasks.get(thread) ?? [];
        list.push(spanOf(event));
        this.tasks.set(thread, list);
      } else if (
        SCRIPT_EVENTS.has(event.name) &&
        event.args?.data?.frame &&
        (event.args.data.url === scriptUrl ||
          (event.name === 'EvaluateScript' &&
            !event.args.data.url &&
            event.ts < (markers.get(event.args.data.frame) ?? Infinity)))
      ) {
        const list = this.own.get(event.args.data.frame) ?? [];
        list.push(event);
        this.own.set(event.args.data.frame, list);
      }
    }
  }

  cost(frame: string): Pick<PageCost, 'extensionMs' | 'startupMs' | 'longestTaskMs'> {
    const own = this.own.get(frame) ?? [];
    const extensionMs = mergedLength(own.map(spanOf)) / 1000;
    const startupMs =
      mergedLength(own.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url).map(spanOf)) / 1000;
    // For each task the script ran in, the script's own time inside it.
    let longestTaskMs = 0;
    for (const event of own) {
      const [from, to] = spanOf(event);
      const task = (this.tasks.get(`${event.pid}:${event.tid}`) ?? []).find(
        ([start, end]) => start <= from && to <= end,
      );
      if (!task) {
        longestTaskMs = Math.max(longestTaskMs, (to - from) / 1000);
        continue;
      }
      const inside = own
        .filter((e) => e.pid === event.pid && e.tid === event.tid)
        .map(spanOf)
        .filter(([start, end]) => start >= task[0] && end <= task[1]);
      longestTaskMs = Math.max(longestTaskMs, mergedLength(inside) / 1000);
    }
    return { extensionMs, startupMs, longestTaskMs };
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
 * What the content script decided: it tells the background about an article at once (the tab's state turns
 * `analysing`, then `done`), and says nothing on a fresh load without one; silence until `NO_ARTICLE_AFTER_MS`
 * (its settle delay and idle slice are well inside) is the "no article" answer.
 */
const NO_ARTICLE_AFTER_MS = 3_000;

async function contentScriptOutcome(browser: ExtensionBrowser, url: string): Promise<PageCost['outcome']> {
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
  const scriptUrl = `chrome-extension://${browser.extensionId}/content-scripts/content.js`;
  const measured: { name: string; frame: string; outcome: PageCost['outcome']; readabilityMs: number }[] = [];
  try {
    // One page first, untimed: the browser's own first-use costs are nobody's.
    const warmUp = await browser.context.newPage();
    if (pages[0]) {
      await warmUp.goto(`${origin}/${encodeURIComponent(pages[0].name)}`).catch(() => undefined);
      await contentScriptOutcome(browser, warmUp.url()).catch(() => undefined);
    }
    const stopTracing = await startTracing(await browser.context.newCDPSession(warmUp));
    for (const [index, benchPage] of pages.entries()) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      await cdp.detach();
      const url = `${origin}/${encodeURIComponent(benchPage.name)}`;
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      const outcome = await contentScriptOutcome(browser, url);
      const readabilityMs = outcome === 'no-article' ? Number.NaN : await readabilityInPage(page);
      measured.push({ name: benchPage.name, frame: frameTree.frame.id, outcome, readabilityMs });
      await page.close();
      onProgress?.(index + 1);
    }
    const traces = new PageTraces(await stopTracing(), scriptUrl);
    return measured.map(({ name, frame, outcome, readabilityMs }) => ({
      name,
      outcome,
      ...traces.cost(frame),
      readabilityMs,
    }));
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
