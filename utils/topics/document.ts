/**
 * An article prepared once for every topic query: folded text, word parts with their positions, the index of
 * its vocabulary, and (only where NEAR asks) sentence boundaries.
 *
 * Words are runs of letters, marks and digits of the folded text (`foldText`, same length as the original,
 * so offsets are exact). A hyphen or an apostrophe between two runs glues them ("NATO-Osterweiterung",
 * "l'OTAN", "NATO's", "дев'ять"): each run is its own word part for matching, which is how "OTAN" finds the
 * OTAN of "l’OTAN" after an elided article and how globs reach into German compounds, and the `joiner` lets
 * a term written with the hyphen or apostrophe ask for exactly that spelling.
 * The title and the text are two fields of one token sequence; sentences never span both.
 */
import { foldText } from '../text/normalize';
import { sentences, words } from '../text/segment';
import type { Joiner } from './query-ast';
import { joinerOf } from './query-parser';

export type Field = 'title' | 'text';

/** Length of the vocabulary buckets' keys, see `keysByPrefix`. */
export const PREFIX_LENGTH = 2;

/** Characters without which no sentence can end between two words (paragraph breaks included). */
const SENTENCE_PUNCTUATION = /[\n.!?\u2026\u3002\uFF01\uFF1F\u061F\u0964]/;

/** Scripts written without spaces between words: there the word segmenter is needed to find words at all. */
const UNSPACED_LANGS = new Set(['zh', 'ja', 'th', 'lo', 'km', 'my', 'bo']);

/**
 * Word parts, as parallel arrays rather than one object each: a 5 MB text holds close to a million of them,
 * and objects would spend more time in the garbage collector than in matching.
 */
class WordParts {
  /** Folded form, the key matched against term parts. */
  readonly keys: string[] = [];
  /** UTF-16 offsets in the field's original string. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The hyphen or apostrophe gluing each part to the previous one, '' when not glued. */
  readonly joiners: Joiner[] = [];

  add(folded: string, start: number, end: number, fieldStart: number): void {
    const previous = this.ends.length - 1;
    let joiner: Joiner = '';
    if (previous >= fieldStart && this.ends[previous] === start - 1) joiner = joinerOf(folded[start - 1]!);
    this.keys.push(folded.slice(start, end));
    this.starts.push(start);
    this.ends.push(end);
    this.joiners.push(joiner);
  }

  addField(original: string, lang: string): void {
    const folded = foldText(original);
    const fieldStart = this.keys.length;
    // At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
    const run = /[\p{L}\p{M}\p{N}]{1,100000}/gu;
    if (UNSPACED_LANGS.has(lang.slice(0, 2))) {
      for (const word of words(folded, lang)) {
        const piece = folded.slice(word.start, word.end);
        run.lastIndex = 0;
        for (let match = run.exec(piece); match; match = run.exec(piece)) {
          const start = word.start + match.index;
          this.add(folded, start, start + match[0].length, fieldStart);
        }
      }
      return;
    }
    for (let match = run.exec(folded); match; match = run.exec(folded)) {
      this.add(folded, match.index, match.index + match[0].length, fieldStart);
    }
  }
}

export class TopicDocument {
  readonly parts = new WordParts();
  /** Folded key → positions (indices into `parts`), ascending. */
  readonly positions = new Map<string, number[]>();
  private prefixBuckets?: Map<string, string[]>;
  /** Per-document caches: glob or fuzzy pattern → matching vocabulary keys (topics share many patterns). */
  readonly globCache = new Map<string, ReadonlySet<string>>();
  readonly fuzzyCache = new Map<string, ReadonlySet<string>>();
  /** Index of the first part of the text field; the title's parts come before it. */
  readonly textStart: number;
  private ledeEndOffset?: number;

  constructor(
    readonly title: string,
    readonly text: string,
    readonly lang: string,
  ) {
    this.parts.addField(title, lang);
    this.textStart = this.parts.keys.length;
    this.parts.addField(text, lang);
    const { keys } = this.parts;
    for (let index = 0; index < keys.length; index++) {
      const list = this.positions.get(keys[index]!);
      if (list) list.push(index);
      else this.positions.set(keys[index]!, [index]);
    }
  }

  /** Where the lede ends in the text. Only scoring asks: passages checked for a topic never pay for it. */
  get ledeEnd(): number {
    this.ledeEndOffset ??= ledeEnd(this.text, this.lang);
    return this.ledeEndOffset;
  }

  /**
   * Vocabulary grouped by its first two letters, so that a glob with a fixed start ("elargi*") only tests the
   * words that can match it. Built on first use: queries without globs never pay for it.
   */
  keysByPrefix(): Map<string, string[]> {
    if (!this.prefixBuckets) {
      this.prefixBuckets = new Map();
      for (const key of this.positions.keys()) {
        const bucket = key.slice(0, PREFIX_LENGTH);
        const list = this.prefixBuckets.get(bucket);
        if (list) list.push(key);
        else this.prefixBuckets.set(bucket, [key]);
      }
    }
    return this.prefixBuckets;
  }

  /**
   * Whether word parts `a` to `b` lie in one sentence. Only NEAR asks, for a few close pairs, so rather than
   * segmenting a whole (possibly 5 MB) text into sentences up front, the segmenter looks at the few words
   * between them: sentence boundaries depend on the characters around them only.
   */
  get size(): number {
    return this.parts.keys.length;
  }

  fieldOf(position: number): Field {
    return position < this.textStart ? 'title' : 'text';
  }

  sameSentence(a: number, b: number): boolean {
    const first = Math.min(a, b);
    const last = Math.max(a, b);
    if (this.fieldOf(first) !== this.fieldOf(last)) return false;
    if (last < this.textStart) return true; // titles rarely hold two sentences worth keeping apart
    const between = this.text.slice(this.parts.starts[first], this.parts.ends[last]);
    if (!SENTENCE_PUNCTUATION.test(between)) return true;
    return sentences(between, this.lang).length <= 1;
  }
}

/** The lede: the first two sentences, cut at 300 characters unless the first sentence alone is longer. */
const LEDE_CHARS = 300;
/** How far to segment to find the lede: enough for two long sentences, cheap on a 5 MB text. */
const LEDE_WINDOW = 1200;

function ledeEnd(text: string, lang: string): number {
  const spans = sentences(text.slice(0, LEDE_WINDOW), lang);
  const first = spans[0];
  if (!first) return 0;
  const second = spans[1];
  const twoSentences = second ? second.end : first.end;
  return Math.max(Math.min(twoSentences, LEDE_CHARS), Math.min(first.end, 2 * LEDE_CHARS));
}
