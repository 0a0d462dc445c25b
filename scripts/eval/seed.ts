/**
 * The seed check: `seed/article.txt` and `seed/page.html` analysed through the pipeline (`utils/analyze.ts`)
 * must yield every non-optional statement of `seed/gold.json` (same content, speaker, kind, addressee, via),
 * nothing from its `not_statements`, both default topics matched; the page also its date and language, and
 * a title. Any failed check fails `npm run eval -- --check`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument, analyzeText } from '../../utils/analyze';
import { DEFAULT_TOPICS } from '../../utils/topics';
import type { ArticleAnalysis, Statement } from '../../utils/types';

interface SeedGoldStatement {
  speaker: string;
  mention?: string;
  cue?: string;
  kind: string;
  content: string;
  addressee?: string;
  via?: string;
  topics?: string[];
  optional?: boolean;
}

interface SeedGold {
  lang: string;
  publishedAt: string;
  topics: Record<string, boolean>;
  statements: SeedGoldStatement[];
  not_statements: string[];
}

export interface SeedCheck {
  input: string;
  name: string;
  ok: boolean;
  detail?: string;
}

/** Spacing differs between the text and the page (narrow no-break spaces inside « »): compare it away. */
const spaced = (s: string) => s.replace(/[\s\u00A0\u202F\u2009]+/g, ' ').trim();

function checkStatements(input: string, gold: SeedGold, analysis: ArticleAnalysis | undefined): SeedCheck[] {
  const checks: SeedCheck[] = [];
  const statements: Statement[] = analysis?.statements ?? [];
  for (const g of gold.statements) {
    if (g.optional) continue;
    const name = `statement "${g.content.slice(0, 50)}…"`;
    const found = statements.find((s) => spaced(s.content) === spaced(g.content));
    if (!found) {
      checks.push({ input, name, ok: false, detail: 'not found' });
      continue;
    }
    const wrong: string[] = [];
    if (found.speaker !== g.speaker) wrong.push(`speaker "${found.speaker}" ≠ "${g.speaker}"`);
    if (found.kind !== g.kind) wrong.push(`kind ${found.kind} ≠ ${g.kind}`);
    if ((found.addressee ?? '') !== (g.addressee ?? ''))
      wrong.push(`addressee "${found.addressee ?? ''}" ≠ "${g.addressee ?? ''}"`);
    if ((found.via ?? '') !== (g.via ?? '')) wrong.push(`via "${found.via ?? ''}" ≠ "${g.via ?? ''}"`);
    checks.push({ input, name, ok: wrong.length === 0, detail: wrong.join('; ') || undefined });
  }
  for (const not of gold.not_statements) {
    const hit = statements.find(
      (s) => spaced(not).includes(spaced(s.content)) || spaced(s.content).includes(spaced(not)),
    );
    checks.push({
      input,
      name: `not a statement: "${not.slice(0, 40)}…"`,
      ok: !hit,
      detail: hit ? `found "${hit.content}"` : undefined,
    });
  }
  for (const [topic, expected] of Object.entries(gold.topics)) {
    const result = analysis?.topics.find((t) => t.id === topic);
    checks.push({
      input,
      name: `topic ${topic}`,
      ok: (result?.matched ?? false) === expected,
      detail: result ? `score ${result.score.toFixed(2)}` : 'absent',
    });
  }
  return checks;
}

export function checkSeed(corpusDir: string): SeedCheck[] {
  const dir = join(corpusDir, 'seed');
  const goldFile = join(dir, 'gold.json');
  if (!existsSync(goldFile))
    return [{ input: 'seed', name: 'gold.json present', ok: false, detail: `missing ${goldFile}` }];
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  const checks: SeedCheck[] = [];
  const options = { topics: DEFAULT_TOPICS };

  const text = readFileSync(join(dir, 'article.txt'), 'utf8');
  const fromText = analyzeText({ text, id: 'seed/article.txt' }, options);
  checks.push(...checkStatements('article.txt', gold, fromText));
  checks.push({
    input: 'article.txt',
    name: 'language',
    ok: fromText.lang === gold.lang,
    detail: fromText.lang,
  });

  const html = readFileSync(join(dir, 'page.html'), 'utf8');
  const { document } = parseHTML(html);
  const pages = analyzeDocument(document as unknown as Document, {
    ...options,
    url: 'https://example.org/seed',
  });
  const page = pages[0];
  checks.push({
    input: 'page.html',
    name: 'one article',
    ok: pages.length === 1,
    detail: `${pages.length} found`,
  });
  checks.push(...checkStatements('page.html', gold, page));
  checks.push({
    input: 'page.html',
    name: 'title',
    ok: (page?.title ?? '').trim().length > 0,
    detail: page?.title,
  });
  checks.push({
    input: 'page.html',
    name: 'date',
    ok: (page?.publishedAt ?? '').startsWith(gold.publishedAt),
    detail: page?.publishedAt,
  });
  checks.push({ input: 'page.html', name: 'language', ok: page?.lang === gold.lang, detail: page?.lang });
  return checks;
}

export function formatSeedTable(checks: SeedCheck[]): string {
  const failed = checks.filter((c) => !c.ok).length;
  const lines = [
    `Seed — ${checks.length - failed}/${checks.length} checks pass${failed ? ` (${failed} FAIL)` : ' (perfect)'}`,
    '',
    '| input | check | result | detail |',
    '|---|---|---|---|',
    ...checks.map(
      (c) =>
        `| ${c.input} | ${c.name.replace(/\|/g, '\\|')} | ${c.ok ? 'ok' : '**FAIL**'} | ${(c.detail ?? '').replace(/\|/g, '\\|')} |`,
    ),
  ];
  return lines.join('\n');
}
