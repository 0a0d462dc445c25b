/**
 * One CSV cell (RFC 4180) that a spreadsheet will show as text: quoted when it holds a comma, a quote or a line
 * break, and neutralised when it starts with a character a spreadsheet would read as a formula (= + - @, and the
 * tab and carriage return that some skip before looking): an apostrophe in front makes it plain text in Excel,
 * LibreOffice and Google Sheets (OWASP, CSV injection).
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r']);

export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  // Numbers and flags are ours, never page text: written as they are, so spreadsheets read them as numbers.
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_STARTS.has(value.charAt(0)) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A record: cells joined by commas, ended by CRLF as RFC 4180 says. */
export function csvRow(cells: (string | number | boolean | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Spreadsheets take a file for UTF-8 only when it starts with a byte order mark (Excel above all). */
export const UTF8_BOM = '\uFEFF';
