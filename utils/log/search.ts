/**
 * Fuzzy search over the log's titles, speakers and statement text, fast enough to answer each keystroke on a log
 * of 10,000 articles (`npm run bench`). Running fuse.js over every article's full text would compare the query
 * with megabytes of text per keystroke; instead fuse.js runs over the log's vocabulary — each distinct word once —
 * and an inverted index maps the words it finds (typos forgiven) to the articles holding them. A query of several
 * words finds the articles that hold all of them (each word fuzzily, or as the start of a longer word).
 */
import Fuse from 'fuse.js';
import { sortInSteps } from './sort-in-steps';
import type { LogEntry } from './schema';
import { runSteps } from './steps';

/** Lower case, without diacritics: "Élysée" and "elysee" are the same word to a searcher. */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII, which has nothing to decompose.
  const lower = text.toLowerCase();
  return /[^\p{ASCII}]/u.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const WORD = /[\p{L}\p{N}]{1,100000}/gu;

/**
 * The distinct words an entry is found by (title, speakers, statement text), folded, separated by spaces: a few
 * kilobytes where the statements' text is tens.
 */
export function searchWords(entry: LogEntry): string {
  // One string per entry, folded once: far cheaper than folding each title, name and statement apart.
  let text = entry.title;
  for (const statement of entry.statements) text += `\n${statement.speaker}\n${statement.content}`;
  const words = new Set<string>();
  for (const [word] of foldForSearch(text).matchAll(WORD)) words.add(word);
  return [...words].join(' ');
}

/** The order of `Array.prototype.sort` without a comparison: by UTF-16 code units. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "kremlin" → kr, re, em, ml, li, in. */
function letterPairs(word: string): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) pairs.push(word.slice(i, i + 2));
  return pairs;
}

/** Words shorter than this are matched as word starts only: fuzzy "to" would match half the vocabulary. */
const FUZZY_MIN_LENGTH = 4;
/** Enough spellings of one query word to catch its typos and inflections, few enough to stay fast. */
const FUZZY_LIMIT = 40;
const PREFIX_LIMIT = 5_000;

export class LogSearchIndex {
  /** Word → indices (into the entries given) of the articles holding it, ascending, without repeats. */
  private readonly postings = new Map<string, number[]>();
  private sortedWords: string[] | undefined;
  /** fuse.js over the words of one length, built when a query word of a near length first needs it. */
  private pairIndex: Map<string, number[]> | undefined;
  /** Scratch counts of shared letter pairs, one per word, reset after each use. */
  private shared: Uint16Array | undefined;
  /**
   * Articles per query word, for the words of the last queries: typing "kremlin sa" after "kremlin s" only
   * looks up the word being typed.
   */
  private termCache = new Map<string, Set<number>>();
  /** Counts `addWords` calls, so that a vocabulary sorted in steps is not kept when words came meanwhile. */
  private additions = 0;

  /** Index entries as they arrive (a long log is read in pages); `offset` is the index of the first. */
  add(entries: readonly LogEntry[], offset = 0): void {
    this.addWords(entries.map(searchWords), offset);
  }

  /** Index entries by their `searchWords` (which the background computes, so the page never holds the text). */
  addWords(wordsOfEntries: readonly string[], offset = 0): void {
    for (let position = 0; position < wordsOfEntries.length; position++) {
      const index = offset + position;
      // `searchWords` separates its words by one space: splitting is several times faster than matching words
      // again, which made most of the options page's time while a 100,000-entry log loads.
      for (const word of wordsOfEntries[position]!.split(' ')) {
        if (!word) continue;
        const list = this.postings.get(word);
        if (!list) this.postings.set(word, [index]);
        else if (list[list.length - 1] !== index) list.push(index);
      }
    }
    this.additions++;
    this.sortedWords = undefined;
    this.pairIndex = undefined;
    this.termCache.clear();
  }

  /**
   * Build the sorted vocabulary and its letter-pair index ahead of the first search (once the log is loaded,
   * before the reader types), in steps: the caller gives the browser back its main thread between two.
   */
  warm(): Iterable<void> {
    return this.pairIndex ? [] : this.buildPairs();
  }

  get vocabularySize(): number {
    return this.postings.size;
  }

  private sorted(): string[] {
    return (this.sortedWords ??= [...this.postings.keys()].sort());
  }

