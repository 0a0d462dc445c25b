import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { cslExport, dateParts } from '@/utils/export/csl';
import { markdownExport, markdownText } from '@/utils/export/markdown';
import { savedPassagesMarkdown } from '@/utils/export/saved';
import { exportToString } from '@/utils/export/types';
import type { SavedStatement } from '@/utils/log/schema';
import { generateEntries } from '../../scripts/log/generate-entries';
import { ENTRIES, TOPICS } from './sample-entries';

const input = { entries: ENTRIES, topics: TOPICS, exportedAt: '2024-04-01T00:00:00.000Z' };
const schema = JSON.parse(readFileSync('tests/log/csl-data.schema.json', 'utf8')) as object;

describe('the CSL-JSON export', () => {
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('validates against the CSL data schema', () => {
    const items = JSON.parse(exportToString(cslExport, input)) as unknown;
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
    const generated = JSON.parse(
      exportToString(cslExport, { ...input, entries: generateEntries(300, 7).entries }),
    ) as unknown[];
    expect(validate(generated), JSON.stringify(validate.errors)).toBe(true);
    expect(generated).toHaveLength(300);
  });

  it('is refused by the schema when it holds something CSL does not know (the check is not vacuous)', () => {
    expect(validate([{ id: 'x', type: 'newspaper' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article', issued: { 'date-parts': [[2024, 1, 2, 3]] } }])).toBe(false);
    expect(validate([{ id: 'x', type: 'article', author: [{ name: 'X' }] }])).toBe(false);
  });

  it('describes each article for a citation manager', () => {
    const [first, second] = JSON.parse(exportToString(cslExport, input)) as Record<string, unknown>[];
    expect(first).toEqual({
      id: ENTRIES[0]!.url,
      type: 'article-newspaper',
      title: ENTRIES[0]!.title,
      'container-title': 'Le Journal (exemple)',
      author: [{ literal: 'Élodie Évremond' }],
      issued: { 'date-parts': [[2024, 3, 1]] },
      accessed: { 'date-parts': [[2024, 3, 2]] },
      URL: ENTRIES[0]!.url,
      language: 'fr',
      abstract: 'Un extrait, avec une virgule.',
      keyword: 'brief, à lire',
      note: '+ à recouper\ndeuxième ligne',
    });
    expect(second).not.toHaveProperty('author');
    expect(dateParts('2023-11')).toEqual([2023, 11]);
    expect(dateParts('hier')).toBeUndefined();
  });
});

describe('the Markdown report', () => {
  const markdown = exportToString(markdownExport, input);
  const { document } = parseHTML(`<html><body>${marked.parse(markdown, { async: false })}</body></html>`);
  const texts = (selector: string) =>
    [...document.querySelectorAll(selector)].map((node) => node.textContent);

  it('renders, by topic then speaker, every statement linked to its article', () => {
    expect(texts('h1')).toEqual(['Veille — reading log']);
    expect(texts('h2')).toEqual(['NATO enlargement', 'Ukraine security guarantees', 'Articles']);
    expect(texts('h3')).toEqual(['Anaïs Fontaine', 'Kremlin', 'Anaïs Fontaine']);
    const items = texts('li');
    expect(items.some((item) => item!.includes('“la porte reste ouverte, "toujours"”'))).toBe(true);
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (const entry of ENTRIES) expect(links).toContain(entry.url);
  });

  it('shows page text as text: no markup from a title gets through', () => {
    expect(document.querySelector('script')).toBeNull();
    // The title's *guarantees* and [draft] stay as written: no emphasis, no link but the article's.
    expect(document.querySelector('strong, a em, h3 em')).toBeNull();
    expect(texts('a')).toContain(ENTRIES[1]!.title);
    expect(markdownText('# not a heading')).toBe('\\# not a heading');
    expect(markdownText('a\n\nb')).toBe('a b');
  });
});

describe('the Markdown list of saved passages', () => {
  const passages: SavedStatement[] = [
    {
      url: 'https://gazette.example/2025/otan (direct))',
      pageTitle: 'Sommet <script>alert(1)</script> *jour 2*',
      quote: '[clic](javascript:alert(1)) la porte\n\nreste **ouverte**',
      speaker: 'Jens Stoltenberg',
      savedAt: Date.UTC(2026, 10, 27, 10, 42),
    },
    {
      url: 'file:///home/lea/notes.html',
      pageTitle: 'Mes notes',
      quote: '# pas un titre',
      speaker: 'Léa',
      savedAt: Date.UTC(2026, 10, 26, 8, 5),
    },
  ];
  const markdown = savedPassagesMarkdown(passages, {
    heading: 'Passages enregistrés',
    summary: 'Exporté le 27 novembre 2026 · 2 passages',
  });
  const { document } = parseHTML(`<html><body>${marked.parse(markdown, { async: false })}</body></html>`);
  const texts = (selector: string) =>
    [...document.querySelectorAll(selector)].map((node) => node.textContent);

  it('gives each passage its words, speaker, page and moment, under the heading it is given', () => {
    expect(texts('h1')).toEqual(['Passages enregistrés']);
    expect(texts('blockquote').map((text) => text!.trim())).toEqual([
      '[clic](javascript:alert(1)) la porte reste **ouverte**',
      '# pas un titre',
    ]);
    expect(texts('strong')).toEqual(['Jens Stoltenberg', 'Léa']);
    expect(markdown).toContain('2026-11-27 10:42 UTC');
    expect(markdown).toContain('2026-11-26 08:05 UTC');
  });

  it('shows page text as text, and links web pages only', () => {
    expect(document.querySelector('script, em, h2')).toBeNull();
    const links = [...document.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://gazette.example/2025/otan%20%28direct%29%29',
    ]);
    expect(links[0]!.textContent).toBe('Sommet <script>alert(1)</script> *jour 2*');
    expect(texts('p').some((text) => text!.includes('Mes notes'))).toBe(true);
  });
});
