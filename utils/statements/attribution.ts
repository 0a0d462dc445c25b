/**
 * Attribution patterns within a sentence unit, turning cues, quotations and "according to" markers into raw
 * statements (speaker phrases not yet resolved):
 * - cue + complement: "X a déclaré (à Y) que …", "X said (that) …", "X told Y …", "X a déclaré : « … »";
 * - trailing attribution: "« … », a déclaré X", "“…,” X said", "…, a-t-il dit", "…, sources said";
 * - split quotations: "« Q1 » …, a déclaré X, « Q2 »" and "« Q1, a-t-il dit. Q2 »";
 * - verbless markers: "selon X, …", "…, according to X";
 * - colon quotations: "X : « … »";
 * - participial cues: "…, Poutine ayant déclaré à Macron qu'…", "…, noting …".
 */
import { foldText } from '../text/normalize';
import { findCues, type CueMatch } from './cues';
import type { CompiledLexicon } from './lexicon/compile';
import { innerRange, type QuoteSpan } from './quote-spans';
import { isAbbreviation, type SentenceUnit } from './sentences';
import type { Token } from './tokens';
import {
  parseSpeakerPhrase,
  speakerEndingAt,
  type PhraseContext,
  type SpeakerPhrase,
} from './speaker-phrase';
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
}

export interface AttributionContext extends PhraseContext {
  lex: CompiledLexicon;
  quotes: QuoteSpan[];
  quoteOf: Int32Array;
}

const TRAILING_LEAD = new Set([',', '-', '(']);

function isWord(ctx: AttributionContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word';
}

function inQuote(ctx: AttributionContext, i: number): boolean {
  return (ctx.quoteOf[i] ?? -1) !== -1;
}

/**
 * The filler (adverb, time, setting) at token `k`, if any; not a time with a possessive, which opens a noun
 * phrase ("said Tuesday's remarks …"), nor an adverb of a number.
 */
function fillerAt(ctx: AttributionContext, k: number): { length: number } | undefined {
  const f = ctx.lex.fillers.longestAt(ctx.tokens, k);
  if (!f) return undefined;
  const next = ctx.tokens[k + f.length];
  if (next?.fold === "'" && next.start === ctx.tokens[k + f.length - 1]!.end) return undefined;
  // An adverb before a number qualifies the number, not the cue: "said approximately 1,300 people …".
  if (f.length === 1 && next !== undefined && /^\d/.test(next.fold)) return undefined;
  return f;
}

function skipFillers(ctx: AttributionContext, k: number, limit: number): number {
  for (let guard = 0; guard < 4 && k < limit; guard++) {
    const f = fillerAt(ctx, k);
    if (!f || inQuote(ctx, k)) break;
    k += f.length;
  }
  return k;
}

/** Token index just after the top-level quotation that starts at token `k`. */
function quoteEndToken(ctx: AttributionContext, k: number, limit: number): number {
  const q = ctx.quoteOf[k]!;
  let j = k;
  while (j < limit && ctx.quoteOf[j] === q) j++;
  return j;
}

/** Content range of a quotation (inside its marks). */
function quoteInner(ctx: AttributionContext, q: number): [number, number] {
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
function firstTokenFrom(ctx: AttributionContext, pos: number): number {
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
function wordCount(ctx: AttributionContext, a: number, b: number, cap = 16): number {
  let n = 0;
  for (let i = firstTokenFrom(ctx, a); i < ctx.tokens.length && ctx.tokens[i]!.start < b && n < cap; i++) {
    if (ctx.tokens[i]!.kind === 'word') n++;
  }
  return n;
}

/**
 * A cue joined by a conjunction (and adverbs) to an earlier cue of its sentence that has a subject and a
 * noun-phrase object: the second verb of "called them “bandits” and described their raids as crimes",
 * "… and repeatedly urged …".
 */
function coordinatedVerb(ctx: AttributionContext, cueTok: number, earlierCue: number | undefined): boolean {
  if (earlierCue === undefined || earlierCue >= cueTok) return false;
  let k = cueTok - 1;
  for (
    let guard = 0;
    guard < 2 && k > earlierCue && ctx.lex.fillers.longestAt(ctx.tokens, k)?.length === 1;
    guard++
  )
    k--;
  if (k <= earlierCue || inQuote(ctx, k) || !ctx.lex.conjunctions.longestAt(ctx.tokens, k)) return false;
  // After a clause ("acknowledged (that) they had erred and pledged …") the second verb may be the clause's
  // own: only a first verb with a noun-phrase object leaves the second to its subject.
  for (let j = earlierCue + 1; j < k; j++)
    if (ctx.lex.complementizers.longestAt(ctx.tokens, j) || ctx.lex.pronouns.longestAt(ctx.tokens, j))
      return false;
  return true;
}

/**
 * A cue right after "and"/"but" whose clause opens with its subject and a first verb that reports nothing: the
 * two verbs share that subject ("The mayor presented the budget and said …", "She left early but told …"). Not
 * when a clause of its own stands between (a complementizer, a pronoun, a relative pronoun, a quotation or a
 * cue, which `coordinatedVerb` reads).
 */
function sharedSubject(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  // (A noun-phrase object is a report only for some readings of the verb: "denied them chances", "demanded
  // she leave"; a participle after "and" heads no clause of its own.)
  if (cue.info.entry.objectContent && !cue.info.entry.infinitive) return null;
  const suffixes = lex.lexicon.progressiveSuffixes ?? [];
  if (suffixes.some((x) => tokens[cue.tokEnd - 1]!.fold.endsWith(foldText(x)))) return null;
  let k = cue.tokStart - 1;
  for (
    let guard = 0;
    guard < 2 && k > sentence.tokStart && lex.fillers.longestAt(tokens, k)?.length === 1;
    guard++
  )
    k--;
  if (k <= sentence.tokStart || inQuote(ctx, k) || lex.conjunctions.longestAt(tokens, k)?.length !== 1)
    return null;
  // (After a conjunction opening the sentence: "But he shook his head and said …".)
  const opening = lex.conjunctions.longestAt(tokens, sentence.tokStart)?.length ?? 0;
  const from = skipFillers(ctx, sentence.tokStart + opening, k);
  const subject = parseSpeakerPhrase(ctx, from, k);
  if (!subject || subject.kind === 'group' || subject.tokEnd >= k - 1) return null;
  const verb = subject.tokEnd;
  if (
    !isWord(ctx, verb) ||
    tokens[verb]!.upper ||
    lex.conjunctions.longestAt(tokens, verb) ||
    lex.prepositions.longestAt(tokens, verb)
  )
    return null;
  for (let j = verb; j < k; j++) {
    if (inQuote(ctx, j) || lex.cues.longestAt(tokens, j)) return null;
    if (lex.complementizers.longestAt(tokens, j) || lex.relativePronouns.longestAt(tokens, j)) return null;
    // (A pronoun right after the first verb is its object: "presented it and said".)
    if (j > verb + 1 && lex.pronouns.longestAt(tokens, j)) return null;
  }
  return subject;
}

/** Token index of the cue of the last statement read in `sentence` before `cue`, if any. */
function earlierCueToken(
  ctx: AttributionContext,
  out: readonly RawStatement[],
  sentence: SentenceUnit,
  cue: CueMatch,
): number | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]!;
    if (r.sentence === sentence && r.cueStart < cue.start && !r.trailing)
      return tokenAt(ctx, r.cueStart, sentence.tokStart, sentence.tokEnd);
  }
  return undefined;
}

/**
 * Before a trailing attribution, a quotation that a colon (or a dash) introduces and that runs to the end of
 * the content is what was said; the words before the colon are the writer's: "She turned to him: “Q,” she
 * said." Only when no quotation stands before the colon. The quotation's inner range, if so.
 */
function colonIntroducedQuote(ctx: AttributionContext, s: number, e: number): [number, number] | undefined {
  const { text, quotes } = ctx;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open < s) lo = mid + 1;
    else hi = mid;
  }
  let last: QuoteSpan | undefined;
  let count = 0;
  for (let k = lo; k < quotes.length && quotes[k]!.close < e && count < 2; k++) {
    last = quotes[k];
    count++;
  }
  if (count !== 1 || !last || last.close + (last.closeLength ?? 1) !== e) return undefined;
  let c = last.open - 1;
  while (c > s && /\s/.test(text[c]!)) c--;
  if (c <= s || !/[:\-–—]/.test(text[c]!)) return undefined;
  const inner = trimRange(text, ...innerRange(last));
  return inner[1] > inner[0] ? inner : undefined;
}

/**
 * A word in -ing after a parenthetical attribution is a participle of the attribution ("…, he said, smiling.",
 * "…, she said, pointing to the map") unless an auxiliary follows it before the next comma: then it is a
 * gerund opening the rest of the content ("…, he said, replacing the chair would be harder").
 */
function gerundSubject(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  for (let j = k + 1; j < end && j - k <= 12; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || inQuote(ctx, j)) return false;
    if (lex.cues.longestAt(tokens, j)) return false;
    if (lex.auxiliaries.longestAt(tokens, j)) return true;
  }
  return false;
}

/** Kind and content range of a region that may hold quotations. */
function classify(
  ctx: AttributionContext,
  a: number,
  b: number,
  firstTok: number,
  lastTok: number,
  /** Content before a trailing attribution: a quotation followed by up to three words stays direct. */
  trailingTail = false,
): { kind: StatementKind; range: [number, number] } {
  const [s, e] = trimRange(ctx.text, a, b);
  const quoted = quotedWithin(ctx, s, e);
  if (!quoted) return { kind: 'indirect', range: [s, e] };
  if (trailingTail) {
    const introduced = colonIntroducedQuote(ctx, s, e);
    if (introduced) return { kind: 'direct', range: introduced };
  }
  // The whole region is one quotation (perhaps with a few words after it: "« Q » à Paris").
  for (let i = Math.max(firstTok, firstTokenFrom(ctx, s) - 1); i < lastTok; i++) {
    const q = ctx.quoteOf[i]!;
    if (q === -1) continue;
    const span = ctx.quotes[q]!;
    if (span.open === s) {
      const after = quoteEndToken(ctx, i, lastTok);
      let words = 0;
      for (let j = after; j < lastTok; j++) if (isWord(ctx, j) && ctx.tokens[j]!.start < e) words++;
      // A quotation closing on a comma (or a question or exclamation mark) ends the quoted words; what
      // follows is the writer's: "said, “Stay back,” until the door shut", "chanted “Why?” and marched on".
      const [, innerEnd] = quoteInner(ctx, q);
      const closesOnComma = /[,?!][’'"”»›]*$/u.test(ctx.text.slice(Math.max(s, innerEnd - 4), innerEnd));
      if (words === 0 || (trailingTail && words <= 3) || (!trailingTail && closesOnComma)) {
        const inner = trimRange(ctx.text, ...quoteInner(ctx, q));
        return { kind: 'direct', range: inner };
      }
    }
    break;
  }
  return { kind: 'mixed', range: [s, e] };
}

/** Token index of the first token starting at or after char offset `pos` within [from, to). */
function tokenAt(ctx: AttributionContext, pos: number, from: number, to: number): number {
  return Math.min(to, Math.max(from, firstTokenFrom(ctx, pos)));
}

interface AfterCue {
  speaker: SpeakerPhrase | null;
  addressee?: SpeakerPhrase;
  /** Where the complement starts (token index). */
  at: number;
}

/** The cue as written; a verb bracket without what it encloses ("hatte … erklärt"). */
function cueText(ctx: AttributionContext, cue: CueMatch): string {
  const { text, tokens } = ctx;
  if (!cue.bracket) return text.slice(cue.start, cue.end);
  const auxEnd = tokens[cue.bracket.tokStart - 1]!.end;
  const participleStart = tokens[cue.bracket.tokEnd]!.start;
  return `${text.slice(cue.start, auxEnd)} … ${text.slice(participleStart, cue.end)}`;
}

/** After the cue: an inverted subject (when allowed), an addressee, fillers. */
function afterCue(
  ctx: AttributionContext,
  cue: CueMatch,
  end: number,
  allowInverted: boolean,
  loose = false,
): AfterCue {
  const { lex, tokens } = ctx;
  // After a prepositional filler ("lors d'une conférence de presse à Berlin") "à X" is a place, not an
  // addressee: remember whether one was skipped.
  let afterPlace = false;
  const skip = (from: number): number => {
    const k = skipFillers(ctx, from, end);
    if (k > from && lex.prepositions.longestAt(tokens, from)) afterPlace = true;
    return k;
  };
  let p = skip(cue.tokEnd);
  let speaker: SpeakerPhrase | null = null;
  const readAddressee = (): SpeakerPhrase | undefined => {
    const marker = lex.addresseeMarkers.longestAt(tokens, p);
    if (marker && !inQuote(ctx, p) && !afterPlace) {
      const np = parseSpeakerPhrase(ctx, p + marker.length, end);
      if (np && np.kind !== 'pronoun') {
        p = skipFillers(ctx, np.tokEnd, end);
        // A name after the addressee's noun runs on past what the speaker grammar reads ("declaró a la
        // agencia RIA Nóvosti que …"): capitalised words, then the complementizer.
        let k = p;
        while (k < end && k - p < 4 && isWord(ctx, k) && tokens[k]!.upper && !inQuote(ctx, k)) k++;
        if (k > p && lex.complementizers.longestAt(tokens, k) && !inQuote(ctx, k)) p = k;
        return np;
      }
    }
    if (
      cue.info.entry.addresseeObject &&
      !inQuote(ctx, p) &&
      !lex.complementizers.longestAt(tokens, p) &&
      !lex.questionWords.longestAt(tokens, p)
    ) {
      const np = parseSpeakerPhrase(ctx, p, end) ?? bareNounPhrase(ctx, p, end);
      if (np) {
        objectAddressee = true;
        p = skipFillers(ctx, np.tokEnd, end);
        // The addressee may run on past what the speaker grammar reads ("told radio host Ann Brody that",
        // "told a crowd in Dover that"): a complementizer a few plain words further still opens the clause.
        const comp = complementizerWithin(ctx, p, end, 6);
        if (comp >= 0) p = comp;
        return np;
      }
    }
    return undefined;
  };
  let objectAddressee = false;
  let addressee = readAddressee();
  // "“Why not?” asked Jane Ditch." / "…, asks Jane Ditch, “…”": with no subject before the cue, a name right
  // after it that closes the clause is the inverted subject, not the object ("asked Jane" would need one).
  // Only next to a quotation (before the cue, or opening after the name's comma): "…, told The Post." after
  // a long apposition keeps its object.
  const verb = tokens[cue.tokEnd - 1]!.fold;
  const beforeCue = tokens[cue.tokStart - 1]?.fold === ',' ? cue.tokStart - 2 : cue.tokStart - 1;
  const quoteNear =
    (beforeCue >= 0 && inQuote(ctx, beforeCue)) ||
    (tokens[p]?.fold === ',' &&
      inQuote(ctx, p + 1) &&
      tokens[p + 1]!.start === ctx.quotes[ctx.quoteOf[p + 1]!]!.open);
  if (
    allowInverted &&
    addressee &&
    objectAddressee &&
    quoteNear &&
    (addressee.kind === 'person' ||
      addressee.kind === 'institution' ||
      // (Or a plain noun phrase with its determiner: "“Why now?” asked one resident.")
      (addressee.kind === 'group' && lex.determiners.longestAt(tokens, addressee.tokStart) !== undefined)) &&
    clauseOver(ctx, p, end) &&
    !(lex.lexicon.progressiveSuffixes ?? []).some((x) => verb.endsWith(foldText(x)))
  ) {
    speaker = addressee;
    addressee = undefined;
  }
  if (allowInverted && !addressee && !speaker) {
    // "…, заявили в Кремле": an impersonal plural cue names its institution after a preposition.
    const through = (lex.lexicon.speakerPrepositions ?? []).includes(tokens[p]?.fold ?? '') ? 1 : 0;
    // (A complementizer opens the reported clause, not a subject: "arguing that Lee “lashed out”".)
    const np = lex.complementizers.longestAt(tokens, p) ? null : parseSpeakerPhrase(ctx, p + through, end);
    if ((np && np.kind !== 'pronoun') || (np && np.pronoun && (np.pronoun.person ?? 3) === 3)) {
      const save = p;
      p = skip(np!.tokEnd);
      const addr = readAddressee();
      // A separable particle closes the clause after the subject: "…, teilte ein Sprecher gestern mit."
      if (cue.particle && p === cue.particle.tokStart) p = skipFillers(ctx, cue.particle.tokEnd, end);
      // An inverted subject ends the clause: "…, a déclaré le ministre." / "said Smith, adding" /
      // "estime Berne qui …" / "said Smith in an interview with CBC".
      const t = tokens[p];
      // A contraction glued to the pronoun ("said he’d …") continues the clause: it is no inverted subject.
      const contraction = t !== undefined && t.fold === "'" && t.start === tokens[p - 1]?.end;
      // A quotation opening right after the phrase goes on with its clause: "saying he “has offended …”".
      const quoteOpens = t !== undefined && inQuote(ctx, p) && t.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
      if (p >= end || (t && !contraction && !quoteOpens && (t.kind === 'punct' || t.kind === 'break'))) {
        speaker = np;
        addressee = addr;
      } else if (loose && np!.kind !== 'pronoun' && np!.kind !== 'group') {
        // After a quotation that opens the sentence, the verb's subject may be followed by anything:
        // "“…,” says Greenspan while visiting the kitchen".
        speaker = np;
        addressee = addr;
      } else if (
        lex.relativePronouns.longestAt(tokens, p) ||
        shortTail(ctx, p, end, true) ||
        adverbBeforeColon(ctx, p, end)
      ) {
        speaker = np;
        addressee = addr;
        p = clauseEnd(ctx, p, end);
      } else {
        p = save;
      }
    }
  }
  if (allowInverted && !addressee && !speaker) {
    const np = invertedNounSubject(ctx, cue, p, end);
    if (np) {
      speaker = np;
      p = np.tokEnd;
    }
  }
  // "teilte am späten Abend mit, dass …" / "gab bekannt: „…“": the complement starts after the particle.
  if (cue.particle && p <= cue.particle.tokStart) {
    const next = tokens[cue.particle.tokEnd];
    if (!next || next.kind !== 'word') p = cue.particle.tokEnd;
  }
  return { speaker, addressee, at: p };
}

/**
 * Verb second: one lower-case adverb between an inverted subject and the colon or comma that ends the clause
 * ("entgegnete Suttner empört: „…“"), no function word.
 */
function adverbBeforeColon(ctx: AttributionContext, p: number, end: number): boolean {
  const { lex, tokens } = ctx;
  if (!lex.lexicon.verbSecond || p + 1 >= end || !isWord(ctx, p) || tokens[p]!.upper || inQuote(ctx, p))
    return false;
  const next = tokens[p + 1]!;
  if (next.kind !== 'punct' || (next.fold !== ':' && next.fold !== ',') || inQuote(ctx, p + 1)) return false;
  return !(
    lex.determiners.longestAt(tokens, p) ||
    lex.prepositions.longestAt(tokens, p) ||
    lex.conjunctions.longestAt(tokens, p) ||
    lex.pronouns.longestAt(tokens, p) ||
    lex.complementizers.longestAt(tokens, p) ||
    lex.cues.longestAt(tokens, p)
  );
}

/**
 * The first complementizer or question word within about `words` words from `from` (no punctuation other
 * than a possessive, no quotation other than a short title, no determiner or pronoun before it), or -1; none
 * when `from` already holds one.
 */
function complementizerWithin(ctx: AttributionContext, from: number, end: number, words: number): number {
  const { tokens, lex } = ctx;
  for (let k = from; k < end && k - from <= words + 6; k++) {
    // A possessive and a short quoted title belong to the addressee: "told CNN's “State of the Union” that".
    if (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]?.end) continue;
    if (inQuote(ctx, k) && k > from) {
      const close = quoteEndToken(ctx, k, end);
      if (close - k > 8) return -1;
      k = close - 1;
      continue;
    }
    if (tokens[k]!.kind !== 'word' || inQuote(ctx, k)) return -1;
    if (lex.complementizers.longestAt(tokens, k) || lex.questionWords.longestAt(tokens, k))
      return k === from ? -1 : k;
    // A determiner or a pronoun opens the bare clause's subject ("told him the plan that failed was …").
    if (lex.determiners.longestAt(tokens, k) || lex.pronouns.longestAt(tokens, k)) return -1;
  }
  return -1;
}

function invertedPronounPhrase(cue: CueMatch): SpeakerPhrase | null {
  if (!cue.inverted) return null;
  const p = cue.inverted.pronoun;
  return {
    tokStart: cue.tokStart,
    tokEnd: cue.tokStart + 1,
    start: cue.inverted.start,
    end: cue.inverted.end,
    kind: 'pronoun',
    pronoun: p,
    gender: p.gender,
    number: p.number,
  };
}

/**
 * Without a complementizer, a noun phrase after the cue is its object ("confirmed the move") unless a verb
 * follows it soon: an auxiliary or modal within eight words ("said the station had been …").
 */
/**
 * Does a bare plural noun phrase open at `p` ("officials need …", "government officials need …")? Its first
 * two lower-case words, before any preposition or punctuation: one of them carries a plural suffix.
 */
function pluralSubjectAt(ctx: AttributionContext, p: number, end: number): boolean {
  const { lex, tokens } = ctx;
  const suffixes = lex.lexicon.pluralSuffixes ?? [];
  for (let k = p; k < end && k < p + 2; k++) {
    if (!isWord(ctx, k) || tokens[k]!.upper || lex.prepositions.longestAt(tokens, k)) return false;
    if (suffixes.some((x) => tokens[k]!.fold.endsWith(x))) return true;
    // A number other than one counts many: "said (approximately) 1,300 people attended".
    if (/^\d/.test(tokens[k]!.fold)) return tokens[k]!.fold !== '1' || digitGroupAfter(ctx, k);
  }
  return false;
}

/** Is token `k` (digits) followed by a thousands or decimal separator and more digits ("1,300", "2.5")? */
function digitGroupAfter(ctx: AttributionContext, k: number): boolean {
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

/** English-style clitics of "are", "will", "would"/"had", "have", "am" (the tokenizer splits them off). */
const CONTRACTED_AUXILIARIES = new Set(['re', 'll', 'd', 've', 'm']);

function auxiliarySoon(ctx: AttributionContext, p: number, end: number): boolean {
  let words = 0;
  for (let k = p; k < end && words < 12; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') {
      if ((t.fold === ',' && !digitGroupAfter(ctx, k - 1)) || t.fold === ';' || t.fold === ':') return false;
      continue;
    }
    // A contracted auxiliary glued to the word before ("there's", "it'll", "they've", "we'd"): "'s" only
    // after the clause's first word, since further on it is mostly a possessive ("the party's plan").
    if (k > p && ctx.tokens[k - 1]!.fold === "'" && ctx.tokens[k - 1]!.start === ctx.tokens[k - 2]?.end) {
      if (CONTRACTED_AUXILIARIES.has(t.fold) || (t.fold === 's' && k - 2 === p)) return true;
    }
    words++;
    if (k > p && ctx.lex.auxiliaries.matchAt(ctx.tokens, k).some((m) => m.length === 1)) return true;
  }
  return false;
}

/**
 * The second part of a split quotation after an attribution: "« Q1 », a déclaré X, « Q2 »." /
 * "“Q1,” Tester said, referring to the excuse, “Q2.”" — a quotation after a comma (and perhaps a conjunction)
 * that ends the sentence, at most 15 tokens after the attribution, with no other quotation before it.
 */
function secondPart(ctx: AttributionContext, from: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = from; k < end && k - from <= 15; k++) {
    if (!inQuote(ctx, k)) continue;
    const q = ctx.quoteOf[k]!;
    if (tokens[k]!.start !== ctx.quotes[q]!.open) return null;
    // (Or after a comma and a conjunction: "“Q1,” he said, but “Q2.”")
    const joined =
      k - 1 > from &&
      tokens[k - 2]!.fold === ',' &&
      ctx.lex.conjunctions.longestAt(tokens, k - 1)?.length === 1;
    if (k > from && tokens[k - 1]!.fold !== ',' && tokens[k - 1]!.fold !== ':' && !joined) return null;
    const qEnd = quoteEndToken(ctx, k, end);
    if (!clauseOver(ctx, qEnd, end) || (qEnd < end && tokens[qEnd]!.fold === ',')) return null;
    for (let j = qEnd; j < end; j++) if (tokens[j]!.kind === 'word') return null;
    return trimRange(ctx.text, ...quoteInner(ctx, q));
  }
  return null;
}

