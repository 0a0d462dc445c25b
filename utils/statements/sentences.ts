/**
 * Sentence units for attribution: like sentences, but a quotation is never cut (« Q1. Q2 », a-t-il dit is
 * one unit) and a quotation running over paragraphs keeps its paragraphs together.
 */
import type { CompiledLexicon } from './lexicon/compile';
import { innerRange, type QuoteSpan } from './quote-spans';
import type { Token } from './tokens';

export interface SentenceUnit {
  tokStart: number;
  /** Exclusive. */
  tokEnd: number;
  start: number;
  end: number;
}

const ENDERS = new Set(['.', '!', '?', '…']);
const CLAUSE_CUTS = new Set([',', ';', ':']);
const CLOSERS = new Set([')', ']']);
/** Tokens after which a unit is cut at clause punctuation: far beyond any real sentence. */
const MAX_UNIT = 250;
/** Tokens a dateline may hold before its dash ("MADISON, Wis., March 3 (AP) —"). */
const MAX_DATELINE = 14;
const DATELINE_DASHES = new Set(['—', '–', '-']);

/**
 * Is the dash at token `dash` the end of a dateline opening the paragraph at token `from`: a place in
 * capitals ("DETROIT", "KYIV, March 3 (Reuters)", "BRUSSELS (AP)"), or any place with the agency in parentheses
 * ("Nairobi (AFP)"), before the dash, a capital after it? The
 * dateline is then a unit of its own, so that its place is never read as the subject of the first sentence's
 * verb ("DETROIT — Acme, the maker of …, said …").
 */
function datelineDash(text: string, tokens: readonly Token[], from: number, dash: number): boolean {
  const first = tokens[from]!;
  const place = text.slice(first.start, first.end);
  // (Or a place written in lower case with the agency in parentheses before the dash: "Nairobi (AFP) -",
  // "Düsseldorf, 14. Okt (Reuters) -", "Brüssel (dpa) -".)
  const agency = first.upper && tokens[dash - 1]?.fold === ')';
  if (
    first.kind !== 'word' ||
    place.length < 2 ||
    (place !== place.toUpperCase() && !agency) ||
    /\d/.test(place)
  )
    return false;
  const after = tokens[dash + 1];
  if (!after || after.start === tokens[dash]!.end || !(after.upper || /["“«]/.test(after.fold))) return false;
  for (let k = from + 1; k < dash; k++) if (tokens[k]!.kind === 'break') return false;
  return true;
}

/** For each token, the index of the top-level quotation that holds it (marks included), or -1. */
export function quoteMembership(tokens: readonly Token[], topLevel: readonly QuoteSpan[]): Int32Array {
  const of = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < topLevel.length && topLevel[q]!.close < t.start) q++;
    const span = topLevel[q];
    if (span && t.start >= span.open && t.end <= span.close + 1) of[i] = q;
  }
  return of;
}

export function isAbbreviation(tokens: readonly Token[], i: number, lex: CompiledLexicon): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || prev.end !== tokens[i]!.start) return false;
  // Ordinals written with a dot ("am 12. Mai", "der 1. FC Köln") where the lexicon says so (`ordinalDot`).
  if (lex.lexicon.ordinalDot && /^\d{1,2}$/.test(prev.fold)) return true;
  // A title stands before a name, never before a determiner or a pronoun ("on Main St. The mayor said").
  const next = tokens[i + 1];
  // (Not an initial: "Dr. A. Ruiz".)
  const initial = next !== undefined && next.end - next.start === 1 && tokens[i + 2]?.fold === '.';
  const opensClause =
    next !== undefined &&
    !initial &&
    (lex.determiners.matchAt(tokens, i + 1).length > 0 || lex.pronouns.matchAt(tokens, i + 1).length > 0);
  // An initial: "J. Smith", "U.S." (a one-letter name before a determiner ends its sentence: "auf der
  // Plattform X. Die Ukraine …"; so do initials before a capital one: "in the U.S. The next day …").
  if (prev.end - prev.start === 1 && prev.upper)
    return !opensClause || (tokens[i - 2]?.fold === '.' && !next!.upper);
  const beforeNumber = next !== undefined && next.start > tokens[i]!.end && /^\d/.test(next.fold);
  return (
    (lex.lexicon.abbreviations ?? []).includes(prev.fold) ||
    (beforeNumber && (lex.lexicon.numberAbbreviations ?? []).includes(prev.fold)) ||
    (lex.honorifics.matchAt(tokens, i - 1).length > 0 && !opensClause) ||
    (!opensClause &&
      lex.roles
        .matchAt(tokens, i - 1)
        .some((m) => m.length === 1 && /^(sen|gov|gen|rep|dr|st|lt|col|capt|sgt|prof|rev)$/.test(prev.fold)))
  );
}

/**
 * "“Why not?” Vitter demanded." — a few words with a cue and then a full stop after a quotation are its
 * attribution, not a new sentence.
 */
