/**
 * The raw statement that attribution patterns produce and the context they read, with the small token helpers
 * every pattern shares (words, quotations, fillers, character ranges). The lowest layer of the attribution
 * modules: it imports none of them.
 */
import type { CueMatch } from './cues';
import type { CompiledLexicon } from './lexicon/compile';
import { innerRange, type QuoteSpan } from './quote-spans';
import type { SentenceUnit } from './sentences';
import type { PhraseContext, SpeakerPhrase } from './speaker-phrase';
import type { StatementKind } from '../types';
import type { CueClass } from './lexicon/types';

export interface RawStatement {
  /** Content parts as character ranges; two parts for a split quotation. */
  parts: [number, number][];
  kind: StatementKind;
  speaker: SpeakerPhrase | null;
  /** The cue as written (verb, "selon", ":"). */
  cue: string;
  /** What the cue does (the lexicon's `CueEntry.class`); "say" for "selon X", colons and dashes. */
  cueClass?: CueClass;
  cueStart: number;
  addressee?: SpeakerPhrase;
  /** Character range of the attribution (speaker, cue, addressee): nested statements are found by it. */
  attribution: [number, number];
  /** The content comes before the attribution ("…, a déclaré X"). */
  trailing: boolean;
  via?: SpeakerPhrase;
  /** No subject of its own ("…, noting …"): the speaker is that of the statement it sits in. */
  inherits: boolean;
  sentence: SentenceUnit;
  /** For a cue with no subject: the subject of an earlier cue of the sentence, if any. */
  fallbackSpeaker?: SpeakerPhrase;
  /** Index of the statement this quotation continues (unattributed quotation after a statement). */
  continues?: number;
  /**
   * The content is a one-word name its cue takes as object (`CueEntry.oneWordObject`: "attacked Machado"), so
   * it is no fragment.
   */
  nameObject?: true;
  /** A stance named by a noun with no source ("withering criticism for its silence"): nobody's in particular. */
  unattributed?: true;
}

export interface AttributionContext extends PhraseContext {
  lex: CompiledLexicon;
  quotes: QuoteSpan[];
  quoteOf: Int32Array;
}

export function isWord(ctx: AttributionContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word';
}

export function inQuote(ctx: AttributionContext, i: number): boolean {
  return (ctx.quoteOf[i] ?? -1) !== -1;
}

/**
 * The filler (adverb, time, setting) at token `k`, if any; not a time with a possessive, which opens a noun
 * phrase ("said Tuesday's remarks …"), nor an adverb of a number.
 */
export function fillerAt(ctx: AttributionContext, k: number): { length: number } | undefined {
  const f = ctx.lex.fillers.longestAt(ctx.tokens, k);
  if (!f) return undefined;
  const next = ctx.tokens[k + f.length];
  if (next?.fold === "'" && next.start === ctx.tokens[k + f.length - 1]!.end) return undefined;
  // An adverb before a number qualifies the number, not the cue: "said approximately 1,300 people …".
  if (f.length === 1 && next !== undefined && /^\d/.test(next.fold)) return undefined;
  // A filler that ends on a preposition governs the name after it, with which it is one: "w rozmowie z TVN24",
  // "w rozmowie z Radiem Zet" (up to three capitalised words); before a common noun it is no filler ("w
  // rozmowie z dziennikarzami"), before a complementizer it stands alone ("poco dopo che").
  const end = k + f.length;
  if (f.length > 1 && ctx.lex.prepositions.matchEndingAt(ctx.tokens, end - 1).length > 0) {
    let j = end;
    while (j < end + 3 && isWord(ctx, j) && ctx.tokens[j]!.upper && !inQuote(ctx, j)) j++;
    if (j > end) return { length: j - k };
    // Or the name in quotation marks, as the Russian and Ukrainian press write an outlet's: "в беседе с
    // «Известиями»".
    const quoted = quotedName(ctx, end);
    if (quoted > 0) return { length: quoted - k };
    if (isWord(ctx, end) && !ctx.lex.complementizers.longestAt(ctx.tokens, end)) return undefined;
  }
  return f;
}

/**
 * A name in quotation marks at token `k` (its opening mark): one to four capitalised words ("Laut „BBC News“",
 * "der Website „icelandreview.com“"). Returns the token after the closing mark, or -1.
 */
export function quotedName(ctx: AttributionContext, k: number): number {
  const q = ctx.quoteOf[k]!;
  if (q === -1 || ctx.tokens[k]!.start !== ctx.quotes[q]!.open) return -1;
  let m = k + 1;
  let words = 0;
  for (; m < ctx.tokens.length && ctx.quoteOf[m] === q; m++) {
    const t = ctx.tokens[m]!;
    if (t.kind !== 'word') continue;
    if (++words > 4 || (!t.upper && !/\d|\./.test(ctx.text.slice(t.start, t.end + 1)))) return -1;
  }
  return words > 0 ? m : -1;
}

