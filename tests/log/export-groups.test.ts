import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { statementsCsvExport } from '@/utils/export/csv';
import { parseLogExport } from '@/utils/export/import';
import { jsonExport } from '@/utils/export/json';
import { markdownExport } from '@/utils/export/markdown';
import { exportToString } from '@/utils/export/types';
import { narrowToCueClass } from '@/utils/log/cue-class';
import { TOPICS } from './sample-entries';
import { article, QUOTE } from './statement-entries';

const ENTRIES = [
  article('https://a.example/1', '2024-05-01', [
    ['Vladimir Poutine', QUOTE, 'warn'],
    ['Olena Petrenko', 'Our partners have kept every promise they made to us this year', 'praise'],
  ]),
  article('https://b.example/2', '2024-05-02', [['Putin', `“${QUOTE}”`, 'warn']]),
  article('https://c.example/3', '2024-05-03', [
    ['Wladimir Putin', QUOTE.replace('never', 'not ever'), 'warn'],
    ['O. Petrenko', 'Nobody should doubt that the guarantees will hold when tested', 'deny'],
  ]),
];
const input = { entries: ENTRIES, topics: TOPICS, exportedAt: '2024-06-01T00:00:00.000Z' };

describe('exports of people and statements reported several times', () => {
  it('JSON lists the names grouped as one person and each statement’s sources, and imports as before', () => {
    const text = exportToString(jsonExport, input);
    const data = JSON.parse(text) as {
      speakers: { label: string; names: string[] }[];
      sameStatements: {
        speaker: string;
        articles: number;
        sources: { url: string; statementId: string }[];
      }[];
    };
    expect(data.speakers).toContainEqual({
      label: 'Vladimir Poutine',
      names: expect.arrayContaining(['Vladimir Poutine', 'Putin', 'Wladimir Putin']) as unknown as string[],
    });
    expect(data.speakers.find((group) => group.label === 'Olena Petrenko')?.names.sort()).toEqual([
      'O. Petrenko',
      'Olena Petrenko',
    ]);
    expect(data.sameStatements).toEqual([
      {
        speaker: 'Vladimir Poutine',
        articles: 3,
        sources: ENTRIES.map((entry) => ({
          url: entry.url,
          statementId: entry.statements[0]!.id,
          site: entry.site,
          publishedAt: entry.publishedAt,
        })),
      },
    ]);
    const parsed = parseLogExport(text);
    expect(parsed.ok && parsed.entries).toEqual(ENTRIES);
  });

  it('the Markdown report puts one person under one heading and says “reported by N articles”, with each', () => {
    const markdown = exportToString(markdownExport, input);
    const { document } = parseHTML(`<html><body>${marked.parse(markdown, { async: false })}</body></html>`);
    const headings = [...document.querySelectorAll('h3')].map((node) => node.textContent);
    expect(headings).toEqual(['Vladimir Poutine', 'Olena Petrenko']);
    const reported = [...document.querySelectorAll('li')].find((li) =>
      li.textContent.includes('reported by 3 articles'),
    )!;
    // The fullest version (the longest) is shown once; each article is a link under it.
    expect(reported.textContent).toContain(QUOTE.replace('never', 'not ever'));
    const links = [...reported.querySelectorAll('li a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(ENTRIES.map((entry) => entry.url));
    expect(markdown).toContain('_Also named:');
  });

  it('the statements CSV names each statement’s person and counts its reports', () => {
    const rows = exportToString(statementsCsvExport, input)
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(','));
    const header = rows[0]!;
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    const putin = rows.slice(1).filter((row) => cell(row, 'person') === 'Vladimir Poutine');
    expect(putin.map((row) => cell(row, 'reported_by_articles'))).toEqual(['3', '3', '3']);
    expect(new Set(putin.map((row) => cell(row, 'first_report_id')))).toEqual(
      new Set([ENTRIES[0]!.statements[0]!.id]),
    );
    const petrenko = rows.slice(1).filter((row) => cell(row, 'person') === 'Olena Petrenko');
    expect(petrenko.map((row) => cell(row, 'reported_by_articles'))).toEqual(['1', '1']);
  });

  it('an export narrowed to a statement type holds only those statements and their articles', () => {
    const narrowed = { ...input, entries: narrowToCueClass(ENTRIES, 'deny') };
    const csv = exportToString(statementsCsvExport, narrowed).split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('Nobody should doubt');
    const json = JSON.parse(exportToString(jsonExport, narrowed)) as { entries: { url: string }[] };
    expect(json.entries.map((entry) => entry.url)).toEqual(['https://c.example/3']);
    const markdown = exportToString(markdownExport, narrowed);
    expect(markdown).toContain('1 articles · 1 statements');
    expect(markdown).not.toContain('Poutine');
  });
});
