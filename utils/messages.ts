/**
 * The one message protocol between Veille's contexts (background, popup, options, onboarding, and the highlight
 * script injected into a page when the reader clicks a statement).
 *
 * Every message is declared once in `Protocol` (name → request and response, documented here), travels as an
 * `Envelope`, and is checked by its validator before any handler sees it: a message that does not validate is
 * dropped and counted, never acted on. Messages come from our own contexts only, but a content script runs next
 * to hostile pages and a stale one may outlive an update, so nothing is trusted by shape alone.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Deleted, EntryEdit, ImportCounts } from './log';
import type { LogPagePosition } from './log/pages';
import type { LogRow } from './log/query';
import type { LogEntry, SavedStatement } from './log/schema';
import { isLogEntry, isSavedStatement } from './log/validate';
import type { ArticleAnalysis } from './types';

export type { SavedStatement } from './log/schema';

/** Why a page is being analysed; shown nowhere, but lets the background tell a first visit from an update. */
export type AnalysisReason = 'load' | 'navigation' | 'update' | 'request';

/** How the engine ran for a page, for the popup's footer and for measuring the cost to the page. */
export interface AnalysisTimings {
  /** Main-thread time the page paid to serialise its DOM, in ms. */
  serialiseMs: number;
  /** Time the background spent parsing and analysing, in ms (off the page). */
  analyseMs: number;
  /** Size of the serialised page, in UTF-16 code units. */
  htmlLength: number;
}

/** What the extension knows about one tab, kept in `storage.session` (see utils/storage.ts). */
export interface TabState {
  url: string;
  /**
   * `analysing` until the background answers; `no-article` when the cheap check or the engine found none;
   * `too-large` when the page holds an article but its HTML is over `MAX_HTML_LENGTH` (not analysed).
   */
  status: 'analysing' | 'done' | 'no-article' | 'too-large' | 'error';
  articles: ArticleAnalysis[];
  /** Epoch ms of the last analysis. */
  analysedAt: number;
  timings?: AnalysisTimings;
  /** Set when `status` is `error`: a short reason for the console, never page text (the popup says it in words). */
  error?: string;
}

/** A statement to re-find on the page: its words plus the sentence around them. */
export interface HighlightTarget {
  quote: string;
  context: string;
}

/** The text the engine analysed on a page, for the topic editor's live preview. */
export interface ReadText {
  url: string;
  articles: { title: string; text: string; lang: string }[];
}

/** A reading-log entry as the popup sees it (utils/log/schema.ts holds the stored form). */
export interface LogStatus {
  url: string;
  saved: boolean;
}

/** The latest entries as the popup lists them. */
export interface LogSummary {
  url: string;
  title: string;
  saved: boolean;
  site?: string;
  lastSeen: number;
  statements: number;
}

/**
 * Why a write to the log failed: the browser's storage is full; the service worker stopped during an import and
 * lost the pieces sent before (`log:import-commit`); or anything else (said in the console).
 */
export type LogWriteError = 'storage-full' | 'interrupted' | 'failed';
export type LogWriteResult<T> = ({ ok: true } & T) | { ok: false; error: LogWriteError };

export interface Protocol {
  /** background/popup → content: highlight a statement on the page and scroll to it. */
  'page:highlight': { request: HighlightTarget; response: { found: boolean } };
  /** background/popup → content: remove Veille's highlight. */
  'page:clear-highlight': { request: Record<string, never>; response: null };

  /** popup → background: what is known about a tab (null: nothing yet). */
  /**
   * popup → background: analyse a tab now. Works without host permission right after the toolbar click,
   * through activeTab + scripting. `injected: false` means the browser refused (no permission on this site).
   */
  'tab:analyse': { request: { tabId: number }; response: { injected: boolean } };
  /** popup → background: highlight a statement of an article on a tab. */
  'tab:highlight': { request: { tabId: number; statementId: string }; response: { found: boolean } };

