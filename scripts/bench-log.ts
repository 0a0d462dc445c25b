/**
 * `npm run bench`, reading-log section (issue 4):
 * - search: each keystroke of queries typed letter by letter over a log of 10,000 generated entries — fuzzy
 *   search (utils/log/search.ts) plus the walk of the table's order that the options page does — next to plain
 *   fuse.js over the same entries' full text in the same run, the baseline it replaces;
 * - render: the options page in headless Chromium (the e2e build) with 100,000 entries in the log: long tasks
 *   (PerformanceObserver 'longtask', i.e. > 50 ms on the main thread) while it loads, scrolls the table, sorts
 *   by title and searches.
 * Entries are made up (scripts/log/generate-entries.ts), deterministic. `npx tsx scripts/bench-log.ts` runs it
 * alone; BENCH_LOG_RENDER=0 skips the browser part.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import type { browser as extensionApi } from 'wxt/browser';
import { matchesFilter, sortIndices, toLogRow } from '../utils/log/query';
import { LogSearchIndex } from '../utils/log/search';
import { LOG_PAGE_MAX } from '../utils/messages';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/harness';
import { benchLogGroups } from './bench/log-groups';
import { generateEntries } from './log/generate-entries';

/** Code passed to `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1]! };
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Every prefix of each query, as typed. */
function keystrokes(queries: string[]): string[] {
  return queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

function benchSearch(): void {
  const { entries, vocabulary } = generateEntries(10_000, 11);
  const speaker = entries.find((entry) => entry.statements[0]?.speaker)!.statements[0]!.speaker;
  const word = vocabulary[3]!;
  const typo = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
  const queries = [
    speaker,
    typo,
    `${vocabulary[1]} ${vocabulary[40]}`,
    entries[5_000]!.title.split(' ').slice(0, 3).join(' '),
  ];
  const typed = keystrokes(queries);

  let started = performance.now();
  const index = new LogSearchIndex();
  index.add(entries);
  const warming = index.warm()[Symbol.iterator]();
  while (!warming.next().done) continue;
  const buildMs = performance.now() - started;
  const rows = entries.map(toLogRow);
  const order = sortIndices(
    rows,
    entries.map((_, i) => i),
    'lastSeen',
    true,
  );

  // One untimed pass over other queries, so that compiling the code is not counted as a keystroke.
  for (const query of keystrokes([vocabulary[7]!, 'Kremlin'])) index.search(query);
  const ours: number[] = [];
  for (const query of typed) {
    started = performance.now();
    const found = index.search(query);
    order.filter((i) => (!found || found.has(i)) && matchesFilter(rows[i]!, {}));
    ours.push(performance.now() - started);
  }

  // The baseline: fuse.js over each entry's title, speakers and statement text, as a first version would do.
  started = performance.now();
  const fuse = new Fuse(entries, {
    keys: ['title', 'statements.speaker', 'statements.content'],
    threshold: 0.34,
    ignoreLocation: true,
  });
  const fuseBuildMs = performance.now() - started;
  const sample = typed.filter((_, i) => i % Math.ceil(typed.length / 6) === 0);
  const plain: number[] = [];
  for (const query of sample) {
    started = performance.now();
    fuse.search(query);
    plain.push(performance.now() - started);
  }

  const mine = stats(ours);
  const theirs = stats(plain);
  console.log(
    `\nReading log search, 10,000 entries (${index.vocabularySize} distinct words), ${typed.length} keystrokes`,
  );
  console.log(`  index built in ${ms(buildMs)} (once, as the log loads, in slices)`);
  console.log(
    `  per keystroke: median ${ms(mine.median)}, p95 ${ms(mine.p95)}, max ${ms(mine.max)}  (target ≤ 30 ms)`,
  );
  console.log(
    `  plain fuse.js over the full text (${sample.length} keystrokes): median ${ms(theirs.median)}, max ${ms(theirs.max)}` +
      ` (built in ${ms(fuseBuildMs)}); ratio ${(theirs.median / mine.median).toFixed(0)}× slower`,
  );
}

async function benchRender(count: number): Promise<void> {
  if (!existsSync(EXTENSION_DIR)) {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, VEILLE_E2E: '1' } });
  }
  const { entries } = generateEntries(count, 12);
  const browser = await launchWithExtension();
  try {
    // The log is filled from a page of its own, closed (and its garbage collected) before the measured one opens:
    // the entries it passed through messages (a gigabyte for 100,000) would otherwise be garbage in the measured
    // page's heap (extension pages share a process), and collecting them would count as that page's long tasks.
    const filler = await browser.context.newPage();
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html?measured#log`;
    await filler.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    let started = performance.now();
    const importId = 'bench';
    for (let start = 0; start < entries.length; start += LOG_PAGE_MAX) {
      const chunk = entries.slice(start, start + LOG_PAGE_MAX);
      await filler.evaluate(
        ([id, list]) =>
          chrome.runtime.sendMessage({
            veille: 1,
            name: 'log:import-stage',
            payload: { importId: id, entries: list },
          }),
        [importId, chunk] as const,
      );
    }
    const committed = await filler.evaluate(
      (id) => chrome.runtime.sendMessage({ veille: 1, name: 'log:import-commit', payload: { importId: id } }),
      importId,
    );
    console.log(`\nOptions page with ${count.toLocaleString('en')} entries (headless Chromium, e2e build)`);
    console.log(
      `  log filled through the import messages in ${((performance.now() - started) / 1000) | 0} s: ${JSON.stringify(committed)}`,
    );
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    await filler.close();
    await (await browser.context.newCDPSession(page)).send('HeapProfiler.collectGarbage');

    // Extension pages take no init scripts: the observer starts as soon as the page is there, and `buffered`
    // hands it the long tasks that came before.
    const observeLongTasks = () =>
      page.evaluate(() => {
        const record: number[] = [];
        (window as unknown as { longTasks: number[] }).longTasks = record;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) record.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
    const longTasks = () =>
      page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
    const report = (label: string, tasks: number[], extra = '') =>
      console.log(
        `  ${label.padEnd(30)} long tasks: ${tasks.length}${tasks.length ? `, longest ${ms(Math.max(...tasks))}` : ''}${extra}`,
      );

    started = performance.now();
    await page.goto(optionsUrl, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState !== 'loading');
    await observeLongTasks();
    await page.locator('.log-body .log-row').first().waitFor({ timeout: 300_000 });
    await page.waitForFunction(() => !document.querySelector('.log-section progress'), null, {
      timeout: 300_000,
    });
    const loadedMs = performance.now() - started;
    // Chromium's non-standard performance.memory: how much the page holds, which GC pauses grow with.
    const heapMb = await page.evaluate(
      () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1e6,
    );
    report(
      'load (all pages read, indexed)',
      await longTasks(),
      `; shown after ${(loadedMs / 1000).toFixed(1)} s; JS heap ${heapMb.toFixed(0)} MB`,
    );

    const frames = await page.evaluate(async () => {
      const table = document.querySelector('.log-table')!;
      const gaps: number[] = [];
      let last = performance.now();
      for (let step = 0; step < 300; step++) {
        table.scrollTop += 1_700;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        gaps.push(now - last);
        last = now;
      }
      return gaps;
    });
    const frameStats = stats(frames);
    report(
      'scroll (300 frames, fast)',
      await longTasks(),
      `; frame median ${ms(frameStats.median)}, max ${ms(frameStats.max)}`,
    );

    await page.locator('.log-table').focus();
    for (let press = 0; press < 50; press++) await page.keyboard.press('PageDown');
    report('keyboard (50 × Page Down)', await longTasks());

    await page.getByRole('button', { name: 'Title' }).click();
    await page.waitForTimeout(500);
    report('sort by title', await longTasks());

    await page
      .getByRole('searchbox')
      .pressSequentially(entries[42]!.statements[0]?.speaker ?? 'Anaïs', { delay: 30 });
    await page.waitForTimeout(500);
    report(
      'typing a speaker’s name',
      await longTasks(),
      `; ${await page.locator('.log-count').textContent()}`,
    );
  } finally {
    await browser.close();
  }
}

/** Search over 10,000 entries, then the options page with `renderEntries` in the log (0: no browser part). */
export async function benchLog(renderEntries: number): Promise<void> {
  benchSearch();
  benchLogGroups(renderEntries > 0 && renderEntries < 100_000);
  if (renderEntries > 0) await benchRender(renderEntries);
}

// Run alone: `npx tsx scripts/bench-log.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await benchLog(process.env.BENCH_LOG_RENDER === '0' ? 0 : Number(process.env.BENCH_LOG_ENTRIES ?? 100_000));
