/**
 * The options page's reading log in headless Chromium (the e2e build) with a log of generated entries: the time
 * to its first rows and to the whole log, the JS heap it then holds, and the long tasks (PerformanceObserver
 * 'longtask', > 50 ms on the main thread) while it loads, scrolls, sorts by every column, filters by every filter
 * and searches. With `profileDir`, each step's CPU profile is written there (`<step>.cpuprofile`, for DevTools)
 * and the functions that took most of its time are printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { LogEntry } from '../../utils/log/schema';
import { EXTENSION_DIR, launchWithExtension } from '../../tests/e2e/harness';
import { fillLog } from '../../tests/e2e/fill-log';

export interface LogPageStep {
  label: string;
  /** Wall time of the page's long tasks (what PerformanceObserver reports), ms. */
  longTasks: number[];
  /**
   * CPU time (thread time, from a Chromium trace) of the page's main-thread tasks that took over 50 ms of it:
   * on a shared machine a task of 10 ms of work can last 100 ms while the thread waits for a core, and only
   * these are long by their own work.
   */
  cpuLongTasks: number[];
  /** CPU time of the step's longest main-thread task, ms. */
  longestCpuMs: number;
  note?: string;
}

export interface LogPageBench {
  entries: number;
  /** From navigation to the first rows in the table, ms. */
  firstRowsMs: number;
  /** From navigation to the whole log read and indexed, ms. */
  loadedMs: number;
  /** JS heap of the page once loaded (after a garbage collection), MB. */
  heapMb: number;
  /** Time from the last keystroke of a search to its results in the table, ms (median of a few searches). */
  searchResultsMs: number;
  steps: LogPageStep[];
}

/**
 * Page code as a string (tsx would wrap its named functions in a helper the page lacks): the median round trips
 * of `log:rows` for a first page of 100 and a next page of 1,000.
 */
const ROUND_TRIPS = `(async () => {
  const ask = async (payload) => {
    const started = performance.now();
    const answer = await chrome.runtime.sendMessage({ veille: 1, name: 'log:rows', payload });
    return { ms: performance.now() - started, last: answer.rows[answer.rows.length - 1] };
  };
  const first = [];
  const stream = [];
  for (let repeat = 0; repeat < 5; repeat++) {
    const start = await ask({ limit: 100 });
    first.push(start.ms);
    const { lastSeen, url } = start.last;
    stream.push((await ask({ after: { lastSeen, url }, limit: 1000 })).ms);
  }
  const median = (values) => values.sort((a, b) => a - b)[values.length >> 1];
  return { first: median(first), stream: median(stream) };
})()`;

const ms = (value: number) => `${value.toFixed(0)} ms`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The functions with the most self time in a profile, with their share. */
function topFunctions(profile: CpuProfile, count = 8): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  for (const [i, id] of profile.samples.entries()) {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self]
    .filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `${time.toFixed(0)} ms ${name}`);
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `run` under a Chromium trace of top-level tasks and returns, with its result, the CPU time of the tasks
 * of the busiest renderer main thread (the measured page's) that took over 50 ms of CPU.
 */
async function traced<T>(
  cdp: CDPSession,
  run: () => Promise<T>,
): Promise<{ result: T; cpuLongTasks: number[]; longestCpuMs: number }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  const result = await run();
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== 'ThreadControllerImpl::RunTask' || !mains.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), event]);
  }
  const cpu = (tasks: TraceEvent[]) => tasks.reduce((sum, task) => sum + (task.tdur ?? 0), 0);
  const busiest = [...byThread.values()].sort((a, b) => cpu(b) - cpu(a))[0] ?? [];
  const cpuTimes = busiest.map((task) => (task.tdur ?? 0) / 1000);
  if (cpuTimes.length === 0) throw new Error('The trace holds no task of the page');
  return {
    result,
    cpuLongTasks: cpuTimes.filter((time) => time > 50),
    longestCpuMs: Math.max(...cpuTimes),
  };
}

/** Long tasks of the page since the last call. */
const takeLongTasks = (page: Page) =>
  page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

