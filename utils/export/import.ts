/**
 * Reading a JSON export back (DESIGN.md, Export and import): everything is checked before anything is written,
 * and a file that is not a Veille log, was cut short, comes from a newer Veille or holds a bad entry is refused
 * with a reason the options page can show. Entries of older versions are upgraded as the database would be.
 *
 * Saved passages (`saved`, version 4) are checked one by one: a bad one is skipped and said, the others imported.
 * They are the reader's own notes, each independent of the rest; one passage a hand-edited file broke should not
 * cost the whole backup. Files before version 4 have none.
 */
import { LOG_SCHEMA_VERSION, upgradeEntry, type LogEntry, type SavedStatement } from '../log/schema';
import { logProblems, savedStatementProblems, type Problem } from '../log/validate';
import type { Topic } from '../types';
import { LOG_EXPORT_FORMAT } from './json';

export type ImportError =
  | { kind: 'too-large'; maxMegabytes: number }
  | { kind: 'empty' }
  | { kind: 'not-json' }
  | { kind: 'truncated' }
  | { kind: 'other-format' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; problems: Problem[] };

/** Saved passages of a file left out, and why (the first few problems). */
export interface SkippedPassages {
  count: number;
  problems: Problem[];
}

export type ParsedImport =
  | {
      ok: true;
      version: number;
      topics: Topic[];
      entries: LogEntry[];
      saved: SavedStatement[];
      skipped: SkippedPassages;
    }
  | { ok: false; error: ImportError };

/**
 * Whether text that JSON.parse refused is valid JSON cut short: a linear scan that ends inside a string or with
 * brackets still open. (Junk, or JSON with a mistake in the middle, is not "truncated".)
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) depth++;
    else if (char === 0x7d || char === 0x5d) depth--;
    if (depth < 0) return false;
  }
  return inString || depth > 0;
}

/**
 * The largest file an import reads: the browser reads it as one string, and V8's longest string is about 536
 * million UTF-16 units (a UTF-8 file decodes to at most as many units as it has bytes). Past that, reading fails
 * with nothing to say but "failed"; refused before reading, it gets its own reason.
 */
export const MAX_IMPORT_MEGABYTES = 500;

/** The refusal of a file too large to read, before anything is read; null when it may be read. */
export function importSizeError(bytes: number): ImportError | null {
  return bytes > MAX_IMPORT_MEGABYTES * 1024 * 1024
    ? { kind: 'too-large', maxMegabytes: MAX_IMPORT_MEGABYTES }
    : null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseLogExport(text: string): ParsedImport {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { ok: false, error: { kind: 'empty' } };
  if (start[0] !== '{' && start[0] !== '[') return { ok: false, error: { kind: 'not-json' } };
  let data: unknown;
  try {
    data = JSON.parse(start);
  } catch {
    return { ok: false, error: { kind: looksTruncated(start) ? 'truncated' : 'not-json' } };
  }
  if (!isObject(data) || data.format !== LOG_EXPORT_FORMAT)
    return { ok: false, error: { kind: 'other-format' } };
  const version = data.version;
  if (!Number.isSafeInteger(version) || (version as number) < 1)
    return { ok: false, error: { kind: 'invalid', problems: [{ path: 'version', expected: 'version' }] } };
  if ((version as number) > LOG_SCHEMA_VERSION)
    return { ok: false, error: { kind: 'newer-version', version: version as number } };
  if (!Array.isArray(data.entries) || !Array.isArray(data.topics))
    return {
      ok: false,
      error: { kind: 'invalid', problems: [{ path: 'entries, topics', expected: 'lists' }] },
    };
  if (data.saved !== undefined && !Array.isArray(data.saved))
    return { ok: false, error: { kind: 'invalid', problems: [{ path: 'saved', expected: 'savedList' }] } };
  const entries = data.entries.map((entry: unknown) =>
    isObject(entry) ? upgradeEntry(entry, version as number) : entry,
  );
  const problems = logProblems(entries, data.topics);
  if (problems.length > 0) return { ok: false, error: { kind: 'invalid', problems } };
  return {
    ok: true,
    version: version as number,
    topics: data.topics as Topic[],
    entries: entries as unknown as LogEntry[],
    ...importedPassages((data.saved as unknown[] | undefined) ?? []),
  };
}

/** How many problems a refusal or a skip shows: enough to see what is wrong. */
const PROBLEMS_SHOWN = 20;

/** The valid passages, with only the fields a passage has (nothing else from the file is kept), and the rest. */
function importedPassages(items: unknown[]): { saved: SavedStatement[]; skipped: SkippedPassages } {
  const saved: SavedStatement[] = [];
  const skipped: SkippedPassages = { count: 0, problems: [] };
  items.forEach((item, index) => {
    const problems = savedStatementProblems(item, `saved[${index}]`);
    if (problems.length === 0) {
      const { url, pageTitle, quote, speaker, savedAt } = item as SavedStatement;
      saved.push({ url, pageTitle, quote, speaker, savedAt });
    } else {
      skipped.count++;
      if (skipped.problems.length < PROBLEMS_SHOWN) skipped.problems.push(problems[0]!);
    }
  });
  return { saved, skipped };
}