/** The end of the clause from token `p`: the next punctuation or quotation (not a possessive's apostrophe). */
function clauseEnd(ctx: AttributionContext, p: number, end: number): number {
  const { tokens } = ctx;
  for (;;) {
    while (p < end && tokens[p]!.kind === 'word' && !inQuote(ctx, p)) p++;
    const t = tokens[p];
    const glued = t !== undefined && t.fold === "'" && t.start === tokens[p - 1]?.end;
    if (!glued || !isWord(ctx, p + 1) || tokens[p + 1]!.start !== t.end || inQuote(ctx, p)) return p;
    p++;
  }
}

/**
 * A few words that end the clause after an attribution without being content: "a-t-il commenté la
 * situation", "said Smith in an interview with CBC". At most five words, no complementizer; when
 * `prepositional`, they must open with a preposition or a filler. Or a preposition and a gerund.
 */
function shortTail(
  ctx: AttributionContext,
  p: number,
  end: number,
  prepositional: boolean,
  quoteEnds = true,
): boolean {
  const { lex, tokens } = ctx;
  if (p >= end || tokens[p]!.kind !== 'word' || inQuote(ctx, p)) return false;
  if (prepositional && !lex.prepositions.longestAt(tokens, p) && !lex.fillers.longestAt(tokens, p))
    return false;
  const stop = clauseEnd(ctx, p, end);
  // A preposition before a gerund opens an adverbial clause of the attribution, however long: "…,” she told
  // the House before attacking the offer …".
  if (
    lex.prepositions.longestAt(tokens, p)?.length === 1 &&
    isWord(ctx, p + 1) &&
    (lex.lexicon.progressiveSuffixes ?? []).some((x) => tokens[p + 1]!.fold.endsWith(foldText(x)))
  )
    return true;
  // Prepositional phrases alone may run longer: "…, Lee wrote in an email to the network's chief on Friday".
  // (Not verb second, where the phrases after the verb go on with the main clause.)
  let phrasesOnly =
    lex.lexicon.verbSecond !== true &&
    (lex.prepositions.longestAt(tokens, p) !== undefined ||
      lex.addresseeMarkers.longestAt(tokens, p) !== undefined);
  for (let k = p; k < stop && phrasesOnly && stop - p > 5; k++)
    if (
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.conjunctions.longestAt(tokens, k)
    )
      phrasesOnly = false;
  if (stop - p > (phrasesOnly ? 12 : 5)) return false;
  for (let k = p; k < stop; k++) {
    // (A cue form that is also a noun, after a determiner, names a document: "said in a June report".)
    let noun = false;
    if (lex.nounHomographs.longestAt(tokens, k))
      for (let j = p; j < k && !noun; j++) noun = lex.determiners.longestAt(tokens, j) !== undefined;
    if (lex.complementizers.longestAt(tokens, k) || (lex.cues.longestAt(tokens, k) && !noun)) return false;
  }
  // (Unless `quoteEnds`, a quotation opening there goes on with the clause: "condemned Friday's test as
  // “reckless”".)
  return stop >= end || (tokens[stop]!.kind !== 'word' && (quoteEnds || !inQuote(ctx, stop)));
}

/**
 * A plain noun phrase as the object of "told", "assured" ("told reporters", "told the committee"): a
 * determiner and at most three lower-case words, ended by what opens the reported clause.
 */
function bareNounPhrase(ctx: AttributionContext, p: number, end: number): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const groupPhrase = (k: number, number: 'sg' | 'pl'): SpeakerPhrase => ({
    tokStart: p,
    tokEnd: k,
    start: tokens[p]!.start,
    end: tokens[k - 1]!.end,
    kind: 'group',
    number,
  });
  let k = p;
  const det = lex.determiners.longestAt(tokens, k);
  if (det) k += det.length;
  const first = k;
  while (k < end && k - first < 3 && tokens[k]!.kind === 'word' && !tokens[k]!.upper && !inQuote(ctx, k)) {
    if (
      lex.complementizers.longestAt(tokens, k) ||
      lex.determiners.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k)
    )
      break;
    if (
      lex.prepositions.longestAt(tokens, k) ||
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.cues.longestAt(tokens, k)
    )
      break;
    k++;
  }
  // A determiner with no noun after it, before a complementizer or the punctuation that opens the reported
  // words, is a pronoun: "told her that …", "told her, “…”".
  if (k === first && det && k < end && !inQuote(ctx, k - 1)) {
    const t = tokens[k]!;
    const opens = lex.complementizers.longestAt(tokens, k) !== undefined || t.fold === ',' || t.fold === ':';
    if (opens) return groupPhrase(k, 'sg');
  }
  if (k === first || k >= end) return null;
  // A short complement of place or group before "that": "told a crowd in Dover that …".
  if (lex.prepositions.longestAt(tokens, k)?.length === 1 && !inQuote(ctx, k) && !fillerAt(ctx, k)) {
    let j = k + 1;
    const pdet = lex.determiners.longestAt(tokens, j);
    if (pdet) j += pdet.length;
    const from = j;
    while (j < end && j - from < 3 && isWord(ctx, j) && !inQuote(ctx, j) && !clauseWordAt(ctx, j)) j++;
    if (j > from && j < end && lex.complementizers.longestAt(tokens, j)) k = j;
  }
  const next = tokens[k]!;
  const opensClause =
    lex.complementizers.longestAt(tokens, k) ||
    lex.determiners.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.fillers.longestAt(tokens, k) ||
    next.upper ||
    next.kind === 'punct';
  if (!opensClause) return null;
  return groupPhrase(k, 'pl');
}

/**
 * Start of the run of words ending before token `end` (no earlier than `floor`), across initials' dots
 * ("Mr. Hemming") and possessive clitics ("Putin's spokesman").
 */
function wordRunStart(ctx: AttributionContext, end: number, floor: number): number {
  const { tokens } = ctx;
  let from = end;
  for (;;) {
    while (from > floor && tokens[from - 1]!.kind === 'word' && !inQuote(ctx, from - 1)) from--;
    const dot = tokens[from - 1];
    const possessive = dot?.fold === "'" && tokens[from]?.fold === 's';
    if (
      from - 2 >= floor &&
      (dot?.fold === '.' || possessive) &&
      tokens[from - 2]!.kind === 'word' &&
      !inQuote(ctx, from - 2)
    ) {
      from -= 1;
      continue;
    }
    return from;
  }
}

/**
 * Start of the fillers that end right before token `end` (`end` when there are none): adverbs and times, and
 * a prepositional filler with the name it governs in quotation marks ("в интервью „МК“ недавно сказал",
 * "im Gespräch mit der „Zeit“"), which stand between a subject and its cue.
 */
function fillersEndingAt(ctx: AttributionContext, end: number, floor: number): number {
  const { lex, tokens } = ctx;
  for (let guard = 0; guard < 4; guard++) {
    const f = lex.fillers.matchEndingAt(tokens, end - 1)[0];
    if (f && end - f.length >= floor) {
      end -= f.length;
      continue;
    }
    // A short quoted name after a filler: skip both.
    const q = ctx.quoteOf[end - 1] ?? -1;
    if (q === -1 || tokens[end - 1]!.start !== ctx.quotes[q]!.close) break;
    let open = end - 1;
    while (open > floor && ctx.quoteOf[open - 1] === q) open--;
    if (quotedName(ctx, open) !== end) break;
    const g = lex.fillers.matchEndingAt(tokens, open - 1)[0];
    if (!g || open - g.length < floor) break;
    end = open - g.length;
  }
  return end;
}

/**
 * The antecedent of a relative clause that ends at the comma `comma` and holds at least one comma itself
 * (", qui …, …,"): the speaker phrase right before ", <relative pronoun>", or null. The clause may not hold a
 * quotation, a colon or another cue-free sentence break; it spans at most 30 tokens.
 */
function relativeAntecedent(
  ctx: AttributionContext,
  comma: number,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  let inner = 0;
  for (let j = comma - 1; j > sentence.tokStart && comma - j <= 30; j--) {
    const t = tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break' || t.fold === ':' || t.fold === ';') return null;
    if (t.fold !== ',') continue;
    if (lex.relativePronouns.longestAt(tokens, j + 1)) {
      if (inner === 0) return null;
      const head = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
      return head && head.kind !== 'pronoun' ? head : null;
    }
    inner++;
  }
  return null;
}

/**
 * Verb second: a subordinate clause puts its verb last, so its subject may stand far before the cue. After a
 * subordinating conjunction, a personal pronoun right after it ("…, indem sie den Senat zum Handeln
 * aufforderte: …"); and ("…, Peter Schulze, der am Montag vor dem Ausschuss betonte, …") when the cue's clause
 * opens (after a comma) with a relative pronoun that is its subject — no oblique form ("dem", "den"), not followed by a determiner, a
 * pronoun or a capitalised noun, which would make it an object or a genitive ("die er traf", "dessen
 * Sprecher") — the speaker is the antecedent before the comma.
 */
function verbFinalSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (!lex.lexicon.verbSecond) return null;
  let j = cue.tokStart - 1;
  while (j > sentence.tokStart && cue.tokStart - j <= 16 && isWord(ctx, j) && !inQuote(ctx, j)) j--;
  if (j <= sentence.tokStart || tokens[j]!.fold !== ',' || j + 2 >= cue.tokStart) return null;
  // A subordinate clause has its subject right after the conjunction: "…, indem sie den Senat zum Handeln
  // aufforderte: …" (a pronoun; a noun phrase is found before the cue as it is).
  const conjunction = lex.subordinators.longestAt(tokens, j + 1);
  if (conjunction) {
    const k = j + 1 + conjunction.length;
    const pronoun = lex.pronouns.longestAt(tokens, k);
    if (!pronoun || (pronoun.value.person ?? 3) !== 3 || pronoun.value.gender === 'n') return null;
    return parseSpeakerPhrase(ctx, k, k + pronoun.length);
  }
  const rel = lex.relativePronouns.longestAt(tokens, j + 1);
  const next = j + 1 + (rel?.length ?? 0);
  if (
    !rel ||
    (lex.lexicon.obliqueDeterminers ?? []).includes(tokens[j + 1]!.fold) ||
    tokens[next]!.upper ||
    lex.determiners.longestAt(tokens, next) ||
    lex.pronouns.longestAt(tokens, next) ||
    lex.relativePronouns.longestAt(tokens, next)
  )
    return null;
  const head = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
  return head && head.kind !== 'pronoun' ? head : null;
}

/** The subject before the cue: a phrase ending right before it (fillers allowed), or after "X, qui …,". */
function subjectBefore(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const end = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  if (end <= sentence.tokStart) return null;
  // An institution's name in quotation marks after a speaker preposition: "В «Укренерго» повідомили, що …".
  const q = ctx.quoteOf[end - 1] ?? -1;
  if (q !== -1 && tokens[end - 1]!.start === ctx.quotes[q]!.close) {
    let open = end - 1;
    while (open > sentence.tokStart && ctx.quoteOf[open - 1] === q) open--;
    const through = (lex.lexicon.speakerPrepositions ?? []).includes(tokens[open - 1]?.fold ?? '');
    if (through && quotedName(ctx, open) === end && open + 1 < end - 1) {
      const name = nounPhrase(ctx, open + 1, end - 1);
      return {
        ...name,
        tokStart: open - 1,
        start: tokens[open - 1]!.start,
        end: tokens[end - 1]!.end,
        tokEnd: end,
      };
    }
  }
  // "…, Igor Dodon, qui a déclaré que …" / "Smith, who said …": the antecedent of the relative pronoun.
  const rel = lex.relativePronouns.matchEndingAt(tokens, end - 1)[0];
  if (rel && !inQuote(ctx, end - 1)) {
    let k = end - rel.length;
    if (tokens[k - 1]?.fold === ',') k--;
    if (k <= sentence.tokStart || tokens[k - 1]!.kind !== 'word') return null;
    return speakerEndingAt(ctx, wordRunStart(ctx, k, Math.max(sentence.tokStart, k - 16)), k);
  }
  const verbFinal = verbFinalSubject(ctx, cue, sentence);
  if (verbFinal) return verbFinal;
  // Verb second: a cue right after "und" is the second verb of two main clauses sharing their subject ("Er
  // akzeptierte das Urteil und erklärte, …"): the phrase before the first verb, not the first verb's object.
  if (lex.lexicon.verbSecond && lex.conjunctions.matchEndingAt(tokens, end - 1).length > 0) {
    const first = parseSpeakerPhrase(ctx, sentence.tokStart, end);
    const verb = first ? tokens[first.tokEnd] : undefined;
    const plainClause =
      first !== null &&
      verb !== undefined &&
      isWord(ctx, first.tokEnd) &&
      !verb.upper &&
      !lex.conjunctions.longestAt(tokens, first.tokEnd) &&
      !tokens.slice(first.tokEnd, end).some((t, k) => !isWord(ctx, first.tokEnd + k));
    return plainClause ? first : null;
  }
  const before = tokens[end - 1]!;
  if (before.kind === 'word' && !inQuote(ctx, end - 1)) {
    const from = wordRunStart(ctx, end, Math.max(sentence.tokStart, end - 16));
    return speakerEndingAt(ctx, from, end);
  }
  if (before.fold === ',' || before.fold === ')') {
    // A relative clause that holds commas itself: "El mandatario, que se reunió con el primer ministro, Keir
    // Starmer, insistió …" → the antecedent before the relative pronoun.
    const antecedent = relativeAntecedent(ctx, end - 1, sentence);
    if (antecedent) return antecedent;
    // "Reagan Ruslim, who joined the board last month, said" / "X, le ministre, a déclaré": skip the
    // relative clause or apposition between commas and take the phrase before it.
    let j = end - 2;
    while (j > sentence.tokStart && tokens[j]!.fold !== ',' && tokens[j]!.fold !== '(' && !inQuote(ctx, j))
      j--;
    if (j <= sentence.tokStart || inQuote(ctx, j)) return null;
    const opener = appositionsOpener(ctx, sentence, j, end - 1);
    if (opener) return opener;
    const segStart = j + 1;
    const rel = lex.relativePronouns.longestAt(tokens, segStart);
    const appos = parseSpeakerPhrase(ctx, segStart, end - 1);
    // An apposition opening with a determiner ("Buckley, the school's graduate, said"), if short.
    const determined = lex.determiners.longestAt(tokens, segStart) !== undefined && end - 1 - segStart <= 10;
    // An age or a number between commas: "John Smith, 45, said".
    const numeric = end - 1 - segStart === 1 && /^\d+$/.test(tokens[segStart]!.fold);
    // Any short insertion after a name: "Megan Hester, senior associate at the institute, said",
    // "Clinton, at a later press gaggle, said", "Sen. Lindsey Graham (R-S.C.) told".
    const headBefore = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
    // (Not when the cue has its subject after it: "…, ont signé, a déclaré le ministre.")
    const afterCueTok = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
    const invertedNp = parseSpeakerPhrase(ctx, afterCueTok, sentence.tokEnd);
    // (A contraction after a pronoun goes on with its clause: "said it's …".)
    const contracted = tokens[invertedNp?.tokEnd ?? -1]?.fold === "'" && invertedNp?.kind === 'pronoun';
    // (Up to the separable particle that closes the clause: "…, teilten die Vereinten Nationen mit.")
    // (Verb second, a quotation right after the phrase makes it an object with its quoted name: "…, verteidigte
    // die Bezeichnung „Chaoten“".)
    const quotedAfter =
      lex.lexicon.verbSecond === true && invertedNp !== null && inQuote(ctx, invertedNp.tokEnd);
    const invertedSubject =
      invertedNp !== null &&
      !contracted &&
      !quotedAfter &&
      (clauseOver(ctx, invertedNp.tokEnd, sentence.tokEnd) ||
        (cue.particle !== undefined &&
          invertedNp.tokEnd === cue.particle.tokStart &&
          !obliquePhrase(ctx, invertedNp) &&
          clauseOver(ctx, cue.particle.tokEnd, sentence.tokEnd)));
    // (Where the verb comes second an insertion before it is an apposition, which ends on a noun: a clause
    // ending on a verb, "…, sich dagegen zu wehren, schreibt der Verein", leaves the subject after the verb.)
    const nounEnd = !lex.lexicon.verbSecond || (isWord(ctx, end - 2) && tokens[end - 2]!.upper);
    const inserted =
      !invertedSubject &&
      nounEnd &&
      end - 1 - segStart <= 14 &&
      headBefore !== null &&
      headBefore.kind !== 'pronoun' &&
      headBefore.kind !== 'group';
    // (Where the verb comes second, a subject after it leaves the relative clause to the content: "…, die
    // geflohen waren, teilten die Vereinten Nationen mit.")
    if (
      (rel && !(lex.lexicon.verbSecond && invertedSubject)) ||
      (!invertedSubject && (determined || numeric || inserted || (appos && appos.tokEnd === end - 1)))
    ) {
      // (An acronym in parentheses may close the head: "Die Partei Bewegung für Wandel (MDC), die …".)
      let headEnd = j;
      if (tokens[j - 1]?.fold === ')') {
        for (let b = j - 2; b > sentence.tokStart && j - b <= 6; b--)
          if (tokens[b]!.fold === '(') {
            headEnd = b;
            break;
          }
      }
      const from = wordRunStart(ctx, headEnd, Math.max(sentence.tokStart, headEnd - 16));
      const head = speakerEndingAt(ctx, from, headEnd);
      if (head && appos && appos.tokEnd === end - 1 && head.kind === 'person' && appos.role && !appos.name) {
        return {
          ...head,
          role: appos.role,
          roleEntry: appos.roleEntry,
          end: appos.end,
          tokEnd: appos.tokEnd,
        };
      }
      // The name in apposition to a role or a group's member: "El presidente del Gobierno, Pedro Sánchez,
      // afirmó" (EFE, ANSA, PAP), "one of the family's lawyers, Sam Idris, said".
      if (
        head &&
        appos &&
        appos.tokEnd === end - 1 &&
        (head.kind === 'role' || head.kind === 'group') &&
        !head.name &&
        appos.kind === 'person' &&
        appos.name &&
        !appos.role
      ) {
        return {
          ...appos,
          role: head.role,
          roleEntry: head.roleEntry,
          tokStart: head.tokStart,
          start: head.start,
        };
      }
      return head;
    }
  }
  return null;
}

/**
 * Verb second: is `left` (a noun phrase read right before a cue) only the end of a fronted adverbial? True when
 * lower-case words that cannot belong to a name (no linkers, particles or determiners: "Erst vergangene
 * Woche", "Bereits vor zwei Wochen") stand before it in its sentence, fillers aside, with no punctuation
 * between. (A prepositional phrase after a capitalised noun may belong
 * to the subject: "Experten vor Ort schlossen …".)
 */
function frontedTail(ctx: AttributionContext, left: SpeakerPhrase, sentence: SentenceUnit): boolean {
  const { lex, tokens } = ctx;
  if (left.kind === 'pronoun') return false;
  const from = skipFillers(ctx, sentence.tokStart, left.tokStart);
  if (from >= left.tokStart) return false;
  for (let k = from; k < left.tokStart; k++) {
    const t = tokens[k]!;
    if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
    // The sentence's first word is capitalised by position: a common word when the text also writes it in
    // lower case ("Erst"), or a preposition ("Bis Mittwoch sagte sie").
    const common =
      !t.upper ||
      (k === sentence.tokStart && (ctx.lowercase?.has(t.fold) || lex.prepositions.longestAt(tokens, k)));
    if (
      !common ||
      lex.linkers.longestAt(tokens, k) ||
      lex.nameParticles.longestAt(tokens, k) ||
      lex.determiners.longestAt(tokens, k)
    )
      return false;
  }
  return true;
}

/**
 * Does a subordinate clause open between tokens `from` and `to`: a comma, then (a preposition and) a relative
 * pronoun or a complementizer ("…, von dem die Polizei glaubt", "…, dass")?
 */
/**
 * A passive cue with its agent ("Von der Regierung wurde der Plan begrüßt.", "Ihm wird von der Opposition
 * Betrug vorgeworfen."): the agent after one of `Lexicon.agentMarkers` in the cue's sentence speaks, and the
 * sentence is what was said. With no agent named there is no speaker, and no statement.
 */
function passiveStatement(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { tokens } = ctx;
  const markers = ctx.lex.lexicon.agentMarkers ?? [];
  let agent: SpeakerPhrase | null = null;
  for (let k = sentence.tokStart; k < sentence.tokEnd && !agent; k++) {
    if (inQuote(ctx, k) || !markers.includes(tokens[k]!.fold)) continue;
    let np = parseSpeakerPhrase(ctx, k + 1, sentence.tokEnd);
    if (!np && k === sentence.tokStart) {
      const npEnd = nounPhraseEnd(ctx, k + 1, sentence.tokEnd);
      if (npEnd > k + 1) np = nounPhrase(ctx, k + 1, npEnd);
    }
    // A speaker, not a place ("in der Nähe von Bergen"): a role, an institution, a group or a full name; or
    // any noun phrase opening the sentence ("Von der Führung des Landes wurde der Plan begrüßt.").
    const speakerLike =
      np !== null &&
      np.kind !== 'pronoun' &&
      (k === sentence.tokStart ||
        np.kind === 'role' ||
        np.kind === 'institution' ||
        np.kind === 'group' ||
        (np.kind === 'person' && (np.name ?? '').trim().includes(' ')));
    if (speakerLike) agent = np;
  }
  if (!agent) return null;
  const range = trimRange(ctx.text, sentence.start, sentence.end);
  return {
    speaker: agent,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [Math.min(cue.start, agent.start), Math.max(cue.end, agent.end)],
    inherits: false,
    sentence,
    parts: [range],
    kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect',
    trailing: false,
  };
}

/**
 * Verb second: a single lower-case word that is no pronoun, read as the phrase before a cue, is an adverb in
 * first position ("„…“, so beschrieb ihn die Sprecherin"), never the subject (German capitalises nouns).
 */
function lowerCaseAdverb(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  return (
    ctx.lex.lexicon.verbSecond === true &&
    phrase.kind !== 'pronoun' &&
    phrase.tokEnd - phrase.tokStart === 1 &&
    !ctx.tokens[phrase.tokStart]!.upper
  );
}

/** Does a noun phrase open with a determiner of an oblique case (`Lexicon.obliqueDeterminers`: "dem", "den")? */
export function obliquePhrase(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  const { obliqueDeterminers: oblique = [], obliqueBeforeAdjective: before } = ctx.lex.lexicon;
  const { tokens, lex } = ctx;
  const adjective = (k: number): boolean =>
    before !== undefined &&
    tokens[k]?.kind === 'word' &&
    !tokens[k]!.upper &&
    tokens[k]!.fold.endsWith(before.ending);
  // The phrase read may leave its determiner and adjective out: "[Der drittgrößten] Volkswirtschaft".
  if (phrase.kind === 'pronoun') return false;
  // A name in apposition is the subject whatever the phrase before it ("…, Claudia Mo, urteilte").
  for (let k = phrase.tokStart; k < phrase.tokEnd; k++) if (tokens[k]!.fold === ',') return false;
  let det = phrase.tokStart;
  if (!lex.determiners.longestAt(tokens, det) && tokens[det]?.upper) {
    if (adjective(det - 1) && lex.determiners.longestAt(tokens, det - 2)) det -= 2;
    else if (det > 0 && lex.determiners.longestAt(tokens, det - 1)) det -= 1;
  }
  const first = tokens[det];
  if (first === undefined || first.kind !== 'word') return false;
  if (oblique.includes(first.fold)) return true;
  return before !== undefined && before.determiners.includes(first.fold) && adjective(det + 1);
}

/**
 * Verb second: does the sentence open with a prepositional phrase whose noun phrase is closed by a relative
 * clause ending right before token `cue` ("Trotz der Kritik der Verbände, die … laut geworden war, | plant …")?
 */
function frontedWithRelative(ctx: AttributionContext, sentence: SentenceUnit, cue: number): boolean {
  const { lex, tokens } = ctx;
  const prep = lex.prepositions.longestAt(tokens, sentence.tokStart);
  if (!prep || tokens[cue - 1]?.fold !== ',') return false;
  const npEnd = nounPhraseEnd(ctx, sentence.tokStart + prep.length, cue);
  if (npEnd < 0 || tokens[npEnd]?.fold !== ',' || inQuote(ctx, npEnd)) return false;
  return subordinateWithin(ctx, npEnd, cue - 1);
}

