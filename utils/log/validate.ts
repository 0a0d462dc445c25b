/**
 * Checking that data claiming to be a log entry is one, field by field, before anything is written (imports, and
 * entries crossing the message protocol). Problems name the field and what was expected there, as data: the
 * options page says them in the interface language, `problemText` in English.
 */
import type { Statement, Topic } from '../types';
import { isCueClass } from './cue-class';
import type { LogEntry, SavedStatement } from './schema';

/** Where a value is, for messages: `entries[12].statements[3].kind`. */
type Path = string;

/** Long enough for any real article, short enough that junk cannot make the log huge. */
const MAX_TEXT = 1_000_000;
const MAX_SHORT = 10_000;

/** What a field should have held; each has its words in `problemText` and in the locales (`importProblem_…`). */
export const EXPECTED = [
  'text',
  'tooLong',
  'wholeNumber',
  'boolean',
  'texts',
  'statement',
  'kind',
  'cueClass',
  'ranges',
  'range',
  'rangeOrder',
  'entry',
  'webAddress',
  'httpAddress',
  'statements',
  'topic',
  'number',
  'someText',
  'savedPassage',
  'twice',
  'version',
  'lists',
  'savedList',
] as const;
export type Expected = (typeof EXPECTED)[number];

/** One thing wrong: where, and what was expected there (`limit`: the length a text went past). */
export interface Problem {
  path: Path;
  expected: Expected;
  limit?: number;
}

const ENGLISH: Record<Expected, string> = {
  text: 'expected text',
  tooLong: 'longer than $LIMIT characters',
  wholeNumber: 'expected a whole number ≥ 0',
  boolean: 'expected true or false',
  texts: 'expected a list of texts',
  statement: 'expected a statement',
  kind: 'expected direct, indirect or mixed',
  cueClass: 'expected a statement type (say, claim, deny…)',
  ranges: 'expected a list of [start, end] ranges',
  range: 'expected [start, end]',
  rangeOrder: 'expected 0 ≤ start ≤ end',
  entry: 'expected an entry',
  webAddress: 'expected a web address',
  httpAddress: 'expected a web address (http or https)',
  statements: 'expected a list of statements',
  topic: 'expected a topic',
  number: 'expected a number',
  someText: 'expected some text',
  savedPassage: 'expected a saved passage',
  twice: 'appears twice',
  version: 'expected a whole number ≥ 1',
  lists: 'expected lists',
  savedList: 'expected a list of saved passages',
};

/** A problem in English: `entries[12].statements[3].kind: expected direct, indirect or mixed`. */
export function problemText({ path, expected, limit }: Problem): string {
  return `${path}: ${ENGLISH[expected].replace('$LIMIT', String(limit))}`;
}

class Problems {
  readonly list: Problem[] = [];
  add(path: Path, expected: Expected, limit?: number): void {
    if (this.list.length < 20)
      this.list.push(limit === undefined ? { path, expected } : { path, expected, limit });
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(problems: Problems, value: unknown, path: Path, max = MAX_SHORT): void {
  if (typeof value !== 'string') problems.add(path, 'text');
  else if (value.length > max) problems.add(path, 'tooLong', max);
}

function optionalText(problems: Problems, value: unknown, path: Path): void {
  if (value !== undefined) text(problems, value, path);
}

function count(problems: Problems, value: unknown, path: Path): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) problems.add(path, 'wholeNumber');
}

function flag(problems: Problems, value: unknown, path: Path): void {
  if (typeof value !== 'boolean') problems.add(path, 'boolean');
}

function texts(problems: Problems, value: unknown, path: Path): void {
  if (!Array.isArray(value)) return problems.add(path, 'texts');
  value.forEach((item, index) => text(problems, item, `${path}[${index}]`));
}

const KINDS = new Set(['direct', 'indirect', 'mixed']);

function checkStatement(problems: Problems, value: unknown, path: Path): void {
  if (!isObject(value)) return problems.add(path, 'statement');
  const s = value as Partial<Record<keyof Statement, unknown>>;
  for (const key of ['id', 'speaker', 'mention', 'cue', 'lang'] as const)
    text(problems, s[key], `${path}.${key}`);
  for (const key of ['content', 'sentence'] as const) text(problems, s[key], `${path}.${key}`, MAX_TEXT);
  for (const key of ['role', 'addressee', 'via'] as const) optionalText(problems, s[key], `${path}.${key}`);
  if (typeof s.kind !== 'string' || !KINDS.has(s.kind)) problems.add(`${path}.kind`, 'kind');
  count(problems, s.start, `${path}.start`);
  count(problems, s.end, `${path}.end`);
  texts(problems, s.topics, `${path}.topics`);
  if (s.cueClass !== undefined && (typeof s.cueClass !== 'string' || !isCueClass(s.cueClass)))
    problems.add(`${path}.cueClass`, 'cueClass');
  optionalText(problems, s.continues, `${path}.continues`);
  if (s.parts !== undefined) ranges(problems, s.parts, `${path}.parts`);
}