  /** popup → background: is this article in the reading log? */
  'log:status': { request: { tabId: number; articleIndex: number }; response: LogStatus };
  /** popup → background: save (or unsave) the tab's article in the reading log. */
  'log:save': { request: { tabId: number; articleIndex: number; saved: boolean }; response: LogStatus };
  /** any extension page → background: the reading log's latest entries, newest first (the popup's list). */
  'log:list': { request: { limit: number }; response: LogSummary[] };
  /**
   * options → background: whole entries by URL (at most `LOG_PAGE_MAX`), for the page that keeps only compact
   * rows: an entry opened, a speaker's statements, an export. Entries gone from the log are left out.
   */
  'log:entries': { request: { urls: string[] }; response: { entries: LogEntry[] } };
  /**
   * options → background: the whole log in pages, newest first (last read first: the table's default order),
   * after the last entry of the previous page, as the options page keeps it: compact rows, each entry's search
   * words (`searchWords`), the page's statements counted by speaker; and when `count` is asked (once per load,
   * after the first page: counting the store costs more than reading a page), how many entries there are.
   */
  'log:rows': {
    request: { after?: LogPagePosition; limit: number; count?: boolean };
    response: { rows: LogRow[]; words: string[]; statementsBySpeaker: [string, number][]; total?: number };
  };
  /** options → background: star, tag or annotate an entry. */
  'log:edit': {
    request: { url: string } & EntryEdit;
    response: LogWriteResult<{ entry: LogEntry | null }>;
  };
  /**
   * options → background: delete entries (or all: with the saved passages), undoable through `log:undo` with the
   * batch for a while. Deleting all, an undo and an import that adds passages tell pages `statement:changed`.
   */
  'log:delete': {
    request: { urls: string[] } | { all: true };
    response: LogWriteResult<{ batch: string; deleted: Deleted }>;
  };
  'log:undo': { request: { batch: string }; response: LogWriteResult<{ restored: number }> };
  /**
   * options → background: an import, validated in the options page and again here, sent in pieces (a message
   * has a size limit) and written by `log:import-commit` in one transaction, so that a failure writes nothing.
   * The commit names how many entries were sent (`total`): a service worker stopped between two pieces keeps only
   * those after, and the commit then writes nothing and answers `interrupted` (components/log/send-import.ts
   * sends the import again). Saved passages (`saved`, from a version-4 export) travel the same way, after the
   * entries, and `savedTotal` counts them.
   */
  'log:import-stage': {
    request: { importId: string; entries: LogEntry[]; saved?: SavedStatement[] };
    response: { staged: number };
  };
  'log:import-commit': {
    request: { importId: string; total: number; savedTotal?: number };
    response: LogWriteResult<ImportCounts>;
  };

  /**
   * options → background: the analysed text of the page the reader is on (the active tab, else the page analysed
   * last), for the topic editor's preview; null when no page was analysed since the background started.
   */
  'tab:read-text': { request: Record<string, never>; response: ReadText | null };
  /**
   * statement page → background: save a passage as a statement of the named speaker, and the page in the log, in
   * one transaction (both or neither). `saved: false` without an error: nothing to save (no words, no speaker, no
   * page); with one: the write failed and changed nothing (`storage-full` is also set in `local:logProblem`).
   */
  'statement:save': {
    request: { tabId: number; quote: string; speaker: string };
    response: { saved: true } | { saved: false; error?: LogWriteError };
  };
  /** options page → background: the saved passages, newest first. */
  'statement:list': { request: Record<string, never>; response: SavedStatement[] };
  /** options page → background: how many passages are saved (whether "Delete everything…" has anything to do). */
  'statement:count': { request: Record<string, never>; response: number };
  /** options page → background: forget a saved passage (identified by its page and the moment it was saved). */
  'statement:delete': { request: { url: string; savedAt: number }; response: { deleted: boolean } };
  /**
   * background → extension pages: the saved passages changed (a save or a deletion was written), so that an open
   * options page lists them again. Sent after the write; nobody listening is fine.
   */
  'statement:changed': { request: Record<string, never>; response: null };

  /**
   * highlight script → background: a malformed command reached the page and was dropped there; counted beside
   * the background's own (`droppedInPages`).
   */
  'debug:dropped': { request: Record<string, never>; response: null };
  /** any extension page → background: counters for diagnostics and tests (utils/storage.ts, `Counters`). */
  'debug:stats': {
    request: Record<string, never>;
    response: { dropped: number; droppedInPages: number; analyses: number };
  };
}

export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = Protocol[N]['request'];
export type ResponseOf<N extends MessageName> = Protocol[N]['response'];

/** What actually travels; `veille` marks our messages among others a browser may deliver. */
export interface Envelope<N extends MessageName = MessageName> {
  veille: 1;
  name: N;
  payload: RequestOf<N>;
}