export function skipFillers(ctx: AttributionContext, k: number, limit: number): number {
  for (let guard = 0; guard < 4 && k < limit; guard++) {
    const f = fillerAt(ctx, k);
    if (!f || inQuote(ctx, k)) break;
    k += f.length;
  }
  return k;
}

/** Token index just after the top-level quotation that starts at token `k`. */
export function quoteEndToken(ctx: AttributionContext, k: number, limit: number): number {
  const q = ctx.quoteOf[k]!;
  let j = k;
  while (j < limit && ctx.quoteOf[j] === q) j++;
  return j;
}

/** Content range of a quotation (inside its marks). */
export function quoteInner(ctx: AttributionContext, q: number): [number, number] {
  const span = ctx.quotes[q]!;
  return innerRange(span);
}

/** Trims a content range: spaces, leading clause punctuation, trailing punctuation (not closing quotes). */
export function trimRange(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:\-—–]/.test(text[a]!)) a++;
  while (b > a && /[\s.,;:…\-—–(]/.test(text[b - 1]!)) b--;
  // An unbalanced closing parenthesis or bracket left at the end.
  if (b > a && text[b - 1] === ')' && !text.slice(a, b).includes('(')) b--;
  while (b > a && /[\s.,;:]/.test(text[b - 1]!)) b--;
  return [a, b];
}

/** Does a top-level quotation lie entirely within [a, b)? (binary search over the sorted quotations) */
export function quotedWithin(ctx: AttributionContext, a: number, b: number): boolean {
  let lo = 0;
  let hi = ctx.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quotes[mid]!.open < a) lo = mid + 1;
    else hi = mid;
  }
  const q = ctx.quotes[lo];
  return q !== undefined && q.close < b;
}

/** Index of the first token starting at or after `pos` (binary search). */
export function firstTokenFrom(ctx: AttributionContext, pos: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words in [a, b), counted up to `cap` (callers only compare with small numbers). */
export function wordCount(ctx: AttributionContext, a: number, b: number, cap = 16): number {
  let n = 0;
  for (let i = firstTokenFrom(ctx, a); i < ctx.tokens.length && ctx.tokens[i]!.start < b && n < cap; i++) {
    if (ctx.tokens[i]!.kind === 'word') n++;
  }
  return n;
}

/** Token index of the first token starting at or after char offset `pos` within [from, to). */
export function tokenAt(ctx: AttributionContext, pos: number, from: number, to: number): number {
  return Math.min(to, Math.max(from, firstTokenFrom(ctx, pos)));
}

/** The cue as written; a verb bracket without what it encloses ("hatte … erklärt"). */
export function cueText(ctx: AttributionContext, cue: CueMatch): string {
  const { text, tokens } = ctx;
  if (!cue.bracket) return text.slice(cue.start, cue.end);
  const auxEnd = tokens[cue.bracket.tokStart - 1]!.end;
  const participleStart = tokens[cue.bracket.tokEnd]!.start;
  return `${text.slice(cue.start, auxEnd)} … ${text.slice(participleStart, cue.end)}`;
}

/** Is token `k` (digits) followed by a thousands or decimal separator and more digits ("1,300", "2.5")? */
export function digitGroupAfter(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  const sep = tokens[k + 1];
  const digits = tokens[k + 2];
  return (
    sep !== undefined &&
    digits !== undefined &&
    (sep.fold === ',' || sep.fold === '.') &&
    sep.start === tokens[k]!.end &&
    digits.start === sep.end &&
    /^\d/.test(digits.fold)
  );
}

/** Does the sentence at `start` open with a dialogue dash (after a line break or at the start)? */
export function opensWithDash(text: string, start: number): boolean {
  const c = text[start];
  if (c !== '—' && c !== '–' && c !== '-') return false;
  const before = text.lastIndexOf('\n', start - 1);
  return (
    text.slice(before + 1, start).trim() === '' ||
    /[.!?…]\s*$/.test(text.slice(Math.max(0, start - 3), start))
  );
}

/** A speaker left unsaid (pro-drop: "Jak dodał, …", "«…», añadió."): resolved like a third-person pronoun. */
export function zeroSubject(at: number, tok: number): SpeakerPhrase {
  return {
    tokStart: tok,
    tokEnd: tok,
    start: at,
    end: at,
    kind: 'pronoun',
    pronoun: { form: '', number: 'sg' },
    number: 'sg',
  };
}

export const SENTENCE_END = new Set(['.', '!', '?', ';']);