/** Waits until the table's order is computed (`aria-busy` off), then for the frames that follow. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.log-table')?.getAttribute('aria-busy') !== 'true',
    null,
    {
      timeout: 120_000,
    },
  );
  await page.waitForTimeout(300);
}

export async function benchLogPage(
  entries: LogEntry[],
  options: { profileDir?: string; speaker: string } = { speaker: 'Anaïs' },
): Promise<LogPageBench> {
  if (!existsSync(EXTENSION_DIR)) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, VEILLE_E2E: '1' } });
  }
  const browser = await launchWithExtension();
  try {
    // From a page of its own, closed before the measured one opens: the entries it passed through messages
    // would otherwise be garbage in the measured page's heap (extension pages share a process), and collecting
    // them would count as that page's long tasks.
    const filler = await browser.context.newPage();
    await filler.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    await fillLog(filler, entries);
    await filler.close();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const steps: LogPageStep[] = [];

    let profiling = '';
    const startProfile = async (label: string) => {
      if (!options.profileDir) return;
      profiling = label;
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    };
    const step = async (label: string, run: () => Promise<string | void>) => {
      await startProfile(label);
      const { result: note, cpuLongTasks, longestCpuMs } = await traced(cdp, run);
      const longTasks = await takeLongTasks(page);
      steps.push({ label, longTasks, cpuLongTasks, longestCpuMs, ...(note ? { note } : {}) });
      if (profiling) {
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        mkdirSync(options.profileDir!, { recursive: true });
        const file = join(options.profileDir!, `${entries.length}-${label.replace(/\W+/g, '-')}.cpuprofile`);
        writeFileSync(file, JSON.stringify(profile));
        if (longTasks.length) console.log(`    ${label}: ${topFunctions(profile).join('\n      ')}`);
        profiling = '';
      }
    };

    // Extension pages take no init scripts: the observer starts as soon as the page is there, and `buffered`
    // hands it the long tasks that came before.
    let firstRowsMs = 0;
    let loadedMs = 0;
    await step('load (read, indexed)', async () => {
      const started = performance.now();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html?measured#log`, {
        waitUntil: 'commit',
      });
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate(() => {
        const record: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = record;
        const starts: number[] = [];
        (window as unknown as { longTaskStarts: number[] }).longTaskStarts = starts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            record.push(entry.duration);
            starts.push(entry.startTime);
          }
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.locator('.log-body .log-row').first().waitFor({ timeout: 600_000 });
      firstRowsMs = performance.now() - started;
      // Long tasks before the first rows are the page starting (its scripts, the first render), whatever the log.
      const firstRowsAt = await page.evaluate(() => performance.now());
      const starts = await page.evaluate(
        () => (window as unknown as { longTaskStarts: number[] }).longTaskStarts,
      );
      const beforeRows = starts.filter((start) => start < firstRowsAt).length;
      await page.waitForFunction(() => !document.querySelector('.log-section progress'), null, {
        timeout: 600_000,
      });
      loadedMs = performance.now() - started;
      await settled(page);
      return `${beforeRows} of them before the first rows (the page starting)`;
    });
    await cdp.send('HeapProfiler.collectGarbage');
    // Chromium's non-standard performance.memory: how much the page holds, which GC pauses grow with.
    const heapMb = await page.evaluate(
      () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6,
    );

    await step('scroll (300 frames, fast)', async () => {
      const gaps = await page.evaluate(async () => {
        const table = document.querySelector('.log-table')!;
        const times: number[] = [];
        let last = performance.now();
        for (let frame = 0; frame < 300; frame++) {
          table.scrollTop += 1_700;
          await new Promise(requestAnimationFrame);
          const now = performance.now();
          times.push(now - last);
          last = now;
        }
        return times.sort((a, b) => a - b);
      });
      return `frame median ${ms(gaps[gaps.length >> 1]!)}, max ${ms(gaps[gaps.length - 1]!)}`;
    });
    await step('keyboard (50 × Page Down)', async () => {
      await page.locator('.log-table').focus();
      for (let press = 0; press < 50; press++) await page.keyboard.press('PageDown');
    });

    for (const column of ['Title', 'Site', 'Published', 'Statements', 'Visits', 'Reading', 'Last read']) {
      for (const direction of ['', ' again']) {
        await step(`sort by ${column.toLowerCase()}${direction}`, async () => {
          await page.getByRole('button', { name: column, exact: true }).click();
          await page.waitForTimeout(50);
          await settled(page);
        });
      }
    }

    const count = () => page.locator('.log-count').textContent();
    const choose = async (label: string, pick: (options: string[]) => string) => {
      const select = page.getByRole('combobox', { name: label, exact: true });
      const values = await select
        .locator('option')
        .evaluateAll((list) => list.map((option) => (option as HTMLOptionElement).value));
      await select.selectOption(pick(values.filter(Boolean)));
      await settled(page);
      return (await count()) ?? '';
    };
    await step('filter by topic', () => choose('Topic', (values) => values[0]!));
    await step('filter by site', () => choose('Site', (values) => values[1] ?? values[0]!));
    await step('filter by language', () => choose('Language', (values) => values[2] ?? values[0]!));
    await step('filter by speaker', () => choose('Speaker', (values) => values[0]!));
    await step('clear the filters', async () => {
      for (const label of ['Topic', 'Site', 'Language', 'Speaker'])
        await page.getByRole('combobox', { name: label, exact: true }).selectOption('');
      await settled(page);
      return (await count()) ?? '';
    });
    await step('date range', async () => {
      await page.getByLabel('Published from', { exact: true }).fill('2023-01-01');
      await settled(page);
      await page.getByLabel('to', { exact: true }).fill('2023-06-30');
      await settled(page);
      const shown = (await count()) ?? '';
      await page.getByLabel('Published from', { exact: true }).fill('');
      await page.getByLabel('to', { exact: true }).fill('');
      await settled(page);
      return shown;
    });

    const search = page.getByRole('searchbox');
    const searchTimes: number[] = [];
    await step('typing a speaker’s name', async () => {
      await search.pressSequentially(options.speaker, { delay: 30 });
      await settled(page);
      return (await count()) ?? '';
    });
    await step('clearing the search', async () => {
      await search.fill('');
      await settled(page);
      return (await count()) ?? '';
    });
    // Time from a search's last keystroke to its results in the table (the count changes).
    for (const query of [options.speaker.split(' ')[0]!, 'Kremlin', 'ministère']) {
      await step(`search results for “${query}”`, async () => {
        const before = await count();
        const started = performance.now();
        await search.fill(query);
        await page.waitForFunction(
          (previous) => document.querySelector('.log-count')?.textContent !== previous,
          before,
        );
        searchTimes.push(performance.now() - started);
        await settled(page);
        const shown = (await count()) ?? '';
        await search.fill('');
        await settled(page);
        return `${shown} in ${ms(searchTimes[searchTimes.length - 1]!)}`;
      });
    }
    // What the background takes per page (its side of the load): round trips of `log:rows`, after the steps.
    const roundTrips = (await page.evaluate(ROUND_TRIPS)) as { first: number; stream: number };
    steps.push({
      label: 'background: log:rows',
      longTasks: [],
      cpuLongTasks: [],
      longestCpuMs: 0,
      note: `first page (100) ${ms(roundTrips.first)}, next pages (1,000) ${ms(roundTrips.stream)} (round trips, median)`,
    });
    const sortedSearch = [...searchTimes].sort((a, b) => a - b);
    return {
      entries: entries.length,
      firstRowsMs,
      loadedMs,
      heapMb,
      searchResultsMs: sortedSearch[sortedSearch.length >> 1]!,
      steps,
    };
  } finally {
    await browser.close();
  }
}

export function printLogPage(bench: LogPageBench): void {
  console.log(
    `\nOptions page with ${bench.entries.toLocaleString('en')} entries (headless Chromium, e2e build)`,
  );
  console.log(
    `  first rows after ${ms(bench.firstRowsMs)}, whole log after ${ms(bench.loadedMs)}; JS heap ${bench.heapMb.toFixed(0)} MB; search results in ${ms(bench.searchResultsMs)} (median)`,
  );
  for (const { label, longTasks, cpuLongTasks, longestCpuMs, note } of bench.steps)
    console.log(
      `  ${label.padEnd(30)} long tasks: ${longTasks.length}${longTasks.length ? ` (longest ${ms(Math.max(...longTasks))})` : ''}, by CPU time: ${cpuLongTasks.length} (longest task ${ms(longestCpuMs)} of CPU)${note ? `; ${note}` : ''}`,
    );
}

/** The section of docs/benchmarks.md about the options page's log, and its budget (issue 4). */
export function logPageSection(benches: LogPageBench[]): { lines: string[]; budgets: string[] } {
  const lines = [
    '## 5. Reading log on the options page',
    '',
    'The options page opened on a log of generated entries: time to its first rows and to the whole log read and indexed, the JS heap it then holds, the time from a search’s last keystroke to its results (median of three), and the long tasks (> 50 ms) of its main thread while the log loads, then while it scrolls, moves by keys, sorts by every column both ways, filters by every filter and searches: as the page sees them (wall time), and those over 50 ms of CPU time (a Chromium trace), the ones the page’s own work made long on this shared machine.',
    '',
    '| log entries | first rows | whole log | heap | search results | long tasks while loading: wall / CPU (longest task’s CPU) | then: wall / CPU (longest task’s CPU) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const budgets: string[] = [];
  for (const bench of benches) {
    const [load, ...rest] = bench.steps;
    const wall = rest.flatMap((step) => step.longTasks);
    const cpu = rest.flatMap((step) => step.cpuLongTasks);
    const longest = ` (${ms(Math.max(0, ...rest.map((step) => step.longestCpuMs)))})`;
    lines.push(
      `| ${bench.entries.toLocaleString('en')} | ${ms(bench.firstRowsMs)} | ${ms(bench.loadedMs)} | ${bench.heapMb.toFixed(0)} MB | ${ms(bench.searchResultsMs)} | ${load?.longTasks.length ?? 0} / ${load?.cpuLongTasks.length ?? 0} (${ms(load?.longestCpuMs ?? 0)}) | ${wall.length} / ${cpu.length}${longest} |`,
    );
    if (bench.entries === 100_000)
      budgets.push(
        `- Options page with 100,000 entries, no task over 50 ms of CPU while it loads, scrolls, sorts, filters and searches: ${cpu.length + (load?.cpuLongTasks.length ?? 0)} — ${cpu.length + (load?.cpuLongTasks.length ?? 0) === 0 ? '**met**' : '**not met**'}`,
      );
  }
  lines.push('');
  return { lines, budgets };
}
