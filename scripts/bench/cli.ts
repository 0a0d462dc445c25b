/**
 * The CLI's throughput on real pages next to linkedom + Readability alone on the same pages in the same run (the
 * floor any extraction pays), and where the time goes, stage by stage. Files are read before timing; the two sides
 * alternate page by page so that load from other processes weighs on both alike.
 */
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyzeDocument, type Stage } from '../../utils/analyze';
import { DEFAULT_TOPICS } from '../../utils/topics';
import type { CorpusPage } from '../cli/corpus-pages';
import { decodePage } from '../cli/decode';

export const STAGE_ORDER: (Stage | 'decode' | 'parse DOM' | 'output')[] = [
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

export interface CliBench {
  pages: number;
  rounds: number;
  articles: number;
  /** Pages per second. */
  cli: number;
  baseline: number;
  /** Per stage, ms a page (first timed round). */
  stages: Map<string, number>;
}

/** `warmUp`: one untimed pass each first, so that neither side pays for compiling the code (skip it when an
 * earlier bench in the same process already ran both). */
export function benchCli(corpusPages: CorpusPage[], rounds: number, warmUp = true): CliBench {
  const pages = corpusPages.map((page) => readFileSync(page.path));
  const stageTotals = new Map<string, number>(STAGE_ORDER.map((stage) => [stage, 0]));
  const addStage = (stage: string, ms: number) => stageTotals.set(stage, (stageTotals.get(stage) ?? 0) + ms);

  /** linkedom + Readability alone: parse, copy, extract (Readability's default HTML serialisation). */
  const baseline = (bytes: Buffer): number => {
    const started = performance.now();
    const { document } = parseHTML(new TextDecoder().decode(bytes));
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - started;
  };

  /** What `npm run -s analyze -- <page>` does for a page, output serialisation included. */
  const pipeline = (bytes: Buffer, recordStages: boolean): { ms: number; articles: number } => {
    const started = performance.now();
    let mark = started;
    const html = decodePage(bytes);
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
    return { ms: performance.now() - started, articles: analyses.length };
  };

  if (warmUp) {
    for (const bytes of pages) baseline(bytes);
    for (const bytes of pages) pipeline(bytes, false);
  }
  // The two sides take turns page by page, not round by round: a burst of load from another process (this
  // machine is shared) then weighs on both within milliseconds, where whole rounds let it fall on one side.
  let baselineMs = 0;
  let pipelineMs = 0;
  let articles = 0;
  for (let round = 0; round < rounds; round++) {
    articles = 0;
    for (const bytes of pages) {
      baselineMs += baseline(bytes);
      const run = pipeline(bytes, round === 0);
      pipelineMs += run.ms;
      articles += run.articles;
    }
  }
  const count = pages.length * rounds;
  const stages = new Map([...stageTotals].map(([stage, ms]) => [stage, ms / pages.length]));
  return {
    pages: pages.length,
    rounds,
    articles,
    cli: count / (pipelineMs / 1000),
    baseline: count / (baselineMs / 1000),
    stages,
  };
}
