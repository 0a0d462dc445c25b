/**
 * The CSV exports opened by a real spreadsheet: LibreOffice converts them headless to HTML, whose table is read
 * back. Runs when `soffice` is installed (apt-get install libreoffice-calc-nogui); otherwise the test says so, except
 * in CI (`CI` set), where LibreOffice missing is a failure: .ci/run installs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ARTICLE_CSV_COLUMNS,
  articlesCsvExport,
  STATEMENT_COLUMNS,
  statementsCsvExport,
} from '@/utils/export/csv';
import { exportToString, type ExportFormat } from '@/utils/export/types';
import { ENTRIES, TOPICS } from './sample-entries';

function findSoffice(): string | undefined {
  try {
    return execFileSync('which', ['soffice'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const soffice = findSoffice();
const folder = mkdtempSync(join(tmpdir(), 'veille-lo-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The cells LibreOffice shows, row by row, for a CSV file it opens with only "comma, double quote" given. */
function openInLibreOffice(name: string, csv: string): string[][] {
  writeFileSync(join(folder, `${name}.csv`), csv, 'utf8');
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(folder, 'profile')}`,
      '--headless',
      '--infilter=CSV:44,34',
      '--convert-to',
      'html',
      '--outdir',
      folder,
      join(folder, `${name}.csv`),
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  const { document } = parseHTML(readFileSync(join(folder, `${name}.html`), 'utf8'));
  return [...document.querySelectorAll('tr')].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => {
      // A cell on two lines comes out as text around a <br>.
      for (const lineBreak of cell.querySelectorAll('br')) lineBreak.replaceWith('\n');
      return cell.textContent ?? '';
    }),
  );
}

const exportOf = (format: ExportFormat) =>
  exportToString(format, { entries: ENTRIES, topics: TOPICS, exportedAt: '2024-04-01T00:00:00.000Z' });

// LibreOffice takes seconds to start, more beside the other test files: the limit is its own conversion's.
describe('the CSV exports in LibreOffice', { timeout: 60_000 }, () => {
  it('is run where LibreOffice is installed, and always in CI (.ci/run installs it)', (context) => {
    if (!soffice && !process.env.CI)
      context.skip('soffice is not installed: the CSV exports were not opened in LibreOffice');
    expect(soffice, 'soffice is missing: apt-get install libreoffice-calc-nogui').toMatch(/soffice$/);
  });

  it('opens the statements CSV with the right columns, accents and text', (context) => {
    if (!soffice) return context.skip('soffice is not installed');
    const rows = openInLibreOffice('statements', exportOf(statementsCsvExport));
    expect(rows[0]).toEqual([...STATEMENT_COLUMNS]);
    expect(rows).toHaveLength(4);
    const cell = (row: number, name: (typeof STATEMENT_COLUMNS)[number]) =>
      rows[row]![STATEMENT_COLUMNS.indexOf(name)];
    expect(cell(1, 'article_title')).toBe('Élargissement : « la porte reste ouverte », dit la ministre');
    expect(cell(1, 'speaker')).toBe('Anaïs Fontaine');
    expect(cell(1, 'content')).toBe('la porte reste ouverte, "toujours"');
    // Neutralised: shown as the text written, never run as a formula or made into a link.
    expect(cell(2, 'content')).toBe(`'=HYPERLINK("http://evil.example") serait une erreur`);
    expect(cell(3, 'content')).toBe(`'-guarantees must be "ironclad"`);
    expect(cell(3, 'article_title')!.startsWith("'@Security")).toBe(true);
  });

  it('opens the articles CSV, numbers as numbers and a note on two lines as one cell', (context) => {
    if (!soffice) return context.skip('soffice is not installed');
    const rows = openInLibreOffice('articles', exportOf(articlesCsvExport));
    expect(rows[0]).toEqual([...ARTICLE_CSV_COLUMNS]);
    const cell = (row: number, name: (typeof ARTICLE_CSV_COLUMNS)[number]) =>
      rows[row]![ARTICLE_CSV_COLUMNS.indexOf(name)];
    expect(cell(1, 'statements')).toBe('2');
    expect(cell(1, 'active_seconds')).toBe('125');
    expect(cell(1, 'note')).toBe("'+ à recouper\ndeuxième ligne");
    expect(cell(1, 'tags')).toBe('brief; à lire');
  });

  it('would run an unneutralised formula (so the checks above mean something)', (context) => {
    if (!soffice) return context.skip('soffice is not installed');
    const rows = openInLibreOffice('control', '\uFEFFa,b\r\n=1+1,x\r\n');
    expect(rows[1]).toEqual(['2', 'x']);
  });
});