  /** Letter pair → ids (into the sorted vocabulary) of the words holding it, to find typo candidates fast. */
  private pairs(): Map<string, number[]> {
    if (!this.pairIndex) runSteps(this.buildPairs());
    return this.pairIndex!;
  }

  /** Builds the letter-pair index a slice of words at a time; the caller may pause between slices. */
  private *buildPairs(): Generator<void, void, void> {
    // Sorting a vocabulary of 100,000 words at once would be a long task: sorted in steps unless done already.
    const additions = this.additions;
    const words = this.sortedWords ?? (yield* sortInSteps([...this.postings.keys()], byCodeUnits));
    if (additions !== this.additions) return; // words came meanwhile: the next search or warm() starts again
    this.sortedWords = words;
    yield;
    const index = new Map<string, number[]>();
    for (const [id, word] of words.entries()) {
      for (const pair of letterPairs(word)) {
        const ids = index.get(pair);
        if (!ids) index.set(pair, [id]);
        else if (ids[ids.length - 1] !== id) ids.push(id);
      }
      if (id % 2_000 === 1_999) yield;
    }
    this.shared = new Uint16Array(words.length);
    // Only now: a search during the build finds the index missing and builds it whole.
    if (this.sortedWords === words) this.pairIndex = index;
  }

  /**
   * Words spelt like `term` give or take a typo or two, ranked by fuse.js. Running fuse.js over the whole
   * vocabulary would cost tens of milliseconds per keystroke, so it only sees the candidates: words of about the
   * term's length that share enough of its letter pairs (one typo changes at most two pairs).
   */
  private fuzzyWords(term: string): string[] {
    const words = this.sorted();
    const index = this.pairs();
    const shared = this.shared!;
    const edits = term.length >= 6 ? 2 : 1;
    const termPairs = [...new Set(letterPairs(term))];
    const needed = Math.max(1, termPairs.length - 2 * edits);
    const touched: number[] = [];
    for (const pair of termPairs) {
      for (const id of index.get(pair) ?? []) {
        if (shared[id] === 0) touched.push(id);
        shared[id] = shared[id]! + 1;
      }
    }
    const candidates: string[] = [];
    for (const id of touched) {
      const word = words[id]!;
      if (shared[id]! >= needed && Math.abs(word.length - term.length) <= edits) candidates.push(word);
      shared[id] = 0;
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      // Two edits in a six-letter word (a swapped pair: "poutnie") still match; three do not.
      threshold: 0.34,
      ignoreLocation: true,
      isCaseSensitive: true, // already folded
    });
    return fuse.search(term, { limit: FUZZY_LIMIT }).map((result) => result.item);
  }

  /** Words of the vocabulary starting with `prefix` (binary search in the sorted vocabulary). */
  private wordsStartingWith(sorted: string[], prefix: string): string[] {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const words: string[] = [];
    for (let i = low; i < sorted.length && words.length < PREFIX_LIMIT && sorted[i]!.startsWith(prefix); i++)
      words.push(sorted[i]!);
    return words;
  }

  /** Articles holding one query word. */
  private articlesFor(term: string): Set<number> {
    const words = new Set(this.wordsStartingWith(this.sorted(), term));
    if (term.length >= FUZZY_MIN_LENGTH) for (const word of this.fuzzyWords(term)) words.add(word);
    const articles = new Set<number>();
    for (const word of words) for (const index of this.postings.get(word) ?? []) articles.add(index);
    return articles;
  }

  /** Indices of the articles matching every word of the query; null for an empty query (no search). */
  search(query: string): Set<number> | null {
    // A single letter says nothing yet (it would match most of the log): wait for the second.
    const terms = [...new Set(Array.from(foldForSearch(query).matchAll(WORD), ([word]) => word))].filter(
      (term) => term.length > 1,
    );
    if (terms.length === 0) return null;
    const sets = terms.map((term) => this.termCache.get(term) ?? this.articlesFor(term));
    this.termCache = new Map(terms.map((term, i) => [term, sets[i]!]));
    // The rarest word first: the intersection only shrinks from there.
    sets.sort((a, b) => a.size - b.size);
    let result = sets[0]!;
    for (const set of sets.slice(1)) {
      const kept = new Set<number>();
      for (const index of result) if (set.has(index)) kept.add(index);
      result = kept;
    }
    return result;
  }
}
