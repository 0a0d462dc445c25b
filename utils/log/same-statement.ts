/**
 * Same statement, many outlets (issue 6): one person's words reported by several articles — wire copy, re-reporting
 * — are one statement "reported by N articles", each source kept. Two statements are the same when their speakers
 * are one person (same speaker group) and their words nearly match once normalised (case, accents, punctuation and
 * quotation marks ignored): word pairs shared at a Jaccard index of `JACCARD_MIN` (a few words changed), or the
 * shorter one's pairs nearly all found in the longer one (a quotation cut short). Short statements ("No.") are
 * never grouped: the same three words said twice are not evidence of one statement.
 *
 * Computed when asked (the speaker view, an export), over the statements given, in time about linear in their
 * number: candidates come from an index of word pairs probed only with each statement's rarest pairs (prefix
 * filtering: two sets sharing a fraction α of the smaller must share one of its |x|·(1-α)+1 rarest elements), so
 * no two statements are compared unless they share a rare pair.
 */
import { foldForSearch } from './search';
import { runSteps } from './steps';

/** Word pairs shared over all pairs of the two: above this, a few words changed but the statement is one. */
export const JACCARD_MIN = 0.6;
/** Share of the shorter statement's word pairs found in the longer: above this, it was cut short. */
export const CONTAINMENT_MIN = 0.8;
/** Statements of fewer words are never grouped. */
export const MIN_WORDS = 4;
/** The lowest overlap (as a share of a statement's own pairs) either test accepts, for prefix filtering. */
const OVERLAP_MIN = Math.min(JACCARD_MIN, CONTAINMENT_MIN);
/** Statements handled between two yields of the steps. */
const SLICE = 2_000;

export interface StatementText {
  /** The speaker's group (`SpeakerGroup.key`): statements of different people are never the same. */
  group: string;
  content: string;
}

// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const WORD = /[\p{L}\p{N}]{1,100000}/gu;

/** The statement's words, folded; none when it has too few to be told apart from another's. */
function wordsOf(content: string): string[] {
  const words = Array.from(foldForSearch(content).matchAll(WORD), ([word]) => word);
  return words.length < MIN_WORDS ? [] : words;
}

/** Word ids of one speaker's statements stay under this: a pair of them is one number, `first * PAIR + second`. */
const PAIR = 2 ** 24;

/** Whether two sets of word pairs (ids, sorted ascending) are one statement's. */
export function samePairs(a: Int32Array, b: Int32Array): boolean {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return shared / union >= JACCARD_MIN || shared / Math.min(a.length, b.length) >= CONTAINMENT_MIN;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/**
 * The statements that are one, as lists of indices into `items` (ascending), only those of two or more; in steps,
 * between which the caller may give the browser its main thread back. The generator returns the lists.
 */
export function* sameStatementsInSteps(items: readonly StatementText[]): Generator<void, number[][], void> {
  const byGroup = new Map<string, number[]>();
  for (const [index, { group }] of items.entries()) {
    if (!group) continue; // unknown speakers: nothing says two of them are one person
    const list = byGroup.get(group);
    if (list) list.push(index);
    else byGroup.set(group, [index]);
  }
  const found = new UnionFind(items.length);
  let handled = 0;
  for (const members of byGroup.values()) {
    if (members.length < 2) continue;
    // Word pairs as ids (numbers, not strings: hundreds of thousands of statements), counted: the rarest pairs
    // of a statement are the ones worth probing with.
    const wordIds = new Map<string, number>();
    const ids = new Map<number, number>();
    const frequency: number[] = [];
    const sets: Int32Array[] = [];
    for (const index of members) {
      const words = wordsOf(items[index]!.content);
      const own = new Set<number>();
      let previous = -1;
      for (const word of words) {
        let wordId = wordIds.get(word);
        if (wordId === undefined) wordIds.set(word, (wordId = wordIds.size % PAIR));
        if (previous >= 0) {
          const pair = previous * PAIR + wordId;
          let id = ids.get(pair);
          if (id === undefined) {
            id = frequency.length;
            ids.set(pair, id);
            frequency.push(0);
          }
          if (!own.has(id)) {
            own.add(id);
            frequency[id]!++;
          }
        }
        previous = wordId;
      }
      sets.push(Int32Array.from(own).sort());
      if (++handled % SLICE === 0) yield;
    }
    const postings: number[][] = frequency.map(() => []);
    for (const [member, set] of sets.entries()) for (const id of set) postings[id]!.push(member);
    for (const [member, set] of sets.entries()) {
      if (set.length === 0) continue;
      const rarest = [...set].sort((x, y) => frequency[x]! - frequency[y]! || x - y);
      const probe = set.length - Math.ceil(OVERLAP_MIN * set.length) + 1;
      const seen = new Set<number>();
      for (const id of rarest.slice(0, probe)) {
        for (const other of postings[id]!) {
          // Both sides probe: a statement cut short is found from its own rare pairs, not the longer one's.
          if (other === member || seen.has(other)) continue;
          seen.add(other);
          if (samePairs(set, sets[other]!)) found.union(members[member]!, members[other]!);
        }
      }
      if (++handled % SLICE === 0) yield;
    }
  }
  const clusters = new Map<number, number[]>();
  for (let index = 0; index < items.length; index++) {
    const root = found.find(index);
    if (root === index) continue;
    const cluster = clusters.get(root);
    if (cluster) cluster.push(index);
    else clusters.set(root, [root, index]);
  }
  return [...clusters.values()];
}

/** The same at once (tests, small lists). */
export function sameStatements(items: readonly StatementText[]): number[][] {
  return runSteps(sameStatementsInSteps(items));
}
