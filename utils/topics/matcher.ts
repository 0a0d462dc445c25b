/**
 * Evaluates a parsed query over a `TopicDocument`. A node yields whether it holds and the occurrences of the
 * positive terms that make it hold (a NOT contributes none): those occurrences are the topic's hits and score.
 * Positions are word-part indices, so NEAR distances count words; matching is linear in the number of
 * occurrences (sorted lists, merges, binary searches), never in a regular expression built from the query.
 */
import type { TopicDocument } from './document';
import type { NearNode, QueryNode, TermNode, TermPart } from './query-ast';
import { parseQuery, QuerySyntaxError } from './query-parser';
import { matchingKeys } from './vocabulary';

/** A run of word parts, `first` to `last` inclusive. */
export interface Occurrence {
  first: number;
  last: number;
}

export interface Evaluation {
  holds: boolean;
  occurrences: Occurrence[];
}

export type CompiledQuery = { ok: true; root: QueryNode } | { ok: false; error: QuerySyntaxError };

/** Queries run on every page read: parse each once. Bounded, since users may type many while editing. */
const MAX_CACHED = 500;
const compiled = new Map<string, CompiledQuery>();

export function compileQuery(query: string): CompiledQuery {
  let entry = compiled.get(query);
  if (!entry) {
    try {
      entry = { ok: true, root: parseQuery(query) };
    } catch (error) {
      if (!(error instanceof QuerySyntaxError)) throw error;
      entry = { ok: false, error };
    }
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(query, entry);
  }
  return entry;
}

function compare(a: Occurrence, b: Occurrence): number {
  return a.first - b.first || a.last - b.last;
}

/** Union of two sorted occurrence lists, without duplicates. */
function union(a: Occurrence[], b: Occurrence[]): Occurrence[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Occurrence[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const order = x && y ? compare(x, y) : x ? -1 : 1;
    const next = order <= 0 ? x! : y!;
    if (order <= 0) i++;
    if (order >= 0) j++;
    out.push(next);
  }
  return out;
}

const NO_POSITIONS: readonly number[] = [];

function sortedPositions(doc: TopicDocument, keys: ReadonlySet<string>): readonly number[] {
  if (keys.size === 1) for (const key of keys) return doc.positions.get(key) ?? NO_POSITIONS;
  const all: number[] = [];
  for (const key of keys) for (const position of doc.positions.get(key) ?? NO_POSITIONS) all.push(position);
  return all.sort((a, b) => a - b);
}

/** Whether the word part at a position matches a term part: literals compare, globs and fuzzy words look up. */
type PartTest = string | ReadonlySet<string>;

function partTest(doc: TopicDocument, part: TermPart, fuzzy: boolean): PartTest {
  return part.glob || fuzzy ? matchingKeys(doc, part.pattern, fuzzy) : part.pattern;
}

function passes(test: PartTest, key: string): boolean {
  return typeof test === 'string' ? test === key : test.has(key);
}

function termOccurrences(doc: TopicDocument, term: TermNode): Occurrence[] {
  const fuzzy = term.kind === 'fuzzy';
  const head = partTest(doc, term.parts[0]!, fuzzy);
  const starts =
    typeof head === 'string' ? (doc.positions.get(head) ?? NO_POSITIONS) : sortedPositions(doc, head);
  if (starts.length === 0) return [];
  const tests = term.parts.map((part, k) => (k === 0 ? head : partTest(doc, part, fuzzy)));
  const out: Occurrence[] = [];
  const { keys, joiners } = doc.parts;
  for (const first of starts) {
    const field = doc.fieldOf(first);
    let ok = true;
    for (let k = 1; k < term.parts.length && ok; k++) {
      const position = first + k;
      const joiner = term.parts[k]!.joiner;
      ok =
        position < doc.size &&
        doc.fieldOf(position) === field &&
        passes(tests[k]!, keys[position]!) &&
        (joiner === '' || joiners[position] === joiner);
    }
    if (ok) out.push({ first, last: first + term.parts.length - 1 });
  }
  return out;
}

function distance(a: Occurrence, b: Occurrence): number {
  if (b.first > a.last) return b.first - a.last;
  if (a.first > b.last) return a.first - b.last;
  return 0;
}