function subordinateWithin(ctx: AttributionContext, from: number, to: number): boolean {
  const { lex, tokens } = ctx;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.fold !== ',' || inQuote(ctx, k)) continue;
    // (A preposition may govern the relative pronoun: "von dem", "mit der".)
    for (let m = k + 1; m <= k + 2 && m < to; m++) {
      if (lex.relativePronouns.longestAt(tokens, m) || lex.complementizers.longestAt(tokens, m)) return true;
      if (!isWord(ctx, m) || tokens[m]!.upper) break;
    }
  }
  return false;
}

/**
 * Verb second: does a predicative phrase open the sentence before the cue ("Als Grund für die Absage gab die
 * Schule an, …")? A `predicativeMarkers` word before a noun, no comma before the cue (a subordinate "als"
 * clause ends with one: "Als er kam, sagte er …").
 */
function frontedPredicative(ctx: AttributionContext, sentence: SentenceUnit, cue: CueMatch): boolean {
  const { lex, tokens } = ctx;
  const marker = lex.predicativeMarkers.longestAt(tokens, sentence.tokStart);
  if (!marker) return false;
  const next = sentence.tokStart + marker.length;
  if (!isWord(ctx, next) || !tokens[next]!.upper || lex.pronouns.longestAt(tokens, next)) return false;
  for (let k = next; k < cue.tokStart; k++) if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return true;
}

/** Does the cue hold an impersonal (neuter third-person) pronoun as its subject ("heißt es", "hieß es")? */
function impersonalCue(ctx: AttributionContext, cue: CueMatch): boolean {
  for (let k = cue.tokStart; k < cue.tokEnd; k++) {
    const p = ctx.lex.pronouns.longestAt(ctx.tokens, k)?.value;
    if (p && p.gender === 'n' && (p.person ?? 3) === 3 && p.number === 'sg') return true;
  }
  return false;
}

/** Longest insertion between a sentence-opening name and its cue, in tokens. */
const MAX_APPOSITIONS = 40;

/**
 * "Tareq Hadad, the co-founder of a company based in Antigonish, N.S., says": a name that opens the sentence,
 * then an apposition holding commas of its own, then the cue. The subject is the opening name, not the last
 * name inside the apposition. `lastComma` is the comma before the last segment, `cueComma` the one before
 * the cue. Only when the insertion opens like an apposition or a relative clause (a determiner, a role, a
 * relative pronoun or a lower-case word), so a list of names ("Ames, Boyd, Cole said") is left alone.
 */
function appositionsOpener(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  lastComma: number,
  cueComma: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (cueComma - sentence.tokStart > MAX_APPOSITIONS) return null;
  let comma = sentence.tokStart;
  while (comma < lastComma && tokens[comma]!.fold !== ',') comma++;
  if (comma >= lastComma) return null;
  const head = speakerEndingAt(ctx, sentence.tokStart, comma);
  if (!head || head.tokStart !== sentence.tokStart || (head.kind !== 'person' && head.kind !== 'institution'))
    return null;
  // A dateline is no subject: "MOSCOW, May 3 – …".
  const written = ctx.text.slice(head.start, head.end);
  if (written === written.toUpperCase()) return null;
  const next = tokens[comma + 1];
  const opensApposition =
    next?.kind === 'word' &&
    !/^\d/.test(next.fold) &&
    (!next.upper ||
      lex.determiners.longestAt(tokens, comma + 1) !== undefined ||
      lex.roles.longestAt(tokens, comma + 1) !== undefined ||
      lex.relativePronouns.longestAt(tokens, comma + 1) !== undefined);
  if (!opensApposition) return null;
  for (let k = comma; k < cueComma; k++) if (inQuote(ctx, k)) return null;
  return head;
}

/**
 * A cue form that is also a noun, right before another plain word of a noun phrase, is a modifier: "the state
 * news agency said", "state media".
 */
function homographModifier(ctx: AttributionContext, k: number): boolean {
  const { lex, tokens } = ctx;
  const next = tokens[k + 1];
  return (
    lex.nounHomographs.longestAt(tokens, k) !== undefined &&
    next !== undefined &&
    next.kind === 'word' &&
    !inQuote(ctx, k + 1) &&
    !lex.cues.longestAt(tokens, k + 1) &&
    !lex.auxiliaries.longestAt(tokens, k + 1) &&
    !lex.complementizers.longestAt(tokens, k + 1) &&
    !lex.pronouns.longestAt(tokens, k + 1) &&
    !lex.determiners.longestAt(tokens, k + 1) &&
    !lex.prepositions.longestAt(tokens, k + 1) &&
    !lex.conjunctions.longestAt(tokens, k + 1)
  );
}

/**
 * Does the word at `k` make a clause of the run holding it (a cue, a complementizer, a relative or personal
 * pronoun, an auxiliary, a negation, an infinitive opener)? Such a run is no noun phrase standing for a speaker.
 */
function clauseWordAt(ctx: AttributionContext, k: number): boolean {
  const { lex, tokens } = ctx;
  return Boolean(
    (lex.cues.longestAt(tokens, k) && !homographModifier(ctx, k)) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.auxiliaries.longestAt(tokens, k) ||
    lex.negations.longestAt(tokens, k) ||
    lex.infinitiveOpeners.longestAt(tokens, k),
  );
}

/**
 * "…,” said a statement released by the mayor's office.": after a trailing cue that follows a quotation, a
 * determiner and a few plain
 * words that close the sentence are the inverted subject whatever their noun (a document, a notice), since
 * no verb follows that would make them a clause's subject. Languages with the verb second are left out (their
 * inverted subject always follows the finite verb). Or null.
 */
function invertedNounSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  from: number,
  end: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (lex.lexicon.verbSecond === true || from >= end || inQuote(ctx, from)) return null;
  // A participle has no inverted subject ("…, citing her work"); "that" opens a clause, not a subject.
  const verb = tokens[cue.tokEnd - 1]!.fold;
  if ((lex.lexicon.progressiveSuffixes ?? []).some((x) => verb.endsWith(foldText(x)))) return null;
  // Only after a quotation ("“…,” said the ruling."): after other content a bare clause may follow the cue
  // with a verb no list holds ("Reyes, who watched it, said the day brought back memories").
  const before = tokens[cue.tokStart - 1]?.fold === ',' ? cue.tokStart - 2 : cue.tokStart - 1;
  if (before < 0 || !inQuote(ctx, before)) return null;
  const det = lex.determiners.longestAt(tokens, from);
  if (!det || lex.complementizers.longestAt(tokens, from)) return null;
  let k = from + 1;
  for (; k < end && k - from <= 10; k++) {
    const t = tokens[k]!;
    const possessive = t.fold === "'" && t.start === tokens[k - 1]?.end;
    if (possessive) continue;
    if (t.kind !== 'word' || inQuote(ctx, k)) break;
    if (clauseWordAt(ctx, k) || lex.passives.longestAt(tokens, k)) return null;
  }
  if (k - from < 2 || !clauseOver(ctx, k, end) || tokens[k]?.fold === ',') return null;
  const np = nounPhrase(ctx, from, k);
  // The name shown leaves the determiner out ("the ruling" → "ruling"), as for any institution, but not a
  // quantifier before "of" ("one of the players").
  if (np.kind === 'institution' && !np.institutionEntry && !lex.linkers.longestAt(tokens, from + det.length))
    np.institution = ctx.text.slice(tokens[from + det.length]!.start, np.end);
  return np;
}

/**
 * "…, the utility said." / "…, the school's defenders say.": a determiner and a few words between a comma (or
 * a dash) and a cue that closes the sentence are the cue's subject whatever their noun, since the content
 * stands before the comma and nothing else can be the one who speaks. Or null.
 */
function trailingNounSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const end = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  let from = end;
  while (from > sentence.tokStart && end - from < 8 && !inQuote(ctx, from - 1)) {
    const t = tokens[from - 1]!;
    const possessive = t.fold === "'" && t.start === tokens[from - 2]?.end;
    if (!possessive && t.kind !== 'word') break;
    from--;
  }
  if (from >= end || from <= sentence.tokStart || inQuote(ctx, from - 1)) return null;
  // A determiner opens the phrase, or a named owner does: "…, North Korea's state news agency said."
  let owner = from;
  while (owner < end && isWord(ctx, owner) && tokens[owner]!.upper) owner++;
  const possessive =
    owner > from &&
    tokens[owner]?.fold === "'" &&
    tokens[owner]!.start === tokens[owner - 1]!.end &&
    tokens[owner + 1]?.fold === 's' &&
    owner + 2 < end;
  if (!TRAILING_LEAD.has(tokens[from - 1]!.fold) || (!lex.determiners.longestAt(tokens, from) && !possessive))
    return null;
  for (let k = from + 1; k < end; k++) {
    if (clauseWordAt(ctx, k)) return null;
  }
  const after = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
  if (!clauseOver(ctx, after, sentence.tokEnd) && !shortTail(ctx, after, sentence.tokEnd, true)) return null;
  return nounPhrase(ctx, from, end);
}

/** Is token `k` the start of a trailing position: after a comma, a dash or a closing quotation mark? */
function trailingLead(ctx: AttributionContext, k: number, sentence: SentenceUnit): number {
  // Returns the char offset where the preceding content ends, or -1.
  const prev = ctx.tokens[k - 1];
  if (!prev || k - 1 < sentence.tokStart) return -1;
  if (TRAILING_LEAD.has(prev.fold) && !inQuote(ctx, k - 1)) return prev.start;
  // A title the speaker phrase leaves out stands before it: "…, Sen. Jane Ortiz said." / "…, Dr. Lee said."
  if (prev.fold === '.' && k - 2 > sentence.tokStart && isAbbreviation(ctx.tokens, k - 1, ctx.lex))
    return trailingLead(ctx, k - 2, sentence);
  // So does a one-word owner the phrase leaves out: "…,” Acme’s U.K. managing director Jo Lee said."
  if (
    k - 3 > sentence.tokStart &&
    ctx.tokens[k - 3]!.upper &&
    possessiveBefore(ctx, k - 1, sentence.tokStart) &&
    !inQuote(ctx, k - 3)
  )
    return trailingLead(ctx, k - 3, sentence);
  if (inQuote(ctx, k - 1)) {
    const span = ctx.quotes[ctx.quoteOf[k - 1]!]!;
    if (prev.start === span.close) return span.close + 1;
  }
  return -1;
}

/** End of a capitalised-noun phrase from token `i` (German): [det] adj* Noun+ ((linker) [det] adj* Noun+)*, or -1. */
function nounPhraseEnd(ctx: AttributionContext, i: number, end: number): number {
  const { tokens, lex } = ctx;
  let j = i;
  let groups = 0;
  for (let guard = 0; guard < 6; guard++) {
    let k = j;
    const link = lex.linkers.longestAt(tokens, k);
    // Groups are joined by genitive links; the first may open with one too ("nach Angaben von n24").
    if (groups > 0 && (!link || inQuote(ctx, k))) break;
    if (link) k += link.length;
    const det = lex.determiners.longestAt(tokens, k);
    // (A linked complement opened by a demonstrative or possessive belongs to the clause: "für diese Transporte".)
    if (groups > 0 && det && (lex.lexicon.referringDeterminers ?? []).includes(tokens[k]!.fold)) break;
    if (det) k += det.length;
    while (
      k < end &&
      isWord(ctx, k) &&
      !tokens[k]!.upper &&
      /(e|en|er|es|em)$/.test(tokens[k]!.fold) &&
      !lex.cues.longestAt(tokens, k) &&
      !lex.auxiliaries.longestAt(tokens, k) &&
      !lex.determiners.longestAt(tokens, k) &&
      // (Not a verb of the same shape: "so gebe es keine Möglichkeit".)
      !lex.pronouns.longestAt(tokens, k) &&
      !reportiveWithin(ctx, k, k + 1)
    )
      k++;
    const nounStart = k;
    for (;;) {
      if (k < end && isWord(ctx, k) && !inQuote(ctx, k) && (tokens[k]!.upper || /\d/.test(tokens[k]!.fold)))
        k++;
      else if (k < end && quotedName(ctx, k) > k) {
        // A quoted name closes its group: "laut „Reuters“ Warnschüsse …".
        k = quotedName(ctx, k);
        break;
      } else break;
    }
    if (k === nounStart) break;
    // An acronym in brackets after the name: "des United States Geological Survey (USGS)".
    if (tokens[k]?.fold === '(' && tokens[k + 2]?.fold === ')' && isWord(ctx, k + 1) && k + 3 <= end) k += 3;
    j = k;
    groups++;
  }
  return groups > 0 ? j : -1;
}

/**
 * A name in quotation marks at token `k` (its opening mark): one to four capitalised words ("Laut „BBC News“",
 * "der Website „icelandreview.com“"). Returns the token after the closing mark, or -1.
 */
function quotedName(ctx: AttributionContext, k: number): number {
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

/** A source named by tokens [from, to) that the speaker grammar does not take ("einer Studie der UNO"). */
function nounPhrase(ctx: AttributionContext, from: number, to: number): SpeakerPhrase {
  const parsed = parseSpeakerPhrase(ctx, from, to);
  if (parsed && parsed.tokEnd === to) return parsed;
  const start = ctx.tokens[from]!.start;
  const stop = ctx.tokens[to - 1]!.end;
  // A person named at the end, after a title the grammar does not read whole: "former Bank of Canada
  // governor David Dodge" → David Dodge, the rest being the role. (A full name or a titled one: in German a
  // lone capitalised word is any noun, "nach ersten Erkenntnissen".)
  for (let k = from + 1; k < to && k - from < 14; k++) {
    if (!isWord(ctx, k)) continue;
    const named = parseSpeakerPhrase(ctx, k, to);
    if (named?.kind === 'person' && (named.role || named.name?.includes(' ')) && named.tokEnd === to)
      return {
        ...named,
        tokStart: from,
        start,
        role: ctx.text.slice(start, named.start).trim() + (named.role ? ` ${named.role}` : ''),
      };
  }
  return {
    tokStart: from,
    tokEnd: to,
    start,
    end: stop,
    kind: 'institution',
    institution: ctx.text.slice(start, stop),
    number: 'sg',
  };
}

/**
 * The words right before a cue in its clause, as a plain noun phrase, when the speaker grammar found no
 * subject there ("environmentalists worry that", "Several former staff members have complained"): at most
 * five words after the clause's start (the sentence's start or punctuation), none of them a cue, a
 * complementizer, a relative or personal pronoun, an auxiliary, a negation or an infinitive particle, not
 * opening with a preposition. Or null.
 */
/**
 * Is there a possessive clitic right before token `k` ("school ’ s" with `k` at "s"), glued to a word that
 * is no pronoun, relative pronoun, complementizer or presentative ("it's", "that's", "there's" are
 * contractions of "is")?
 */
function possessiveBefore(ctx: AttributionContext, k: number, floor: number): boolean {
  const { tokens, lex } = ctx;
  const s = tokens[k];
  const mark = tokens[k - 1];
  const owner = tokens[k - 2];
  if (!s || !mark || !owner || k - 2 < floor || s.fold !== 's' || mark.fold !== "'") return false;
  if (mark.start !== owner.end || s.start !== mark.end || !isWord(ctx, k - 2) || inQuote(ctx, k - 2))
    return false;
  return !(
    lex.pronouns.longestAt(tokens, k - 2) ||
    lex.relativePronouns.longestAt(tokens, k - 2) ||
    lex.complementizers.longestAt(tokens, k - 2) ||
    (lex.lexicon.presentatives ?? []).some((w) => foldText(w) === owner.fold)
  );
}

export function clauseSubject(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cueStart: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  // Adverbs and times right before the cue are not its subject ("…» недавно сказал", "…, dann sagte").
  const cueTok = fillersEndingAt(
    ctx,
    tokenAt(ctx, cueStart, sentence.tokStart, sentence.tokEnd),
    sentence.tokStart,
  );
  let from = cueTok;
  for (;;) {
    while (from > sentence.tokStart && isWord(ctx, from - 1) && !inQuote(ctx, from - 1) && cueTok - from < 7)
      from--;
    // A possessive inside the phrase ("the school's defenders"), not a pronoun's contraction ("it's").
    if (!possessiveBefore(ctx, from, sentence.tokStart) || cueTok - from >= 7) break;
    from -= 2;
  }
  if (from > sentence.tokStart && isWord(ctx, from - 1)) return null;
  // An abbreviation's full stop is no clause start ("a researcher at St. Michael's Hospital said").
  if (from > sentence.tokStart && tokens[from - 1]!.fold === '.' && isAbbreviation(tokens, from - 1, lex))
    return null;
  // A possessive or contraction split off before ("Editor’s note", "it’s") is no clause start.
  if (from > sentence.tokStart && tokens[from - 1]!.fold === "'") return null;
  if (lex.conjunctions.longestAt(tokens, from)) from++;
  if (from >= cueTok || cueTok - from > 5 || lex.prepositions.longestAt(tokens, from)) return null;
  for (let k = from; k < cueTok; k++) {
    if (clauseWordAt(ctx, k)) return null;
  }
  return nounPhrase(ctx, from, cueTok);
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

/**
 * "Об этом заявил X.", "Про це повідомив X …", "Poinformował o tym X.": a cue next to one of the lexicon's
 * `anaphoricContent` words at the start of its sentence takes the previous sentence as its content.
 */
function anaphoricAttribution(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { lex, tokens, text } = ctx;
  const first = sentence.tokStart;
  const lead = lex.anaphoricContent.longestAt(tokens, first);
  const after = lex.anaphoricContent.longestAt(tokens, cue.tokEnd);
  let speakerFrom: number;
  if (lead && first + lead.length === cue.tokStart) speakerFrom = cue.tokEnd;
  else if (after && cue.tokStart === first) speakerFrom = cue.tokEnd + after.length;
  else return relativeAnaphora(ctx, cue, sentence);
  // The previous sentence: back from the full stop before this one to the stop or line break before it.
  const stop = first - 1;
  if (stop < 0 || tokens[stop]!.kind !== 'punct' || !/[.!?…]/.test(tokens[stop]!.fold)) return null;
  let begin = stop - 1;
  while (
    begin >= 0 &&
    tokens[begin]!.kind !== 'break' &&
    !(tokens[begin]!.kind === 'punct' && /[.!?…]/.test(tokens[begin]!.fold) && !inQuote(ctx, begin))
  )
    begin--;
  if (begin + 1 >= stop) return null;
  const range = trimRange(text, tokens[begin + 1]!.start, tokens[stop]!.start);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  const q = skipFillers(ctx, speakerFrom, sentence.tokEnd);
  let speaker = parseSpeakerPhrase(ctx, q, sentence.tokEnd);
  // German capitalises the nouns of any subject: "Dies gab das norwegische Nobelkomitee bekannt."
  if (!speaker && lex.lexicon.verbSecond) {
    const npEnd = nounPhraseEnd(ctx, q, sentence.tokEnd);
    if (npEnd > q) speaker = nounPhrase(ctx, q, npEnd);
  }
  if (!speaker) return null;
  const quoted = ctx.quotes.some((x) => x.open >= range[0] && x.close < range[1]);
  const whole = ctx.quotes.find((x) => x.open === range[0] && x.close === range[1] - 1);
  return {
    parts: [whole ? trimRange(text, ...quoteInner(ctx, ctx.quotes.indexOf(whole))) : range],
    kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect',
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [sentence.start, speaker.end],
    trailing: true,
    inherits: false,
    sentence,
  };
}

/**
 * "…, о чем заявил X", "…, про що повідомив X", "…, o czym poinformował X": the anaphoric marker after a comma
 * (adverbs may follow it) stands for the clause before the comma in the same sentence, and the subject follows
 * the cue.
 */
function relativeAnaphora(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): RawStatement | null {
  const { lex, tokens, text } = ctx;
  const markerEnd = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  const marker = lex.anaphoricContent.matchEndingAt(tokens, markerEnd - 1)[0];
  if (!marker) return null;
  const comma = markerEnd - marker.length - 1;
  if (comma <= sentence.tokStart || tokens[comma]!.fold !== ',' || inQuote(ctx, comma)) return null;
  const range = trimRange(text, sentence.start, tokens[comma]!.start);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  const q = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
  const speaker = parseSpeakerPhrase(ctx, q, sentence.tokEnd);
  if (!speaker || speaker.kind === 'pronoun') return null;
  const quoted = quotedWithin(ctx, range[0], range[1]);
  return {
    parts: [range],
    kind: quoted ? 'mixed' : 'indirect',
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    attribution: [tokens[comma + 1]!.start, speaker.end],
    trailing: true,
    inherits: false,
    sentence,
  };
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

/**
 * A cue in a parenthetical clause opened by one of the lexicon's `asMarkers`: "Wie die Polizei mitteilte, …",
 * "Как заявил X, …", "Jak podkreślił, …" (the rest of the sentence), "…, wie EADS gestern mitteilte." and
 * "…, según informó X." (what comes before). The speaker stands between the marker and the cue (verb-final
 * German) or after the cue; none at all is a dropped subject.
 */
function asAttribution(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): RawStatement | null {
  const { lex, tokens, text } = ctx;
  let a = cue.tokStart - 1;
  // (Commas may set off a name in apposition: "Wie der Direktor des Amtes, Smith Dharma, mitteilte, …".)
  while (
    a >= sentence.tokStart &&
    cue.tokStart - a <= 14 &&
    (isWord(ctx, a) || ['.', '(', ')', ','].includes(tokens[a]!.fold)) &&
    !inQuote(ctx, a) &&
    !lex.asMarkers.longestAt(tokens, a)
  )
    a--;
  if (a < sentence.tokStart || !isWord(ctx, a) || inQuote(ctx, a) || !lex.asMarkers.longestAt(tokens, a))
    return null;
  const first = lex.conjunctions.longestAt(tokens, sentence.tokStart)
    ? sentence.tokStart + 1
    : sentence.tokStart;
  const fronted = a === first;
  const postposed = !fronted && tokens[a - 1]?.fold === ',' && !inQuote(ctx, a - 1);
  if (!fronted && !postposed) return null;
  // The parenthetical clause ends at the first punctuation after the cue (a short quoted title is no end:
  // "как сказал в интервью "НГ" проректор …").
  let k = cue.particle ? cue.particle.tokEnd : cue.tokEnd;
  for (;;) {
    while (k < sentence.tokEnd && isWord(ctx, k) && !inQuote(ctx, k)) k++;
    const q = k < sentence.tokEnd && inQuote(ctx, k) ? ctx.quoteOf[k]! : -1;
    if (q === -1 || tokens[k]!.start !== ctx.quotes[q]!.open) break;
    const close = quoteEndToken(ctx, k, sentence.tokEnd);
    if (close - k > 5 || !isWord(ctx, close)) break;
    k = close;
  }
  // Verb second: with its subject before it, the verb ends the clause ("Wie der Sprecher mitteilte, …"); words
  // after it make "wie" a comparison ("Wie jedes Jahr erinnerten Aktivisten an …").
  const cueEnd = cue.particle ? cue.particle.tokEnd : cue.tokEnd;
  if (lex.lexicon.verbSecond && a + 1 < cue.tokStart && k !== cueEnd) return null;
  let speaker: SpeakerPhrase | null = null;
  if (a + 1 < cue.tokStart) {
    const stop = tokens[cue.tokStart - 1]!.fold === ',' ? cue.tokStart - 1 : cue.tokStart;
    const whole = parseSpeakerPhrase(ctx, a + 1, stop);
    speaker = whole && whole.tokEnd === stop ? whole : speakerEndingAt(ctx, a + 1, stop);
    // Verb last, the subject opens the clause and objects follow it ("wie er in einem Schreiben über den Antrag
    // bekundete"): the phrase right after "wie", when it is in no oblique case.
    if (lex.lexicon.verbSecond && whole && whole.tokEnd < stop && !obliquePhrase(ctx, whole)) speaker = whole;
    speaker ??= parseSpeakerPhrase(ctx, a + 1, stop);
    if (!speaker) return null;
    // Subject first, the speaker (or the name an apposition sets off) opens the clause: "as evidence of his
    // resolve, experts say …" is a prepositional "as", not a parenthetical attribution.
    if (
      !lex.lexicon.verbSecond &&
      speaker.tokStart > a + 1 &&
      !parseSpeakerPhrase(ctx, a + 1, speaker.tokStart)
    )
      return null;
  } else {
    const q = skipFillers(ctx, cue.particle ? cue.particle.tokEnd : cue.tokEnd, k);
    if (q < k) speaker = parseSpeakerPhrase(ctx, q, k);
    // An adverbial may come before the subject, which then closes the clause: "как сказал в одном из
    // интервью проректор Сергей Рощин, …".
    if (q < k && (!speaker || speaker.tokEnd < k) && !lex.lexicon.verbSecond) {
      // (The phrase that opens on a role, a determiner or a capital, not on the adverbial's last noun.)
      for (let from = q; from < k; from++) {
        const opens =
          lex.roles.longestAt(tokens, from) || lex.determiners.longestAt(tokens, from) || tokens[from]!.upper;
        const phrase = opens && isWord(ctx, from) ? parseSpeakerPhrase(ctx, from, k) : null;
        if (phrase && phrase.tokEnd === k && phrase.kind !== 'pronoun') {
          speaker = phrase;
          break;
        }
      }
    }
    // A role with its name in apposition: "Jak poinformował rzecznik rządu, Piotr Nowak, …".
    const wide = speaker ? parseSpeakerPhrase(ctx, q, sentence.tokEnd) : null;
    if (wide && wide.tokEnd > k && wide.name && tokens[wide.tokEnd]?.fold === ',') {
      speaker = wide;
      k = wide.tokEnd;
    }
  }
  const subject = speaker ?? zeroSubject(cue.start, cue.tokStart);
  let parts: [number, number];
  // The clause goes on after a parenthetical inside it: "Harbours, as the minister noted, rarely close …".
  let rest: [number, number] | null = null;
  if (fronted) {
    if (tokens[k]?.fold !== ',' || inQuote(ctx, k) || k + 1 >= sentence.tokEnd) return null;
    parts = trimRange(text, tokens[k + 1]!.start, sentence.end);
  } else {
    if (k < sentence.tokEnd && tokens[k]!.kind === 'word') return null;
    parts = trimRange(text, sentence.start, tokens[a - 1]!.start);
    if (
      tokens[k]?.fold === ',' &&
      !inQuote(ctx, k) &&
      isWord(ctx, k + 1) &&
      !inQuote(ctx, k + 1) &&
      !lex.conjunctions.longestAt(tokens, k + 1)
    ) {
      rest = trimRange(text, tokens[k + 1]!.start, sentence.end);
      if (rest[1] <= rest[0]) rest = null;
    }
  }
  if (parts[1] <= parts[0]) return null;
  const attributed = {
    speaker: subject,
    cue: text.slice(tokens[a]!.start, cue.end),
    cueClass: cue.info.entry.class,
    cueStart: tokens[a]!.start,
    attribution: [tokens[a]!.start, Math.max(cue.end, speaker?.end ?? 0)] as [number, number],
    inherits: false,
    sentence,
  };
  if (rest) {
    const span: [number, number] = [parts[0], rest[1]];
    if (wordCount(ctx, ...span) < 3) return null;
    return {
      ...attributed,
      parts: [parts, rest],
      kind: quotedWithin(ctx, ...span) ? 'mixed' : 'indirect',
      trailing: true,
    };
  }
  if (wordCount(ctx, parts[0], parts[1]) < 2) return null;
  const quoted = quotedWithin(ctx, parts[0], parts[1]);
  const whole = ctx.quotes.find((q) => q.open === parts[0] && q.close === parts[1] - 1);
  return {
    ...attributed,
    parts: [whole ? trimRange(text, ...quoteInner(ctx, ctx.quotes.indexOf(whole))) : parts],
    kind: whole ? 'direct' : quoted ? 'mixed' : 'indirect',
    trailing: postposed,
  };
}

/**
 * Token index of the opening quotation mark after a colon within the clause from `from` (right after it, or
 * opening the next paragraph), or -1.
 */
function colonQuoteAfter(ctx: AttributionContext, from: number, end: number): number {
  const { lex, tokens } = ctx;
  const limit = Math.min(end, from + 20);
  // After a short prepositional phrase a comma works like the colon: "says of Clinton, “…”".
  const prepositional =
    lex.prepositions.longestAt(tokens, from) !== undefined ||
    lex.linkers.longestAt(tokens, from) !== undefined;
  for (let j = from; j < limit; j++) {
    const t = tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break') return -1;
    if (prepositional && t.fold === ',' && j - from <= 8 && j + 1 < end && inQuote(ctx, j + 1))
      return blockQuoteAt(ctx, j + 1, end);
    if (t.kind !== 'punct' || t.fold === ',' || t.fold === '(' || t.fold === ')') continue;
    if (t.fold !== ':') return -1;
    return blockQuoteAt(ctx, j + 1, end);
  }
  return -1;
}

/**
 * Quotation index of a quotation opening at token `k` (within the sentence), or of a block quotation that
 * opens the next paragraph when line breaks stand at `k` ("X reports:¶“…”"); else -1.
 */
function blockQuoteAt(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  let q = k;
  while (q < tokens.length && tokens[q]!.kind === 'break') q++;
  if (q >= tokens.length || (q === k && k >= end)) return -1;
  const quote = ctx.quoteOf[q]!;
  return quote !== -1 && tokens[q]!.start === ctx.quotes[quote]!.open ? q : -1;
}

/** Token index of a complementizer after a comma within the cue's clause (words and commas only), or -1. */
function complementizerAfterComma(ctx: AttributionContext, from: number, end: number): number {
  const { lex } = ctx;
  const limit = Math.min(end - 1, from + 25);
  for (let j = from; j < limit; j++) {
    const t = ctx.tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break') return -1;
    // Another verb's clause after "und": "lobte die Polizei und betonte, dass …" is the second verb's.
    if (lex.conjunctions.longestAt(ctx.tokens, j) && lex.cues.longestAt(ctx.tokens, j + 1)) return -1;
    if (t.kind !== 'punct') continue;
    if (t.fold !== ',') return -1;
    if (ctx.lex.complementizers.longestAt(ctx.tokens, j + 1)) return j + 1;
  }
  return -1;
}

/** Does the clause [from, to) end with an infinitive after one of `infinitiveMarkers` ("… zu wissen")? */
function infinitiveClause(ctx: AttributionContext, from: number, to: number): boolean {
  const markers = ctx.lex.lexicon.infinitiveMarkers;
  if (!markers || markers.length === 0) return false;
  let last = to - 1;
  while (last > from && !isWord(ctx, last)) last--;
  if (inQuote(ctx, last)) return false;
  const before = ctx.tokens[last - 1];
  if (last - 1 > from && before !== undefined && before.kind === 'word' && markers.includes(before.fold))
    return true;
  return last - 1 > from && infixInfinitive(ctx, last, markers);
}

/** Is token `k` an infinitive with its particle inside (`infinitivePrefixes`: "bereitzustellen")? */
function infixInfinitive(ctx: AttributionContext, k: number, markers: readonly string[]): boolean {
  const t = ctx.tokens[k]!;
  const prefixes = ctx.lex.lexicon.infinitivePrefixes;
  if (!prefixes || t.upper || t.kind !== 'word') return false;
  return prefixes.some((prefix) => {
    const p = foldText(prefix);
    if (!t.fold.startsWith(p)) return false;
    return markers.some((m) => {
      const rest = t.fold.slice(p.length);
      // The verb after the particle: at least a syllable and an infinitive ending ("-en", "-ern", "-eln").
      return rest.startsWith(m) && rest.length - m.length >= 3 && rest.endsWith('n');
    });
  });
}

/** Does a reportive marker (Konjunktiv I, "якобы") stand outside quotations in tokens [from, to)? */
export function reportiveWithin(
  ctx: AttributionContext,
  from: number,
  to: number,
  afterCue = false,
): boolean {
  const limit = Math.min(to, from + 40);
  const marks = reportiveMarks(ctx);
  const bit = afterCue ? 2 : 1;
  for (let i = from; i < limit; i++) if (marks[i]! & bit) return true;
  return false;
}

/**
 * Does a reportive marker stand in a main clause of tokens [from, to), so that the sentence by itself reads as
 * reported speech? Where the finite verb comes second (`verbSecond`), a marker that closes a clause opened
 * after a comma or dash is the verb-final finite verb of a subordinate clause ("…, mit dem der Anbau gefördert
 * werden soll.", "…, die nicht ändern wolle."): it says nothing of the sentence. `bit` 1 asks for reportive
 * markers, 2 for clause markers (Konjunktiv II).
 */
export function reportiveMainClause(
  ctx: AttributionContext,
  from: number,
  to: number,
  bit = 1,
  hearsayOnly = false,
): boolean {
  const limit = Math.min(to, from + 40);
  const marks = reportiveMarks(ctx);
  const { tokens } = ctx;
  const modals = ctx.lex.lexicon.hearsayModals;
  let clauseStart = from;
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && !inQuote(ctx, i) && /^[,;–—-]$/.test(t.fold)) clauseStart = i + 1;
    if (!(marks[i]! & bit)) continue;
    const next = tokens[i + 1];
    const clauseFinal = i + 1 >= to || next === undefined || (next.kind !== 'word' && !inQuote(ctx, i + 1));
    if (ctx.lex.lexicon.verbSecond && clauseStart !== from && clauseFinal) continue;
    if (hearsayOnly && modals?.forms.includes(t.fold) && !perfectInfinitiveAfter(ctx, i, to, modals.perfect))
      continue;
    return true;
  }
  return false;
}

/** Does the clause of the modal at token `i` close on a perfect infinitive ("soll … verursacht haben")? */
function perfectInfinitiveAfter(ctx: AttributionContext, i: number, to: number, perfect: string[]): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k < to && (tokens[k]!.kind === 'word' || inQuote(ctx, k))) k++;
  const last = tokens[k - 1];
  return k - 1 > i && last !== undefined && perfect.includes(last.fold);
}