function attributionFollows(
  tokens: readonly Token[],
  from: number,
  lex: CompiledLexicon,
  opensQuotation: (k: number) => boolean,
): boolean {
  let cue = false;
  for (let k = from; k < tokens.length && k - from < 8; k++) {
    const t = tokens[k]!;
    // "…,” she said. She adds, “Q2”": after a quotation closed by a full stop, an attribution that opens
    // the next one belongs to it.
    if (t.fold === ',' && opensQuotation(k + 1)) return false;
    if (t.kind !== 'word') return cue && (t.fold === '.' || t.fold === ',' || t.kind === 'break');
    // (Where the verb comes second an attribution after the quotation opens with its cue or with one word
    // before it, "Das sagte der Minister."; a cue after a whole subject heads a sentence of its own: "Das Amt
    // legte den Bericht vor.")
    if (lex.lexicon.verbSecond && k - from > 1 && !cue) return false;
    // (A stance or an intention attributes no quotation: "“…” Clinton plans to visit …" is a new sentence.)
    if (lex.cues.matchAt(tokens, k).some((m) => m.value.entry.class !== 'position') && !t.upper) cue = true;
  }
  return false;
}

export function sentenceUnits(
  text: string,
  tokens: readonly Token[],
  quoteOf: Int32Array,
  topLevel: readonly QuoteSpan[],
  lex: CompiledLexicon,
): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  let begin = 0;
  const close = (endTok: number) => {
    let s = begin;
    let e = endTok;
    while (s < e && tokens[s]!.kind === 'break') s++;
    while (e > s && tokens[e - 1]!.kind === 'break') e--;
    if (e > s) units.push({ tokStart: s, tokEnd: e, start: tokens[s]!.start, end: tokens[e - 1]!.end });
    begin = endTok;
  };
  // A quoted sentence opening at token `j` (capital first, closing on punctuation): after an abbreviation's
  // full stop it still starts a new sentence ("… in Washington, D.C. “I love this work,” she said.").
  const quotedSentenceAt = (j: number): boolean => {
    const q = quoteOf[j] ?? -1;
    if (q === -1 || tokens[j]!.start !== topLevel[q]!.open || !tokens[j + 1]?.upper) return false;
    const innerEnd = innerRange(topLevel[q]!)[1];
    return /[.,!?][’'"”»]*$/u.test(text.slice(Math.max(0, innerEnd - 4), innerEnd));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const q = quoteOf[i]!;
    if (t.kind === 'break') {
      if (q === -1) close(i + 1);
      continue;
    }
    // Keep units bounded (a page without full stops must not make one huge sentence): past MAX_UNIT tokens,
    // cut at the next clause punctuation outside quotations, or anywhere outside them past twice that.
    if (
      q === -1 &&
      i - begin > MAX_UNIT &&
      ((t.kind === 'punct' && CLAUSE_CUTS.has(t.fold)) || i - begin > 2 * MAX_UNIT)
    ) {
      close(i + 1);
      continue;
    }
    // A dateline ends at its dash, before the paragraph's first sentence.
    if (
      q === -1 &&
      t.kind === 'punct' &&
      DATELINE_DASHES.has(t.fold) &&
      i - begin <= MAX_DATELINE &&
      (begin === 0 || tokens[begin - 1]!.kind === 'break') &&
      datelineDash(text, tokens, begin, i)
    ) {
      close(i + 1);
      continue;
    }
    if (q !== -1) {
      // The closing mark of a quotation that ends with a full stop ends the sentence when a new one starts.
      const span = topLevel[q]!;
      if (t.start === span.close) {
        let k = innerRange(span)[1] - 1;
        while (k > span.open && /\s/.test(text[k]!)) k--;
        const next = tokens[i + 1];
        // (A quotation opening with a capital: a lower-case one continues the first, "… Smith said, “and …”".)
        const opensQuotation = (j: number) =>
          j + 1 < tokens.length &&
          quoteOf[j]! !== -1 &&
          tokens[j]!.start === topLevel[quoteOf[j]!]!.open &&
          tokens[j + 1]!.upper;
        if (
          ENDERS.has(text[k]!) &&
          next &&
          next.kind === 'word' &&
          next.upper &&
          !attributionFollows(tokens, i + 1, lex, (j) => text[k] === '.' && opensQuotation(j))
        )
          close(i + 1);
        else if (
          ENDERS.has(text[k]!) &&
          next &&
          quoteOf[i + 1]! !== -1 &&
          next.start === topLevel[quoteOf[i + 1]!]!.open
        )
          close(i + 1);
      }
      continue;
    }
    if (t.kind === 'punct' && ENDERS.has(t.fold)) {
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.kind === 'punct' && ENDERS.has(tokens[j]!.fold)) j++;
      // A sentence in brackets ends with its closing bracket: "(All beards need a trim.) “Then …”".
      while (j < tokens.length && CLOSERS.has(tokens[j]!.fold) && tokens[j]!.start === tokens[j - 1]!.end)
        j++;
      const next = tokens[j];
      if (t.fold === '.' && isAbbreviation(tokens, i, lex) && !quotedSentenceAt(j)) continue;
      // "8.7", "e.GO", "example.com": a full stop with no space after it ends nothing.
      if (next && next.start === tokens[j - 1]!.end && next.kind === 'word') continue;
      if (
        !next ||
        next.kind === 'break' ||
        (next.kind === 'word' && (next.upper || /\d/.test(next.fold[0]!))) ||
        quoteOf[j]! !== -1 ||
        next.fold === '(' ||
        next.fold === '-'
      ) {
        close(j);
        i = j - 1;
      }
    }
  }
  close(tokens.length);
  return units;
}