/** `[start, end)` pairs of offsets, as `Statement.parts` holds them. */
function ranges(problems: Problems, value: unknown, path: Path): void {
  if (!Array.isArray(value)) return problems.add(path, 'ranges');
  value.forEach((range: unknown, index) => {
    const [start, end] = Array.isArray(range) ? (range as unknown[]) : [];
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      !Number.isSafeInteger(start) ||
      !Number.isSafeInteger(end)
    )
      problems.add(`${path}[${index}]`, 'range');
    else if ((start as number) < 0 || (end as number) < (start as number))
      problems.add(`${path}[${index}]`, 'rangeOrder');
  });
}

function checkEntry(problems: Problems, value: unknown, path: Path): void {
  if (!isObject(value)) return problems.add(path, 'entry');
  const e = value as Partial<Record<keyof LogEntry, unknown>>;
  text(problems, e.url, `${path}.url`);
  if (typeof e.url === 'string' && !/^https?:\/\//i.test(e.url)) problems.add(`${path}.url`, 'webAddress');
  text(problems, e.title, `${path}.title`);
  text(problems, e.lang, `${path}.lang`);
  text(problems, e.excerpt, `${path}.excerpt`, MAX_TEXT);
  text(problems, e.note, `${path}.note`, MAX_TEXT);
  for (const key of ['site', 'byline', 'publishedAt'] as const)
    optionalText(problems, e[key], `${path}.${key}`);
  texts(problems, e.topics, `${path}.topics`);
  texts(problems, e.tags, `${path}.tags`);
  for (const key of ['firstSeen', 'lastSeen', 'visits', 'activeMs'] as const)
    count(problems, e[key], `${path}.${key}`);
  flag(problems, e.saved, `${path}.saved`);
  flag(problems, e.starred, `${path}.starred`);
  if (!Array.isArray(e.statements)) problems.add(`${path}.statements`, 'statements');
  else
    e.statements.forEach((statement, index) =>
      checkStatement(problems, statement, `${path}.statements[${index}]`),
    );
}

function checkTopic(problems: Problems, value: unknown, path: Path): void {
  if (!isObject(value)) return problems.add(path, 'topic');
  const topic = value as Partial<Record<keyof Topic, unknown>>;
  for (const key of ['id', 'name'] as const) text(problems, topic[key], `${path}.${key}`);
  // Queries covering eight languages run to tens of thousands of characters (the default topics do).
  text(problems, topic.query, `${path}.query`, MAX_TEXT);
  flag(problems, topic.enabled, `${path}.enabled`);
  optionalText(problems, topic.color, `${path}.color`);
  if (topic.minScore !== undefined && typeof topic.minScore !== 'number')
    problems.add(`${path}.minScore`, 'number');
}

/** The limits of the statement window's own save (`statement:save` in utils/messages.ts). */
const MAX_QUOTE = 100_000;
const MAX_SPEAKER = 1_000;
const MAX_URL = 8_192;

/** A web page's address: the passage's link on the options page and in its exports. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function nonEmptyText(problems: Problems, value: unknown, path: Path, max: number): void {
  text(problems, value, path, max);
  if (typeof value === 'string' && value.trim() === '') problems.add(path, 'someText');
}

function checkSavedStatement(problems: Problems, value: unknown, path: Path): void {
  if (!isObject(value)) return problems.add(path, 'savedPassage');
  const p = value as Partial<Record<keyof SavedStatement, unknown>>;
  text(problems, p.url, `${path}.url`, MAX_URL);
  if (typeof p.url === 'string' && p.url.length <= MAX_URL && !isWebAddress(p.url))
    problems.add(`${path}.url`, 'httpAddress');
  text(problems, p.pageTitle, `${path}.pageTitle`);
  nonEmptyText(problems, p.quote, `${path}.quote`, MAX_QUOTE);
  nonEmptyText(problems, p.speaker, `${path}.speaker`, MAX_SPEAKER);
  count(problems, p.savedAt, `${path}.savedAt`);
}

/** The problems of a would-be saved passage (empty: it is a valid `SavedStatement`). */
export function savedStatementProblems(value: unknown, path = 'passage'): Problem[] {
  const problems = new Problems();
  checkSavedStatement(problems, value, path);
  return problems.list;
}

export const isSavedStatement = (value: unknown): value is SavedStatement =>
  savedStatementProblems(value).length === 0;

/** The problems of a would-be entry (empty: it is a valid `LogEntry`). */
export function entryProblems(value: unknown, path = 'entry'): Problem[] {
  const problems = new Problems();
  checkEntry(problems, value, path);
  return problems.list;
}

export const isLogEntry = (value: unknown): value is LogEntry => entryProblems(value).length === 0;

/** The problems of a list of entries and topics, at most 20 (enough to see what is wrong). */
export function logProblems(entries: unknown[], topics: unknown[]): Problem[] {
  const problems = new Problems();
  topics.forEach((topic, index) => checkTopic(problems, topic, `topics[${index}]`));
  const seen = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    checkEntry(problems, entry, `entries[${index}]`);
    const url = isObject(entry) ? entry.url : undefined;
    if (typeof url === 'string') {
      if (seen.has(url)) problems.add(`entries[${index}].url`, 'twice');
      seen.add(url);
    }
    if (problems.list.length >= 20) break;
  }
  return problems.list;
}
