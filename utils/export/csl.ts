/**
 * CSL-JSON of the articles (DESIGN.md), for citation managers (Zotero, Mendeley, pandoc): one
 * `article-newspaper` item per entry, with the fields of the CSL data schema (csl-data.json) that a log entry
 * can fill. Bylines are kept whole as `literal` names: splitting "Jean Dupont et Marie Curie" into family and
 * given names is guesswork a citation manager lets the user correct.
 */
import type { LogEntry } from '../log/schema';
import type { ExportFormat, ExportInput, ExportPieces } from './types';

type DateParts = [number, number?, number?];

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [DateParts] };
  accessed: { 'date-parts': [DateParts] };
  URL: string;
  language: string;
  abstract?: string;
  keyword?: string;
  note?: string;
}

/** Year, month and day of an ISO 8601 date, as far as it gives them. */
export function dateParts(iso: string): DateParts | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!match) return undefined;
  const parts: DateParts = [Number(match[1])];
  if (match[2]) parts.push(Number(match[2]));
  if (match[3]) parts.push(Number(match[3]));
  return parts;
}

export function cslItem(entry: LogEntry): CslItem {
  const issued = entry.publishedAt ? dateParts(entry.publishedAt) : undefined;
  const seen = new Date(entry.lastSeen);
  const item: CslItem = {
    id: entry.url,
    type: 'article-newspaper',
    title: entry.title,
    accessed: { 'date-parts': [[seen.getUTCFullYear(), seen.getUTCMonth() + 1, seen.getUTCDate()]] },
    URL: entry.url,
    language: entry.lang,
  };
  if (entry.site) item['container-title'] = entry.site;
  if (entry.byline) item.author = [{ literal: entry.byline }];
  if (issued) item.issued = { 'date-parts': [issued] };
  if (entry.excerpt) item.abstract = entry.excerpt;
  if (entry.tags.length > 0) item.keyword = entry.tags.join(', ');
  if (entry.note) item.note = entry.note;
  return item;
}

function* writeCsl(input: ExportInput): ExportPieces {
  yield { text: '[', entriesDone: 0 };
  for (const [index, entry] of input.entries.entries()) {
    yield { text: `${index === 0 ? '' : ','}\n${JSON.stringify(cslItem(entry))}`, entriesDone: index + 1 };
  }
  yield { text: '\n]\n', entriesDone: input.entries.length };
}

export const cslExport: ExportFormat = {
  id: 'csl-json',
  extension: 'json',
  mimeType: 'application/vnd.citationstyles.csl+json',
  write: writeCsl,
};
