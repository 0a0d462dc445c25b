/**
 * The background's answers to the options page and popup about the reading log (utils/log/ does the work).
 * Every write goes through `logWrite`, which reports a full storage as such.
 */
import {
  countEntries,
  deleteEntries,
  editEntry,
  emptyTrash,
  entriesAt,
  importEntries,
  latestEntries,
  type LogEntry,
} from '@/utils/log';
import { undoDeletion } from '@/utils/log';
import { entriesNewestFirst } from '@/utils/log/pages';
import { toLogRow } from '@/utils/log/query';
import { searchWords } from '@/utils/log/search';
import type { SavedStatement } from '@/utils/log/schema';
import { tellExtensionPages, type Handlers } from '@/utils/messages';
import { logWrite } from './log-write';

/**
 * Imports being received, by id; committed whole or dropped. A stopped worker loses them: the commit then finds
 * fewer entries than were sent, writes nothing and says so, and the options page sends the import again.
 */
const staged = new Map<string, { entries: LogEntry[]; saved: SavedStatement[] }>();

type LogMessages =
  | 'log:list'
  | 'log:rows'
  | 'log:entries'
  | 'log:edit'
  | 'log:delete'
  | 'log:undo'
  | 'log:import-stage'
  | 'log:import-commit';

export const logHandlers: Handlers<LogMessages> = {
  'log:list': async ({ limit }) =>
    (await latestEntries(limit)).map(({ url, title, saved, site, lastSeen, statements }) => ({
      url,
      title,
      saved,
      site,
      lastSeen,
      statements: statements.length,
    })),
  'log:rows': async (request) => {
    const after = 'after' in request ? request.after : undefined;
    // The options page opening (its first page) is a good time to forget old deletions.
    if (after === undefined) void emptyTrash().catch(() => {});
    const [entries, total] = await Promise.all([
      entriesNewestFirst(after, request.limit),
      request.count ? countEntries() : undefined,
    ]);
    // The page's work done here, off the options page's main thread: it then holds no statement text at all.
    const statementsBySpeaker = new Map<string, number>();
    for (const { statements } of entries)
      for (const { speaker } of statements)
        if (speaker) statementsBySpeaker.set(speaker, (statementsBySpeaker.get(speaker) ?? 0) + 1);
    return {
      rows: entries.map(toLogRow),
      words: entries.map(searchWords),
      statementsBySpeaker: [...statementsBySpeaker],
      ...(total === undefined ? {} : { total }),
    };
  },
  'log:entries': async ({ urls }) => ({ entries: await entriesAt(urls) }),
  'log:edit': ({ url, ...edit }) => logWrite(async () => ({ entry: (await editEntry(url, edit)) ?? null })),
  'log:delete': async (request) => {
    const result = await logWrite(async () => {
      const batch = crypto.randomUUID();
      const deleted = await deleteEntries('all' in request ? 'all' : request.urls, batch);
      return { batch, deleted };
    });
    // Deleting everything deletes the saved passages too (utils/log/index.ts): an open list follows.
    if (result.ok && 'all' in request) void tellExtensionPages('statement:changed', {});
    return result;
  },
  'log:undo': async ({ batch }) => {
    const result = await logWrite(async () => ({ restored: await undoDeletion(batch) }));
    if (result.ok) void tellExtensionPages('statement:changed', {});
    return result;
  },
  'log:import-stage': ({ importId, entries, saved = [] }) => {
    const pieces = staged.get(importId) ?? { entries: [], saved: [] };
    pieces.entries.push(...entries);
    pieces.saved.push(...saved);
    staged.set(importId, pieces);
    return { staged: pieces.entries.length + pieces.saved.length };
  },
  'log:import-commit': async ({ importId, total, savedTotal = 0 }) => {
    const { entries, saved } = staged.get(importId) ?? { entries: [], saved: [] };
    staged.delete(importId);
    if (entries.length !== total || saved.length !== savedTotal) return { ok: false, error: 'interrupted' };
    const result = await logWrite(() => importEntries(entries, undefined, saved));
    if (result.ok && result.passagesAdded > 0) void tellExtensionPages('statement:changed', {});
    return result;
  },
};