/**
 * End of the noun phrase a fronted preposition governs from token `i`: a capitalised-noun phrase, or a whole
 * quotation after an optional determiner ("Gegen den „Verein freier Schulträger“ ermittelt …"); -1 if none.
 */
function fronted(ctx: AttributionContext, i: number, end: number): number {
  const np = nounPhraseEnd(ctx, i, end);
  if (np >= 0) return np;
  const k = i + (ctx.lex.determiners.longestAt(ctx.tokens, i)?.length ?? 0);
  const q = ctx.quoteOf[k] ?? -1;
  if (k >= end || q === -1 || ctx.tokens[k]!.start !== ctx.quotes[q]!.open) return -1;
  let after = k;
  while (after < end && ctx.quoteOf[after] === q) after++;
  return after;
}

/**
 * The speaker a sentence names as its subject, for a reported sentence after it: the noun phrase that opens
 * it, or, after a fronted prepositional phrase or object and the verb, the one after the verb ("Gegen den
 * Verein ermittelt die Staatsanwaltschaft." → "die Staatsanwaltschaft").
 */
export function namedSubject(ctx: AttributionContext, unit: SentenceUnit): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  const end = unit.tokEnd;
  let k = skipFillers(ctx, unit.tokStart, end);
  if (k >= end || inQuote(ctx, k)) return null;
  // Only adverbs before the verb ("Zudem prognostizierte der Verband …"): the subject follows it.
  if (k > unit.tokStart && isWord(ctx, k) && !tokens[k]!.upper) return subjectAfterVerb(ctx, k, end);
  const prep = lex.prepositions.longestAt(tokens, k);
  const opening = prep ? null : parseSpeakerPhrase(ctx, k, end);
  const oblique = opening !== null && obliquePhrase(ctx, opening);
  if (opening && !oblique) return opening.kind === 'pronoun' ? null : opening;
  if (prep) k = fronted(ctx, k + prep.length, end);
  else if (opening && isWord(ctx, opening.tokEnd) && !tokens[opening.tokEnd]!.upper) k = opening.tokEnd;
  else if ((lex.lexicon.obliqueDeterminers ?? []).includes(tokens[k]!.fold)) {
    // A long fronted object the grammar does not read ("Den vom Minister vorgeschlagenen Einsatz der Armee hat
    // die Gewerkschaft abgelehnt."): the auxiliary after its noun is the finite verb.
    // (Words and brackets only: "Den von Peter Lang (CDU) vorgeschlagenen Einsatz".)
    const inPhrase = (v: number) =>
      isWord(ctx, v) || ((tokens[v]!.fold === '(' || tokens[v]!.fold === ')') && !inQuote(ctx, v));
    let v = k + 1;
    while (
      v < end &&
      v - k <= 20 &&
      inPhrase(v) &&
      !(lex.auxiliaries.longestAt(tokens, v) && !tokens[v]!.upper && tokens[v - 1]!.upper)
    )
      v++;
    if (v >= end || v - k > 20 || !isWord(ctx, v)) return null;
    k = v;
  } else return null;
  return subjectAfterVerb(ctx, k, end);
}

/**
 * Verb second: the subject of a clause that an adverbial cue and its quotation open ("Mit den Worten „…“
 * eröffnete sie die Sitzung", also after a colon): after the quotation (and a comma), the finite verb, then
 * the subject, a pronoun included; or null.
 */
function subjectAfterFrontedQuote(ctx: AttributionContext, cue: CueMatch, end: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const before = tokens[cue.tokStart - 1];
  const opensClause =
    !before || before.kind === 'break' || SENTENCE_END.has(before.fold) || before.fold === ':';
  const q = ctx.quoteOf[cue.tokEnd] ?? -1;
  if (!ctx.lex.lexicon.verbSecond || !opensClause || q === -1) return null;
  let k = cue.tokEnd;
  while (k < end && ctx.quoteOf[k] === q) k++;
  if (tokens[k]?.fold === ',') k++;
  if (k >= end || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k)) return null;
  const at = skipFillers(ctx, k + 1, end);
  const subject = isWord(ctx, at) && !inQuote(ctx, at) ? parseSpeakerPhrase(ctx, at, end) : null;
  return subject && !obliquePhrase(ctx, subject) ? subject : null;
}

/** `namedSubject` after what was fronted: the finite verb at token `k`, then the subject, or null. */
function subjectAfterVerb(ctx: AttributionContext, k: number, end: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (k < 0 || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k)) return null;
  k = skipFillers(ctx, k + 1, end);
  // Adverbials may stand between the verb and its subject: "ermittelt seit Mai die Staatsanwaltschaft".
  for (let round = 0; round < 2 && k < end; round++) {
    const adverbial = lex.prepositions.longestAt(tokens, k);
    const after = adverbial ? nounPhraseEnd(ctx, k + adverbial.length, end) : -1;
    if (after < 0) break;
    k = skipFillers(ctx, after, end);
  }
  const subject = isWord(ctx, k) && !inQuote(ctx, k) ? parseSpeakerPhrase(ctx, k, end) : null;
  return subject && subject.kind !== 'pronoun' && !obliquePhrase(ctx, subject) ? subject : null;
}

/**
 * Per token, whether it is a reportive marker (bit 1) or a clause marker (bit 2), outside quotations; one
 * pass over the text, made on first use: windows overlap, so matching per call would repeat the work.
 */
const REPORTIVE = new WeakMap<AttributionContext, Uint8Array>();
function reportiveMarks(ctx: AttributionContext): Uint8Array {
  let marks = REPORTIVE.get(ctx);
  if (marks) return marks;
  marks = new Uint8Array(ctx.tokens.length);
  const { reportiveMarkers = [], reportiveClauseMarkers = [] } = ctx.lex.lexicon;
  const none = reportiveMarkers.length === 0 && reportiveClauseMarkers.length === 0;
  const clauseForms = new Set(reportiveClauseMarkers.map((m) => m.normalize('NFC').toLowerCase()));
  for (let i = 0; i < (none ? 0 : ctx.tokens.length); i++) {
    const t = ctx.tokens[i]!;
    // Markers are verb forms and particles, written in lower case: a capitalised word is a noun ("Stelle").
    if (!isWord(ctx, i) || ctx.tokens[i]!.upper || inQuote(ctx, i)) continue;
    if (ctx.lex.reportive.longestAt(ctx.tokens, i)) marks[i]! |= 1;
    // Konjunktiv II differs from the past indicative by its umlaut alone ("würde" / "wurde", "hätte" / "hatte"),
    // which folding drops: the form must be written as listed.
    if (
      ctx.lex.reportiveClause.longestAt(ctx.tokens, i) &&
      clauseForms.has(ctx.text.slice(t.start, t.end).normalize('NFC').toLowerCase())
    )
      marks[i]! |= 2;
  }
  REPORTIVE.set(ctx, marks);
  return marks;
}

/**
 * A main clause with its finite verb second, the form German gives reported speech without "dass" ("sagte
 * Rice, die USA hielten sich an …"): determiner, adjectives, capitalised nouns, then a lower-case word that
 * is no determiner, preposition, conjunction or relative pronoun (which would make a relative clause or an
 * apposition: "sagte Meier, der einen Plan …"). Only where the lexicon says `verbSecond`.
 */
function verbSecondClause(ctx: AttributionContext, from: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.verbSecond || inQuote(ctx, from)) return false;
  let k = from;
  const det = lex.determiners.longestAt(tokens, k);
  if (det) k += det.length;
  if (lex.determiners.longestAt(tokens, k)) return false;
  // Adjectives before the noun ("wegen", "gegen" end like one but open a prepositional phrase: a relative
  // clause "…, der wegen Betrugs angeklagt war").
  while (
    k < end &&
    isWord(ctx, k) &&
    !tokens[k]!.upper &&
    /(e|en|er|es|em)$/.test(tokens[k]!.fold) &&
    !lex.prepositions.longestAt(tokens, k)
  )
    k++;
  const nounStart = k;
  while (k < end && isWord(ctx, k) && tokens[k]!.upper && !inQuote(ctx, k)) k++;
  // The verb may open a quotation: "meinte, der Ehemann „konnte und wollte sich nicht abfinden“".
  if (k > nounStart && k < end && inQuote(ctx, k) && !inQuote(ctx, k - 1)) {
    const inner = k + 1;
    return isWord(ctx, inner) && !tokens[inner]!.upper;
  }
  if (k === nounStart || k - nounStart > 3 || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k))
    return false;
  return !(
    lex.determiners.longestAt(tokens, k) ||
    lex.prepositions.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.linkers.longestAt(tokens, k) ||
    // (A verb that reports only with its preposition is a plain verb here: "…, die USA hielten sich an …".)
    (lex.cues.longestAt(tokens, k) && !lex.cues.longestAt(tokens, k)!.value.entry.governs)
  );
}

/**
 * What a speech act reported with its object says: the quotation that closes the object ("bezeichnete den
 * Entwurf als „maßvoll“", "wies die Vorwürfe als „haltlos“ zurück") as direct speech, else the whole sentence
 * (mixed when it holds a quotation). `objectEnd` is the token after the object.
 */
function speechActContent(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  objectEnd: number,
): { parts: [number, number][]; kind: StatementKind } {
  const last = objectEnd - 1;
  const q = last >= sentence.tokStart ? ctx.quoteOf[last]! : -1;
  if (q !== -1 && ctx.tokens[last]!.start === ctx.quotes[q]!.close) {
    const inner = trimRange(ctx.text, ...quoteInner(ctx, q));
    if (inner[1] > inner[0]) return { parts: [inner], kind: 'direct' };
  }
  const range = trimRange(ctx.text, sentence.start, sentence.end);
  return { parts: [range], kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect' };
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/**
 * Does an object stand in the verb bracket of `cue`: between the verb and its separable particle ("kündigte
 * den Abzug an") or between the subject and a clause-final participle ("hat den Abzug angekündigt")?
 */
function bracketedObject(
  ctx: AttributionContext,
  cue: CueMatch,
  speaker: SpeakerPhrase,
  end: number,
): boolean {
  const { tokens, lex } = ctx;
  const wordsIn = (a: number, b: number): number => {
    let n = 0;
    for (let k = a; k < b; k++) {
      if (inQuote(ctx, k)) continue;
      // An ordinal's dot ("am 14. März") stays inside the bracket where the language writes one.
      const ordinal =
        tokens[k]!.fold === '.' &&
        lex.lexicon.ordinalDot === true &&
        /^\d{1,2}$/.test(tokens[k - 1]?.fold ?? '');
      if (ordinal) continue;
      if (tokens[k]!.kind !== 'word') return 0;
      if (!lex.auxiliaries.longestAt(tokens, k) && !lex.fillers.longestAt(tokens, k)) n++;
    }
    return n;
  };
  if (cue.particle) return wordsIn(skipFillers(ctx, cue.tokEnd, end), cue.particle.tokStart) >= 2;
  if (cue.bracket) return wordsIn(cue.bracket.tokStart, cue.bracket.tokEnd) >= 2;
  if (speaker.tokEnd < cue.tokStart) return wordsIn(speaker.tokEnd, cue.tokStart) >= 2;
  return false;
}

/**
 * Where the infinitive content of a cue starts (char offset), or -1: the cue's object when one was read
 * ("urged Congress to act" → "Congress to act"), else at most eight words ("called on the administration and
 * Congress to act") before an infinitive opener, else the opener itself ("vowed to fight").
 */
function infinitiveContent(
  ctx: AttributionContext,
  p: number,
  end: number,
  object: SpeakerPhrase | undefined,
): number {
  const { lex, tokens } = ctx;
  // The object's phrase may have swallowed the opener as a linker ("the mayor to …"): scan from its start.
  const from = object ? object.tokStart : p;
  for (let k = from; k < end && k - from <= 10; k++) {
    if (!isWord(ctx, k) || inQuote(ctx, k)) return -1;
    // (A cue form that is also a noun, before another noun, is a modifier of the object: "warned state
    // officials to …".)
    const modifier =
      lex.nounHomographs.longestAt(tokens, k) !== undefined &&
      isWord(ctx, k + 1) &&
      !lex.cues.longestAt(tokens, k + 1) &&
      !lex.complementizers.longestAt(tokens, k + 1) &&
      !lex.pronouns.longestAt(tokens, k + 1) &&
      !lex.infinitiveOpeners.longestAt(tokens, k + 1);
    if ((lex.cues.longestAt(tokens, k) && !modifier) || lex.complementizers.longestAt(tokens, k)) return -1;
    // A subject pronoun opens a clause of its own ("told reporters he wants to run").
    if (k > from && lex.pronouns.longestAt(tokens, k)) return -1;
    const opener = lex.infinitiveOpeners.longestAt(tokens, k);
    if (!opener) continue;
    const next = k + opener.length;
    if (!isWord(ctx, next) && !(inQuote(ctx, next) && isWord(ctx, next + 1))) continue;
    return tokens[from]!.start;
  }
  return -1;
}

/** End (token index) of a noun-phrase object: the first punctuation or line break outside quotations. */
/**
 * Whether the subject right before the cue (over its auxiliaries and adverbs: "polls have consistently shown")
 * is headed by an evidence noun, for cues marked `evidence`.
 */
function evidenceSubject(ctx: AttributionContext, cueTok: number, sentenceTokStart: number): boolean {
  const { tokens, lex } = ctx;
  let k = cueTok - 1;
  while (
    k >= sentenceTokStart &&
    cueTok - k <= 4 &&
    (lex.auxiliaries.longestAt(tokens, k) || lex.fillers.longestAt(tokens, k))
  )
    k--;
  if (k < sentenceTokStart || inQuote(ctx, k)) return false;
  if (lex.evidenceNouns.longestAt(tokens, k)) return true;
  // Or the head before a short prepositional complement: "an analysis of new filings shows …".
  for (let j = k - 1; j >= sentenceTokStart && k - j <= 8; j--) {
    if (tokens[j]!.kind !== 'word' || inQuote(ctx, j)) return false;
    if (lex.prepositions.longestAt(tokens, j + 1) && lex.evidenceNouns.longestAt(tokens, j)) return true;
  }
  return false;
}

function objectEnd(ctx: AttributionContext, p: number, end: number): number {
  const { tokens, lex } = ctx;
  let k = p;
  // Words, quotations, and possessives ("the court's decision"); not a conjunction opening a clause with a
  // subject pronoun of its own ("promised lower taxes and “jobs, jobs,” | but he also warned …").
  // (Amounts belong to it too: "$916 million", "40%", "1,300".)
  while (
    k < end &&
    (inQuote(ctx, k) ||
      tokens[k]!.kind === 'word' ||
      (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]?.end && isWord(ctx, k + 1)) ||
      (/^[$€£¥%]$/u.test(tokens[k]!.fold) &&
        (/^\d/.test(tokens[k + 1]?.fold ?? '') || /^\d/.test(tokens[k - 1]?.fold ?? ''))) ||
      ((tokens[k]!.fold === ',' || tokens[k]!.fold === '.') && k > p && digitGroupAfter(ctx, k - 1)))
  ) {
    if (
      k > p &&
      !inQuote(ctx, k) &&
      lex.conjunctions.longestAt(tokens, k) &&
      !inQuote(ctx, k + 1) &&
      lex.pronouns.longestAt(tokens, k + 1) !== undefined
    )
      break;
    k++;
  }
  return k;
}

const namesCache = new WeakMap<readonly Token[], Set<string>>();
const HAS_LOWER = /\p{Ll}/u;
/**
 * Folded capitalised words that stand after another word in running text ("Mike Pence"; not the capitals of
 * "READ MORE"), computed once per text.
 */
function namesInText(text: string, tokens: readonly Token[]): Set<string> {
  let names = namesCache.get(tokens);
  if (names) return names;
  names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.kind === 'word' &&
      t.upper &&
      tokens[k - 1]!.kind === 'word' &&
      HAS_LOWER.test(text.slice(t.start, t.end))
    )
      names.add(t.fold);
  }
  namesCache.set(tokens, names);
  return names;
}

