/**
 * `npm run bench`, reading-log section (issue 4):
 * - search: each keystroke of queries typed letter by letter over a log of 10,000 generated entries — fuzzy
 *   search (utils/log/search.ts) plus the walk of the table's order that the options page does — next to plain
 *   fuse.js over the same entries' full text in the same run, the baseline it replaces;
 * - the options page in headless Chromium (scripts/bench/log-page.ts) with 1,000, 10,000 and 100,000 entries in
 *   the log: time to the first rows and to the whole log, heap, time to search results, and the long tasks while
 *   it loads, scrolls, sorts by every column, filters by every filter and searches.
 * Entries are made up (scripts/log/generate-entries.ts), deterministic. `npx tsx scripts/bench-log.ts` runs it
 * alone; BENCH_LOG_ENTRIES=10000,100000 sets the sizes (BENCH_LOG_RENDER=0: no browser part),
 * BENCH_LOG_PROFILE=<dir> writes a CPU profile of each step there and prints where the time of steps with long
 * tasks went.
 */
import { pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { matchesFilter, sortIndices, toLogRow } from '../utils/log/query';
import { LogSearchIndex } from '../utils/log/search';
import { benchLogGroups } from './bench/log-groups';
import { benchLogPage, printLogPage, type LogPageBench } from './bench/log-page';
import { generateEntries } from './log/generate-entries';

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

/**
 * Search over 10,000 entries, then the options page with each of `renderSizes` entries in the log (none: no
 * browser part). `profileDir`: CPU profiles of each step written there.
 */
export async function benchLog(renderSizes: number[], profileDir?: string): Promise<LogPageBench[]> {
  benchSearch();
  // Grouping at 100,000 entries takes a while: only when the page is rendered at that size too.
  benchLogGroups(renderSizes.length > 0 && !renderSizes.includes(100_000));
  const pages: LogPageBench[] = [];
  for (const size of renderSizes) {
    const { entries } = generateEntries(size, 12);
    const speaker = entries[42]!.statements[0]?.speaker || 'Anaïs';
    const bench = await benchLogPage(entries, { speaker, ...(profileDir ? { profileDir } : {}) });
    printLogPage(bench);
    pages.push(bench);
  }
  return pages;
}

// Run alone: `npx tsx scripts/bench-log.ts`; BENCH_LOG_ENTRIES=10000,100000 (the sizes rendered; 0: none),
// BENCH_LOG_PROFILE=<dir> (CPU profiles of each step).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = (process.env.BENCH_LOG_ENTRIES ?? '10000,100000').split(',').map(Number).filter(Boolean);
  await benchLog(process.env.BENCH_LOG_RENDER === '0' ? [] : sizes, process.env.BENCH_LOG_PROFILE);
}
