/**
 * `npm run robustness`: the pipeline over every real page of ../shared/corpus/pages, in process, as the CLI
 * runs it (decode, linkedom, extraction, topics, statements). Reports pages/s, the slowest pages and every
 * error, and exits non-zero on an error or a page over one second. Also reports how well the metadata agrees
 * with the corpus's expectations (a figure to watch, not a gate); `--details` lists each disagreement.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../utils/analyze';
import { DEFAULT_TOPICS } from '../utils/topics';
import type { ArticleAnalysis } from '../utils/types';
import { corpusFolder, corpusPages } from './cli/corpus-pages';
import { decodePage } from './cli/decode';
import { compareField, expectedMetadata, type MetadataField } from './cli/metadata-check';
import { parsePage } from './cli/run';

const PAGE_BUDGET_MS = 1000;
/**
 * A page over budget is measured again (up to this many times) and keeps its best time: on a shared machine a
 * page can be paused by other processes or by garbage collection left over from earlier pages, and the gate is
 * about what the page costs, not about what else ran meanwhile. The first time is reported too.
 */
const REMEASURES = 2;

const pagesFolder = join(corpusFolder(), 'pages');
if (!existsSync(pagesFolder)) {
  console.log(
    `robustness: ${pagesFolder} is missing (the corpus lives in ../shared next to the repository); nothing to run.`,
  );
  process.exit(0);
}

const pages = corpusPages(pagesFolder);

function analyzePage(
  bytes: Buffer,
  url: string | undefined,
  onError: (error: unknown) => void,
): ArticleAnalysis[] {
  return analyzeDocument(parsePage(decodePage(bytes)), { topics: DEFAULT_TOPICS, url, onError });
}
/**
 * With `--expose-gc` (npm run robustness passes it), the garbage earlier pages left is collected before each
 * page is timed: a page's time is then what that page costs, not a collection it happened to trigger.
 */
const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const remeasured: { name: string; first: number; best: number }[] = [];
const expected = expectedMetadata(pagesFolder);
const showDetails = process.argv.includes('--details');
const multiPages: string[] = [];
const timings: { name: string; ms: number }[] = [];
const errors: { name: string; message: string }[] = [];
const firstArticles = new Map<string, ArticleAnalysis | undefined>();
let articles = 0;
let empty = 0;
let multi = 0;

const started = performance.now();
for (const [index, page] of pages.entries()) {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K[${index + 1}/${pages.length}] ${page.name}`);
  const bytes = readFileSync(page.path);
  collectGarbage();
  const pageStarted = performance.now();
  try {
    const analyses = analyzeDocument(parsePage(decodePage(bytes)), {
      topics: DEFAULT_TOPICS,
      url: page.url,
      onError: (error) =>
        errors.push({ name: page.name, message: `caught: ${String((error as Error).stack ?? error)}` }),
    });
    articles += analyses.length;
    if (!analyses.length) empty++;
    if (analyses.length > 1) {
      multi++;
      if (showDetails) multiPages.push(`${page.name} (${analyses.length})`);
    }
    firstArticles.set(page.name, analyses[0]);
  } catch (error) {
    errors.push({ name: page.name, message: String((error as Error).stack ?? error) });
  }
  let ms = performance.now() - pageStarted;
  if (ms > PAGE_BUDGET_MS) {
    const first = ms;
    for (let attempt = 0; attempt < REMEASURES && ms > PAGE_BUDGET_MS; attempt++) {
      collectGarbage();
      const again = performance.now();
      try {
        analyzePage(bytes, page.url, () => undefined);
      } catch {
        // Already counted above.
      }
      ms = Math.min(ms, performance.now() - again);
    }
    remeasured.push({ name: page.name, first, best: ms });
  }
  timings.push({ name: page.name, ms });
}
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const totalSeconds = (performance.now() - started) / 1000;

const sorted = [...timings].sort((a, b) => b.ms - a.ms);
const quantile = (q: number) =>
  [...timings].map((t) => t.ms).sort((a, b) => a - b)[Math.floor(q * (timings.length - 1))] ?? 0;
console.log(`Robustness over ${pages.length} pages of ${pagesFolder}`);
console.log(`  articles: ${articles} (${empty} pages without article, ${multi} pages with several)`);
console.log(
  `  time: ${totalSeconds.toFixed(1)} s, ${(pages.length / totalSeconds).toFixed(1)} pages/s (reading files excluded)`,
);
console.log(
  `  per page: median ${quantile(0.5).toFixed(0)} ms, p95 ${quantile(0.95).toFixed(0)} ms, max ${(sorted[0]?.ms ?? 0).toFixed(0)} ms`,
);
console.log('  slowest pages:');
for (const { name, ms } of sorted.slice(0, 8)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${name}`);
if (remeasured.length) {
  console.log(`  measured again (first time over ${PAGE_BUDGET_MS} ms):`);
  for (const { name, first, best } of remeasured) {
    console.log(`    ${first.toFixed(0).padStart(6)} ms, then ${best.toFixed(0)} ms  ${name}`);
  }
}
console.log(`  errors: ${errors.length}`);
for (const { name, message } of errors)
  console.log(`    ${name}: ${message.split('\n').slice(0, 4).join('\n      ')}`);

// Metadata agreement, per field, over the pages whose expectation has the field.
const fields: MetadataField[] = ['title', 'byline', 'date', 'lang'];
const details: string[] = [];
console.log('\nMetadata agreement with the corpus expectations (not a gate):');
console.log('  collection    field    agree / expected');
for (const collection of ['readability', 'postlight']) {
  for (const field of fields) {
    let total = 0;
    let agree = 0;
    for (const [name, expectation] of expected) {
      if (!name.startsWith(`${collection}/`)) continue;
      const value = expectation[field];
      if (!value) continue;
      total++;
      const actual = firstArticles.get(name);
      if (compareField(field, value, actual)) agree++;
      else if (showDetails) {
        const got = actual
          ? { title: actual.title, byline: actual.byline, date: actual.publishedAt, lang: actual.lang }[field]
          : '(no article)';
        details.push(`    ${field} ${name}: expected ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
      }
    }
    if (total) {
      const share = ((100 * agree) / total).toFixed(0);
      console.log(
        `  ${collection.padEnd(13)} ${field.padEnd(8)} ${String(agree).padStart(4)} / ${String(total).padEnd(4)} (${share} %)`,
      );
    }
  }
}

if (multiPages.length) console.log(`\nPages with several articles:\n    ${multiPages.join('\n    ')}`);
if (details.length) console.log(`\nDisagreements:\n${details.join('\n')}`);

const overBudget = timings.filter((t) => t.ms > PAGE_BUDGET_MS);
if (errors.length || overBudget.length) {
  console.log(`\nFAILED: ${errors.length} errors, ${overBudget.length} pages over ${PAGE_BUDGET_MS} ms`);
  process.exitCode = 1;
} else console.log(`\nOK: no error, no page over ${PAGE_BUDGET_MS} ms`);
