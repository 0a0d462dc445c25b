/**
 * Choosing and ordering log entries for the options page and for filtered exports (DESIGN.md: "every export can
 * be filtered"): pure functions over the entries in memory, by index, so a 100,000-entry log is never copied.
 */
import type { CueClass, Statement } from '../types';
import { CUE_CLASSES } from './cue-class';
import type { LogEntry } from './schema';
import { foldForSearch } from './search';
import { sortInSteps } from './sort-in-steps';
import { runSteps } from './steps';

export interface LogFilter {
  topic?: string;
  /** A speaker's name, or the key of a group of names (speakers.ts) whose names are in `speakerNames`. */
  speaker?: string;
  speakerNames?: ReadonlySet<string>;
  /** Entries holding a statement of this type (and, in exports, only those statements: cue-class.ts). */
  cueClass?: CueClass;
  site?: string;
  lang?: string;
  /** Publication day range, `YYYY-MM-DD`, both ends included (first seen when the date is unknown). */
  from?: string;
  to?: string;
}

/**
 * What the options page keeps of an entry: what its table, filters and sorting need, without the statements'
 * text, the excerpt or the note (fetched from the background when an entry is opened or exported). Holding
 * 100,000 entries whole took a gigabyte, whose garbage collections made long tasks.
 */
export interface LogRow {
  url: string;
  title: string;
  site?: string;
  lang: string;
  publishedAt?: string;
  firstSeen: number;
  lastSeen: number;
  visits: number;
  activeMs: number;
  topics: string[];
  /** The distinct speakers of its statements. */
  speakers: string[];
  /** The distinct types of its statements (`Statement.cueClass`). */
  cueClasses: CueClass[];
  /** Who said what type of thing: `saidAs(cueClass, speaker)` of each statement with both, distinct. */
  saidAs: string[];
  statementCount: number;
  starred: boolean;
  tagged: boolean;
}

/** A statement's type and speaker as one key (a type is one lower-case word, so the first space ends it). */
function saidAs(cueClass: CueClass, speaker: string): string {
  return `${cueClass} ${speaker}`;
}

export function toLogRow(entry: LogEntry): LogRow {
  const speakers = new Set<string>();
  const cueClasses = new Set<CueClass>();
  const said = new Set<string>();
  for (const { speaker, cueClass } of entry.statements) {
    if (speaker) speakers.add(speaker);
    if (cueClass) cueClasses.add(cueClass);
    if (speaker && cueClass) said.add(saidAs(cueClass, speaker));
  }
  const row: LogRow = {
    url: entry.url,
    title: entry.title,
    lang: entry.lang,
    firstSeen: entry.firstSeen,
    lastSeen: entry.lastSeen,
    visits: entry.visits,
    activeMs: entry.activeMs,
    topics: entry.topics,
    speakers: [...speakers],
    cueClasses: [...cueClasses],
    saidAs: [...said],
    statementCount: entry.statements.length,
    starred: entry.starred,
    tagged: entry.tags.length > 0,
  };
  if (entry.site !== undefined) row.site = entry.site;
  if (entry.publishedAt !== undefined) row.publishedAt = entry.publishedAt;
  return row;
}

/** The day an entry belongs to for date filters and the speaker view. */
export function entryDay(entry: Pick<LogEntry, 'publishedAt' | 'firstSeen'>): string {
  return (entry.publishedAt ?? new Date(entry.firstSeen).toISOString()).slice(0, 10);
}

function saidBy(key: string, cueClass: CueClass, names: ReadonlySet<string>): boolean {
  return (
    key.startsWith(cueClass) && key[cueClass.length] === ' ' && names.has(key.slice(cueClass.length + 1))
  );
}

