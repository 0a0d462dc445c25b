/**
 * Statement types as a filter (issue 6): the log shows the articles holding a statement of the chosen type, and an
 * export of that selection holds only those statements — an article left with none is not exported.
 */
import type { CueClass } from '../types';
import type { LogEntry } from './schema';

/** Every type, in the order the filter offers them: the neutral one first. */
export const CUE_CLASSES: readonly CueClass[] = [
  'say',
  'claim',
  'deny',
  'demand',
  'warn',
  'promise',
  'criticise',
  'praise',
  'position',
];

export function isCueClass(value: string): value is CueClass {
  return (CUE_CLASSES as readonly string[]).includes(value);
}

/**
 * The entries with only their statements of type `cueClass` (and, when `speakers` are given, said by one of them),
 * without those left with none; the entries as they are when no type is chosen. Entries are copied, never changed.
 */
export function narrowToCueClass(
  entries: readonly LogEntry[],
  cueClass: CueClass | undefined,
  speakers?: ReadonlySet<string>,
): LogEntry[] {
  if (!cueClass) return [...entries];
  const narrowed: LogEntry[] = [];
  for (const entry of entries) {
    const statements = entry.statements.filter(
      (statement) => statement.cueClass === cueClass && (!speakers || speakers.has(statement.speaker)),
    );
    if (statements.length > 0) narrowed.push({ ...entry, statements });
  }
  return narrowed;
}
