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
import type { Handlers } from '@/utils/messages';
import { logWrite } from './log-write';

/**
 * Imports being received, by id; committed whole or dropped. A stopped worker loses them: the commit then finds
 * fewer entries than were sent, writes nothing and says so, and the options page sends the import again.
 */
const staged = new Map<string, LogEntry[]>();

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
  'log:delete': (request) =>
    logWrite(async () => {
      const batch = crypto.randomUUID();
      const deleted = await deleteEntries('all' in request ? 'all' : request.urls, batch);
      return { batch, deleted };
    }),
  'log:undo': ({ batch }) => logWrite(async () => ({ restored: await undoDeletion(batch) })),
  'log:import-stage': ({ importId, entries }) => {
    const list = staged.get(importId) ?? [];
    list.push(...entries);
    staged.set(importId, list);
    return { staged: list.length };
  },
  'log:import-commit': async ({ importId, total }) => {
    const entries = staged.get(importId) ?? [];
    staged.delete(importId);
    if (entries.length !== total) return { ok: false, error: 'interrupted' };
    return logWrite(() => importEntries(entries));
  },
};
