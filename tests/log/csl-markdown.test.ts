import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { cslExport, dateParts } from '@/utils/export/csl';
import { markdownExport, markdownText } from '@/utils/export/markdown';
import { exportToString } from '@/utils/export/types';
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
