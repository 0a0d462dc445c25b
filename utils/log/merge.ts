/**
 * How an imported entry meets the one already in the log under the same URL (DESIGN.md, Export and import:
 * "merges without duplicates"). The merge is idempotent — merging the same entry twice changes nothing the second
 * time — so importing a file again adds nothing; and merging into nothing gives the imported entry unchanged.
 */
import type { LogEntry } from './schema';

/** Tags of both, in first-seen order, without duplicates. */
function unionTags(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Both notes when they differ; a note already holding the other is kept as it is. */
function mergeNotes(existing: string, imported: string): string {
  if (!imported || existing.includes(imported)) return existing;
  if (!existing || imported.includes(existing)) return imported;
  return `${existing}\n\n${imported}`;
}

/**
 * The article's content (title, statements, topics…) comes from whichever was seen last (the log's own on a tie);
 * the reader's data is combined: counters take the larger value rather than the sum, which would grow on each
 * re-import.
 */
export function mergeEntries(existing: LogEntry, imported: LogEntry): LogEntry {
  const newer = imported.lastSeen > existing.lastSeen ? imported : existing;
  return {
    ...newer,
    firstSeen: Math.min(existing.firstSeen, imported.firstSeen),
    lastSeen: Math.max(existing.lastSeen, imported.lastSeen),
    visits: Math.max(existing.visits, imported.visits),
    activeMs: Math.max(existing.activeMs, imported.activeMs),
    saved: existing.saved || imported.saved,
    starred: existing.starred || imported.starred,
    tags: unionTags(existing.tags, imported.tags),
    note: mergeNotes(existing.note, imported.note),
  };
}

/** Structural equality of two entries (JSON-safe data), to count what an import left unchanged. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
