import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFileName } from '@/utils/export';
import { csvCell, csvRow } from '@/utils/export/csv-cell';
import {
  ARTICLE_CSV_COLUMNS,
  articlesCsvExport,
  STATEMENT_COLUMNS,
  statementsCsvExport,
} from '@/utils/export/csv';
import { SAVED_CSV_COLUMNS, savedExportFileName, savedPassagesCsv } from '@/utils/export/saved';
import { exportToString } from '@/utils/export/types';
import type { SavedStatement } from '@/utils/log/schema';
import { ENTRIES, TOPICS } from './sample-entries';

/** A small RFC 4180 reader, independent of the writer, to read back what was written. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== ',' && char !== '\r')) {
      cell += char;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else {
      // CRLF ends the record (a lone CR outside quotes never occurs in RFC 4180 output).
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

const input = { entries: ENTRIES, topics: TOPICS, exportedAt: '2024-04-01T00:00:00.000Z' };

describe('CSV cells', () => {
  it('quotes what needs it and doubles quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvRow(['a', 1, true])).toBe('a,1,true\r\n');
  });

  it('neutralises cells a spreadsheet would read as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${start}1+1`);
      // Quoted or not (a leading CR needs quotes), the cell's text starts with the apostrophe.
      expect(cell.startsWith('"') ? cell.slice(1) : cell).toBe(
        `'${start}1+1${cell.startsWith('"') ? '"' : ''}`,
      );
    }
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a=b')).toBe('a=b');
    // Our own numbers stay numbers.
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('the statements CSV', () => {
  const text = exportToString(statementsCsvExport, input);
  const rows = readCsv(text.slice(1));

  it('starts with a UTF-8 byte order mark, then the header', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]).toEqual([...STATEMENT_COLUMNS]);
  });

  it('has one row per statement with its article, every cell read back as written', () => {
    expect(rows).toHaveLength(1 + 3);
    const column = (name: (typeof STATEMENT_COLUMNS)[number]) => STATEMENT_COLUMNS.indexOf(name);
    const [first, second, third] = rows.slice(1) as [string[], string[], string[]];
    expect(first[column('article_title')]).toBe(ENTRIES[0]!.title);
    expect(first[column('content')]).toBe('la porte reste ouverte, "toujours"');
    expect(first[column('speaker')]).toBe('Anaïs Fontaine');
    expect(first[column('cue_class')]).toBe('say');
    expect(second[column('cue_class')]).toBe('');
    expect(second[column('content')]).toBe(`'=HYPERLINK("http://evil.example") serait une erreur`);
    expect(second[column('via')]).toBe('Kremlin');
    expect(third[column('article_title')]).toBe(`'${ENTRIES[1]!.title}`);
    expect(third[column('content')]).toBe(`'-guarantees must be "ironclad"`);
    for (const row of rows) expect(row).toHaveLength(STATEMENT_COLUMNS.length);
  });
});

describe('the articles CSV', () => {
  it('has one row per article with the reader’s data', () => {
    const rows = readCsv(exportToString(articlesCsvExport, input).slice(1));
    expect(rows[0]).toEqual([...ARTICLE_CSV_COLUMNS]);
    const at = (row: number, name: (typeof ARTICLE_CSV_COLUMNS)[number]) =>
      rows[row]![ARTICLE_CSV_COLUMNS.indexOf(name)];
    expect(at(1, 'topics')).toBe('NATO enlargement');
    expect(at(1, 'statements')).toBe('2');
    expect(at(1, 'speakers')).toBe('Anaïs Fontaine; Kremlin');
    expect(at(1, 'active_seconds')).toBe('125');
    expect(at(1, 'tags')).toBe('brief; à lire');
    expect(at(1, 'note')).toBe("'+ à recouper\ndeuxième ligne");
    expect(at(1, 'first_seen')).toBe('2024-03-01T09:00:00.000Z');
    expect(at(2, 'saved')).toBe('true');
  });
});

describe('export file names', () => {
  it('say what the file holds and the day it was made', () => {
    const at = '2026-11-27T03:00:00.000Z';
    expect(EXPORT_FORMATS.map((format) => exportFileName(format, at))).toEqual([
      'veille-log-2026-11-27.json',
      'veille-statements-2026-11-27.csv',
      'veille-articles-2026-11-27.csv',
      'veille-report-2026-11-27.md',
      'veille-citations-2026-11-27.json',
    ]);
  });
});

describe('the CSV of saved passages', () => {
  const passages: SavedStatement[] = [
    {
      url: 'https://gazette.example/2025/otan?x=1,2',
      pageTitle: 'Sommet, "jour 2"',
      quote: '=HYPERLINK("https://evil.example","clic")\nsur deux lignes',
      speaker: '@Jens Stoltenberg',
      savedAt: Date.UTC(2026, 10, 27, 10, 42),
    },
    {
      url: 'https://b.example/',
      pageTitle: 'B',
      quote: 'la porte reste ouverte',
      speaker: 'Anaïs Fontaine',
      savedAt: 0,
    },
  ];

  it('reads back, one row a passage, with the spreadsheet guard on page text, after a BOM', () => {
    const text = savedPassagesCsv(passages);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual([...SAVED_CSV_COLUMNS]);
    expect(rows).toEqual([
      [
        "'@Jens Stoltenberg",
        '\'=HYPERLINK("https://evil.example","clic")\nsur deux lignes',
        'Sommet, "jour 2"',
        'https://gazette.example/2025/otan?x=1,2',
        '2026-11-27T10:42:00.000Z',
      ],
      ['Anaïs Fontaine', 'la porte reste ouverte', 'B', 'https://b.example/', '1970-01-01T00:00:00.000Z'],
    ]);
  });

  it('is named after the day of the export', () => {
    expect(savedExportFileName('csv', '2026-11-27T10:42:00.000Z')).toBe(
      'veille-saved-passages-2026-11-27.csv',
    );
  });
});
