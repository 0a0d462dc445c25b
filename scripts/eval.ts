/**
 * `npm run eval`: scores the engine on ../shared/corpus (statements of every quotes/*.jsonl, the seed, the
 * topics) and on the repository's own statement fixtures (tests/fixtures/quotes/*.jsonl), printing Markdown
 * tables. `npm run eval -- --check` also exits 1 when a figure falls below its floor in
 * scripts/eval-floors.json, or when any seed check fails. `--errors` prints error examples by category (misses, false positives, wrong speakers, wrong kinds, content boundaries found at overlap 0.3 but under 0.8).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateQuoteFile, formatQuoteSummary, formatQuoteTable, type QuoteEvalReport } from './eval/quotes';
import { checkSeed, formatSeedTable } from './eval/seed';
import { evaluateTopics, formatTopicTable } from './eval/topics';
import type { ExtractOptions } from '../utils/statements';

interface QuoteFloors {
  f1_03?: number;
  f1_08?: number;
  speaker?: number;
  kind?: number;
}

interface Floors {
  quotes?: Record<string, QuoteFloors>;
  topics?: Record<string, { f1?: number }>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const args = new Set(process.argv.slice(2));
const check = args.has('--check');
const showErrors = args.has('--errors');
const only = process.argv
  .slice(2)
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length);

function jsonlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The engine options a set is read with, by the corpus it comes from (its name up to the first `_`: `polnear_dev_en`
 * and any other split of PolNeAR); every other set is read in the default mode. PolNeAR
 * annotates attribution in the broad (PARC) sense: what a person or an organisation says, but also believes,
 * wants, plans, found, agreed to or supports ("Clinton wants to triple the size of AmeriCorps"), where our other
 * sets (GGT, WikiNews, ADAQ, our own) count speech only. So it is scored in the positions mode, which reports
 * those too.
 */
const MODES: Record<string, Pick<ExtractOptions, 'positions'>> = {
  polnear: { positions: true },
};

const below: string[] = [];
const floors: Floors = existsSync(join(root, 'scripts/eval-floors.json'))
  ? (JSON.parse(readFileSync(join(root, 'scripts/eval-floors.json'), 'utf8')) as Floors)
  : {};

function floorCheck(label: string, value: number, floor: number | undefined): void {
  if (floor !== undefined && value < floor) below.push(`${label}: ${value.toFixed(3)} < floor ${floor}`);
}

const haveCorpus = existsSync(corpus);
if (!haveCorpus)
  console.log(`../shared/corpus is missing (looked in ${corpus}): corpus evaluation skipped.\n`);

// Statements.
const files = [
  ...(haveCorpus ? jsonlFiles(join(corpus, 'quotes')) : []),
  ...jsonlFiles(join(root, 'tests/fixtures/quotes')),
].filter((f) => !only || f.includes(only));
const reports: QuoteEvalReport[] = [];
for (const file of files) {
  const report = evaluateQuoteFile(file, MODES[basename(file, '.jsonl').split('_')[0]!]);
  reports.push(report);
  console.log(formatQuoteTable(report) + '\n');
  if (showErrors) {
    for (const type of ['missed', 'spurious', 'speaker', 'kind', 'boundary'] as const) {
      const list = report.errors.filter((e) => e.type === type);
      console.log(`${type} (${list.length}):`);
      for (const e of list.slice(0, 400))
        console.log(
          `  [${e.id}] ${e.gold ?? ''} ${e.predicted ? '→ ' + e.predicted : ''} {${e.detail ?? ''}}`,
        );
    }
  }
  const fl = floors.quotes?.[report.name];
  floorCheck(`${report.name} F1@0.3`, report.at03.f1, fl?.f1_03);
  floorCheck(`${report.name} F1@0.8`, report.at08.f1, fl?.f1_08);
  floorCheck(`${report.name} speaker accuracy`, report.speakerAccuracy, fl?.speaker);
  floorCheck(`${report.name} kind accuracy`, report.kindAccuracy, fl?.kind);
}
if (reports.length > 0) console.log(formatQuoteSummary(reports) + '\n');

if (haveCorpus && !only) {
  // The seed must be perfect.
  try {
    const seed = checkSeed(corpus);
    console.log(formatSeedTable(seed) + '\n');
    for (const c of seed.filter((x) => !x.ok))
      below.push(`seed ${c.input}: ${c.name} — ${c.detail ?? 'failed'}`);
  } catch (error) {
    console.log(`Seed — could not run: ${(error as Error).message}\n`);
    below.push(`seed: ${(error as Error).message}`);
  }
  // Topics.
  try {
    const topics = evaluateTopics(corpus);
    console.log(formatTopicTable(topics) + '\n');
    for (const row of topics.rows)
      floorCheck(`topic ${row.topic} F1`, row.f1, floors.topics?.[row.topic]?.f1);
  } catch (error) {
    console.log(`Topics — could not run: ${(error as Error).message}\n`);
  }
}

if (check) {
  if (below.length > 0) {
    console.log(`Below floor (${below.length}):`);
    for (const line of below) console.log(`- ${line}`);
    process.exit(1);
  }
  console.log('All figures at or above their floors.');
}