/**
 * Does a clause boundary stand right before the cue (fillers aside): the sentence's start, punctuation, a
 * conjunction or a relative pronoun ("…, adding", "and noted", "who said")? Elsewhere a cue form that is
 * also a noun, with no subject and opening no report, is that noun ("different questions for").
 */
function clauseBoundaryBefore(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): boolean {
  const { lex, tokens } = ctx;
  let k = cue.tokStart - 1;
  for (let guard = 0; guard < 3 && k >= sentence.tokStart; guard++) {
    const filler = lex.fillers.matchEndingAt(tokens, k)[0];
    if (!filler) break;
    k -= filler.length;
  }
  if (k < sentence.tokStart) return true;
  const t = tokens[k]!;
  return (
    t.kind !== 'word' ||
    lex.conjunctions.matchEndingAt(tokens, k).length > 0 ||
    lex.relativePronouns.matchEndingAt(tokens, k).length > 0
  );
}

/**
 * After a parenthetical attribution and its comma, does the reported clause go on at token `k` with a subject of
 * its own: a conjunction, or a short prepositional phrase and its comma, then a determiner that is no possessive
 * ("…, he said, but one person ran …", "…, she said, for others, the risk is …")? A pronoun there may be the
 * speaker doing something else ("…, he said, but he gave no details"); a cue later opens a report of its own.
 */
function clauseGoesOn(ctx: AttributionContext, k: number, end: number): boolean {
  const { lex, tokens } = ctx;
  let at = -1;
  let pronounOk = false;
  if (lex.conjunctions.longestAt(tokens, k)?.length === 1) at = k + 1;
  else if (lex.prepositions.longestAt(tokens, k)) {
    // (After a fronted phrase a pronoun is the subject of the reported clause: "…, he said, for others, it …".)
    pronounOk = true;
    for (let j = k + 1; j < end && j - k <= 5; j++) {
      if (tokens[j]!.fold === ',') {
        at = j + 1;
        break;
      }
      if (!isWord(ctx, j)) return false;
    }
  }
  if (at < 0 || at >= end) return false;
  // Or a conjunction and the speaker's quoted words: "…, Lee said, and still “…”".
  if (!pronounOk) {
    const q = lex.fillers.longestAt(tokens, at) ? at + 1 : at;
    if (q < end && inQuote(ctx, q) && tokens[q]!.start === ctx.quotes[ctx.quoteOf[q]!]!.open) return true;
  }
  if (!isWord(ctx, at)) return false;
  const pronoun = lex.pronouns.longestAt(tokens, at)?.value;
  const subject = pronoun
    ? pronounOk && (pronoun.person ?? 3) === 3
    : lex.determiners.longestAt(tokens, at) !== undefined &&
      // (A possessive opens what the speaker's own people did: "…, he said, and his wife agreed".)
      !(lex.lexicon.genderedForms ?? []).some((g) => foldText(g.form) === tokens[at]!.fold);
  if (!subject) return false;
  for (let j = at; j < end; j++) if (!inQuote(ctx, j) && lex.cues.longestAt(tokens, j)) return false;
  return true;
}

/** Does a report open at token `p`: a complementizer, a colon or an opening quotation mark? */
function reportOpensAfter(ctx: AttributionContext, p: number, end: number): boolean {
  if (p >= end) return false;
  const t = ctx.tokens[p]!;
  if (inQuote(ctx, p)) return t.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
  return t.fold === ':' || ctx.lex.complementizers.longestAt(ctx.tokens, p) !== undefined;
}

/** Does a paragraph start at `pos` (the text's start or a line break before it, spaces aside)? */
function paragraphStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

/** Token index of the line break that ends the paragraph holding token `from`, or the tokens' length. */
function paragraphEnd(ctx: AttributionContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && ctx.tokens[k]!.kind !== 'break') k++;
  return k;
}

const transcriptCache = new WeakMap<readonly Token[], Set<string>>();

/**
 * The labels of a quoted transcript: the last words of the capitals-only labels that open its paragraphs
 * after a quotation mark ("“WALLACE: …¶“PENCE: …"), when one of them names someone the text names. The
 * interviewer is often named nowhere else, but speaks in the same format as the guest.
 */
function transcriptLabels(ctx: AttributionContext): Set<string> {
  const { tokens, text } = ctx;
  let labels = transcriptCache.get(tokens);
  if (labels) return labels;
  labels = new Set<string>();
  const names = namesInText(text, tokens);
  let named = false;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (k > 0 && tokens[k - 1]!.kind !== 'break') continue;
    if (tokens[k]!.fold !== '"') continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && isWord(ctx, j)) {
      const word = text.slice(tokens[j]!.start, tokens[j]!.end);
      if (word !== word.toUpperCase() || !/\p{L}/u.test(word)) break;
      j++;
    }
    if (j === k + 1 || tokens[j]?.fold !== ':') continue;
    const fold = tokens[j - 1]!.fold;
    labels.add(fold);
    if (names.has(fold)) named = true;
  }
  if (!named) labels.clear();
  transcriptCache.set(tokens, labels);
  return labels;
}

/**
 * "SMITH: Well, look, …" / "Smith: Talks Have Failed": a speaker phrase (not a pronoun) that alone opens the
 * paragraph, a colon, then at least three words up to the paragraph's end.
 */
function labelStatement(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  from = sentence.tokStart,
  quoted = false,
): RawStatement | null {
  const { tokens, text } = ctx;
  let colon = from + 1;
  while (colon < sentence.tokEnd && colon - from <= 6 && isWord(ctx, colon)) colon++;
  if (colon >= sentence.tokEnd || tokens[colon]!.fold !== ':' || (!quoted && inQuote(ctx, colon)))
    return null;
  const np = speakerEndingAt(ctx, from, colon);
  if (!np || np.tokStart !== from || np.kind === 'pronoun' || np.kind === 'group') return null;
  // Where every noun is capitalised, one capitalised word is a heading ("Bildung:"), not a name.
  if (ctx.lex.lexicon.capitalisedNouns && np.kind === 'person' && np.tokEnd - np.tokStart === 1) return null;
  // Section labels ("READ MORE:", "Watch:", "Correction:") are common words; a speaker's name also stands
  // inside the text's sentences ("Vice President Mike Pence" for "PENCE:").
  for (let k = np.tokStart; k < np.tokEnd; k++)
    if (isWord(ctx, k) && ctx.lowercase?.has(tokens[k]!.fold)) return null;
  const fold = tokens[np.tokEnd - 1]!.fold;
  if (!namesInText(text, tokens).has(fold) && !(quoted && transcriptLabels(ctx).has(fold))) return null;
  const last = paragraphEnd(ctx, colon + 1);
  let stopChar = last < tokens.length ? tokens[last]!.start : text.length;
  // Inside a quoted transcript the closing mark of the quotation is not content.
  const q = ctx.quoteOf[colon]!;
  if (quoted && q !== -1) stopChar = Math.min(stopChar, ctx.quotes[q]!.close);
  const { kind, range } = classify(ctx, tokens[colon + 1]?.start ?? stopChar, stopChar, colon + 1, last);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  return {
    speaker: np,
    cue: ':',
    cueStart: tokens[colon]!.start,
    attribution: [np.start, tokens[colon]!.end],
    inherits: false,
    sentence,
    parts: [range],
    // A quoted transcript reports the speaker's own words.
    kind: quoted ? 'direct' : kind,
    trailing: false,
  };
}

/** Token index of the line break that opens the paragraph holding token `k`, plus one (or 0). */
function paragraphFirstToken(ctx: AttributionContext, k: number): number {
  while (k > 0 && ctx.tokens[k - 1]!.kind !== 'break') k--;
  return k;
}

/** Links left at the end of an embedded post ("pic.twitter.com/…", "https://t.co/…"): no content. */
const TRAILING_LINK = /\s*(?:\S*\.\S+\/\S*\s*)+$/u;

/**
 * A paragraph signed at its end by its author, with no cue: a pull quote ("It was hard at first. Ana Diaz,
 * nurse" on a line of its own in the page) or the text of an embedded post, whose signature is a dash, the
 * name and the account ("… — City Hall (@cityhall) May 2, 2019"). The paragraph before the signature is the
 * statement. `sentence` is the paragraph's last unit; the signature is a name (or an institution), perhaps with
 * a role after a comma, and nothing else but the account and date of a post.
 */
function signedParagraph(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, text } = ctx;
  const end = sentence.tokEnd;
  if (end < tokens.length && tokens[end]!.kind !== 'break') return null;
  const first = paragraphFirstToken(ctx, sentence.tokStart);
  let signature = -1;
  let post = false;
  // An embedded post: "… — Name (@account) date".
  for (let i = Math.max(first + 1, sentence.tokStart); i < end - 3; i++) {
    if (tokens[i]!.fold !== '-' || inQuote(ctx, i)) continue;
    const np = parseSpeakerPhrase(ctx, i + 1, end);
    if (np && tokens[np.tokEnd]?.fold === '(' && tokens[np.tokEnd + 1]?.fold === '@') {
      signature = i + 1;
      post = true;
      break;
    }
  }
  // A pull quote: the paragraph's last unit is the name alone, after at least one sentence.
  if (signature < 0 && sentence.tokStart > first && /[.!?]/.test(tokens[sentence.tokStart - 1]!.fold)) {
    const np = parseSpeakerPhrase(ctx, sentence.tokStart, end);
    if (!np || np.kind === 'pronoun' || np.kind === 'group') return null;
    // One word may be any capitalised noun or a rating ("PG"): a known institution or a full name signs.
    if (np.tokEnd - np.tokStart < 2 && !np.institutionEntry) return null;
    if (np.kind === 'person' && !(np.name ?? '').includes(' ')) return null;
    let k = np.tokEnd;
    // A role after a comma: a few words, no cue, no verb-like auxiliary.
    if (tokens[k]?.fold === ',') {
      const from = ++k;
      while (
        k < end &&
        isWord(ctx, k) &&
        !ctx.lex.cues.longestAt(tokens, k) &&
        !ctx.lex.auxiliaries.longestAt(tokens, k)
      )
        k++;
      if (k === from || k - from > 6) return null;
    }
    while (k < end && tokens[k]!.kind === 'punct' && tokens[k]!.fold !== '/') k++;
    if (k < end) return null;
    signature = sentence.tokStart;
  }
  if (signature < 0) return null;
  const np = parseSpeakerPhrase(ctx, signature, end)!;
  const contentEndChar = post ? tokens[signature - 1]!.start : tokens[signature - 1]!.end;
  let [a, b] = trimRange(text, tokens[first]!.start, contentEndChar);
  const link = TRAILING_LINK.exec(text.slice(a, b));
  if (link) [a, b] = trimRange(text, a, b - link[0].length);
  if (b <= a || wordCount(ctx, a, b) < 5 || quotedWithin(ctx, a, b)) return null;
  return {
    speaker: np,
    cue: '',
    cueStart: tokens[signature]!.start,
    attribution: [np.start, np.end],
    inherits: false,
    sentence,
    parts: [[a, b]],
    kind: 'indirect',
    trailing: true,
  };
}

/** "“Q.” ― Jane Doe": quotations, each with a dash, a personal name, then only punctuation to the line's end. */
function signedQuotations(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] {
  const { tokens, text } = ctx;
  const out: RawStatement[] = [];
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== '-' || inQuote(ctx, i)) continue;
    const q = ctx.quoteOf[i - 1]!;
    if (q === -1 || ctx.quotes[q]!.close !== tokens[i - 1]!.start) continue;
    const np = parseSpeakerPhrase(ctx, i + 1, sentence.tokEnd);
    if (!np || np.kind !== 'person') continue;
    let k = np.tokEnd;
    while (k < tokens.length && tokens[k]!.kind === 'punct') k++;
    if (k < tokens.length && tokens[k]!.kind !== 'break') continue;
    const range = trimRange(text, ...quoteInner(ctx, q));
    if (range[1] <= range[0]) continue;
    out.push({
      speaker: np,
      cue: text.slice(tokens[i]!.start, tokens[i]!.end),
      cueStart: tokens[i]!.start,
      attribution: [tokens[i]!.start, np.end],
      inherits: false,
      sentence,
      parts: [range],
      kind: 'direct',
      trailing: true,
    });
  }
  return out;
}

/**
 * Does the reported clause from token `p` stand inside a subordinate clause that opens the sentence (a
 * subordinator, perhaps after a conjunction, and no comma up to `p`: "Although the mayor said the plan was
 * late, | the council …")? Its first comma before a word then closes it. Not verb second, where
 * `mainClauseResumes` reads the verb after the comma.
 */
function frontedSubordinate(ctx: AttributionContext, sentenceStart: number, p: number): boolean {
  const { lex, tokens } = ctx;
  if (lex.lexicon.verbSecond === true || sentenceStart >= p) return false;
  let k = sentenceStart;
  if (lex.conjunctions.longestAt(tokens, k)) k++;
  if (!isWord(ctx, k) || inQuote(ctx, k) || !lex.subordinators.longestAt(tokens, k)) return false;
  for (let j = k + 1; j < p; j++) if (!isWord(ctx, j) || inQuote(ctx, j)) return false;
  return true;
}

/**
 * Where a reported clause from token `p` ends: at a semicolon outside quotations, unless the clause after it
 * is itself marked as reported (German Konjunktiv I: "…; die Art habe ihn überrascht"); else at `fallback`.
 */
function clauseStop(
  ctx: AttributionContext,
  p: number,
  end: number,
  fallback: number,
  sentenceStart = p,
): number {
  const fronted = frontedSubordinate(ctx, sentenceStart, p);
  for (let k = p; k < end; k++) {
    if (inQuote(ctx, k)) continue;
    if (
      ctx.tokens[k]!.fold === ',' &&
      (((fronted || mainClauseResumes(ctx, k + 1, end)) && isWord(ctx, k + 1)) ||
        otherSourceOpens(ctx, k + 1))
    )
      return ctx.tokens[k]!.start;
    if (ctx.tokens[k]!.fold !== ';') continue;
    return reportiveWithin(ctx, k + 1, end) ? fallback : ctx.tokens[k]!.start;
  }
  return fallback;
}

/**
 * After a comma, a contrastive conjunction and another source (`Lexicon.contrastives`, `accordingTo`) open a
 * different report: "говорил, будто это обошлось в 2 трлн, | а по расчетам академика – в 16 трлн".
 */
function otherSourceOpens(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const conjunction = lex.contrastives.longestAt(tokens, k);
  if (!conjunction || inQuote(ctx, k)) return false;
  const marker = lex.accordingTo.longestAt(tokens, k + conjunction.length);
  return marker !== undefined && !marker.value.refersBack && !marker.value.clauseFinalOnly;
}

/**
 * Verb second: after a comma, a finite verb followed by its subject resumes the main clause that a fronted
 * subordinate clause held the cue for ("Nachdem sie mitgeteilt hatte, dass er gesucht werde, | rief der Richter
 * …", "Bei dem sie gesagt hatte, sie habe …, | lachte sie."): the reported clause ends at the comma. The verb is
 * a lower-case word that is no function word nor reportive form (", sei aber …" goes on reporting).
 */
function mainClauseResumes(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.verbSecond || k + 1 >= end || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k))
    return false;
  const functionWord =
    lex.determiners.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.prepositions.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.fillers.longestAt(tokens, k) ||
    lex.linkers.longestAt(tokens, k) ||
    (lex.lexicon.infinitiveMarkers ?? []).includes(tokens[k]!.fold) ||
    lex.subordinators.longestAt(tokens, k) ||
    reportiveWithin(ctx, k, k + 1) ||
    reportiveWithin(ctx, k, k + 1, true);
  if (functionWord || inQuote(ctx, k + 1)) return false;
  // (A capitalised word after it may be a noun after an adjective: "die erhobenen, ernsten Vorwürfe".)
  const subject = lex.pronouns.longestAt(tokens, k + 1) ?? lex.determiners.longestAt(tokens, k + 1);
  return subject !== undefined && /^\p{L}/u.test(tokens[k]!.fold);
}

/**
 * Where an apposition that opens at token `k` ends (token index), or -1: a speaker phrase (a name or a role,
 * not a pronoun) closed by punctuation, a relative pronoun or the sentence's end ("a former captain who …",
 * "декан экономфака МГУ,").
 */
function appositionEnd(ctx: AttributionContext, k: number, end: number): number {
  const np = parseSpeakerPhrase(ctx, k, end);
  if (!np || np.kind === 'pronoun') return -1;
  // Its complements run on to a comma or a relative clause ("a longtime adviser to the family who …").
  let next = np.tokEnd;
  while (
    next < end &&
    next - np.tokEnd < 8 &&
    ctx.tokens[next]!.kind === 'word' &&
    !ctx.lex.relativePronouns.longestAt(ctx.tokens, next) &&
    !ctx.lex.cues.longestAt(ctx.tokens, next)
  )
    next++;
  const closed =
    next >= end ||
    ctx.tokens[next]!.kind !== 'word' ||
    ctx.lex.relativePronouns.longestAt(ctx.tokens, next) !== undefined;
  return closed ? next : -1;
}

/**
 * Verb second: a fronted source closed by a comma still has its apposition or relative clause to run ("Nach
 * Angaben von X, einem Sprecher der Firma, | wurde …", "Laut einer Umfrage, die am Montag erschien, | liegt …"):
 * the clause proper starts at the finite verb, the first lower-case content word after a comma. Token `k` is
 * the one after the source's comma; returns it when it is already the verb or no such comma comes.
 */
function finiteVerbAfterPrefield(ctx: AttributionContext, k: number, end: number): number {
  const finiteVerb = (j: number) => finiteVerbAt(ctx, j);
  if (k >= end || finiteVerb(k)) return k;
  for (let j = k; j < end && j - k < 40; j++) {
    if (inQuote(ctx, j)) continue;
    const fold = ctx.tokens[j]!.fold;
    if (fold === ',' && finiteVerb(j + 1)) return j + 1;
    if (SENTENCE_END.has(fold) || fold === ':' || ctx.tokens[j]!.kind === 'break') break;
  }
  return k;
}

/**
 * Verb second: where a subordinate clause that goes on at token `k` ends (a character offset): at the comma
 * before the main clause's finite verb ("die laut Polizei betraut ist, | hält sich …"), else at `fallback`.
 */
