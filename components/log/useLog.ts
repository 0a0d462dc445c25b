/**
 * The whole reading log in the options page: read from the background newest first, page by page, indexed for
 * search as it arrives, and read again after a change. The first page is small and shown at once (it is the
 * table's first screen in its default order); the rest streams in large pages, each asked for before the previous
 * one is indexed, and indexed in slices between which the browser gets the main thread back, so a 100,000-entry
 * log loads without a long task. Of each entry the page keeps only its compact row (what the table, filters and
 * sorting need); whole entries are asked of the background when needed (`fetchEntries`).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry } from '@/utils/log';
import type { LogPagePosition } from '@/utils/log/pages';
import { FacetCounter, toLogRow, type LogFacets, type LogRow } from '@/utils/log/query';
import { LogSearchIndex } from '@/utils/log/search';
import { LOG_PAGE_MAX, sendToBackground, type ResponseOf } from '@/utils/messages';

export interface LoadedLog {
  /** Every entry's row; the search index and the filters refer to entries by their position here. */
  rows: LogRow[];
  index: LogSearchIndex;
  /** What the filters offer (topics, speakers, sites, languages found in the log). */
  facets: LogFacets;
  /** Bumped on each (re)load, for memoised views. */
  version: number;
}

export interface LogLoading {
  log: LoadedLog;
  /** 0…1 while loading; null once loaded. */
  progress: number | null;
  failed: boolean;
  reload(): void;
  /**
   * An entry edited in place (star, tags, note): its row is replaced where it stands, without reading the log
   * again (20 s at 100,000 entries). Its search words and speakers do not change with such an edit.
   */
  replaceRow(entry: LogEntry): void;
}

/** `scheduler.yield()` (Chromium 129): the rest of the work resumes ahead of other tasks, without a timer. */
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/** Yield to the browser (rendering, input) before the next piece of work. */
export const nextTask = (): Promise<void> =>
  scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Whole entries by URL, from the background, a page of them per message with the browser free in between; in the
 * order asked, without those no longer in the log.
 */
export async function fetchEntries(
  urls: readonly string[],
  onProgress?: (done: number) => void,
): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (let start = 0; start < urls.length; start += PAGE) {
    const answer = await sendToBackground('log:entries', { urls: urls.slice(start, start + PAGE) });
    if (!answer) throw new Error('The background did not answer');
    entries.push(...answer.entries);
    onProgress?.(Math.min(1, (start + PAGE) / urls.length));
    await nextTask();
  }
  return entries;
}

/** Whole entries per `log:entries` message: under a few megabytes. */
const PAGE = Math.min(LOG_PAGE_MAX, 200);
/** The first page: more than a screen of rows, read and sent in a few milliseconds. */
const FIRST_PAGE = 100;
/**
 * Entries per page after the first: about a megabyte of rows and words, which the background reads and the page
 * decodes in a few tens of milliseconds (fewer, larger pages: each costs a round trip).
 */
const STREAM_PAGE = Math.min(LOG_PAGE_MAX, 1_000);
/** Search words of this many entries are indexed between two yields (a few milliseconds). */
const INDEX_SLICE = 200;
/** While the first load streams in, the table is refreshed this often (each refresh re-sorts and re-filters). */
const SHOW_EVERY_MS = 1_000;

type RowsPage = ResponseOf<'log:rows'>;

export function useLog(): LogLoading {
  const [log, setLog] = useState<LoadedLog>(() => ({
    rows: [],
    index: new LogSearchIndex(),
    facets: new FacetCounter().facets(),
    version: 0,
  }));
  const [progress, setProgress] = useState<number | null>(0);
  const [failed, setFailed] = useState(false);
  const generation = useRef(0);
  /** Whether a whole log was shown: a reload keeps it on screen until the new one is read whole. */
  const shownWhole = useRef(false);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const stream = !shownWhole.current;
    void (async () => {
      const rows: LogRow[] = [];
      const index = new LogSearchIndex();
      const facets = new FacetCounter();
      let total = 0;
      let shownAt = -Infinity;
      const show = () => {
        setLog((previous) => ({
          rows: rows.slice(),
          index,
          facets: facets.facets(),
          version: previous.version + 1,
        }));
        shownAt = performance.now();
      };
      const ask = (after: LogPagePosition | undefined, limit: number) => {
        // The count comes with the second page: the first screen does not wait for it.
        const count = after !== undefined && total === 0;
        const request = sendToBackground(
          'log:rows',
          after === undefined ? { limit } : { after, limit, ...(count ? { count } : {}) },
        );
        request.catch(() => {}); // handled where it is awaited; a newer load may never await it
        return request;
      };
      let pending: Promise<RowsPage> = ask(undefined, FIRST_PAGE);
      for (let limit = FIRST_PAGE; ; limit = STREAM_PAGE) {
        const page = await pending;
        if (mine !== generation.current) return; // a newer load started
        if (!page) throw new Error('The background did not answer');
        total = page.total ?? total;
        const last = page.rows[page.rows.length - 1];
        const more = page.rows.length === limit && last !== undefined;
        // The next page is read by the background while this one is indexed here.
        if (more) pending = ask({ lastSeen: last.lastSeen, url: last.url }, STREAM_PAGE);
        for (let start = 0; start < page.rows.length; start += INDEX_SLICE) {
          const end = Math.min(page.rows.length, start + INDEX_SLICE);
          index.addWords(page.words.slice(start, end), rows.length);
          facets.addRows(page.rows.slice(start, end), []);
          for (let i = start; i < end; i++) rows.push(page.rows[i]!);
          await nextTask();
          if (mine !== generation.current) return;
        }
        facets.addRows([], page.statementsBySpeaker);
        setProgress(total > 0 ? Math.min(1, rows.length / total) : more ? 0 : 1);
        if (!more) break;
        if (stream && performance.now() - shownAt > SHOW_EVERY_MS) show();
      }
      show();
      shownWhole.current = true;
      setProgress(null);
      setFailed(false);
    })().catch((error: unknown) => {
      console.warn('Veille: could not read the reading log', error);
      if (mine === generation.current) setFailed(true);
    });
  }, []);

  const replaceRow = useCallback((entry: LogEntry) => {
    setLog((previous) => {
      const at = previous.rows.findIndex((row) => row.url === entry.url);
      if (at < 0) return previous;
      const rows = previous.rows.slice();
      rows[at] = toLogRow(entry);
      return { ...previous, rows, version: previous.version + 1 };
    });
  }, []);

  useEffect(reload, [reload]);
  return { log, progress, failed, reload, replaceRow };
}
