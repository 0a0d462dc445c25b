/**
 * `npm run bench`: how fast the CLI analyses real pages, next to what linkedom + Readability alone cost on the
 * same pages in the same run (the floor any extraction pays), and where the time goes, stage by stage.
 * Pages: ../shared/corpus/pages/readability. Files are read before timing; each side runs the same number of
 * alternating rounds so that load from other processes weighs on both alike.
 */
import './bench-log'; // the reading log's figures first (issue 4): they need no corpus
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeDocument, type Stage } from '../utils/analyze';
import { DEFAULT_TOPICS } from '../utils/topics';
import { corpusFolder, corpusPages } from './cli/corpus-pages';
import { decodePage } from './cli/decode';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const folder = join(corpusFolder(), 'pages', 'readability');
if (!existsSync(folder)) {
  console.log(
    `bench: ${folder} is missing (the corpus lives in ../shared next to the repository); nothing to measure.`,
  );
  process.exit(0);
}

const pages = corpusPages(join(corpusFolder(), 'pages'), ['readability']).map((page) => ({
  ...page,
  bytes: readFileSync(page.path),
}));
const stageOrder: (Stage | 'decode' | 'parse DOM' | 'output')[] = [
  'decode',
  'parse DOM',
  'readability',
  'metadata',
  'text',
  'normalise',
  'language',
  'topics',
  'statements',
  'output',
];
const stageTotals = new Map<string, number>(stageOrder.map((stage) => [stage, 0]));
const addStage = (stage: string, ms: number) => stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);

/** linkedom + Readability alone: parse, copy, extract (Readability's default HTML serialisation). */
function baseline(): number {
  const started = performance.now();
  for (const page of pages) {
    const { document } = parseHTML(new TextDecoder().decode(page.bytes));
    new Readability(document.cloneNode(true) as Document).parse();
  }
  return performance.now() - started;
}

/** What `npm run -s analyze -- <page>` does for each page, output serialisation included. */
function pipeline(recordStages: boolean): { ms: number; articles: number } {
  let articles = 0;
  const started = performance.now();
  for (const page of pages) {
    let mark = performance.now();
    const html = decodePage(page.bytes);
    if (recordStages) addStage('decode', performance.now() - mark);
    mark = performance.now();
    const document = parseHTML(html).document as unknown as Document;
    if (recordStages) addStage('parse DOM', performance.now() - mark);
    const analyses = analyzeDocument(document, {
      topics: DEFAULT_TOPICS,
      onStage: recordStages ? addStage : undefined,
    });
    mark = performance.now();
    for (const analysis of analyses) JSON.stringify(analysis);
    if (recordStages) addStage('output', performance.now() - mark);
    articles += analyses.length;
  }
  return { ms: performance.now() - started, articles };
}

// One untimed pass each, so that neither side pays for compiling the code.
baseline();
pipeline(false);

let baselineMs = 0;
let pipelineMs = 0;
let articles = 0;
for (let round = 0; round < ROUNDS; round++) {
  baselineMs += baseline();
  const run = pipeline(round === 0);
  pipelineMs += run.ms;
  articles = run.articles;
}

const count = pages.length * ROUNDS;
const perSecond = (ms: number) => (count / (ms / 1000)).toFixed(1);
console.log(`Bench over ${pages.length} pages of ${folder}, ${ROUNDS} rounds (${articles} articles a round)`);
console.log(
  `  CLI pipeline:           ${perSecond(pipelineMs).padStart(6)} pages/s  (${(pipelineMs / count).toFixed(1)} ms a page)`,
);
console.log(
  `  linkedom + Readability: ${perSecond(baselineMs).padStart(6)} pages/s  (${(baselineMs / count).toFixed(1)} ms a page)`,
);
console.log(
  `  ratio: the CLI runs at ${(baselineMs / pipelineMs).toFixed(2)}× the speed of linkedom + Readability alone`,
);
console.log('\nTime per stage (first timed round):');
const stageSum = [...stageTotals.values()].reduce((a, b) => a + b, 0);
for (const stage of stageOrder) {
  const ms = stageTotals.get(stage) ?? 0;
  console.log(
    `  ${stage.padEnd(12)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / stageSum).toFixed(1).padStart(5)} %  ${(ms / pages.length).toFixed(2).padStart(7)} ms a page`,
  );
}
