/** What every export is made from: the entries chosen (all, or the filtered selection) and the topics. */
import type { LogEntry, SavedStatement } from '../log/schema';
import type { Topic } from '../types';

export interface ExportInput {
  entries: LogEntry[];
  /** The topics in force, so ids in entries can be named (and the JSON export carries them). */
  topics: Topic[];
  /** ISO 8601: when the export was made. */
  exportedAt: string;
  /** The saved passages, which the JSON export of the whole log carries (other formats and selections: none). */
  saved?: readonly SavedStatement[];
}

/**
 * An export written piece by piece, one or a few entries per piece, so that a long export can report progress
 * and leave the page responsive between pieces. `entriesDone` after each piece says how far it got.
 */
export type ExportPieces = Generator<{ text: string; entriesDone: number }, void, void>;

export interface ExportFormat {
  id: 'json' | 'csv-statements' | 'csv-articles' | 'markdown' | 'csl-json';
  extension: string;
  mimeType: string;
  write(input: ExportInput): ExportPieces;
}

/** A whole export as one string (tests, small logs). */
export function exportToString(format: ExportFormat, input: ExportInput): string {
  let text = '';
  for (const piece of format.write(input)) text += piece.text;
  return text;
}

/**
 * A computation in steps, each step an empty piece of the export (a moment for the page to breathe), with the
 * progress reached so far.
 */
export function* stepsAsPieces<T>(
  steps: Generator<void, T, void>,
  entriesDone = 0,
): Generator<{ text: string; entriesDone: number }, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield { text: '', entriesDone };
  }
}