/**
 * Occurrences of `from` that have (`wanted`) or have not one of `others` within `max` words in their sentence.
 * With `wanted`, each kept occurrence is widened to span its nearest partner: one mention of the idea
 * ("NATO … expand"), which is what a reader sees highlighted and what the score should count once.
 */
function filterNear(
  doc: TopicDocument,
  from: Occurrence[],
  others: Occurrence[],
  max: number,
  wanted: boolean,
) {
  const kept: Occurrence[] = [];
  let widest = 0;
  for (const other of others) widest = Math.max(widest, other.last - other.first);
  for (const occurrence of from) {
    const lowest = occurrence.first - max - widest;
    let low = 0;
    let high = others.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (others[middle]!.first < lowest) low = middle + 1;
      else high = middle;
    }
    let nearest: Occurrence | undefined;
    let nearestDistance = Infinity;
    for (let i = low; i < others.length && others[i]!.first <= occurrence.last + max; i++) {
      const other = others[i]!;
      if (other.first === occurrence.first && other.last === occurrence.last) continue;
      const gap = distance(occurrence, other);
      if (gap > max || gap >= nearestDistance) continue;
      const from = Math.min(occurrence.first, other.first);
      if (!doc.sameSentence(from, Math.max(occurrence.last, other.last))) continue;
      nearest = other;
      nearestDistance = gap;
    }
    if (!wanted) {
      if (!nearest) kept.push(occurrence);
    } else if (nearest) {
      kept.push({
        first: Math.min(occurrence.first, nearest.first),
        last: Math.max(occurrence.last, nearest.last),
      });
    }
  }
  return kept.sort(compare);
}

function evaluateNear(doc: TopicDocument, node: NearNode): Evaluation {
  const leftNegated = node.left.type === 'not';
  const rightNegated = node.right.type === 'not';
  if (leftNegated && rightNegated) {
    // Neither side names anything to stand near: the only reading left is "neither occurs".
    const holds = evaluate(doc, node.left).holds && evaluate(doc, node.right).holds;
    return { holds, occurrences: [] };
  }
  if (leftNegated || rightNegated) {
    // `a NEAR/5 NOT b`: the a's with no b within five words of them in their sentence.
    const positive = evaluate(doc, leftNegated ? node.right : node.left).occurrences;
    const negated = node[leftNegated ? 'left' : 'right'];
    const excluded = negated.type === 'not' ? evaluate(doc, negated.child).occurrences : [];
    const kept = filterNear(doc, positive, excluded, node.distance, false);
    return { holds: kept.length > 0, occurrences: kept };
  }
  const left = evaluate(doc, node.left).occurrences;
  if (left.length === 0) return { holds: false, occurrences: [] };
  const right = evaluate(doc, node.right).occurrences;
  const occurrences = dedupe(filterNear(doc, left, right, node.distance, true));
  return { holds: occurrences.length > 0, occurrences };
}

function dedupe(sorted: Occurrence[]): Occurrence[] {
  return sorted.filter((o, i) => i === 0 || compare(o, sorted[i - 1]!) !== 0);
}

export function evaluate(doc: TopicDocument, node: QueryNode): Evaluation {
  switch (node.type) {
    case 'term': {
      const occurrences = termOccurrences(doc, node);
      return { holds: occurrences.length > 0, occurrences };
    }
    case 'not':
      return { holds: !evaluate(doc, node.child).holds, occurrences: [] };
    case 'and': {
      let occurrences: Occurrence[] = [];
      for (const child of node.children) {
        const result = evaluate(doc, child);
        if (!result.holds) return { holds: false, occurrences: [] };
        occurrences = union(occurrences, result.occurrences);
      }
      return { holds: true, occurrences };
    }
    case 'or': {
      let holds = false;
      let occurrences: Occurrence[] = [];
      for (const child of node.children) {
        const result = evaluate(doc, child);
        if (!result.holds) continue;
        holds = true;
        occurrences = union(occurrences, result.occurrences);
      }
      return { holds, occurrences };
    }
    case 'near':
      return evaluateNear(doc, node);
  }
}
