/** Every export format, by id (the options page lists them in this order). */
import { cslExport } from './csl';
import { articlesCsvExport, statementsCsvExport } from './csv';
import { jsonExport } from './json';
import { markdownExport } from './markdown';
import type { ExportFormat } from './types';

export const EXPORT_FORMATS: ExportFormat[] = [
  jsonExport,
  statementsCsvExport,
  articlesCsvExport,
  markdownExport,
  cslExport,
];

/** `veille-log-2026-11-27.json`, `veille-statements-2026-11-27.csv`… */
export function exportFileName(format: ExportFormat, exportedAt: string): string {
  const stem = {
    json: 'veille-log',
    'csv-statements': 'veille-statements',
    'csv-articles': 'veille-articles',
    markdown: 'veille-report',
    'csl-json': 'veille-citations',
  }[format.id];
  return `${stem}-${exportedAt.slice(0, 10)}.${format.extension}`;
}

export type { ExportFormat, ExportInput } from './types';