// ---- validators: small combinators, so each message's shape reads like its type ----

type Check<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings up to `max` code units: the background never holds more than a page's worth of anything. */
const str =
  (max: number): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max;

const int =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check<number> =>
  (value): value is number =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

const bool: Check<boolean> = (value): value is boolean => typeof value === 'boolean';
const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);
/** An object with exactly these fields (extra fields are refused: they would be a different message). */
function shape<T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  return (value): value is T => {
    if (!isRecord(value)) return false;
    for (const key of Object.keys(value)) if (!(key in fields)) return false;
    return keys.every((key) => (fields[key] as Check<unknown>)(value[key]));
  };
}

/** Large enough for the biggest news pages we have seen (about 5 MB of HTML), small enough to refuse junk. */
export const MAX_HTML_LENGTH = 16_000_000;
const URL_MAX = 8_192;
const TEXT_MAX = 100_000;
const tabId = int(0);
/** Entries per `log:rows`, `log:entries` and `log:import-stage` message: a few MB at most. */
export const LOG_PAGE_MAX = 2_000;

const listOf =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.length <= max && value.every((element) => item(element));

const validators: { [N in MessageName]: Check<RequestOf<N>> } = {
  'page:highlight': shape<RequestOf<'page:highlight'>>({ quote: str(TEXT_MAX), context: str(TEXT_MAX) }),
  'page:clear-highlight': shape<RequestOf<'page:clear-highlight'>>({}),
  'tab:analyse': shape<RequestOf<'tab:analyse'>>({ tabId }),
  'tab:highlight': shape<RequestOf<'tab:highlight'>>({ tabId, statementId: str(1_000) }),
  'log:status': shape<RequestOf<'log:status'>>({ tabId, articleIndex: int(0, 1_000) }),
  'log:save': shape<RequestOf<'log:save'>>({ tabId, articleIndex: int(0, 1_000), saved: bool }),
  'log:list': shape<RequestOf<'log:list'>>({ limit: int(1, 10_000) }),
  'tab:read-text': shape<RequestOf<'tab:read-text'>>({}),
  'statement:save': shape<RequestOf<'statement:save'>>({ tabId, quote: str(TEXT_MAX), speaker: str(1_000) }),
  'statement:list': shape<RequestOf<'statement:list'>>({}),
  'statement:count': shape<RequestOf<'statement:count'>>({}),
  'statement:delete': shape<RequestOf<'statement:delete'>>({ url: str(URL_MAX), savedAt: int(0) }),
  'statement:changed': shape<RequestOf<'statement:changed'>>({}),
  'log:rows': (value): value is RequestOf<'log:rows'> =>
    isRecord(value) &&
    (value.after === undefined
      ? shape<{ limit: number; count?: boolean }>({ limit: int(1, LOG_PAGE_MAX), count: optional(bool) })(
          value,
        )
      : shape<{ after: LogPagePosition; limit: number; count?: boolean }>({
          after: shape<LogPagePosition>({ lastSeen: int(0), url: str(URL_MAX) }),
          limit: int(1, LOG_PAGE_MAX),
          count: optional(bool),
        })(value)),
  'log:entries': shape<RequestOf<'log:entries'>>({ urls: listOf(str(URL_MAX), LOG_PAGE_MAX) }),
  'log:edit': (value): value is RequestOf<'log:edit'> =>
    isRecord(value) &&
    str(URL_MAX)(value.url) &&
    Object.keys(value).every((key) => ['url', 'starred', 'tags', 'note'].includes(key)) &&
    (value.starred === undefined || bool(value.starred)) &&
    (value.tags === undefined || listOf(str(200), 100)(value.tags)) &&
    (value.note === undefined || str(TEXT_MAX)(value.note)),
  'log:delete': (value): value is RequestOf<'log:delete'> =>
    shape<{ urls: string[] }>({ urls: listOf(str(URL_MAX), 1_000_000) })(value) ||
    shape<{ all: true }>({ all: (v): v is true => v === true })(value),
  'log:undo': shape<RequestOf<'log:undo'>>({ batch: str(100) }),
  'log:import-stage': shape<RequestOf<'log:import-stage'>>({
    importId: str(100),
    entries: listOf(isLogEntry, LOG_PAGE_MAX),
    saved: optional(listOf(isSavedStatement, LOG_PAGE_MAX)),
  }),
  'log:import-commit': shape<RequestOf<'log:import-commit'>>({
    importId: str(100),
    total: int(0),
    savedTotal: optional(int(0)),
  }),
  'debug:dropped': shape<RequestOf<'debug:dropped'>>({}),
  'debug:stats': shape<RequestOf<'debug:stats'>>({}),
};

