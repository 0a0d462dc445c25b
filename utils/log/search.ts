/**
 * Fuzzy search over the log's titles, speakers and statement text, fast enough to answer each keystroke on a log
 * of 10,000 articles (`npm run bench`). Running fuse.js over every article's full text would compare the query
 * with megabytes of text per keystroke; instead fuse.js runs over the log's vocabulary — each distinct word once —
 * and an inverted index maps the words it finds (typos forgiven) to the articles holding them. A query of several
 * words finds the articles that hold all of them (each word fuzzily, or as the start of a longer word).
 */
import Fuse from 'fuse.js';
import type { LogEntry } from './schema';

/** Lower case, without diacritics: "Élysée" and "elysee" are the same word to a searcher. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

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
  private fuseByLength = new Map<number, Fuse<string>>();

  /** Index entries as they arrive (a long log is read in pages); `offset` is the index of the first. */
  add(entries: readonly LogEntry[], offset = 0): void {
    for (const [position, entry] of entries.entries()) {
      const index = offset + position;
      this.addText(entry.title, index);
      for (const statement of entry.statements) {
        this.addText(statement.speaker, index);
        this.addText(statement.content, index);
      }
    }
    this.sortedWords = undefined;
    this.fuseByLength.clear();
  }

  private addText(text: string, index: number): void {
    for (const [word] of foldForSearch(text).matchAll(WORD)) {
      const list = this.postings.get(word);
      if (!list) this.postings.set(word, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  }

  /** Build the vocabulary and every fuse.js index now (once the log is loaded, before the reader types). */
  warm(): void {
    const lengths = new Set(this.sorted().map((word) => word.length));
    for (const length of lengths) if (length >= FUZZY_MIN_LENGTH - 1) this.fuzzyWords('x'.repeat(length));
  }

  get vocabularySize(): number {
    return this.postings.size;
  }

  private sorted(): string[] {
    return (this.sortedWords ??= [...this.postings.keys()].sort());
  }

  /**
   * Words spelt like `term` give or take a typo. A typo changes a word's length by one at most, so fuse.js only
   * looks at words of the term's length ±1 (longer words that merely contain the term are prefix matches' job);
   * this divides the work per keystroke by about five on a real vocabulary.
   */
  private fuzzyWords(term: string): string[] {
    const words: string[] = [];
    for (let length = term.length - 1; length <= term.length + 1; length++) {
      let fuse = this.fuseByLength.get(length);
      if (!fuse) {
        const sameLength = this.sorted().filter((word) => word.length === length);
        fuse = new Fuse(sameLength, {
          // Two edits in a six-letter word (a swapped pair: "poutnie") still match; three do not.
          threshold: 0.34,
          ignoreLocation: true,
          isCaseSensitive: true, // already folded
        });
        this.fuseByLength.set(length, fuse);
      }
      for (const result of fuse.search(term, { limit: FUZZY_LIMIT })) words.push(result.item);
    }
    return words;
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
    const terms = [...new Set(Array.from(foldForSearch(query).matchAll(WORD), ([word]) => word))];
    if (terms.length === 0) return null;
    // The rarest word first: the intersection only shrinks from there.
    const sets = terms.map((term) => this.articlesFor(term)).sort((a, b) => a.size - b.size);
    let result = sets[0]!;
    for (const set of sets.slice(1)) {
      const kept = new Set<number>();
      for (const index of result) if (set.has(index)) kept.add(index);
      result = kept;
    }
    return result;
  }
}
