import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../scripts/cli/run';
import type { ArticleAnalysis } from '../../utils/types';
import { fixturePath, SEED_PAGE } from '../article/load-page';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin = '', stderrIsTTY = false): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    readStdin: async () => Buffer.from(stdin),
    stderrIsTTY,
  });
  return { code, stdout, stderr };
}

function jsonLines(stdout: string): ArticleAnalysis[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleAnalysis);
}

const folder = mkdtempSync(join(tmpdir(), 'veille-cli-'));
const seedPage = SEED_PAGE;
const seedText = fixturePath('seed/article.txt');
const batch = join(folder, 'batch.jsonl');
writeFileSync(
  batch,
  [
    JSON.stringify({
      id: 'one',
      text: 'The minister said on Monday that the talks would resume in Geneva next week.',
    }),
    '{"id": "two", "text": ',
    '',
    JSON.stringify({ id: 3, title: 'Harbour', html: '<p>too short to be an article</p>' }),
    JSON.stringify({ id: 'four', lang: 'fr', text: 'Le ministre a dit que les discussions reprendraient.' }),
  ].join('\n'),
);

describe('runCli', () => {
  it('prints one pretty JSON object for a single page', async () => {
    const { code, stdout, stderr } = await run([seedPage]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const analysis = JSON.parse(stdout) as ArticleAnalysis;
    expect(analysis).toMatchObject({ title: expect.stringMatching(/^Poutine dit à Macron/), lang: 'fr' });
    expect(analysis.publishedAt?.slice(0, 10)).toBe('2022-01-28');
    expect(stdout.split('\n').length).toBeGreaterThan(10);
  });

  it('analyses a .txt as is, with its first line as title, and includes the text on request', async () => {
    const { code, stdout } = await run([seedText, '--with-text']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as ArticleAnalysis;
    const { readFileSync } = await import('node:fs');
    expect(analysis.text).toBe(readFileSync(seedText, 'utf8'));
    expect(analysis.title).toBe(analysis.text!.split('\n')[0]!.trim());
    expect(analysis.lang).toBe('fr');
  });

  it('prints JSON Lines for several articles, in input order, echoing ids', async () => {
    const { code, stdout } = await run([seedText, seedPage]);
    expect(code).toBe(0);
    const records = jsonLines(stdout);
    expect(records).toHaveLength(2);
    expect(records[1]!.canonicalUrl).toMatch(/poutine-macron-otan\.html$/);
  });

  it('reports a bad JSONL line with file and line, analyses the others, and exits 1', async () => {
    const { code, stdout, stderr } = await run([batch]);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((r) => [r.id, r.lang])).toEqual([
      ['one', 'en'],
      ['four', 'fr'],
    ]);
    expect(stderr).toContain(`veille: ${batch}:2: invalid JSON`);
    expect(stderr).toContain(
      `veille: ${batch}:4 (id 3): no article found (to analyse its words anyway, give them as text: a .txt file or a "text" field)`,
    );
  });

  it('names a missing or unsupported input, still analyses the rest, and exits 1', async () => {
    const odd = join(folder, 'notes.md');
    writeFileSync(odd, '# notes');
    const { code, stdout, stderr } = await run([join(folder, 'missing.html'), seedText, odd]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).lang).toBe('fr');
    expect(stderr).toContain(`veille: ${join(folder, 'missing.html')}: no such file or folder`);
    expect(stderr).toContain(`veille: ${odd}: not a page, text or JSONL file`);
  });

  it('says an empty text is empty instead of printing a blank analysis, and analyses the rest', async () => {
    const blank = join(folder, 'blank.txt');
    writeFileSync(blank, '\uFEFF \n\t\n');
    const lines = join(folder, 'blank-records.jsonl');
    writeFileSync(
      lines,
      [JSON.stringify({ id: 'a', text: '  ' }), JSON.stringify({ id: 'b', text: 'Hello.' })].join('\n'),
    );
    const { code, stdout, stderr } = await run([blank, lines, '--format', 'jsonl']);
    expect(code).toBe(1);
    expect(jsonLines(stdout).map((record) => record.id)).toEqual(['b']);
    expect(stderr).toContain(`veille: ${blank}: the text is empty: nothing to analyse`);
    expect(stderr).toContain(`veille: ${lines}:1: the text is empty: nothing to analyse`);

    const piped = await run(['-'], '\n');
    expect(piped).toEqual({
      code: 1,
      stdout: '',
      stderr: 'veille: -: the text is empty: nothing to analyse\n',
    });
  });

  it('reads standard input and recognises what it holds', async () => {
    const jsonl = `${JSON.stringify({ id: 'in-1', text: 'Der Minister sagte, dass die Gespräche weitergehen.' })}\n`;
    const fromJsonl = await run(['-'], jsonl);
    expect(fromJsonl.code).toBe(0);
    expect(JSON.parse(fromJsonl.stdout)).toMatchObject({ id: 'in-1', lang: 'de' });

    const { readFileSync } = await import('node:fs');
    const fromHtml = await run(['-', '--format', 'jsonl'], readFileSync(seedPage, 'utf8'));
    expect(jsonLines(fromHtml.stdout)[0]!.title).toMatch(/^Poutine/);
  });

  it('expands folders in name order and writes Markdown on request', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'veille-md-'));
    copyFileSync(seedText, join(sub, 'b.txt'));
    copyFileSync(seedPage, join(sub, 'a.html'));
    const { code, stdout } = await run([sub, '--format', 'md']);
    expect(code).toBe(0);
    const sections = stdout.split('\n---\n');
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^# Poutine dit à Macron/);
    expect(sections[0]).toContain(
      '*Le Quotidien (exemple) · Rédaction internationale · 2022-01-28T19:42:00+01:00 · fr ·',
    );
    expect(sections[0]).toContain('## Topics');
    expect(sections[0]).toMatch(/## Statements \(\d+\)/);
  });

  it('forces the language with --lang and uses the topics of --topics', async () => {
    const topics = join(folder, 'topics.json');
    writeFileSync(topics, JSON.stringify([{ id: 'kremlin', name: 'Kremlin', query: 'Kremlin' }]));
    const { code, stdout } = await run([seedText, '--lang', 'en', '--topics', topics]);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as ArticleAnalysis;
    expect(analysis.lang).toBe('en');
    expect(analysis.topics.map((t) => t.id)).toEqual(['kremlin']);
  });

  it('exits 2 with the usage on a usage error or a bad topics file, analysing nothing', async () => {
    const usage = await run(['--format', 'xml', seedText]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^veille: --format must be json, jsonl or md \(got "xml"\)\n\nUsage:/);

    const badTopics = join(folder, 'bad-topics.json');
    writeFileSync(badTopics, '[{"id": "x", "name": "X"}]');
    const topics = await run([seedText, '--topics', badTopics]);
    expect(topics.code).toBe(2);
    expect(topics.stdout).toBe('');
    expect(topics.stderr).toBe(`veille: --topics ${badTopics}: topic "x": "query" must be a string\n`);
  });

  it('prints the help on --help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run -s analyze -- \[options\] <input>\.\.\./);
  });

  it('shows progress on a terminal for batches, and never on a pipe', async () => {
    const tty = await run([seedText, seedPage], '', true);
    expect(tty.stderr).toContain('[2/2]');
    expect(tty.stderr).toMatch(/2 inputs, 2 articles in [\d.]+ s\n$/);
    const pipe = await run([seedText, seedPage], '', false);
    expect(pipe.stderr).toBe('');
  });

  it('reports positions and intentions only with --positions', async () => {
    const text = join(folder, 'positions.txt');
    writeFileSync(text, 'Council plans\n\nThe city council plans to close three libraries in the spring.\n');
    const off = JSON.parse((await run([text, '--lang', 'en'])).stdout) as ArticleAnalysis;
    expect(off.statements).toEqual([]);
    const on = JSON.parse((await run([text, '--lang', 'en', '--positions'])).stdout) as ArticleAnalysis;
    expect(on.statements.map((s) => [s.content, s.cueClass])).toEqual([
      ['to close three libraries in the spring', 'position'],
    ]);
  });
});
