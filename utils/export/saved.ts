/**
 * Exports of the saved passages alone ("Saved passages" on the options page): a CSV for a spreadsheet and a
 * Markdown list to paste into a note, each passage with its speaker, the words, the page and when it was saved.
 * The log's helpers escape the text (csv-cell.ts: RFC 4180 and the formula guard; markdown.ts: page text as
 * literal text), since a passage's words and title come from pages. The JSON backup carries them too (json.ts).
 */
import { isWebAddress } from '../log/validate';
import type { SavedStatement } from '../log/schema';
import { csvRow, UTF8_BOM } from './csv-cell';
import { markdownText, markdownUrl } from './markdown';

/** Column names are stable, like the log's CSVs: people build sheets on them (new ones go at the end). */
export const SAVED_CSV_COLUMNS = ['speaker', 'quote', 'page_title', 'url', 'saved_at'] as const;

const iso = (epochMs: number) => new Date(epochMs).toISOString();

export function savedPassagesCsv(passages: readonly SavedStatement[]): string {
  let text = UTF8_BOM + csvRow([...SAVED_CSV_COLUMNS]);
  for (const { speaker, quote, pageTitle, url, savedAt } of passages)
    text += csvRow([speaker, quote, pageTitle, url, iso(savedAt)]);
  return text;
}

/** The page as a link when it is a web page (a passage kept before imports were checked may hold anything). */
function page({ pageTitle, url }: SavedStatement): string {
  const title = markdownText(pageTitle || url);
  return isWebAddress(url) ? `[${title}](${markdownUrl(url)})` : title;
}

/** `2026-11-27 10:42 UTC`: when, the same for every reader of the file. */
const moment = (epochMs: number) => `${iso(epochMs).slice(0, 16).replace('T', ' ')} UTC`;

/**
 * One quotation block a passage, then who said it, where and when. The heading and the line under it are in the
 * reader's language (the options page passes them); the rest is the passages' own text and dates.
 */
export function savedPassagesMarkdown(
  passages: readonly SavedStatement[],
  labels: { heading: string; summary: string },
): string {
  let text = `# ${markdownText(labels.heading)}\n\n${markdownText(labels.summary)}\n`;
  for (const passage of passages)
    text +=
      `\n> ${markdownText(passage.quote)}\n\n` +
      `— **${markdownText(passage.speaker)}**, ${page(passage)}, ${moment(passage.savedAt)}\n`;
  return text;
}

/** `veille-saved-passages-2026-11-27.csv` */
export function savedExportFileName(extension: 'csv' | 'md', exportedAt: string): string {
  return `veille-saved-passages-${exportedAt.slice(0, 10)}.${extension}`;
}
