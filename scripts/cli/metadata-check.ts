/**
 * Compares extracted metadata with the corpus's expectations (Readability's expected-metadata.json, Postlight's
 * expected-fields.json). Lenient where the sources are: case, spacing, typography, "By" prefixes, time zones.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../../utils/text/normalize';

export type MetadataField = 'title' | 'byline' | 'date' | 'lang';

export interface ExpectedMetadata {
  title?: string;
  byline?: string;
  date?: string;
  lang?: string;
}

export interface ExtractedMetadata {
  title?: string;
  byline?: string;
  publishedAt?: string;
  lang?: string;
}

function fold(text: string): string {
  return foldText(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

function sameTitle(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && fold(expected) === fold(actual);
}

function sameByline(expected: string, actual: string | undefined): boolean {
  if (!actual) return false;
  const a = fold(expected).replace(/^(by|par|von|por)\s+/, '');
  const b = fold(actual);
  return a === b || (a.length > 2 && b.includes(a)) || (b.length > 2 && a.includes(b));
}

/** Same instant when both carry a time zone, else the same day. */
function sameDate(expected: string, actual: string | undefined): boolean {
  if (!actual) return false;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/;
  if (zoned.test(expected) && zoned.test(actual)) {
    // To the minute: sources disagree on seconds and milliseconds, not on when an article came out.
    return Math.abs(new Date(expected).getTime() - new Date(actual).getTime()) < 60_000;
  }
  return expected.slice(0, 10) === actual.slice(0, 10);
}

function sameLang(expected: string, actual: string | undefined): boolean {
  return actual !== undefined && expected.toLowerCase().split(/[-_]/)[0] === actual.toLowerCase();
}

export function compareField(
  field: MetadataField,
  expected: string,
  actual: ExtractedMetadata | undefined,
): boolean {
  if (!actual) return false;
  switch (field) {
    case 'title':
      return sameTitle(expected, actual.title);
    case 'byline':
      return sameByline(expected, actual.byline);
    case 'date':
      return sameDate(expected, actual.publishedAt);
    case 'lang':
      return sameLang(expected, actual.lang);
  }
}

/** Expected metadata by page name (as in corpus-pages.ts), from the two corpora that carry it. */
export function expectedMetadata(pagesFolder: string): Map<string, ExpectedMetadata> {
  const expected = new Map<string, ExpectedMetadata>();
  const readability = join(pagesFolder, 'readability');
  if (existsSync(readability)) {
    for (const name of readdirSafe(readability)) {
      const file = join(readability, name, 'expected-metadata.json');
      if (!existsSync(file)) continue;
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      expected.set(`readability/${name}`, {
        title: stringOf(data.title),
        byline: stringOf(data.byline),
        date: stringOf(data.publishedTime),
        lang: stringOf(data.lang),
      });
    }
  }
  const postlight = join(pagesFolder, 'postlight', 'expected-fields.json');
  if (existsSync(postlight)) {
    const rows = JSON.parse(readFileSync(postlight, 'utf8')) as {
      fixture: string;
      expected: Record<string, unknown>;
    }[];
    for (const row of rows) {
      expected.set(`postlight/html/${row.fixture}`, {
        title: stringOf(row.expected.title),
        byline: stringOf(row.expected.author),
        date: stringOf(row.expected.date_published),
      });
    }
  }
  return expected;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function readdirSafe(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch {
    return [];
  }
}