function subordinateEnd(ctx: AttributionContext, k: number, end: number, fallback: number): number {
  for (let j = k; j < end; j++) {
    if (inQuote(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.fold === ',' && finiteVerbAt(ctx, j + 1)) return t.start;
    if (t.fold === ';') return t.start;
  }
  return fallback;
}

/** Verb second: is token `j` a finite verb, as far as words tell: a lower-case word no function word? */
function finiteVerbAt(ctx: AttributionContext, j: number): boolean {
  const { tokens, lex } = ctx;
  return (
    isWord(ctx, j) &&
    !inQuote(ctx, j) &&
    !tokens[j]!.upper &&
    /^\p{L}/u.test(tokens[j]!.fold) &&
    !lex.determiners.longestAt(tokens, j) &&
    !lex.pronouns.longestAt(tokens, j) &&
    !lex.prepositions.longestAt(tokens, j) &&
    !lex.conjunctions.longestAt(tokens, j) &&
    !lex.complementizers.longestAt(tokens, j) &&
    !lex.relativePronouns.longestAt(tokens, j) &&
    !lex.fillers.longestAt(tokens, j) &&
    !lex.linkers.longestAt(tokens, j) &&
    !lex.subordinators.longestAt(tokens, j)
  );
}

/**
 * Does the rest of a reported clause follow at token `k`, after a parenthetical source that otherwise only ends
 * a sentence ("Das Problem sei, so Müller, | dass …", "…, so Müller, | sei aber …"): a complementizer or a
 * reportive form?
 */
function reportedClauseOpens(ctx: AttributionContext, k: number, end: number): boolean {
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return (
    ctx.lex.complementizers.longestAt(ctx.tokens, k) !== undefined ||
    reportiveWithin(ctx, k, clauseEndTok(ctx, k, end))
  );
}

/** The first punctuation token from `k` outside quotations, or `end`. */
function clauseEndTok(ctx: AttributionContext, k: number, end: number): number {
  let j = k;
  while (j < end && (isWord(ctx, j) || inQuote(ctx, j))) j++;
  return j;
}

/** Does a subordinate or relative clause open at token `k` ("weil", "dass", "die", "in dem")? */
function subordinateOpens(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  const opener = (j: number) =>
    lex.subordinators.longestAt(tokens, j) !== undefined ||
    lex.complementizers.longestAt(tokens, j) !== undefined ||
    lex.relativePronouns.longestAt(tokens, j) !== undefined;
  return (
    opener(k) ||
    (lex.prepositions.longestAt(tokens, k)?.length === 1 &&
      lex.relativePronouns.longestAt(tokens, k + 1) !== undefined)
  );
}

/**
 * Are tokens [from, to) headed by one of `heads` (folded; `*x` for x and compounds ending in x): a word among
 * them that no linker introduces ("Angaben des Ministeriums", "Celebis Angaben", not "der Sprecher der Angaben")?
 */
function headedBy(ctx: AttributionContext, from: number, to: number, heads: readonly string[]): boolean {
  const { tokens, lex } = ctx;
  for (let k = from; k < to; k++) {
    const fold = tokens[k]!.fold;
    const head = heads.some((h) => (h.startsWith('*') ? fold.endsWith(h.slice(1)) : fold === h));
    if (head) return !lex.linkers.longestAt(tokens, k - 1);
  }
  return false;
}

/** Is the clause over at token `p` (sentence end, punctuation, a quotation, another attribution)? */
function clauseOver(ctx: AttributionContext, p: number, end: number): boolean {
  if (p >= end) return true;
  const t = ctx.tokens[p]!;
  return t.kind === 'punct' || t.kind === 'break';
}

/** The last opening bracket in tokens [from, to) that is not closed before `to`, outside quotations; or -1. */
function openBracketBefore(ctx: AttributionContext, from: number, to: number): number {
  let depth = 0;
  for (let k = to - 1; k >= from; k--) {
    if (inQuote(ctx, k)) continue;
    const fold = ctx.tokens[k]!.fold;
    if (fold === ')') depth++;
    else if (fold === '(' && depth-- === 0) return k;
  }
  return -1;
}

/**
 * A homograph in its base form after an indefinite article and at most two modifiers is a noun ("It's a fair
 * question: …", "an even murkier question"): a verb there would agree with a singular subject ("a critic
 * questions"). Modifiers ending like plurals may be that subject ("a few critics question whether"), and a
 * complementizer after it still reports ("a claim that …" stays out of this rule's reach).
 */
function nounAfterArticle(ctx: AttributionContext, cue: CueMatch, floor: number, after: number): boolean {
  const { tokens, lex } = ctx;
  if (cue.tokEnd - cue.tokStart !== 1 || !lex.nounHomographs.longestAt(tokens, cue.tokStart)) return false;
  const plural = (fold: string) => (lex.lexicon.pluralSuffixes ?? []).some((x) => fold.endsWith(foldText(x)));
  if (plural(tokens[cue.tokStart]!.fold) || lex.complementizers.longestAt(tokens, after)) return false;
  const indefinite = (lex.lexicon.indefiniteDeterminers ?? []).map(foldText);
  for (let k = cue.tokStart - 1; k >= Math.max(floor, cue.tokStart - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || inQuote(ctx, k)) return false;
    if (indefinite.includes(t.fold)) return true;
    if (plural(t.fold)) return false;
    // A singular form after a determiner and its modifiers is a noun too: "made the following comment:".
    if (k < cue.tokStart - 1 && lex.determiners.longestAt(tokens, k)) return true;
  }
  return false;
}

/**
 * A subject phrase that opens with a presentative ("Here's a sentence …", "Here's hoping …", "There remains a
 * consensus …", `Lexicon.presentatives`) outside quotation marks: it names no speaker.
 */
export function presentational(ctx: AttributionContext, phrase: SpeakerPhrase | null | undefined): boolean {
  if (!phrase || inQuote(ctx, phrase.tokStart)) return false;
  const opening = ctx.tokens[phrase.tokStart]?.fold;
  return (ctx.lex.lexicon.presentatives ?? []).some((w) => foldText(w) === opening);
}

/**
 * The article's own voice, outside quotation marks: a presentational subject ("Here's a sentence I never
 * thought I'd write: …", "Here's hoping …"), the writer's view ("I believe our media …", "I do think
 * …": a verb of opinion with a first-person subject) or words put in the reader's mouth ("When you say you
 * hate it", "Tell him why you think …": a second-person subject, hypothetical). Neither reports a statement.
 */
function ownVoice(ctx: AttributionContext, cue: CueMatch, speaker: SpeakerPhrase | null): boolean {
  if (!speaker || inQuote(ctx, speaker.tokStart)) return false;
  if (presentational(ctx, speaker)) return true;
  const pronoun = speaker.pronoun;
  if (!pronoun) return false;
  if (pronoun.person === 2) return true;
  return pronoun.person === 1 && cue.info.entry.opinion === true;
}

export function statementsInSentence(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] {
  const { tokens, lex, text } = ctx;
  const out: RawStatement[] = [];
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  // A link to another story ("READ MORE: Minister says …"): its headline is not said here.
  const label = paragraphStart(text, sentence.start)
    ? lex.linkLabels.longestAt(tokens, sentence.tokStart)
    : undefined;
  if (label && tokens[sentence.tokStart + label.length]?.fold === ':') return [];
  // A speaker's label opening a paragraph, with no quotation: transcripts ("SMITH: Well, look, …") and
  // headlines ("Smith: Talks Have Failed") attribute the rest of the paragraph, whatever cues it holds.
  if ((lex.lexicon.colonQuotes ?? true) && paragraphStart(text, sentence.start)) {
    const labelled = labelStatement(ctx, sentence);
    if (labelled) return [labelled];
    // A quoted transcript: each of its paragraphs opens with a mark, then a label ("“WALLACE: …¶“PENCE: …").
    const q = ctx.quoteOf[sentence.tokStart]!;
    if (q !== -1 && tokens[sentence.tokStart]!.start === ctx.quotes[q]!.open) {
      const labels: RawStatement[] = [];
      for (let k = sentence.tokStart; k < end; k++) {
        if (k !== sentence.tokStart && tokens[k - 1]!.kind !== 'break') continue;
        const from = tokens[k]!.kind === 'punct' && tokens[k]!.fold === '"' ? k + 1 : k;
        const label = from < end ? labelStatement(ctx, sentence, from, true) : null;
        if (label) labels.push(label);
      }
      if (labels.length > 0) return labels;
    }
  }
  const cues = findCues(lex, tokens, sentence.tokStart, end, (i) => inQuote(ctx, i));
  const subjects: { at: number; speaker: SpeakerPhrase }[] = [];
  // The first cue after a quotation that opens the sentence (at most 20 tokens after it, no other quotation).
  let firstCueAfterOpening: CueMatch | undefined;
  let openingEnd = -1;
  const opening = ctx.quoteOf[sentence.tokStart]!;
  if (opening !== -1 && tokens[sentence.tokStart]!.start === ctx.quotes[opening]!.open) {
    openingEnd = quoteEndToken(ctx, sentence.tokStart, end);
    const first = cues.find((c) => c.tokStart >= openingEnd);
    if (first && first.tokStart - openingEnd <= 30) {
      let clean = true;
      for (let k = openingEnd; k < first.tokStart; k++)
        if (inQuote(ctx, k) || tokens[k]!.kind === 'break') clean = false;
      // The quotation must end its clause: "“Q,” he said" / "« Q », a dit X" / "“Q” – Smith said".
      const after = tokens[openingEnd];
      // (Its last punctuation may stand inside a nested quotation's marks: "… labels of ‘thug,’”".)
      const innerEnd = innerRange(ctx.quotes[opening]!)[1];
      const innerText = ctx.text.slice(Math.max(0, innerEnd - 4), innerEnd).replace(/[’'"”»›]+$/u, '');
      const prevInside = innerText[innerText.length - 1] ?? '';
      if (
        clean &&
        (after?.kind === 'punct' || /[,.!?…]/.test(prevInside) || first.tokStart - openingEnd <= 3)
      )
        firstCueAfterOpening = first;
    }
  }

  for (const cue of cues) {
    // A cue in its base form opening the sentence has no subject (`baseFormFirst`): an imperative, the writer's own ("Note that
    // …"), or the first word of a name ("Hope Hicks, a spokeswoman, …"); nobody is reported.
    if (
      lex.lexicon.baseFormFirst === true &&
      cue.tokStart === sentence.tokStart &&
      cue.tokEnd - cue.tokStart === 1 &&
      tokens[cue.tokStart]!.fold === foldText(cue.info.entry.forms[0] ?? '')
    )
      continue;
    // (With no agent named, the passive is read like any cue: its subject, if any, and its complement.)
    const passive = cue.passive ? passiveStatement(ctx, cue, sentence) : null;
    if (passive || cue.passive === 'after') {
      if (passive) out.push(passive);
      continue;
    }
    // A participle opening the sentence ("Asked whether he would resign, Johnson said: …") heads a
    // subordinate clause when another cue follows: that one is the attribution.
    if (cue.tokStart === sentence.tokStart && !cue.inverted && cues.some((c) => c.tokStart > cue.tokEnd))
      continue;
    // So does one set off after the subject that opens the sentence, before that subject's own cue: "Lee,
    // asked about the plan, said: …".
    if (
      cue.tokStart >= sentence.tokStart + 2 &&
      tokens[cue.tokStart - 1]!.fold === ',' &&
      !inQuote(ctx, cue.tokStart - 1) &&
      parseSpeakerPhrase(ctx, sentence.tokStart, cue.tokStart - 1)?.tokEnd === cue.tokStart - 1 &&
      cues.some((c) => c.tokStart > cue.tokEnd && tokens[c.tokStart - 1]?.fold === ',')
    )
      continue;
    const introduces = cue.info.entry.introduces ?? {};
    const clauseOk = introduces.clause !== false;
    const directOk = introduces.direct !== false;
    const parenthetical = clauseOk ? asAttribution(ctx, cue, sentence) : null;
    if (parenthetical) {
      out.push(parenthetical);
      continue;
    }
    const previous = clauseOk ? anaphoricAttribution(ctx, cue, sentence) : null;
    if (previous) {
      out.push(previous);
      continue;
    }
    // A quotation opening the sentence belongs to its first cue, whatever follows the cue:
    // "“Q,” Guenther Schuh, e.GO's founder, said inside his factory …", "« Q », a déclaré X à Paris".
    if (directOk && cue === firstCueAfterOpening) {
      const q = ctx.quoteOf[sentence.tokStart]!;
      let speaker: SpeakerPhrase | null = null;
      if (cue.inverted) speaker = invertedPronounPhrase(cue);
      speaker ??= subjectBefore(ctx, cue, sentence);
      if (speaker && lowerCaseAdverb(ctx, speaker)) speaker = null;
      const after = afterCue(ctx, cue, end, !speaker, true);
      speaker ??= after.speaker;
      // Or the name right after the quotation, before an apposition: "“Q,” Schuh, the founder, said".
      if (!speaker) {
        let k = openingEnd;
        if (tokens[k]?.fold === ',') k++;
        const np = parseSpeakerPhrase(ctx, k, cue.tokStart);
        if (np && np.kind !== 'group' && (tokens[np.tokEnd]?.fold === ',' || np.tokEnd === cue.tokStart))
          speaker = np;
      }
      const parts: [number, number][] = [trimRange(text, ...quoteInner(ctx, q))];
      const second = secondPart(ctx, after.at, end);
      if (second) parts.push(second);
      if (speaker) subjects.push({ at: cue.tokStart, speaker });
      // A dropped subject ("«…», añadió.", "\"…\", ha aggiunto."): the last speaker, like a pronoun.
      if (
        !speaker &&
        cue.tokStart === openingEnd + (tokens[openingEnd]?.fold === ',' ? 1 : 0) &&
        clauseOver(ctx, after.at, end) &&
        !out.some((o) => o.sentence === sentence)
      ) {
        speaker = zeroSubject(cue.start, cue.tokStart);
      }
      const attrStart = Math.min(cue.start, speaker?.start ?? cue.start);
      out.push({
        speaker,
        cue: cueText(ctx, cue),
        cueClass: cue.info.entry.class,
        cueStart: cue.start,
        addressee: after.addressee,
        attribution: [attrStart, Math.max(cue.end, speaker?.end ?? 0, after.addressee?.end ?? 0)],
        inherits: !speaker,
        sentence,
        parts,
        kind: 'direct',
        trailing: true,
      });
      continue;
    }
    let speaker: SpeakerPhrase | null = null;
    if (cue.inverted) speaker = invertedPronounPhrase(cue);
    let left = speaker ? null : subjectBefore(ctx, cue, sentence);
    if (!speaker && lex.lexicon.verbSecond !== true) left = sharedSubject(ctx, cue, sentence) ?? left;
    // A noun phrase in the dative or accusative is no subject ("dem Richter", "den Bericht"): the subject is the
    // phrase before it in a verb-final clause ("nachdem die Anwältin dem Richter mitgeteilt hatte"), else it
    // follows the verb ("Den Bericht bestätigte die Polizei").
    let obliqueFronted = false;
    if (left && obliquePhrase(ctx, left)) {
      const earlier =
        left.tokStart > sentence.tokStart && isWord(ctx, left.tokStart - 1)
          ? speakerEndingAt(ctx, wordRunStart(ctx, left.tokStart, sentence.tokStart), left.tokStart)
          : null;
      // Or a name in apposition after it, before the verb: "… in der gesetzgebenden Versammlung, Anna Li, urteilte".
      const apposition =
        tokens[left.tokEnd]?.fold === ',' && tokens[cue.tokStart - 1]?.fold === ','
          ? parseSpeakerPhrase(ctx, left.tokEnd + 1, cue.tokStart - 1)
          : null;
      if (apposition && apposition.kind === 'person' && apposition.tokEnd === cue.tokStart - 1)
        left = apposition;
      else if (earlier && !obliquePhrase(ctx, earlier) && earlier.kind !== 'group') left = earlier;
      else {
        left = null;
        obliqueFronted = lex.lexicon.verbSecond === true;
      }
    }
    // A subject read short of its clause's comma ("…, the news agency said" read as "agency") gives way to the
    // whole noun phrase after the comma; not a name ("…, an experience Grizzle described": a relative clause).
    if (
      !speaker &&
      (!left || (left.kind !== 'person' && trailingLead(ctx, left.tokStart, sentence) < 0)) &&
      lex.lexicon.verbSecond !== true
    )
      left = trailingNounSubject(ctx, cue, sentence) ?? left;
    // Verb second: after a fronted prepositional phrase the subject follows the verb ("Am Montag sagte der
    // Minister, …", "In seiner Rede unterstrich General X …"), so what precedes the cue is not its subject.
    const v2 = lex.lexicon.verbSecond === true && !speaker && cue.tokStart > sentence.tokStart;
    let frontedPhrase = false;
    // (Only in the clause the phrase opens: "Bei X handelt es sich um Y, von dem die Polizei glaubt, …".)
    if (
      v2 &&
      left &&
      (lex.prepositions.longestAt(tokens, sentence.tokStart) || frontedPredicative(ctx, sentence, cue)) &&
      left.tokStart >= sentence.tokStart &&
      !subordinateWithin(ctx, sentence.tokStart, left.tokStart)
    ) {
      left = null;
      frontedPhrase = true;
    }
    // A fronted prepositional phrase may hold a relative clause: "Trotz der Kritik, die laut geworden war, plant
    // die Regierung, …": the cue right after its comma is the verb second, not a trailing attribution.
    const frontedRelative = v2 && !cue.inverted && frontedWithRelative(ctx, sentence, cue.tokStart);
    if (frontedRelative) {
      left = null;
      frontedPhrase = true;
    }
    // A subject pronoun right after the verb (or its auxiliary) is the subject when something else was fronted:
    // a single capitalised adverbial ("Gleichzeitig vermutet er …", "Unterdessen sagte sie …") or a phrase
    // that does not open the sentence ("Die Pläne der Regierung, …, bezeichnete er als …").
    // (Or, with no phrase read, a fronted clause or phrase closed by a comma: "Die Pläne, unter X die Macht zu
    // halten, bezeichnete er als …".)
    let pronounBeforeComplement = -1;
    if (
      v2 &&
      ((left &&
        left.kind !== 'pronoun' &&
        ((left.tokStart === sentence.tokStart && left.tokEnd - left.tokStart === 1) ||
          left.tokStart > skipFillers(ctx, sentence.tokStart, left.tokStart) ||
          (left.tokEnd < cue.tokStart && tokens[cue.tokStart - 1]!.fold === ','))) ||
        (!left &&
          !frontedPhrase &&
          tokens[cue.tokStart - 1]?.fold === ',' &&
          !inQuote(ctx, cue.tokStart - 1)))
    ) {
      const k = skipFillers(ctx, cue.bracket ? cue.bracket.tokStart : cue.tokEnd, end);
      const pronoun = lex.pronouns.longestAt(tokens, k);
      if (pronoun && (pronoun.value.person ?? 3) === 3 && pronoun.value.gender !== 'n' && !inQuote(ctx, k)) {
        left = parseSpeakerPhrase(ctx, k, k + pronoun.length);
        if (left && !cue.bracket && tokens[left.tokEnd]?.kind === 'punct')
          pronounBeforeComplement = left.tokEnd;
      }
    }
    // One constituent stands before a verb-second cue: when the phrase read before it does not open the
    // clause but ends a longer fronted adverbial ("Erst vergangene Woche kündigte der Konzern an", "Bereits vor
    // zwei Wochen hatte die Gewerkschaft erklärt"), the subject follows the verb (or its auxiliary).
    // Only adverbs before the verb ("Dort will die Gruppe …", "Darüber hinaus kündigte die Partei an, …"), or
    // one lower-case word that is no pronoun ("so charakterisierte ihn der Sprecher").
    if (v2 && left && lowerCaseAdverb(ctx, left)) left = null;
    const frontedAdverbs =
      v2 &&
      !left &&
      !cue.bracket &&
      (skipFillers(ctx, sentence.tokStart, cue.tokStart) === cue.tokStart ||
        (cue.tokStart > sentence.tokStart &&
          isWord(ctx, cue.tokStart - 1) &&
          !tokens[cue.tokStart - 1]!.upper &&
          !lex.conjunctions.longestAt(tokens, cue.tokStart - 1) &&
          (cue.tokStart - 1 === sentence.tokStart || !isWord(ctx, cue.tokStart - 2))));
    if (
      v2 &&
      ((left && frontedTail(ctx, left, sentence)) || frontedPhrase || obliqueFronted || frontedAdverbs)
    ) {
      const k = skipFillers(ctx, cue.bracket ? cue.bracket.tokStart : cue.tokEnd, end);
      let np = isWord(ctx, k) && !inQuote(ctx, k) ? parseSpeakerPhrase(ctx, k, end) : null;
      // A bare plural with its adjectives, which the speaker grammar does not read ("Nun melden
      // französische Zeitungen, dass …"): the capitalised noun phrase, followed by the clause's comma.
      if (!np && isWord(ctx, k) && !inQuote(ctx, k) && !tokens[k]!.upper) {
        const npEnd = nounPhraseEnd(ctx, k, end);
        if (npEnd > k + 1 && tokens[npEnd]?.fold === ',') np = nounPhrase(ctx, k, npEnd);
      }
      const pronoun = np?.kind === 'pronoun' ? lex.pronouns.longestAt(tokens, k)?.value : undefined;
      if (
        np &&
        np.kind !== 'group' &&
        (!pronoun || ((pronoun.person ?? 3) === 3 && pronoun.gender !== 'n'))
      ) {
        left = np;
        if (!cue.bracket && tokens[np.tokEnd]?.kind === 'punct') pronounBeforeComplement = np.tokEnd;
        // The subject's prepositional complement runs on to the comma before the complement: "plant die
        // Regierung aus Union und SPD, die Befugnisse … zu erweitern".
        else if (!cue.bracket && lex.prepositions.longestAt(tokens, np.tokEnd)) {
          for (let k = np.tokEnd + 1; k < end && k - np.tokEnd <= 8 && !inQuote(ctx, k); k++) {
            if (tokens[k]!.fold === ',') pronounBeforeComplement = k;
            if (!isWord(ctx, k)) break;
          }
        }
      } else left = null;
    }
    // An impersonal cue ("In dem Bericht heißt es, …", "Im Urteil hieß es: …") is said by the document named in
    // the fronted prepositional phrase.
    if (v2 && !left && impersonalCue(ctx, cue)) {
      const prep = lex.prepositions.longestAt(tokens, sentence.tokStart);
      const from = sentence.tokStart + (prep?.length ?? 0);
      if (
        prep &&
        from < cue.tokStart &&
        wordCount(ctx, tokens[from]!.start, tokens[cue.tokStart - 1]!.end) >= 1
      ) {
        let clean = true;
        for (let k = from; k < cue.tokStart; k++) if (!isWord(ctx, k) && !inQuote(ctx, k)) clean = false;
        if (clean) left = nounPhrase(ctx, from, cue.tokStart);
      }
      // Or the document after the cue: "So heißt es in dem Schreiben: …".
      const after = skipFillers(ctx, cue.tokEnd, end);
      const inside = !left ? lex.prepositions.longestAt(tokens, after) : undefined;
      if (inside) {
        const npEnd = nounPhraseEnd(ctx, after + inside.length, end);
        if (npEnd > after + inside.length) left = nounPhrase(ctx, after + inside.length, npEnd);
      }
    }
    // An adverbial cue ("mit den Worten") has no subject of its own: the clause's subject speaks.
    if (cue.info.entry.adverbial)
      left = namedSubject(ctx, sentence) ?? subjectAfterFrontedQuote(ctx, cue, end);
    if (left) speaker = left;
    // Verb second: a trailing attribution puts its verb right after the comma ("…, sagte der Minister."); a
    // subject there opens a clause of its own ("…, sie habe einen falschen Namen angegeben, …").
    const subjectFirst = v2 && left !== null && left.tokEnd <= cue.tokStart && left.kind !== 'group';
    const lead = subjectFirst ? -1 : trailingLead(ctx, left ? left.tokStart : cue.tokStart, sentence);
    // Verb second: a finite cue right after "und" shares the subject of the clause before it ("sprachen von
    // „…“ und forderten die Regierung auf, …"): the phrase after it is its object, not an inverted subject.
    const coordinated =
      v2 &&
      !cue.bracket &&
      cue.tokStart - 1 > sentence.tokStart &&
      lex.conjunctions.longestAt(tokens, cue.tokStart - 1) !== undefined &&
      !inQuote(ctx, cue.tokStart - 1);
    const after = afterCue(ctx, cue, end, !speaker && !coordinated && (lead >= 0 || v2));
    if (after.speaker) speaker = after.speaker;
    // "Gleichzeitig betonte sie, …": the complement starts after the pronoun.
    if (pronounBeforeComplement > after.at) after.at = pronounBeforeComplement;
    if (
      !speaker &&
      lead < 0 &&
      lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      !clauseBoundaryBefore(ctx, cue, sentence) &&
      !reportOpensAfter(ctx, after.at, end) &&
      !(cue.info.entry.evidence && evidenceSubject(ctx, cue.tokStart, sentence.tokStart))
    )
      continue;
    // After a possessive the homograph is a noun ("the editor's note: …", "the mayor's remarks"); only a
    // complementizer makes it report ("Trump's claim that …").
    if (
      lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      cue.tokStart >= sentence.tokStart + 2 &&
      tokens[cue.tokStart - 2]!.fold === "'" &&
      tokens[cue.tokStart - 2]!.end === tokens[cue.tokStart - 1]!.start &&
      !lex.complementizers.longestAt(tokens, after.at)
    )
      continue;
    // The subject ends before the preposition its verb governs: "spricht die Polizei | von weniger Krawallen".
    if (speaker && cue.info.entry.governs && speaker.tokStart >= cue.tokEnd) {
      const governs = cue.info.entry.governs.map((g) => foldText(g));
      for (let k = speaker.tokStart + 1; k < speaker.tokEnd; k++) {
        if (!governs.includes(tokens[k]!.fold)) continue;
        speaker = parseSpeakerPhrase(ctx, speaker.tokStart, k) ?? speaker;
        break;
      }
    }
    if (nounAfterArticle(ctx, cue, sentence.tokStart, after.at)) continue;
    if (ownVoice(ctx, cue, speaker)) continue;
    const p = after.at;
    const attrStart = Math.min(cue.start, speaker?.start ?? cue.start);
    const attrEnd = Math.max(cue.end, speaker?.end ?? 0, after.addressee?.end ?? 0);
    const base: Omit<RawStatement, 'parts' | 'kind' | 'trailing'> = {
      speaker,
      cue: cueText(ctx, cue),
      cueClass: cue.info.entry.class,
      cueStart: cue.start,
      addressee: after.addressee,
      attribution: [attrStart, attrEnd] as [number, number],
      inherits: !speaker,
      sentence,
    };
    if (speaker) subjects.push({ at: cue.tokStart, speaker });
    else {
      const earlier = subjects[subjects.length - 1];
      if (earlier) base.fallbackSpeaker = earlier.speaker;
    }
    const t = tokens[p];

    // Trailing attribution: the content is what comes before it in the sentence.
    const inverted = !!cue.inverted || !!after.speaker;
    // "Asked about it, O'Neill said, “Not going to go into that.”": a quotation after the comma is the
    // content unless what comes before is itself quoted (a split quotation).
    const quoteAfterComma =
      tokens[p]?.fold === ',' &&
      inQuote(ctx, p + 1) &&
      tokens[p + 1]!.start === ctx.quotes[ctx.quoteOf[p + 1]!]!.open;
    const quoteBefore = lead >= 0 && quotedWithin(ctx, sentence.start, lead + 1);
    const quoteOpensAt =
      p === cue.tokEnd && inQuote(ctx, p) && tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
    // "…, writing “Q”" / "…, adding “Q”": a subjectless participle after a comma introduces the quotation
    // that opens right after it, unless a quotation stands before it (a split quotation).
    const participleIntroduces =
      !speaker &&
      !quoteBefore &&
      cue.tokEnd - cue.tokStart === 1 &&
      (lex.lexicon.progressiveSuffixes ?? []).some((x) => tokens[cue.tokStart]!.fold.endsWith(x)) &&
      inQuote(ctx, p) &&
      tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
    // "X выступил на митинге, заявив, что …": a subjectless cue followed by its complementizer reports what
    // follows, not the clause before it (after a statement of the sentence it continues that one: "«…», -
    // заявила она, добавив, что …").
    const clauseFollows =
      !speaker &&
      tokens[p]?.fold === ',' &&
      !inQuote(ctx, p) &&
      lex.complementizers.longestAt(tokens, p + 1) &&
      !out.some((o) => o.sentence === sentence);
    if (
      lead >= 0 &&
      !participleIntroduces &&
      !clauseFollows &&
      !(quoteAfterComma && !quoteBefore) &&
      // (A quotation right after the cue, with none before it, is what the cue introduces: "Meanwhile,
      // officials had admitted “…”".)
      !(quoteOpensAt && !quoteBefore) &&
      ((clauseOver(ctx, p, end) && tokens[p]?.fold !== ':') ||
        (inQuote(ctx, p) && tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open) ||
        (speaker &&
          // (After its object, the infinitive opener of a cue that takes one opens the content: "warned
          // officials to boost …".)
          !(after.addressee && cue.info.entry.infinitive && lex.infinitiveOpeners.longestAt(tokens, p)) &&
          (shortTail(ctx, p, end, !inverted, false) ||
            // After a setting or an addressee, any short tail: "…, Smith said in a statement released by
            // her office."
            (p > cue.tokEnd && !inQuote(ctx, p - 1) && shortTail(ctx, p, end, false, false)))))
    ) {
      const contentEnd = lead;
      // An attribution inside brackets attributes what the brackets hold: "… (and yes, beards are in, says
      // Lee.)".
      const bracket = openBracketBefore(ctx, sentence.tokStart, cue.tokStart);
      const fromTok = bracket >= 0 ? bracket + 1 : sentence.tokStart;
      const fromChar = fromTok < cue.tokStart ? tokens[fromTok]!.start : sentence.start;
      if (contentEnd > fromChar) {
        const lastTok = tokenAt(ctx, contentEnd, sentence.tokStart, end);
        const { kind, range } = classify(ctx, fromChar, contentEnd, fromTok, lastTok, true);
        // A split quotation already taken by an earlier cue goes on after this one ("“Q1,” Dale said,
        // adding, “Q2”"): this cue only continues it.
        if (
          out.some(
            (o) =>
              o.trailing &&
              o.parts.length > 1 &&
              o.cueStart >= range[0] &&
              o.cueStart < range[1] &&
              o.parts[o.parts.length - 1]![0] > cue.start,
          )
        )
          continue;
        // (Where every noun is capitalised, reported words hold a lower-case word, a verb at least: capitalised
        // words and commas alone are the subject and its apposition, "Der Minister, Paul Roth, verteidigte …".)
        const namesOnly =
          kind === 'indirect' &&
          lex.lexicon.capitalisedNouns === true &&
          !tokens
            .slice(fromTok, lastTok)
            .some((t, j) => t.kind === 'word' && !t.upper && !inQuote(ctx, fromTok + j));
        if (range[1] > range[0] && (kind !== 'indirect' || clauseOk) && !namesOnly) {
          const parts: [number, number][] = [range];
          // Split quotation: "« Q1 », a déclaré X, « Q2 »."
          const second = kind === 'direct' ? secondPart(ctx, p, end) : null;
          if (second) parts.push(second);
          // A parenthetical attribution inside a sentence: "Climate change, Mr. Obama often says, is the
          // greatest threat" → the words on both sides (the second may hold a quoted fragment: mixed).
          let tailQuoted = false;
          // The attribution may end on a short adverbial: "These rules, Lee explained at the hearing, are …".
          let comma = p;
          if (isWord(ctx, p) && (lex.prepositions.longestAt(tokens, p) || lex.fillers.longestAt(tokens, p))) {
            for (let k = p + 1; k < end && k - p <= 8; k++) {
              if (tokens[k]!.fold === ',') comma = k;
              if (comma !== p || !isWord(ctx, k)) break;
            }
          }
          if (kind !== 'direct' && !second && tokens[comma]?.fold === ',' && !inQuote(ctx, comma + 1)) {
            let rest = comma + 1;
            // After an inverted subject the comma may open its apposition: the tail follows it ("…, says Jo
            // Li, a judge, the rules are clear"), or there is none ("…, said Jo Li, a lawyer who …").
            const apposition = inverted ? appositionEnd(ctx, rest, end) : -1;
            if (apposition >= 0) rest = tokens[apposition]?.fold === ',' ? apposition + 1 : end;
            const t0 = tokens[rest];
            const startsOk =
              t0 !== undefined &&
              t0.kind === 'word' &&
              !lex.cues.longestAt(tokens, rest) &&
              // (A preposition opens the attribution's adverbial, "…, he said, in a statement", unless a
              // question word follows it: "a model, he said, for how the mill can …".)
              (!lex.prepositions.longestAt(tokens, rest) ||
                (lex.prepositions.longestAt(tokens, rest)!.length === 1 &&
                  lex.questionWords.longestAt(tokens, rest + 1) !== undefined) ||
                clauseGoesOn(ctx, rest, end)) &&
              (!lex.conjunctions.longestAt(tokens, rest) || clauseGoesOn(ctx, rest, end)) &&
              // (A relative clause after the speaker describes the speaker: "…, said Lee, whose shop …".)
              // ("that" goes on with the content: "It is on his watch, he said, that …".)
              !(
                lex.relativePronouns.longestAt(tokens, rest) && !lex.complementizers.longestAt(tokens, rest)
              ) &&
              (!/(ing|ant)$/.test(t0.fold) || gerundSubject(ctx, rest, end));
            if (startsOk) {
              const tail = trimRange(text, t0.start, sentenceEndChar);
              if (tail[1] > tail[0] && wordCount(ctx, tail[0], tail[1]) >= 3) {
                parts.push(tail);
                tailQuoted = quotedWithin(ctx, tail[0], tail[1]);
              }
            }
          }
          // Dialogue dashes open direct speech without quote marks: "— Текст, — сказал он.", "– Tekst – dodał."
          const dialogue =
            kind === 'indirect' && lex.lexicon.dashDialogue === true && opensWithDash(text, sentence.start);
          // No subject and nothing before it in the sentence: a dropped subject ("«…», añadió."), resolved like
          // a pronoun to the last speaker rather than to whatever opens the sentence.
          const dropped =
            !speaker && !out.some((o) => o.sentence === sentence)
              ? zeroSubject(cue.start, cue.tokStart)
              : null;
          out.push({
            ...base,
            ...(dropped ? { speaker: dropped } : {}),
            parts,
            kind: dialogue ? 'direct' : tailQuoted ? 'mixed' : kind,
            trailing: true,
            inherits: !speaker && !dropped,
          });
          continue;
        }
      }
    }

    // An infinitive after the cue or its object: "vowed to fight on", "urged Congress to act".
    const entry = cue.info.entry;
    // Only a verb with a subject, stated or inherited: not a noun ("the demand for coal", "a call for calm").
    const beforeCue = cue.tokStart - 1;
    const evidence = entry.evidence === true && evidenceSubject(ctx, cue.tokStart, sentence.tokStart);
    const verbal =
      (speaker !== null ||
        evidence ||
        lead >= 0 ||
        beforeCue < sentence.tokStart ||
        tokens[beforeCue]!.fold === ',' ||
        coordinatedVerb(ctx, cue.tokStart, subjects[subjects.length - 1]?.at) ||
        // (Or after a report whose subject is read later, a plain noun phrase: "The family said … and urged …".)
        coordinatedVerb(ctx, cue.tokStart, earlierCueToken(ctx, out, sentence, cue))) &&
      !(
        beforeCue >= sentence.tokStart &&
        (lex.determiners.longestAt(tokens, beforeCue) || lex.prepositions.longestAt(tokens, beforeCue))
      );
    // A demand made to someone after a plain noun phrase opening the clause: "The family has called on police
    // to …" (not a noun: "challenges and demands around …").
    const demandSubject =
      entry.infinitive === true &&
      entry.addresseeObject === true &&
      !lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      clauseSubject(ctx, sentence, cue.start) !== null;
    if (entry.infinitive && (verbal || demandSubject)) {
      const content = infinitiveContent(ctx, p, end, after.addressee);
      if (content >= 0) {
        const first = tokenAt(ctx, content, sentence.tokStart, end);
        const { kind, range } = classify(
          ctx,
          content,
          clauseStop(ctx, first, end, sentenceEndChar, sentence.tokStart),
          first,
          end,
        );
        if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
          // The object belongs to the content, not to the attribution.
          const attribution: [number, number] = [attrStart, Math.max(cue.end, speaker?.end ?? 0)];
          out.push({ ...base, addressee: undefined, attribution, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    // A speech act whose object stands inside a verb bracket and that ends its clause: "X kündigte den Abzug
    // an.", "X hat seinen Rücktritt bekannt gegeben.", "X wies die Vorwürfe zurück." (`objectReports`).
    if (
      lex.lexicon.objectReports &&
      introduces.object !== false &&
      speaker &&
      speaker.kind !== 'pronoun' &&
      cue.tokStart > sentence.tokStart &&
      (!t || (t.kind === 'punct' && SENTENCE_END.has(t.fold) && !inQuote(ctx, p))) &&
      bracketedObject(ctx, cue, speaker, end)
    ) {
      const objectEnd = cue.particle?.tokStart ?? cue.bracket?.tokEnd ?? p;
      let content = speechActContent(ctx, sentence, objectEnd);
      // A second predicate sharing the subject reports its own part, from the conjunction on: "spricht von
      // einer „…“ | und sieht dies als Zeichen der Hilfsbereitschaft".
      if (!speaker && content.kind !== 'direct') {
        const range = trimRange(text, tokens[cue.tokStart - 1]!.start, sentenceEndChar);
        content = { parts: [range], kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect' };
      }
      if (!entry.quotedObjectOnly || content.kind === 'direct') {
        out.push({ ...base, ...content, trailing: false });
        continue;
      }
    }
    if (!t) continue;
    // Complementizer: "a déclaré que …", "said that …"; German and the Slavic languages put a comma before
    // it ("sagte, dass …", "заявил, что …", "powiedział, że …").
    let pc = t.fold === ',' && !inQuote(ctx, p) && lex.complementizers.longestAt(tokens, p + 1) ? p + 1 : p;
    // Verb second puts adverbials and appositions between the cue and its clause: "sagte zu den
    // Anschuldigungen, dass …", "sagte General X, Kommandant des Corps, ohne … zu verweisen, dass …".
    if (lex.lexicon.verbSecond && !lex.complementizers.longestAt(tokens, pc)) {
      const far = complementizerAfterComma(ctx, p, end);
      if (far >= 0) pc = far;
    } else if (t.fold === ',' && pc === p && !inQuote(ctx, p)) {
      // Elsewhere an adverbial set off by commas may part them: "said, in a rare interview, that …".
      const far = complementizerAfterComma(ctx, p + 1, Math.min(end, p + 14));
      let plain = far >= 0;
      for (let k = p + 1; plain && k < far; k++) if (lex.cues.longestAt(tokens, k)) plain = false;
      if (plain) pc = far;
    }
    // A short prepositional phrase before the complementizer: "avait révélé à la mi-août que",
    // "said on its website that".
    if (
      !lex.complementizers.longestAt(tokens, pc) &&
      !inQuote(ctx, pc) &&
      (lex.prepositions.longestAt(tokens, pc) || lex.addresseeMarkers.longestAt(tokens, pc))
    ) {
      // Commas may set off a place name inside it: "said at a rally in Toledo, Ohio, that …".
      for (let k = pc + 1; k < Math.min(end, pc + 12); k++) {
        if (
          tokens[k]!.fold === ',' &&
          tokens[k - 1]!.upper &&
          isWord(ctx, k + 1) &&
          (tokens[k + 1]!.upper || lex.complementizers.longestAt(tokens, k + 1))
        )
          continue;
        // A possessive inside it: "said in his New Year's speech he was ready".
        if (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]!.end && isWord(ctx, k + 1))
          continue;
        if (tokens[k]!.kind !== 'word' || inQuote(ctx, k)) break;
        // Or, where the complementizer may be dropped, a subject pronoun: "said in his speech he was ready".
        const pronoun = lex.pronouns.longestAt(tokens, k);
        if (
          lex.complementizers.longestAt(tokens, k) ||
          (lex.lexicon.zeroComplementizer && pronoun && (pronoun.value.person ?? 3) === 3 && clauseOk)
        ) {
          pc = k;
          break;
        }
      }
    }
    // A reported question keeps its question word: "asked whether the plant would close".
    const question = !inQuote(ctx, pc) && clauseOk ? lex.questionWords.longestAt(tokens, pc) : undefined;
    if (question && isWord(ctx, pc + question.length)) {
      const stop = clauseStop(ctx, pc, end, sentenceEndChar, sentence.tokStart);
      const { kind, range } = classify(ctx, tokens[pc]!.start, stop, pc, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    const comp = !inQuote(ctx, pc) ? lex.complementizers.longestAt(tokens, pc) : undefined;
    if (comp && clauseOk) {
      // "said that's wrong": a complementizer carrying a clitic is a demonstrative, the content's subject.
      const next = tokens[pc + comp.length];
      const subject = next?.fold === "'" && next.start === tokens[pc + comp.length - 1]!.end;
      const from = subject ? tokens[pc]!.start : (next?.start ?? sentenceEndChar);
      const stop = clauseStop(ctx, pc + comp.length, end, sentenceEndChar, sentence.tokStart);
      const classified = classify(ctx, from, stop, pc + comp.length, end);
      // "said that “…”": the complementizer is the reporter's syntax around the quoted words, so the
      // statement may count as mixed (marks kept) rather than direct (`quotedClauseIsMixed`).
      const { kind, range } =
        classified.kind === 'direct' && lex.lexicon.quotedClauseIsMixed === true
          ? { kind: 'mixed' as const, range: trimRange(text, from, stop) }
          : classified;
      if (range[1] > range[0]) out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    if (pc !== p && clauseOk && !inQuote(ctx, pc) && lex.pronouns.longestAt(tokens, pc)) {
      const { kind, range } = classify(
        ctx,
        tokens[pc]!.start,
        clauseStop(ctx, pc, end, sentenceEndChar, sentence.tokStart),
        pc,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // A clause after a comma with no complementizer, marked as reported by its verb form (German Konjunktiv
    // I: "sagte, die Regierung werde …"; `reportiveMarkers`).
    if (
      t.fold === ',' &&
      clauseOk &&
      !inQuote(ctx, p) &&
      p + 1 < end &&
      (reportiveWithin(ctx, p + 1, end) ||
        reportiveWithin(ctx, p + 1, end, true) ||
        infinitiveClause(ctx, p + 1, end) ||
        verbSecondClause(ctx, p + 1, end))
    ) {
      const { kind, range } = classify(
        ctx,
        tokens[p + 1]!.start,
        clauseStop(ctx, p + 1, end, sentenceEndChar, sentence.tokStart),
        p + 1,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // Colon, then a quotation or a clause: "a déclaré : « … »".
    let k = p;
    if ((t.fold === ':' || t.fold === ',') && !inQuote(ctx, p)) k = p + 1;
    if (inQuote(ctx, k) && tokens[k]!.start === ctx.quotes[ctx.quoteOf[k]!]!.open && directOk) {
      const qEnd = quoteEndToken(ctx, k, end);
      const q = ctx.quoteOf[k]!;
      // (A cue that introduces nothing but a quotation takes the one right after it whole, whatever follows:
      // "versuchte mit den Worten „…“ zu beruhigen".)
      if (clauseOver(ctx, qEnd, end) || (!clauseOk && !introduces.object)) {
        out.push({
          ...base,
          parts: [trimRange(text, ...quoteInner(ctx, q))],
          kind: 'direct',
          trailing: false,
        });
      } else if (clauseOk || introduces.object) {
        const { kind, range } = classify(ctx, tokens[k]!.start, sentenceEndChar, k, end);
        if (range[1] > range[0]) out.push({ ...base, parts: [range], kind, trailing: false });
      }
      continue;
    }
    // A colon that ends the paragraph introduces a block quotation opening the next one: "X reports:¶“…”".
    const block = t.fold === ':' && directOk && !inQuote(ctx, p) ? blockQuoteAt(ctx, p + 1, p + 1) : -1;
    if (block >= 0) {
      out.push({
        ...base,
        parts: [trimRange(text, ...quoteInner(ctx, ctx.quoteOf[block]!))],
        kind: 'direct',
        trailing: false,
      });
      continue;
    }
    // Or a block quotation set without marks (a page's blockquote): the next paragraph, the colon ending this one.
    if (
      t.fold === ':' &&
      clauseOk &&
      !entry.needsComplementizer &&
      !inQuote(ctx, p) &&
      tokens[p + 1]?.kind === 'break'
    ) {
      const first = p + 2;
      const last = first < tokens.length ? paragraphEnd(ctx, first) : first;
      const stopChar = last < tokens.length ? tokens[last]!.start : text.length;
      const { kind, range } =
        first < last
          ? classify(ctx, tokens[first]!.start, stopChar, first, last)
          : { kind: 'indirect' as const, range: [0, 0] as [number, number] };
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    if (t.fold === ':' && clauseOk && !entry.needsComplementizer && !inQuote(ctx, p)) {
      const from = tokens[p + 1]?.start ?? sentenceEndChar;
      const { kind, range } = classify(ctx, from, sentenceEndChar, p + 1, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    // A colon quotation further on in the cue's clause: "sagte zu den Überschwemmungen: „…“", "kommentierte
    // den Sachverhalt mit den Worten: „…“", "said in a statement on Monday: “…”".
    const colon = directOk && !inQuote(ctx, p) ? colonQuoteAfter(ctx, p, end) : -1;
    if (colon >= 0) {
      out.push({
        ...base,
        parts: [trimRange(text, ...quoteInner(ctx, ctx.quoteOf[colon]!))],
        kind: 'direct',
        trailing: false,
      });
      continue;
    }
    // A colon after the cue's short object opens the clause: "предупредил журналистов: ситуация …".
    if (clauseOk && !entry.needsComplementizer && isWord(ctx, p) && !inQuote(ctx, p)) {
      let j = p;
      while (
        j < end &&
        j - p < 4 &&
        isWord(ctx, j) &&
        !inQuote(ctx, j) &&
        !lex.complementizers.longestAt(tokens, j) &&
        !lex.cues.longestAt(tokens, j)
      )
        j++;
      if (
        j > p &&
        tokens[j]?.fold === ':' &&
        !inQuote(ctx, j) &&
        isWord(ctx, j + 1) &&
        !inQuote(ctx, j + 1)
      ) {
        const { kind, range } = classify(ctx, tokens[j + 1]!.start, sentenceEndChar, j + 1, end);
        if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    if (t.kind !== 'word' || inQuote(ctx, p)) continue;
    // Verb second: after a closed verb bracket ("hat angekündigt", "kündigte … an") an infinitive clause may
    // follow without its comma: "hatte angekündigt bei der Wahl erneut anzutreten".
    if (
      lex.lexicon.verbSecond &&
      clauseOk &&
      (cue.info.participle || cue.particle) &&
      !inQuote(ctx, p) &&
      !lex.complementizers.longestAt(tokens, p) &&
      infinitiveClause(ctx, p, clauseEndTok(ctx, p, end))
    ) {
      const stop = clauseEndTok(ctx, p, end);
      const { kind, range } = classify(
        ctx,
        tokens[p]!.start,
        tokens[stop]?.start ?? sentenceEndChar,
        p,
        stop,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // A naming verb where speech acts report their whole clause (`objectReports`): "bezeichnete den Plan als
    // Irrweg" → the clause; a quoted name alone is the quotation ("nannte ihn einen „Verräter“").
    const naming = entry.objectAs === true && lex.lexicon.objectReports === true;
    if (naming && verbal && !inQuote(ctx, p) && !lex.prepositions.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      let marker = -1;
      for (let k = p + 1; k < stop && k - p <= 10 && marker < 0; k++)
        if (lex.predicativeMarkers.longestAt(tokens, k) && !inQuote(ctx, k)) marker = k;
      // The quotation closes the clause, or the predicate after "als" is one and a conjunction follows it
      // ("als „Zumutung“ und kündigte an, …").
      let q = stop - 1 > p ? ctx.quoteOf[stop - 1]! : -1;
      let quotedName = q !== -1 && tokens[stop - 1]!.start === ctx.quotes[q]!.close;
      if (!quotedName && marker > p) {
        const k = marker + 1 + (lex.determiners.longestAt(tokens, marker + 1)?.length ?? 0);
        const after =
          inQuote(ctx, k) && tokens[k]!.start === ctx.quotes[ctx.quoteOf[k]!]!.open
            ? quoteEndToken(ctx, k, end)
            : -1;
        if (after > k && (clauseOver(ctx, after, end) || lex.conjunctions.longestAt(tokens, after))) {
          q = ctx.quoteOf[k]!;
          quotedName = true;
        }
      }
      if (quotedName) {
        const inner = trimRange(text, ...quoteInner(ctx, q));
        if (inner[1] > inner[0]) {
          out.push({ ...base, parts: [inner], kind: 'direct', trailing: false });
          continue;
        }
      } else if (marker > p && isWord(ctx, marker + 1)) {
        // (A second predicate sharing the subject reports from its conjunction on: "… und sieht dies als …".)
        const from = !speaker && coordinated ? tokens[cue.tokStart - 1]!.start : sentence.start;
        const range = trimRange(text, from, stopChar);
        out.push({
          ...base,
          parts: [range],
          kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect',
          trailing: false,
        });
        continue;
      }
    }
    // A speech act with a noun-phrase object reports the whole sentence ("Die Polizei spricht von 400 Autos.",
    // "X kündigte seinen Rücktritt an.") where the lexicon says so (`objectReports`).
    if (
      lex.lexicon.objectReports &&
      introduces.object !== false &&
      ((speaker &&
        (speaker.kind !== 'pronoun' ||
          (speaker.tokStart === skipFillers(ctx, cue.tokEnd, end) && !speaker.pronoun?.indefinite))) ||
        (!speaker && coordinated && base.fallbackSpeaker)) &&
      cue.tokStart > sentence.tokStart &&
      !inQuote(ctx, p)
    ) {
      let objectEnd = p;
      while (objectEnd < end && !(tokens[objectEnd]!.kind === 'punct' && !inQuote(ctx, objectEnd))) {
        // (A quoted object followed by a second predicate ends there: "spricht von einer „…“ und sieht …".)
        const closesQuote = objectEnd > p && inQuote(ctx, objectEnd - 1) && !inQuote(ctx, objectEnd);
        if (closesQuote && lex.conjunctions.longestAt(tokens, objectEnd)) break;
        objectEnd++;
      }
      const content = speechActContent(ctx, sentence, objectEnd);
      if (!entry.quotedObjectOnly || content.kind === 'direct') {
        out.push({ ...base, ...content, trailing: false });
        continue;
      }
    }
    // An object holding a quoted fragment: "a salué comme un « signal positif » les pourparlers …".
    if (introduces.object && !naming) {
      let stop = p;
      while (stop < end && !['-', ';', '('].includes(tokens[stop]!.fold)) stop++;
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (kind === 'mixed' && range[1] > range[0]) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // An object and its predicate: "described the plan as reckless" (up to the clause's end).
    if (entry.objectAs && verbal && !inQuote(ctx, p) && !lex.prepositions.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      let marker = -1;
      for (let k = p + 1; k < stop && k - p <= 10; k++)
        if (lex.predicativeMarkers.longestAt(tokens, k)) {
          marker = k;
          break;
        }
      if (marker > p && isWord(ctx, marker + 1)) {
        const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
        const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
        if (range[1] > range[0]) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    // A demand's object: "called for a ceasefire", "demanded an apology" (up to the clause's end).
    if ((entry.objectContent || evidence) && verbal && !lex.complementizers.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // No complementizer: "said he would…", "a déclaré il étudiera…" (only before a subject pronoun when
    // the language does not drop its complementizer).
    if (!clauseOk || entry.needsComplementizer) continue;
    // A report inside a relative clause whose verb follows the cue: "donations, which he said were tied to
    // favors", "a plan that officials say would double …" — the rest of the relative clause is the content.
    if (
      speaker &&
      speaker.tokStart > sentence.tokStart &&
      (lex.relativePronouns.longestAt(tokens, speaker.tokStart - 1) ||
        lex.questionWords.longestAt(tokens, speaker.tokStart - 1)) &&
      !inQuote(ctx, p) &&
      lex.auxiliaries.matchAt(tokens, p).some((m) => m.length === 1)
    ) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // Or a subordinate clause before the reported main clause: "said while many have received help, this
    // was often not the case" (the subordinator, a comma, then the main clause).
    if (lex.lexicon.zeroComplementizer && speaker && !lex.lexicon.verbSecond) {
      const sub = lex.subordinators.longestAt(tokens, p);
      let comma = -1;
      for (let k = p + 1; sub && k < end && k - p <= 25; k++) {
        if (inQuote(ctx, k)) continue;
        if (tokens[k]!.kind !== 'punct') continue;
        if (tokens[k]!.fold === ',' && isWord(ctx, k + 1)) comma = k;
        break;
      }
      if (comma > p + 2) {
        const { kind, range } = classify(
          ctx,
          tokens[p]!.start,
          clauseStop(ctx, comma + 1, end, sentenceEndChar, sentence.tokStart),
          p,
          end,
        );
        if (range[1] > range[0]) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    const startsWithPronoun = lex.pronouns.longestAt(tokens, p) !== undefined;
    const startsWithDeterminerOrName =
      lex.determiners.longestAt(tokens, p) !== undefined ||
      (tokens[p]!.upper && lex.prepositions.longestAt(tokens, p) === undefined);
    const lowerStart =
      !tokens[p]!.upper &&
      !lex.conjunctions.longestAt(tokens, p) &&
      !lex.complementizers.longestAt(tokens, p);
    if (
      startsWithPronoun ||
      (lex.lexicon.zeroComplementizer &&
        (((startsWithDeterminerOrName || (lowerStart && speaker !== null && pluralSubjectAt(ctx, p, end))) &&
          cue.info.entry.bareClause) ||
          ((startsWithDeterminerOrName || lowerStart) && auxiliarySoon(ctx, p, end))))
    ) {
      // "said this week …" is a time; "said this may …" opens a clause with a demonstrative subject.
      const subjectOfAuxiliary = lex.auxiliaries.matchAt(tokens, p + 1).some((m) => m.length === 1);
      if ((lex.prepositions.longestAt(tokens, p) || fillerAt(ctx, p)) && !subjectOfAuxiliary) continue;
      if (
        !speaker &&
        lead < 0 &&
        !startsWithPronoun &&
        !startsWithDeterminerOrName &&
        !clauseSubject(ctx, sentence, cue.start)
      )
        continue;
      const { kind, range } = classify(
        ctx,
        tokens[p]!.start,
        clauseStop(ctx, p, end, sentenceEndChar, sentence.tokStart),
        p,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
    }
  }

  // The subject of a passive with no agent ("Der Kommission wird Verschleppung vorgeworfen") is not the
  // speaker: the speaker is the one reported last, as for a dropped subject.
  for (const cue of cues) {
    if (!cue.passive) continue;
    const agentMarkers = lex.lexicon.agentMarkers ?? [];
    for (const r of out)
      if (
        r.cueStart === cue.start &&
        r.speaker &&
        r.speaker.tokEnd > r.speaker.tokStart &&
        !agentMarkers.includes(tokens[r.speaker.tokStart - 1]?.fold ?? '')
      ) {
        r.speaker = zeroSubject(cue.start, cue.tokStart);
        r.inherits = false;
      }
  }

  // "Selon X, …" / "…, selon X." / "according to X, …".
  for (let i = sentence.tokStart; i < end; i++) {
    if (inQuote(ctx, i) || !isWord(ctx, i)) continue;
    const m = lex.accordingTo.longestAt(tokens, i);
    if (!m) continue;
    const marker = m.value;
    const markerEnd = i + m.length;
    // Verb second: a source named inside what a cue before it reports is part of that report ("Wie der
    // Sprecher mitteilte, ist die Anlage nach Auffassung der Ministerin sicher."): the speaker stays the cue's.
    const at = tokens[i]!.start;
    if (
      lex.lexicon.verbSecond &&
      !marker.refersBack &&
      out.some((r) => r.attribution[1] <= at && r.parts.some(([a, b]) => a < at && at < b))
    )
      continue;
    // Sentence-initial markers may follow a conjunction or a connective and its comma ("Cependant, pour X, …").
    const initial =
      i === sentence.tokStart ||
      (lex.conjunctions.longestAt(tokens, sentence.tokStart) && i === sentence.tokStart + 1) ||
      (i === sentence.tokStart + 2 && tokens[i - 1]!.fold === ',' && isWord(ctx, sentence.tokStart));
    if (marker.sentenceInitialOnly && !initial && !marker.clauseFinalOnly) continue;
    // A marker allowed at either edge ("Per Conte, …" / "…, per Conte.") is read at the start as a sentence-
    // initial one, elsewhere as a clause-final one.
    const finalOnly = marker.clauseFinalOnly === true && !(marker.sentenceInitialOnly && initial);
    let np: SpeakerPhrase | null;
    if (marker.refersBack) {
      // "по его словам", "jego zdaniem", "demnach": the marker holds its own pronoun, resolved like one.
      const pronoun = {
        form: text.slice(tokens[i]!.start, tokens[markerEnd - 1]!.end),
        ...marker.refersBack,
      };
      np = {
        tokStart: i,
        tokEnd: markerEnd,
        start: tokens[i]!.start,
        end: tokens[markerEnd - 1]!.end,
        kind: 'pronoun',
        pronoun,
        gender: pronoun.gender,
        number: pronoun.number,
      };
    } else if (marker.speaker === 'before') {
      // (Before a noun phrase the word is a preposition that governs it: "die Angaben nach dem Unfall"; with
      // no head noun just before it, it is one too. Both are checked first: such a word is frequent.)
      const governs =
        marker.heads !== undefined &&
        isWord(ctx, markerEnd) &&
        (lex.determiners.longestAt(tokens, markerEnd) !== undefined ||
          /^\p{N}/u.test(tokens[markerEnd]!.fold) ||
          (tokens[markerEnd]!.upper && lex.lexicon.capitalisedNouns === true));
      const headNear =
        marker.heads === undefined || headedBy(ctx, Math.max(sentence.tokStart, i - 8), i, marker.heads);
      np = governs || !headNear ? null : speakerEndingAt(ctx, sentence.tokStart, i);
      if (np && marker.heads && !headedBy(ctx, np.tokStart, np.tokEnd, marker.heads)) np = null;
    } else np = parseSpeakerPhrase(ctx, markerEnd, end);
    // Verb second: a lower-case word right after a fronted marker is the verb ("Nach ersten Angaben sollen
    // …"), not the start of a source.
    if (
      lex.lexicon.verbSecond &&
      np &&
      np.kind !== 'pronoun' &&
      marker.speaker !== 'before' &&
      isWord(ctx, markerEnd) &&
      !tokens[markerEnd]!.upper &&
      !lex.determiners.longestAt(tokens, markerEnd)
    )
      np = null;
    if (lex.lexicon.verbSecond && !marker.refersBack && marker.speaker !== 'before') {
      // German capitalises nouns: the source after "nach Angaben", "laut" runs over determiners, adjectives,
      // nouns and genitive links ("der Gewerkschaft Nahrung-Genuss-Gaststätten", "von n24") up to the verb;
      // with nothing after the marker ("Nach ersten Untersuchungen sind …") the marker names the source.
      const phraseEnd = nounPhraseEnd(ctx, markerEnd, end);
      // A bare plural source ends the phrase unless a genitive link follows ("laut Medienberichten Geld …").
      const plural = lex.sourcePlurals.longestAt(tokens, markerEnd);
      if (
        plural &&
        isWord(ctx, markerEnd + plural.length) &&
        !lex.linkers.longestAt(tokens, markerEnd + plural.length)
      )
        np = nounPhrase(ctx, markerEnd, markerEnd + plural.length);
      else if (phraseEnd > markerEnd && (!np || np.tokEnd < phraseEnd))
        np = nounPhrase(ctx, markerEnd, phraseEnd);
      else if (
        phraseEnd < 0 &&
        !np &&
        m.length > 1 &&
        !finalOnly &&
        (isWord(ctx, markerEnd) || (tokens[markerEnd]?.fold === ',' && i === sentence.tokStart))
      ) {
        np = nounPhrase(ctx, i + 1, markerEnd);
      }
    }
    // Any source up to the clause's end: "according to the most recent numbers from Statistics Canada,",
    // "…, selon une étude publiée lundi par l'institut." (at most twelve words).
    if (
      !lex.lexicon.verbSecond &&
      !marker.sentenceInitialOnly &&
      marker.speaker !== 'before' &&
      !marker.refersBack &&
      isWord(ctx, markerEnd) &&
      !inQuote(ctx, markerEnd)
    ) {
      let stop = markerEnd;
      // (Hyphenated words count as words: "a 52-count complaint".)
      const glued = (k: number) =>
        (tokens[k]!.fold === '-' || tokens[k]!.fold === "'") &&
        tokens[k]!.start === tokens[k - 1]?.end &&
        isWord(ctx, k + 1) &&
        tokens[k + 1]!.start === tokens[k]!.end;
      while (
        stop < end &&
        (isWord(ctx, stop) || glued(stop)) &&
        !inQuote(ctx, stop) &&
        stop - markerEnd <= 20
      )
        stop++;
      const closes = stop >= end || (tokens[stop]!.kind !== 'word' && !inQuote(ctx, stop));
      const det = lex.determiners.longestAt(tokens, markerEnd);
      // A bare common noun after a one-word marker is no source ("Pour mémoire, …"); after a multiword marker
      // it is ("according to exit polls, …"). A long source only opens the sentence before a comma.
      if (
        closes &&
        (stop - markerEnd <= 12 ||
          (stop - markerEnd <= 20 && i === sentence.tokStart && tokens[stop]?.fold === ',')) &&
        (!np || np.tokEnd < stop) &&
        (det || tokens[markerEnd]!.upper || (m.length > 1 && stop - markerEnd >= 2))
      ) {
        const from = det && markerEnd + det.length < stop ? markerEnd + det.length : markerEnd;
        const phrase = nounPhrase(ctx, from, stop);
        np = { ...phrase, tokStart: markerEnd, start: tokens[markerEnd]!.start };
      }
    }
    if (!np) continue;
    // Verb second, inside the clause: a name in commas after the source is its apposition, and the clause goes
    // on after it ("stellt nach Angaben des Sprechers, Paul Berg, ein Risiko dar").
    let apposition = -1;
    if (
      lex.lexicon.verbSecond &&
      np.kind !== 'pronoun' &&
      i > sentence.tokStart &&
      tokens[np.tokEnd]?.fold === ','
    ) {
      const name = parseSpeakerPhrase(ctx, np.tokEnd + 1, end);
      const close = name?.tokEnd ?? -1;
      if (
        name?.kind === 'person' &&
        name.name?.includes(' ') &&
        tokens[close]?.fold === ',' &&
        isWord(ctx, close + 1) &&
        !tokens[close + 1]!.upper
      ) {
        np = { ...name, tokStart: np.tokStart, start: np.start };
        apposition = close + 1;
      }
    }
    // Verb second: a second source right after the first names who reports it (", so der Minister laut der
    // Zeitung, …", "…, so Müller unter Berufung auf Kreise der Partei."), and is no part of the content.
    let via: SpeakerPhrase | undefined;
    let viaEnd = -1;
    const sourceEnd = Math.max(markerEnd, np.tokEnd, apposition);
    const firstTok = Math.min(i, np.tokStart);
    const lead = trailingLead(ctx, firstTok, sentence);
    const second =
      lex.lexicon.verbSecond && lead >= 0 ? lex.accordingTo.longestAt(tokens, sourceEnd) : undefined;
    if (
      second &&
      !second.value.clauseFinalOnly &&
      !second.value.refersBack &&
      second.value.speaker !== 'before'
    ) {
      const from = sourceEnd + second.length;
      const phraseEnd = nounPhraseEnd(ctx, from, end);
      if (phraseEnd > from && clauseOver(ctx, phraseEnd, end)) {
        via = nounPhrase(ctx, from, phraseEnd);
        viaEnd = phraseEnd;
      }
    }
    const attrStart = Math.min(tokens[i]!.start, np.start);
    const attrEnd = Math.max(tokens[markerEnd - 1]!.end, np.end, via?.end ?? 0);
    const afterTok = Math.max(sourceEnd, viaEnd);
    const base = {
      speaker: np,
      cue: text.slice(tokens[i]!.start, tokens[markerEnd - 1]!.end),
      cueClass: 'say' as CueClass,
      cueStart: tokens[i]!.start,
      attribution: [attrStart, attrEnd] as [number, number],
      inherits: false,
      sentence,
      ...(via ? { via } : {}),
    };
    // (After a comma and a contrastive conjunction another source's clause opens: "…, mais selon X, …".)
    const contrastive = lex.contrastives.matchEndingAt(tokens, firstTok - 1)[0];
    const afterContrast =
      contrastive !== undefined &&
      firstTok - 1 - contrastive.length > sentence.tokStart &&
      tokens[firstTok - 1 - contrastive.length]!.fold === ',' &&
      !inQuote(ctx, firstTok - 1);
    const atStart =
      firstTok === sentence.tokStart ||
      afterContrast ||
      (lex.conjunctions.longestAt(tokens, sentence.tokStart) && firstTok === sentence.tokStart + 1);
    // The clause goes on after the source, with a word or a quotation ("wird nach Angaben der Staatsanwaltschaft
    // „sorgfältig“ geprüft").
    const opensQuote =
      inQuote(ctx, afterTok) && tokens[afterTok]!.start === ctx.quotes[ctx.quoteOf[afterTok]!]!.open;
    const verbSecond =
      lex.lexicon.verbSecond === true &&
      !finalOnly &&
      ((isWord(ctx, afterTok) && !inQuote(ctx, afterTok)) || opensQuote);
    if (verbSecond && atStart) {
      // "Nach Angaben der Polizei sind …": the verb follows the fronted attribution directly, or after the rest
      // of a source the phrase did not take in ("… der Post und der Times, die sich … stützen, kommt …").
      let contentTok = afterTok;
      for (
        let guard = 0;
        guard < 4 && !opensQuote && lex.conjunctions.longestAt(tokens, contentTok);
        guard++
      ) {
        const coordinated = nounPhraseEnd(ctx, contentTok + 1, end);
        if (coordinated <= contentTok + 1) break;
        contentTok = coordinated;
      }
      if (tokens[contentTok]?.fold === ',') contentTok = finiteVerbAfterPrefield(ctx, contentTok + 1, end);
      else if (!finiteVerbAt(ctx, contentTok)) contentTok = afterTok;
      const { kind, range } = classify(ctx, tokens[contentTok]!.start, sentenceEndChar, contentTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (verbSecond && lead < 0 && firstTok > sentence.tokStart) {
      // Inside the clause: "Die Firma plant nach Angaben der Gewerkschaft den Abbau …" → the clause around it
      // (after a colon that opens it: "X schloss sich an: Die Mittel seien ihrer Meinung nach …").
      let clauseStart = sentence.start;
      let lastComma = -1;
      for (let k = sentence.tokStart; k < firstTok; k++) {
        if (inQuote(ctx, k)) continue;
        if (tokens[k]!.fold === ':') clauseStart = tokens[k]!.end;
        if (tokens[k]!.fold === ',') lastComma = k;
      }
      // A source inside a subordinate or relative clause vouches for that clause alone ("…, weil er nach
      // Angaben der Polizei zu schnell fuhr", "eine Regel, die laut Experten wenig nützt, gilt …").
      let clauseEnd = sentenceEndChar;
      if (lastComma >= 0 && tokens[lastComma]!.end > clauseStart && subordinateOpens(ctx, lastComma + 1)) {
        clauseStart = tokens[lastComma + 1]!.start;
        clauseEnd = subordinateEnd(ctx, afterTok, end, sentenceEndChar);
      }
      const before = trimRange(text, clauseStart, attrStart);
      const after = trimRange(text, tokens[afterTok]!.start, clauseEnd);
      const parts = [before, after].filter(([a, b]) => b > a) as [number, number][];
      if (parts.length > 0 && wordCount(ctx, parts[0]![0], parts[parts.length - 1]![1]) >= 4) {
        const quoted = parts.some(([a, b]) => quotedWithin(ctx, a, b));
        out.push({ ...base, parts, kind: quoted ? 'mixed' : 'indirect', trailing: false });
      }
    } else if (
      atStart &&
      !lex.lexicon.verbSecond &&
      marker.refersBack &&
      isWord(ctx, afterTok) &&
      !inQuote(ctx, afterTok)
    ) {
      // A marker holding its own pronoun needs no comma to end it: "Jego zdaniem byłaby to eskalacja."
      const { kind, range } = classify(ctx, tokens[afterTok]!.start, sentenceEndChar, afterTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (atStart && !finalOnly && tokens[afterTok]?.fold === ',') {
      const contentTok = lex.lexicon.verbSecond
        ? finiteVerbAfterPrefield(ctx, afterTok + 1, end)
        : afterTok + 1;
      const from = tokens[contentTok]?.start ?? sentenceEndChar;
      const { kind, range } = classify(ctx, from, sentenceEndChar, contentTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (
      lead >= 0 &&
      tokens[afterTok]?.fold === ',' &&
      afterTok + 1 < end &&
      (!finalOnly || reportedClauseOpens(ctx, afterTok + 1, end))
    ) {
      // Parenthetical: "La politique du gouvernement, selon lui, peut coûter cher." → both sides.
      const before = trimRange(text, sentence.start, lead);
      const { kind, range } = classify(ctx, tokens[afterTok + 1]!.start, sentenceEndChar, afterTok + 1, end);
      const parts: [number, number][] = [];
      if (before[1] > before[0] && wordCount(ctx, before[0], before[1]) >= 1) parts.push(before);
      if (range[1] > range[0]) parts.push(range);
      const quoted = parts.some(([a, b]) => quotedWithin(ctx, a, b));
      if (parts.length > 0 && wordCount(ctx, parts[0]![0], parts[parts.length - 1]![1]) >= 3) {
        out.push({
          ...base,
          parts,
          kind: quoted ? (kind === 'direct' ? 'mixed' : kind === 'indirect' ? 'mixed' : kind) : 'indirect',
          trailing: false,
        });
      }
    } else if (
      lead >= 0 &&
      // (A short ambiguous marker attributes after a comma only: not '“…” per la pace'.)
      (!finalOnly || tokens[firstTok - 1]?.fold === ',') &&
      (clauseOver(ctx, afterTok, end) || shortTail(ctx, afterTok, end, true))
    ) {
      // "…, so X.", "…, selon X dans un communiqué."
      const lastTok = tokenAt(ctx, lead, sentence.tokStart, end);
      const { kind, range } = classify(ctx, sentence.start, lead, sentence.tokStart, lastTok);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: true });
    }
    i = afterTok - 1;
  }

  // Colon quotation with no cue: "Le ministre : « … »".
  if ((lex.lexicon.colonQuotes ?? true) && out.length === 0) {
    for (let i = sentence.tokStart + 1; i < end - 1; i++) {
      if (tokens[i]!.fold !== ':' || inQuote(ctx, i)) continue;
      if (!inQuote(ctx, i + 1) || tokens[i + 1]!.start !== ctx.quotes[ctx.quoteOf[i + 1]!]!.open) break;
      let np = speakerEndingAt(ctx, sentence.tokStart, i);
      // Or the sentence's subject and a short predicate: "La ministra fue tajante: «…»", "Le ministre a été
      // clair : « … »" (at most three words, one of them a verb's lower-case form).
      if (!np || np.tokStart !== sentence.tokStart) {
        const subject = parseSpeakerPhrase(ctx, sentence.tokStart, i);
        // (An apposition's closing comma may stand after it: "La jefa …, Kaja Kallas, fue tajante:"; a lone
        // capitalised word opening the sentence may be an adverb: "Darin steht …".)
        const named =
          subject !== null && (subject.tokEnd - subject.tokStart > 1 || subject.kind !== 'person');
        const from =
          subject && tokens[subject.tokEnd]?.fold === ',' ? subject.tokEnd + 1 : (subject?.tokEnd ?? i);
        let plain = named && subject.kind !== 'group' && i - from <= 3 && i > from;
        for (let k = from; plain && k < i; k++) if (!isWord(ctx, k) || inQuote(ctx, k)) plain = false;
        np = plain && !tokens[from]!.upper ? subject : null;
      }
      if (!np || np.tokStart !== sentence.tokStart || np.kind === 'pronoun') break;
      const q = ctx.quoteOf[i + 1]!;
      out.push({
        speaker: np,
        cue: ':',
        cueClass: 'say' as CueClass,
        cueStart: tokens[i]!.start,
        attribution: [np.start, tokens[i]!.end],
        inherits: false,
        sentence,
        parts: [trimRange(text, ...quoteInner(ctx, q))],
        kind: 'direct',
        trailing: false,
      });
      break;
    }
  }

  // A signature after a quotation: "“Q.” ― Jane Doe" (reader comments, epigraphs, vox pops).
  if (out.length === 0) out.push(...signedQuotations(ctx, sentence));
  if (out.length === 0 && lex.lexicon.signedParagraphs === true) {
    const signed = signedParagraph(ctx, sentence);
    if (signed) out.push(signed);
  }

  // Attribution inside a quotation: "« Q1, a-t-il dit. Q2 »" (French inverted pronoun only: unambiguous).
  if (lex.inversionJoiners.length > 0) {
    for (let i = sentence.tokStart; i < end; i++) {
      const q = ctx.quoteOf[i]!;
      if (q === -1 || ctx.tokens[i]!.fold !== ',') continue;
      const span = ctx.quotes[q]!;
      const inner = findCues(lex, tokens, i + 1, Math.min(end, i + 6), () => false).find(
        (c) => c.inverted && c.tokStart === i + 1,
      );
      if (!inner) continue;
      const after = tokens[inner.tokEnd];
      if (!after || !['.', ','].includes(after.fold) || after.start >= span.close) continue;
      const first = trimRange(text, innerRange(span)[0], tokens[i]!.start);
      const second = trimRange(text, after.end, innerRange(span)[1]);
      if (first[1] <= first[0] || second[1] <= second[0]) continue;
      const p = inner.inverted!.pronoun;
      out.push({
        speaker: {
          tokStart: inner.tokStart,
          tokEnd: inner.tokStart + 1,
          start: inner.inverted!.start,
          end: inner.inverted!.end,
          kind: 'pronoun',
          pronoun: p,
          gender: p.gender,
          number: p.number,
        },
        cue: text.slice(inner.start, inner.end),
        cueClass: inner.info.entry.class,
        cueStart: inner.start,
        attribution: [inner.start, inner.end],
        inherits: false,
        sentence,
        parts: [first, second],
        kind: 'direct',
        trailing: false,
      });
    }
  }
  reportedThrough(ctx, sentence, out);
  endBeforeReportApposition(ctx, sentence, out);
  return withoutRepeats(out);
}

/**
 * Two cues that report the same content ("“Q1,” Smith said, adding, “Q2.”": both take Q1 … Q2) make one
 * statement, the first one's; otherwise each one's attribution, lying inside the other's content, would cut
 * both away.
 */
function withoutRepeats(raws: RawStatement[]): RawStatement[] {
  if (raws.length < 2) return raws;
  const seen = new Set<string>();
  return raws.filter((r) => {
    const key = r.parts.map(([a, b]) => `${a}:${b}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "…, una información que no ha podido ser verificada": an apposition in which the writer takes up the report
 * (`Lexicon.reportAppositions`, outside quotations) ends the content of the sentence's statements before its
 * comma.
 */
function endBeforeReportApposition(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex } = ctx;
  if (out.length === 0 || (lex.lexicon.reportAppositions ?? []).length === 0) return;
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 2; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    let k = i + 1;
    k += lex.determiners.longestAt(tokens, k)?.length ?? 0;
    let noun = lex.reportAppositions.longestAt(tokens, k);
    // (One adjective before the noun: "una nueva información que …".)
    if (!noun && isWord(ctx, k)) noun = lex.reportAppositions.longestAt(tokens, ++k);
    if (!noun || inQuote(ctx, k) || !lex.relativePronouns.longestAt(tokens, k + noun.length)) continue;
    const comma = tokens[i]!.start;
    for (const r of out) {
      if (r.sentence !== sentence || r.kind === 'direct' || r.attribution[0] >= comma) continue;
      r.parts = r.parts
        .map(([a, b]) => (b > comma ? trimRange(ctx.text, a, comma) : [a, b]) as [number, number])
        .filter(([a, b]) => b > a);
    }
    return;
  }
}

/**
 * "…, заявив міністр X, передає Укрінформ." / "…, a déclaré X, cité par l'AFP.": a via marker after a comma,
 * then a source that ends the sentence, names who reports the sentence's statements (`via`), and is no part
 * of their content.
 */
function reportedThrough(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex } = ctx;
  if (out.length === 0) return;
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    const marker = lex.viaMarkers.longestAt(tokens, i + 1);
    if (!marker) continue;
    const from = i + 1 + marker.length;
    let source = parseSpeakerPhrase(ctx, from, sentence.tokEnd);
    if (!source || source.kind === 'pronoun') continue;
    // A name after the noun: "cité par l'agence Tass", "quoted by the news agency Interfax".
    let k = source.tokEnd;
    while (k < sentence.tokEnd && isWord(ctx, k) && tokens[k]!.upper && !inQuote(ctx, k)) k++;
    if (k > source.tokEnd) source = nounPhrase(ctx, from, k);
    if (!clauseOver(ctx, source.tokEnd, sentence.tokEnd)) continue;
    const comma = tokens[i]!.start;
    for (const r of out) {
      if (r.sentence !== sentence || r.parts[0]![0] >= comma || r.attribution[0] >= comma) continue;
      r.via = source;
      r.parts = r.parts
        .map(([a, b]) => (b > comma ? trimRange(ctx.text, a, comma) : [a, b]) as [number, number])
        .filter(([a, b]) => b > a);
    }
    return;
  }
}
