/**
 * `npm run bench`: every figure next to its baseline from the same run, and each budget of issue 7 (docs/
 * benchmarks.md) said met or not.
 * 1. CLI: pages/s over all of ../shared/corpus/pages and over its Readability subset, next to linkedom +
 *    Readability alone, and the time per stage (scripts/bench/cli.ts).
 * 2. Real Chromium: the main-thread time the content script adds to each page and its longest task, next to
 *    Readability run in the page itself; the same on pages with no article (scripts/bench/page-cost.ts).
 * 3. The popup's first render with 1,000 / 10,000 / 100,000 log entries (scripts/bench/popup.ts).
 * 4. The content script's bundle and the memory it holds in a large page (scripts/bench/content-footprint.ts).
 * 5. The reading log: search per keystroke over 10,000 entries next to plain fuse.js, and the options page's long
 *    tasks with 100,000 entries (10,000 with --quick) (scripts/bench-log.ts).
 * `--quick` measures samples (a few minutes); a full run (about 15 minutes on 2 cores) writes docs/benchmarks.md,
 * as does `--write` with `--quick`. `--only=log,cli,page,popup,footprint` runs some parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchLog } from './bench-log';
import { corpusFolder, corpusPages } from './cli/corpus-pages';
import { benchCli, type CliBench } from './bench/cli';
import { measureContentFootprint, type ContentFootprint } from './bench/content-footprint';
import { measurePageCosts, type PageCost } from './bench/page-cost';
import { benchPopup, type PopupBench } from './bench/popup';
import { writeReport } from './bench/report';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (part: string) => !only || only.includes(part);

const pagesFolder = join(corpusFolder(), 'pages');
const haveCorpus = existsSync(pagesFolder);
const readabilityPages = haveCorpus ? corpusPages(pagesFolder, ['readability']) : [];
const allPages = haveCorpus ? corpusPages(pagesFolder) : [];
const progress = (label: string, total: number) => (done: number) => {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${label} ${done}/${total}`);
  if (done === total && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
};

// The CLI first, while this process is fresh: after the reading log's part (100,000 entries made and rendered),
// the same code on the same idle machine measured 0.72× where alone it measured 0.87×, both sides at half speed.
let cli: { readability: CliBench; all: CliBench } | undefined;
if (haveCorpus && runs('cli')) {
  console.log('CLI…');
  const readability = benchCli(readabilityPages, quick ? 1 : 2);
  // The Readability run has compiled both sides already; every page once is enough over ~970 pages.
  const all = benchCli(quick ? allPages.filter((_, i) => i % 4 === 0) : allPages, 1, false);
  cli = { readability, all };
}

// The reading log's figures (issue 4) need no corpus. A full run renders 100,000 entries (minutes).
const logPage = runs('log') ? await benchLog(quick ? [10_000] : [1_000, 10_000, 100_000]) : undefined;

if (!haveCorpus) {
  console.log(
    `bench: ${pagesFolder} is missing (the corpus lives in ../shared next to the repository); nothing more to measure.`,
  );
  process.exit(0);
}

const built = (): void => {
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VEILLE_E2E: '1' },
  });
};
if (runs('page') || runs('popup') || runs('footprint')) {
  console.log('Building the e2e extension…');
  built();
}

let pageCosts: { costs: PageCost[]; sample: string } | undefined;
if (runs('page')) {
  // Every page takes about 2 s in the browser (load, the content script's settle delay, the analysis, Readability
  // again): a full run measures every second page, --quick every sixth, in the corpus order.
  const step = quick ? 6 : 2;
  const sample = readabilityPages.filter((_, i) => i % step === 0);
  const pages = [
    ...sample.map((page) => ({ name: page.name, body: () => readFileSync(page.path) })),
    // Pages of our own with no article: a news front page of teasers, and a long list of links.
    { name: 'generated/front-page', body: frontPage },
    { name: 'generated/link-list', body: linkList },
  ];
  console.log(`Page cost in Chromium over ${pages.length} pages…`);
  pageCosts = {
    costs: await measurePageCosts(pages, progress('page', pages.length)),
    sample: `every ${step === 2 ? 'second' : 'sixth'} page of pages/readability (${sample.length} of ${readabilityPages.length}, in name order) and 2 generated pages with no article`,
  };
}

let popup: PopupBench[] | undefined;
if (runs('popup')) {
  console.log('Popup…');
  popup = await benchPopup(quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], quick ? 3 : 5);
}

let footprint: ContentFootprint | undefined;
if (runs('footprint')) {
  console.log('Content script footprint…');
  footprint = await measureContentFootprint();
}

const report = writeReport({ cli, pageCosts, popup, footprint, logPage, quick });
console.log(`\n${report.markdown}`);
if (!quick || args.includes('--write')) {
  if (only) console.log('(a partial run: docs/benchmarks.md left as it was)');
  else {
    await report.write();
    console.log('Written to docs/benchmarks.md');
  }
}

/** A front page: 300 teasers, navigation, no article. */
function frontPage(): string {
  const teasers = Array.from(
    { length: 300 },
    (_, i) =>
      `<li class="teaser"><a href="/story/${i}"><img alt=""><h3>Story number ${i} about the budget talks</h3></a><p>Short teaser ${i}.</p></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Front page</title><meta property="og:type" content="website"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><ul>${teasers}</ul></main><footer>About</footer></body></html>`;
}

/** A plain list of 5,000 links (an archive or a sitemap page). */
function linkList(): string {
  const links = Array.from({ length: 5_000 }, (_, i) => `<li><a href="/a/${i}">Archive entry ${i}</a></li>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Archive</title></head><body><ul>${links.join('')}</ul></body></html>`;
}