/** The envelope, validated: its name is one we know and its payload has that message's shape. */
export function parseEnvelope(value: unknown): Envelope | null {
  if (!isRecord(value) || value.veille !== 1 || typeof value.name !== 'string') return null;
  if (!Object.hasOwn(validators, value.name)) return null;
  const name = value.name as MessageName;
  return (validators[name] as Check<unknown>)(value.payload) ? (value as unknown as Envelope) : null;
}

export function envelope<N extends MessageName>(name: N, payload: RequestOf<N>): Envelope<N> {
  return { veille: 1, name, payload };
}

/** Send to the background (from the content script, popup or any extension page). */
export async function sendToBackground<N extends MessageName>(
  name: N,
  payload: RequestOf<N>,
): Promise<ResponseOf<N>> {
  return (await browser.runtime.sendMessage(envelope(name, payload))) as ResponseOf<N>;
}

/** What the background tells the extension's open pages. */
export type PageNotice = 'statement:changed';

/** Tell every open extension page (the background's `runtime.sendMessage` reaches them); none open is fine. */
export async function tellExtensionPages<N extends PageNotice>(
  name: N,
  payload: RequestOf<N>,
): Promise<void> {
  await browser.runtime.sendMessage(envelope(name, payload)).catch(() => {});
}

/** What the background asks of the highlight script in a page. */
export type PageCommand = 'page:highlight' | 'page:clear-highlight';

/**
 * The highlight script's answers, checked as requests are: it runs beside a hostile page, in a renderer that page
 * may have compromised.
 */
const answerValidators: { [N in PageCommand]: Check<ResponseOf<N>> } = {
  'page:highlight': shape<ResponseOf<'page:highlight'>>({ found: bool }),
  'page:clear-highlight': (value): value is null => value === null,
};

/**
 * Send a command to the highlight script of a tab (top frame only: Veille reads the page the reader is on). Null
 * when no answer came (the command failed there) or the answer does not check; `onDropped` hears the latter.
 */
export async function sendToTab<N extends PageCommand>(
  tab: number,
  name: N,
  payload: RequestOf<N>,
  onDropped: (raw: unknown) => void = () => {},
): Promise<ResponseOf<N> | null> {
  const answer: unknown = await browser.tabs.sendMessage(tab, envelope(name, payload), { frameId: 0 });
  if (answer === null || answer === undefined) return null;
  if ((answerValidators[name] as Check<unknown>)(answer)) return answer as ResponseOf<N>;
  onDropped(answer);
  return null;
}

export type Handlers<N extends MessageName> = {
  [K in N]: (
    payload: RequestOf<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

/**
 * Route incoming messages to `handlers`. Messages not addressed to this context (names it has no handler for)
 * are left for other listeners; malformed ones are dropped and reported through `onDropped`. Handler errors
 * become a `null` answer rather than an exception in the sender. Answers go through `sendResponse` (with `true`
 * returned to keep the channel open), which every engine supports natively: the content script is built without
 * the webextension polyfill (see wxt.config.ts), and Chrome honours a listener's returned promise only lately.
 */
export function listen<N extends MessageName>(
  handlers: Handlers<N>,
  onDropped: (raw: unknown) => void,
  signal?: AbortSignal,
): void {
  const listener = (
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (response: unknown) => void,
  ): true | undefined => {
    const message = parseEnvelope(raw);
    if (!message) {
      // Only count what claimed to be ours: other extensions' or the browser's traffic is not an error.
      if (isRecord(raw) && raw.veille === 1) onDropped(raw);
      return undefined;
    }
    if (!Object.hasOwn(handlers, message.name)) return undefined;
    const handler = handlers[message.name as N] as (payload: unknown, s: typeof sender) => unknown;
    void Promise.resolve()
      .then(() => handler(message.payload, sender))
      .catch((error: unknown) => {
        console.warn(`Veille: ${message.name} failed`, error);
        return null;
      })
      .then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The extension context is gone (reloaded): there is nothing left to remove the listener from.
      }
    },
    { once: true },
  );
}