export function matchesFilter(entry: LogRow, filter: LogFilter): boolean {
  if (filter.topic && !entry.topics.includes(filter.topic)) return false;
  if (filter.site && entry.site !== filter.site) return false;
  if (filter.lang && entry.lang !== filter.lang) return false;
  if (filter.speaker) {
    const names = filter.speakerNames ?? new Set([filter.speaker]);
    // With a type chosen too, one statement must be both: this person's denials, not a denial and this person.
    const { cueClass } = filter;
    if (
      cueClass
        ? !entry.saidAs.some((key) => saidBy(key, cueClass, names))
        : !entry.speakers.some((name) => names.has(name))
    )
      return false;
  } else if (filter.cueClass && !entry.cueClasses.includes(filter.cueClass)) return false;
  if (filter.from || filter.to) {
    const day = entryDay(entry);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

/** Indices of the entries passing the filter and, when there is a search, found by it. */
export function selectEntries(
  entries: readonly LogRow[],
  filter: LogFilter,
  found: Set<number> | null,
): number[] {
  const selected: number[] = [];
  for (let index = 0; index < entries.length; index++) {
    if (found && !found.has(index)) continue;
    if (matchesFilter(entries[index]!, filter)) selected.push(index);
  }
  return selected;
}

/**
 * `selectEntries` over the entries in `order` (indices), keeping that order, in steps of a few thousand entries
 * (the caller may pause between two): filtering 100,000 rows at once is a long task on a loaded machine. With no
 * filter and no search, `order` itself.
 */
export function* selectInSteps(
  entries: readonly LogRow[],
  order: number[],
  filter: LogFilter,
  found: Set<number> | null,
): Generator<void, number[], void> {
  if (!found && Object.values(filter).every((value) => value === undefined || value === '')) return order;
  const selected: number[] = [];
  for (let start = 0; start < order.length; start += SELECT_SLICE) {
    const end = Math.min(order.length, start + SELECT_SLICE);
    for (let i = start; i < end; i++) {
      const index = order[i]!;
      if (found && !found.has(index)) continue;
      if (matchesFilter(entries[index]!, filter)) selected.push(index);
    }
    yield;
  }
  return selected;
}

/** Entries filtered between two possible pauses: a few milliseconds' worth. */
const SELECT_SLICE = 5_000;

export type SortKey = 'lastSeen' | 'publishedAt' | 'title' | 'site' | 'statements' | 'visits' | 'activeMs';

/** What each text column sorts by: text folded once, so that sorting 100,000 titles stays fast. */
function textSortValue(entry: LogRow, key: 'title' | 'site' | 'publishedAt'): string {
  if (key === 'publishedAt') return entry.publishedAt ?? '';
  return foldForSearch((key === 'title' ? entry.title : entry.site) ?? '');
}

/** What each number column sorts by. */
function numberSortValue(entry: LogRow, key: Exclude<SortKey, 'title' | 'site' | 'publishedAt'>): number {
  return key === 'statements' ? entry.statementCount : entry[key];
}

const folded = new WeakMap<readonly LogRow[], Map<SortKey, string[]>>();
const foldedCache = (entries: readonly LogRow[]) => {
  let cache = folded.get(entries);
  if (!cache) folded.set(entries, (cache = new Map()));
  return cache;
};

/** Sort values this many at a time: folding 100,000 titles at once would take hundreds of milliseconds. */
const VALUES_SLICE = 1_000;

/**
 * The comparison of two entry indices in the order of `key`; ties keep the log's latest-first order. Its values
 * are computed in steps (the caller may pause between two); the generator returns the comparison. Values and the
 * tie-breaking times sit in arrays by entry index (typed arrays for numbers): the comparison then touches no row
 * object, whose scattered reads made sorting by a column with many ties twice as slow.
 */
function* comparatorInSteps(
  entries: readonly LogRow[],
  indices: number[],
  key: SortKey,
  descending: boolean,
): Generator<void, (a: number, b: number) => number, void> {
  const latest = new Float64Array(entries.length);
  const isText = key === 'title' || key === 'site' || key === 'publishedAt';
  // Folded titles and sites of the whole log are kept with it: folding 100,000 titles makes tens of megabytes
  // of garbage, whose collection was a long task on every sort by title.
  const cache = isText && indices.length === entries.length ? foldedCache(entries) : undefined;
  const cached = cache?.get(key);
  const texts: string[] = cached ?? (isText ? new Array<string>(entries.length) : []);
  const numbers = new Float64Array(isText ? 0 : entries.length);
  for (let start = 0; start < indices.length; start += VALUES_SLICE) {
    const end = Math.min(indices.length, start + VALUES_SLICE);
    for (let i = start; i < end; i++) {
      const index = indices[i]!;
      const entry = entries[index]!;
      latest[index] = entry.lastSeen;
      if (!isText) numbers[index] = numberSortValue(entry, key);
      else if (!cached) texts[index] = textSortValue(entry, key);
    }
    yield;
  }
  if (cache && !cached) cache.set(key, texts);
  const direction = descending ? -1 : 1;
  if (isText)
    return (a, b) => {
      const x = texts[a]!;
      const y = texts[b]!;
      if (x !== y) return (x < y ? -1 : 1) * direction;
      return latest[b]! - latest[a]!;
    };
  return (a, b) => {
    const x = numbers[a]!;
    const y = numbers[b]!;
    if (x !== y) return (x < y ? -1 : 1) * direction;
    return latest[b]! - latest[a]!;
  };
}

/** The comparison at once. */
function comparator(
  entries: readonly LogRow[],
  indices: number[],
  key: SortKey,
  descending: boolean,
): (a: number, b: number) => number {
  return runSteps(comparatorInSteps(entries, indices, key, descending));
}

/** The indices in the order of `key`, at once. */
export function sortIndices(
  entries: readonly LogRow[],
  indices: number[],
  key: SortKey,
  descending: boolean,
): number[] {
  return [...indices].sort(comparator(entries, indices, key, descending));
}

export function* sortIndicesInSteps(
  entries: readonly LogRow[],
  indices: number[],
  key: SortKey,
  descending: boolean,
): Generator<void, number[], void> {
  const compare = yield* comparatorInSteps(entries, indices, key, descending);
  return yield* sortInSteps(indices, compare);
}

export interface LogFacets {
  topics: string[];
  sites: string[];
  langs: string[];
  /**
   * The statement types the log holds, in the filter's order: "position" only once positions were recorded
   * (the positions mode), not offered to someone who never switched it on.
   */
  cueClasses: CueClass[];
  /** Speakers by number of statements, most quoted first. */
  speakers: { name: string; statements: number }[];
}

/** The values the filters offer, counted as the log arrives (page by page, so no single step is long). */
export class FacetCounter {
  private readonly topics = new Set<string>();
  private readonly sites = new Set<string>();
  private readonly langs = new Set<string>();
  private readonly cueClasses = new Set<CueClass>();
  private readonly speakers = new Map<string, number>();

  add(entries: readonly LogEntry[]): void {
    for (const entry of entries) {
      for (const topic of entry.topics) this.topics.add(topic);
      if (entry.site) this.sites.add(entry.site);
      this.langs.add(entry.lang);
      for (const { speaker, cueClass } of entry.statements) {
        if (speaker) this.speakers.set(speaker, (this.speakers.get(speaker) ?? 0) + 1);
        if (cueClass) this.cueClasses.add(cueClass);
      }
    }
  }

  /** Rows read from the background, with the page's statements counted by speaker there. */
  addRows(rows: readonly LogRow[], statementsBySpeaker: readonly (readonly [string, number])[]): void {
    for (const row of rows) {
      for (const topic of row.topics) this.topics.add(topic);
      if (row.site) this.sites.add(row.site);
      this.langs.add(row.lang);
      for (const cueClass of row.cueClasses) this.cueClasses.add(cueClass);
    }
    for (const [speaker, count] of statementsBySpeaker)
      this.speakers.set(speaker, (this.speakers.get(speaker) ?? 0) + count);
  }

  facets(): LogFacets {
    const byName = (a: string, b: string) => a.localeCompare(b);
    return {
      topics: [...this.topics].sort(byName),
      sites: [...this.sites].sort(byName),
      langs: [...this.langs].sort(),
      cueClasses: CUE_CLASSES.filter((cueClass) => this.cueClasses.has(cueClass)),
      speakers: [...this.speakers]
        .map(([name, statements]) => ({ name, statements }))
        .sort((a, b) => b.statements - a.statements || byName(a.name, b.name)),
    };
  }
}

/** The values the filters offer, taken from the log itself. */
export function logFacets(entries: readonly LogEntry[]): LogFacets {
  const counter = new FacetCounter();
  counter.add(entries);
  return counter.facets();
}

export interface SpeakerStatement {
  statement: Statement;
  entry: LogEntry;
}

/**
 * Every statement of one speaker (a name, or the names of one person: speakers.ts) across the given entries, by
 * publication date, then order in the article.
 */
export function statementsBySpeaker(
  entries: readonly LogEntry[],
  speaker: string | ReadonlySet<string>,
): SpeakerStatement[] {
  const names = typeof speaker === 'string' ? new Set([speaker]) : speaker;
  const said: SpeakerStatement[] = [];
  for (const entry of entries)
    for (const statement of entry.statements)
      if (names.has(statement.speaker)) said.push({ statement, entry });
  return said.sort((a, b) => {
    const x = entryDay(a.entry);
    const y = entryDay(b.entry);
    if (x !== y) return x < y ? -1 : 1;
    if (a.entry.url !== b.entry.url) return a.entry.url < b.entry.url ? -1 : 1;
    return a.statement.start - b.statement.start;
  });
}
