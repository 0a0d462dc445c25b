/**
 * The whole reading log in the options page: read from the background page by page (with progress), indexed for
 * search as it arrives, and read again after a change. Between pages the browser gets the main thread back, so a
 * 100,000-entry log loads without a long task. Of each entry the page keeps only its compact row (what the table,
 * filters and sorting need); whole entries are asked of the background when needed (`fetchEntries`).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LogEntry } from '@/utils/log';
import { FacetCounter, type LogFacets, type LogRow } from '@/utils/log/query';
import { LogSearchIndex } from '@/utils/log/search';
import { LOG_PAGE_MAX, sendToBackground } from '@/utils/messages';

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
}

/** Yield to the browser (rendering, input) before the next piece of work. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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

/**
 * Entries per message, read and indexed between two yields: rows and words of 200 entries are a few hundred
 * kilobytes, decoded and indexed in about 10 ms; whole entries (`fetchEntries`) under a few megabytes.
 */
const PAGE = Math.min(LOG_PAGE_MAX, 200);

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

  const reload = useCallback(() => {
    const mine = ++generation.current;
    void (async () => {
      const rows: LogRow[] = [];
      const index = new LogSearchIndex();
      const facets = new FacetCounter();
      let after: string | undefined;
      for (;;) {
        const page = await sendToBackground(
          'log:rows',
          after === undefined ? { limit: PAGE } : { after, limit: PAGE },
        );
        if (mine !== generation.current) return; // a newer load started
        if (!page) throw new Error('The background did not answer');
        index.addWords(page.words, rows.length);
        facets.addRows(page.rows, page.statementsBySpeaker);
        rows.push(...page.rows);
        setProgress(page.total > 0 ? Math.min(1, rows.length / page.total) : 1);
        if (page.rows.length < PAGE) break;
        after = page.rows[page.rows.length - 1]!.url;
        await nextTask();
      }
      setLog((previous) => ({ rows, index, facets: facets.facets(), version: previous.version + 1 }));
      setProgress(null);
      setFailed(false);
    })().catch((error: unknown) => {
      console.warn('Veille: could not read the reading log', error);
      if (mine === generation.current) setFailed(true);
    });
  }, []);

  useEffect(reload, [reload]);
  return { log, progress, failed, reload };
}
