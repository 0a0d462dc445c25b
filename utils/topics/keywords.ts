/**
 * The topic editor's simple mode: keyword groups that compile to the query language (query-parser.ts), and back.
 *
 * A group is what a media monitor writes for one language: any of these words, all of those, none of the
 * others. It compiles to `(any1 OR any2) all1 all2 NOT (none1 OR none2)`; several groups are ORed, as the
 * default topics OR their languages. A keyword is a word, a glob (`élargi*`), a fuzzy word (`~Zelensky`) or a
 * phrase (anything with spaces or punctuation, quoted in the query).
 *
 * `keywordsFromQuery` reads a query back into groups when it has that shape (null otherwise: the expert mode
 * then edits it); the group's language is not part of the query, so it comes back as `''` (any language).
 */
import type { QueryNode, TermNode } from './query-ast';
import { compileQuery } from './matcher';

export interface KeywordGroup {
  /** ISO 639-1 code the group is written for, or '' for any language; only the editor uses it. */
  lang: string;
  anyOf: string[];
  allOf: string[];
  noneOf: string[];
}

export const emptyGroup = (lang = ''): KeywordGroup => ({ lang, anyOf: [], allOf: [], noneOf: [] });

/** Letters, digits, globs, inner hyphens and apostrophes: what stays a single bare term in the query. */
const BARE_TERM = /^~?[\p{L}\p{M}\p{N}*]+(?:['’-][\p{L}\p{M}\p{N}*]+)*$/u;
const OPERATOR = /^(?:OR|AND|NOT|NEAR(?:\/.*)?)$/i;
/** Every quotation mark the parser knows: a phrase cannot hold one. */
const QUOTES = /["“”„«»]/g;

/** A keyword as it is written in the query: bare when it is one term, quoted as a phrase otherwise. */
export function keywordTerm(keyword: string): string {
  const cleaned = keyword.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
  if (BARE_TERM.test(cleaned) && !OPERATOR.test(cleaned)) return cleaned;
  return `"${cleaned.replace(/^~/, '')}"`;
}

/** Keywords worth compiling: trimmed, not empty, each once. */
function clean(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const keyword of keywords) {
    const term = keywordTerm(keyword);
    if (term === '""' || term === '' || seen.has(term)) continue;
    seen.add(term);
    out.push(term);
  }
  return out;
}

const anyOfTerms = (terms: string[]) => (terms.length === 1 ? terms[0]! : `(${terms.join(' OR ')})`);

/**
 * One group's query, or '' when it has nothing positive to look for (NOT alone matches everything). `alone`: the
 * group is the whole query, so an "any of" list with nothing ANDed to it needs no parentheses.
 */
function groupQuery(group: KeywordGroup, alone: boolean): string {
  const any = clean(group.anyOf);
  const all = clean(group.allOf);
  const none = clean(group.noneOf);
  if (any.length === 0 && all.length === 0) return '';
  if (all.length === 0 && none.length === 0) return alone ? any.join(' OR ') : anyOfTerms(any);
  const parts = [...(any.length > 0 ? [anyOfTerms(any)] : []), ...all];
  if (none.length > 0) parts.push(`NOT ${anyOfTerms(none)}`);
  const query = parts.join(' ');
  return alone || parts.length === 1 ? query : `(${query})`;
}

/** The query of all groups ('' when none has a positive keyword); several groups are ORed. */
export function queryFromKeywords(groups: readonly KeywordGroup[]): string {
  const positive = groups.filter((group) => groupQuery(group, true) !== '');
  return positive.map((group) => groupQuery(group, positive.length === 1)).join(' OR ');
}

/** A term back as the keyword the user typed (fuzzy terms keep their `~`). */
function keywordOf(term: TermNode): string {
  return term.kind === 'fuzzy' ? `~${term.source}` : term.source;
}

/** The keywords of a term or an OR of terms; null for anything else. */
function termList(node: QueryNode): string[] | null {
  if (node.type === 'term') return [keywordOf(node)];
  if (node.type === 'or' && node.children.every((child) => child.type === 'term')) {
    return node.children.map((child) => keywordOf(child as TermNode));
  }
  return null;
}

function groupOf(node: QueryNode): KeywordGroup | null {
  const group = emptyGroup();
  const children = node.type === 'and' ? node.children : [node];
  for (const child of children) {
    if (child.type === 'not') {
      const none = termList(child.child);
      if (!none) return null;
      group.noneOf.push(...none);
    } else if (child.type === 'term') {
      group.allOf.push(keywordOf(child));
    } else if (child.type === 'or' && group.anyOf.length === 0) {
      const any = termList(child);
      if (!any) return null;
      group.anyOf.push(...any);
    } else {
      return null;
    }
  }
  // A lone required word reads better as "any of" one word; the query is the same.
  if (group.anyOf.length === 0 && group.allOf.length > 0) group.anyOf.push(group.allOf.shift()!);
  return group;
}

/**
 * The groups a query is made of, or null when it does not have the simple shape (NEAR, nested operators, an
 * invalid query). An OR of plain terms is one group of "any of" rather than one group per word.
 */
export function keywordsFromQuery(query: string): KeywordGroup[] | null {
  if (query.trim() === '') return [emptyGroup()];
  const compiled = compileQuery(query);
  if (!compiled.ok) return null;
  const root = compiled.root;
  if (root.type === 'or' && !root.children.every((child) => child.type === 'term')) {
    const groups = root.children.map(groupOf);
    return groups.every((group) => group !== null) ? (groups as KeywordGroup[]) : null;
  }
  const group = groupOf(root);
  return group ? [group] : null;
}

/**
 * The topic with one more phrase to look for (the context menu's "Track this phrase"): added to the first
 * keyword group when the query reads as keywords, else ORed with the query. Unchanged when already there.
 */
export function withTrackedPhrase<T extends { query: string }>(topic: T, phrase: string): T {
  const term = keywordTerm(phrase);
  if (term === '""' || term === '') return topic;
  const groups = keywordsFromQuery(topic.query);
  if (groups) {
    const [first, ...rest] = groups;
    const merged = { ...first!, anyOf: [...first!.anyOf, phrase] };
    const query = queryFromKeywords([merged, ...rest]);
    return query === topic.query ? topic : { ...topic, query };
  }
  return { ...topic, query: `(${topic.query}) OR ${term}` };
}
