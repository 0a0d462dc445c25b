/** The bench's results as the Markdown of docs/benchmarks.md: the machine, each table, each budget met or not. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { STAGE_ORDER, type CliBench } from './cli';
import type { ContentFootprint } from './content-footprint';
import { logPageSection, type LogPageBench } from './log-page';
import type { PageCost } from './page-cost';
import type { PopupBench } from './popup';

export interface BenchResults {
  cli?: { readability: CliBench; all: CliBench };
  pageCosts?: { costs: PageCost[]; sample: string };
  popup?: PopupBench[];
  footprint?: ContentFootprint;
  logPage?: LogPageBench[];
  quick: boolean;
}

const quantile = (values: number[], q: number): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const verdict = (met: boolean) => (met ? '**met**' : '**not met**');

function machine(): string[] {
  const cpuInfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /model name\s*:\s*(.+)/.exec(cpuInfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  let chromium = 'unknown';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    // Only the CLI part ran without a browser.
  }
  return [
    `- CPU: ${model}, ${cpus().length} cores; ${(totalmem() / 2 ** 30).toFixed(1)} GB of memory; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} when the report was written (other processes share the machine)`,
    `- Node ${process.version}; ${chromium} (headless, through playwright-core)`,
    `- ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ];
}

export function writeReport(results: BenchResults): { markdown: string; write(): Promise<void> } {
  const lines: string[] = ['# Benchmarks', ''];
  lines.push(
    'Made by `npm run bench` (`scripts/bench.ts`); every figure stands next to its baseline from the same run.',
    results.quick ? 'A `--quick` run: samples only.' : '',
    '',
    '## Machine',
    '',
    ...machine(),
    '',
  );
  const budgets: string[] = [];

  if (results.cli) {
    const { readability, all } = results.cli;
    lines.push(
      '## 1. Command line',
      '',
      'Pages per second, the whole pipeline (decode, linkedom, extraction, metadata, topics, statements, JSON) next to linkedom + Readability alone on the same pages.',
      '',
      '| pages | rounds | CLI | linkedom + Readability | ratio |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const [label, bench] of [
      ['pages/readability', readability],
      ['all of pages/', all],
    ] as const) {
      lines.push(
        `| ${label} (${bench.pages}) | ${bench.rounds} | ${bench.cli.toFixed(1)} pages/s | ${bench.baseline.toFixed(1)} pages/s | ${(bench.cli / bench.baseline).toFixed(2)}× |`,
      );
      budgets.push(
        `- CLI ≥ 0.7 × linkedom + Readability (${label}): ${(bench.cli / bench.baseline).toFixed(2)}× — ${verdict(bench.cli / bench.baseline >= 0.7)}`,
      );
    }
    lines.push('', 'Time per stage, ms a page (first timed round):', '');
    lines.push('| stage | pages/readability | all of pages/ |', '| --- | --- | --- |');
    for (const stage of STAGE_ORDER) {
      lines.push(
        `| ${stage} | ${(readability.stages.get(stage) ?? 0).toFixed(2)} | ${(all.stages.get(stage) ?? 0).toFixed(2)} |`,
      );
    }
    lines.push('');
  }

  if (results.pageCosts) {
    const { costs, sample } = results.pageCosts;
    const articles = costs.filter((cost) => cost.outcome === 'article');
    const empty = costs.filter((cost) => cost.outcome === 'no-article');
    const timeouts = costs.filter((cost) => cost.outcome === 'timeout');
    const row = (label: string, values: number[]) =>
      `| ${label} | ${ms(quantile(values, 0.5))} | ${ms(quantile(values, 0.95))} | ${ms(quantile(values, 1))} |`;
    lines.push(
      '## 2. What the extension costs a page (real Chromium)',
      '',
      `Pages: ${sample}, served on 127.0.0.1 (other requests refused), each in a new tab of the e2e build, traced through CDP. The extension's time is every task on the page's main thread that carries an evaluation of the extension's (the background's \`scripting.executeScript\` calls, which have no URL, and any script with the extension's URL), whole: receiving the call, entering the world, running, returning the result; Readability is \`new Readability(document.cloneNode(true)).parse()\` run afterwards in the same page, with the bundle from node_modules.`,
      '',
      `${articles.length} pages sent for analysis, ${empty.length} stopped by the cheap check (no article)${timeouts.length ? `, ${timeouts.length} not answered in time` : ''}.`,
      '',
      '| pages with an article | median | p95 | max |',
      '| --- | --- | --- | --- |',
      row(
        'extension, main thread',
        articles.map((c) => c.extensionMs),
      ),
      row(
        '… of which running our functions',
        articles.map((c) => c.startupMs),
      ),
      row(
        'extension, longest task',
        articles.map((c) => c.longestTaskMs),
      ),
      row(
        'Readability in the page (baseline)',
        articles.map((c) => c.readabilityMs),
      ),
      '',
      '| pages with no article | median | p95 | max |',
      '| --- | --- | --- | --- |',
      row(
        'extension, main thread',
        empty.map((c) => c.extensionMs),
      ),
      row(
        '… of which running our functions',
        empty.map((c) => c.startupMs),
      ),
      row(
        'an empty function, first call (the floor)',
        empty.map((c) => c.emptyCallMs),
      ),
      '',
      "The floor is an empty function sent the same way (`scripting.executeScript`, the page's world) as the first call into a fresh load of each of these pages, at the moment the background would read it, with the background's own call held back: the least any read of the page costs it.",
      '',
    );
    const pays = quantile(
      articles.map((c) => c.extensionMs),
      0.5,
    );
    const readability = quantile(
      articles.map((c) => c.readabilityMs),
      0.5,
    );
    budgets.push(
      `- Article pages pay ≤ ¼ of Readability in the page (medians): ${ms(pays)} against ${ms(readability)} (${(pays / readability).toFixed(2)}) — ${verdict(pays <= readability / 4)}`,
    );
    const calm = costs.filter((c) => c.longestTaskMs <= 50).length / costs.length;
    budgets.push(
      `- No long task (> 50 ms) of the extension's on ≥ 95 % of pages: ${(100 * calm).toFixed(0)} % — ${verdict(calm >= 0.95)}`,
    );
    const emptyMedian = quantile(
      empty.map((c) => c.extensionMs),
      0.5,
    );
    budgets.push(
      `- Pages with no article < 1 ms (median, max ${ms(
        quantile(
          empty.map((c) => c.extensionMs),
          1,
        ),
      )}): ${ms(emptyMedian)}, an empty function's first call ${ms(
        quantile(
          empty.map((c) => c.emptyCallMs),
          0.5,
        ),
      )} — ${verdict(emptyMedian < 1)}`,
    );
    lines.push('<details><summary>Every page</summary>', '');
    lines.push(
      '| page | outcome | extension | our functions | longest task | calls | Readability | empty function |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const cost of costs) {
      lines.push(
        `| ${cost.name} | ${cost.outcome} | ${ms(cost.extensionMs)} | ${ms(cost.startupMs)} | ${ms(cost.longestTaskMs)} | ${cost.calls} | ${ms(cost.readabilityMs)} | ${ms(cost.emptyCallMs)} |`,
      );
    }
    lines.push('', '</details>', '');
  }

  if (results.popup) {
    lines.push(
      '## 3. Popup',
      '',
      'Time from the popup’s navigation to its first statement on screen (median), on the seed article, with the reading log holding generated entries; and the round trip of `log:list` for the 50 newest entries. The baseline is a blank extension page opened in turn with the popup, in the same browser, that only reads the tab’s stored state and adds one element: what this machine charges for any extension page.',
      '',
      '| log entries | first render | blank extension page | log:list (50 newest) |',
      '| --- | --- | --- | --- |',
    );
    for (const bench of results.popup) {
      lines.push(
        `| ${bench.entries.toLocaleString('en')} | ${ms(bench.firstRenderMs)} | ${ms(bench.blankPageMs)} | ${ms(bench.listMs)} |`,
      );
    }
    lines.push('');
    const tenThousand = results.popup.find((bench) => bench.entries === 10_000);
    if (tenThousand) {
      budgets.push(
        `- Popup first render < 100 ms with 10,000 entries: ${ms(tenThousand.firstRenderMs)} (blank extension page: ${ms(tenThousand.blankPageMs)}) — ${verdict(tenThousand.firstRenderMs < 100)}`,
      );
    }
  }

  if (results.footprint) {
    const f = results.footprint;
    lines.push(
      '## 4. Content script footprint',
      '',
      `| bundle (minified, no polyfill) | gzipped | large page (${kB(f.pageBytes)} of HTML): heap after GC with the script | without | held by the script |`,
      '| --- | --- | --- | --- | --- |',
      `| ${kB(f.bundleBytes)} | ${kB(f.bundleGzipBytes)} | ${kB(f.heapWith)} | ${kB(f.heapWithout)} | ${kB(f.heapWith - f.heapWithout)} |`,
      '',
    );
    budgets.push(
      `- Content script bundle < 60 kB: ${kB(f.bundleBytes)} — ${verdict(f.bundleBytes < 60_000)}`,
    );
  }

  if (results.logPage) {
    const section = logPageSection(results.logPage);
    lines.push(...section.lines);
    budgets.push(...section.budgets);
  }

  lines.push('## Budgets (issue 7)', '', ...budgets, '');
  const markdown = lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
  return {
    markdown,
    // Formatted as `npm run lint` expects, so that a bench run leaves the repository clean.
    write: async () => {
      const path = resolve(import.meta.dirname, '..', '..', 'docs', 'benchmarks.md');
      const options = (await resolveConfig(path)) ?? {};
      writeFileSync(path, await format(markdown, { ...options, filepath: path }));
    },
  };
}
