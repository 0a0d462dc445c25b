/**
 * What follows a cue: an addressee or a subject after the verb and where the complement starts (afterCue),
 * then the complement and its kind: direct, indirect or mixed (classify), a colon or block quotation, a
 * complementizer after a comma, an infinitive clause, a speech-act object ("called it …"), a bracketed object,
 * a verb-second clause.
 */
import { foldText } from '../text/normalize';
import type { CueMatch } from './cues';
import { innerRange, type QuoteSpan } from './quote-spans';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import type { StatementKind } from '../types';
import {
  type AttributionContext,
  firstTokenFrom,
  inQuote,
  isWord,
  quotedWithin,
  quoteEndToken,
  quoteInner,
  skipFillers,
  trimRange,
} from './attribution-base';
import { bareNounPhrase, invertedNounSubject, nounPhrase, quotedName } from './noun-phrases';
import { clauseEnd, clauseOver, shortTail } from './content-bounds';
import { mayBeDative, outletBeforeSubject, quotedAddressee } from './outlet-addressee';
import { reportiveWithin } from './reportive';

/**
 * Before a trailing attribution, a quotation that a colon (or a dash) introduces and that runs to the end of
 * the content is what was said; the words before the colon are the writer's: "She turned to him: “Q,” she
 * said." Only when no quotation stands before the colon. The quotation's inner range, if so.
 */
export function colonIntroducedQuote(
  ctx: AttributionContext,
  s: number,
  e: number,
): [number, number] | undefined {
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

/** Kind and content range of a region that may hold quotations. */
export function classify(
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

export interface AfterCue {
  speaker: SpeakerPhrase | null;
  addressee?: SpeakerPhrase;
  /** Where the complement starts (token index). */
  at: number;
}

/**
 * Where a preposition of the cue's `objectComplementizers` opens its content after the object, within ten
 * words: before a lower-case word that is not an article ("acusó al ministro de Defensa de mentir": not "de
 * Defensa", but "de mentir"; "ha accusato la Regione di voler …"). `end` when there is none.
 */
function objectComplementizerAfter(
  ctx: AttributionContext,
  cue: CueMatch,
  from: number,
  end: number,
): number {
  const words = cue.info.entry.objectComplementizers;
  if (!words || words.length === 0) return end;
  const { tokens, lex } = ctx;
  for (let k = from + 1; k < end - 1 && k - from <= 10; k++) {
    if (!isWord(ctx, k) || inQuote(ctx, k)) return end;
    const next = tokens[k + 1]!;
    if (
      words.some((w) => foldText(w) === tokens[k]!.fold) &&
      isWord(ctx, k + 1) &&
      !next.upper &&
      !lex.determiners.longestAt(tokens, k + 1)
    )
      return k;
  }
  return end;
}

/** After the cue: an inverted subject (when allowed), an addressee, fillers. */
export function afterCue(
  ctx: AttributionContext,
  cue: CueMatch,
  end: number,
  allowInverted: boolean,
  loose = false,
): AfterCue {
  const { lex, tokens } = ctx;
  // A cue that ends in its preposition ("spoke of", "expressed concern about") governs the phrase after it: its
  // object, never an inverted subject ("… misgivings about Mrs. Clinton.").
  if (lex.prepositions.longestAt(tokens, cue.tokEnd - 1)) allowInverted = false;
  // Nor does a progressive form take one ("…, painting Trump as a caricature": English inverts "said Trump",
  // never "saying Trump"): the phrase after it is its object.
  const cueVerb = tokens[cue.tokStart]!.fold;
  if ((lex.lexicon.progressiveSuffixes ?? []).some((x) => cueVerb.endsWith(foldText(x))))
    allowInverted = false;
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
    // The addressee ends before a preposition that opens the content (`objectComplementizers`).
    const limit = objectComplementizerAfter(ctx, cue, p, end);
    // (In a title-case headline, after a cue that takes an infinitive, a capitalised "To" opens it: "Lee Vows To
    // Cut Taxes", where every word's capital hides the verb.)
    const headlineInfinitive =
      cue.info.entry.infinitive === true &&
      tokens[p]?.upper === true &&
      lex.infinitiveOpeners.longestAt(tokens, p) !== undefined;
    const marker = headlineInfinitive ? undefined : lex.addresseeMarkers.longestAt(tokens, p);
    if (marker && !inQuote(ctx, p) && !afterPlace) {
      // (Before the preposition that opens the content any short run of words is the one addressed: "acusó a
      // los países europeos de querer …".)
      const from = p + marker.length;
      let plain = limit < end && limit > from && limit - from <= 5;
      for (let k = from; plain && k < limit; k++) plain = isWord(ctx, k) && !inQuote(ctx, k);
      const np = parseSpeakerPhrase(ctx, from, limit) ?? (plain ? nounPhrase(ctx, from, limit) : null);
      if (np && np.kind !== 'pronoun') {
        p = skipFillers(ctx, np.tokEnd, end);
        // A name after the addressee's noun runs on past what the speaker grammar reads ("declaró a la
        // agencia RIA Nóvosti que …"): capitalised words, then the complementizer.
        // (Linkers may join its capitalised words: "a la Comisión Nacional del Mercado de Valores de que".)
        let k = p;
        const linked = (j: number) =>
          j > p && lex.linkers.longestAt(tokens, j)?.length === 1 && tokens[j + 1]?.upper === true;
        while (k < end && k - p < 8 && isWord(ctx, k) && (tokens[k]!.upper || linked(k)) && !inQuote(ctx, k))
          k++;
        if (k > p && lex.complementizers.longestAt(tokens, k) && !inQuote(ctx, k)) p = k;
        return np;
      }
    }
    if (
      cue.info.entry.addresseeObject &&
      !inQuote(ctx, p) &&
      // (After a trailing cue, a phrase with no dative ending is the inverted subject: "…, сообщил Песков.")
      !(allowInverted && !mayBeDativeAt(p)) &&
      !lex.complementizers.longestAt(tokens, p) &&
      !lex.questionWords.longestAt(tokens, p)
    ) {
      // (The bare phrase reads up to the token that stops it: the preposition itself.)
      const bare = bareNounPhrase(ctx, p, limit < end ? limit + 1 : end);
      const np = parseSpeakerPhrase(ctx, p, limit) ?? (bare && bare.tokEnd <= limit ? bare : null);
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
  const mayBeDativeAt = (k: number): boolean => {
    const np = parseSpeakerPhrase(ctx, k, end);
    return !np || (mayBeDative(ctx, np) && !outletBeforeSubject(ctx, np, end));
  };
  let objectAddressee = false;
  let addressee = readAddressee();
  // An outlet in quotation marks: "сказал «Ъ»: «…»", "sagte der „Zeit“, …".
  let quotedOutlet = false;
  if (!addressee) {
    const quoted = quotedAddressee(ctx, p, end);
    if (quoted) {
      addressee = quoted.addressee;
      quotedOutlet = true;
      p = skip(quoted.next);
    }
  }
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
  // The addressee may come before the inverted subject: "« … », a déclaré à l'AFP un porte-parole.".
  const markedAddressee = addressee !== undefined && !objectAddressee;
  if (allowInverted && (!addressee || markedAddressee) && !speaker) {
    // "…, заявили в Кремле": an impersonal plural cue names its institution after a preposition.
    const through = (lex.lexicon.speakerPrepositions ?? []).includes(tokens[p]?.fold ?? '') ? 1 : 0;
    // (A complementizer opens the reported clause, not a subject: "arguing that Lee “lashed out”".)
    // (Its name may stand in quotation marks: "…, повідомили в «Укренерго».")
    const quoted = through ? quotedName(ctx, p + 1) : -1;
    let np = lex.complementizers.longestAt(tokens, p)
      ? null
      : quoted > p + 3
        ? {
            ...nounPhrase(ctx, p + 2, quoted - 1),
            tokStart: p + 1,
            start: tokens[p + 1]!.start,
            tokEnd: quoted,
            end: tokens[quoted - 1]!.end,
          }
        : parseSpeakerPhrase(ctx, p + through, end);
    // "…, заявил РИА Новости замминистра X.": the agency is spoken to, the phrase after it speaks.
    const outlet = np && !through && !addressee ? outletBeforeSubject(ctx, np, end) : undefined;
    if (outlet) {
      addressee = outlet.addressee;
      np = outlet.subject;
    }
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
        addressee = addr ?? addressee;
      } else if (loose && np!.kind !== 'pronoun' && np!.kind !== 'group') {
        // After a quotation that opens the sentence, the verb's subject may be followed by anything:
        // "“…,” says Greenspan while visiting the kitchen".
        speaker = np;
        addressee = addr ?? addressee;
      } else if (markedAddressee && !quotedOutlet) {
        p = save;
      } else if (
        lex.relativePronouns.longestAt(tokens, p) ||
        shortTail(ctx, p, end, true) ||
        adverbBeforeColon(ctx, p, end)
      ) {
        speaker = np;
        addressee = addr ?? addressee;
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
  // An indefinite inverted subject names its source after the marker: "« … », indique-t-on à Matignon".
  if (cue.inverted?.pronoun.indefinite && addressee && markedAddressee) {
    speaker = addressee;
    addressee = undefined;
  }
  // Or after a marker of its own: "« … », fait-on valoir dans l'entourage du ministre", "explique-t-on chez
  // Renault".
  if (cue.inverted?.pronoun.indefinite && !speaker && !addressee) {
    const source = indefiniteSource(ctx, p, end);
    if (source) {
      speaker = source;
      p = source.tokEnd;
    }
  }
  // "teilte am späten Abend mit, dass …" / "gab bekannt: „…“": the complement starts after the particle.
  if (cue.particle && p <= cue.particle.tokStart) {
    const next = tokens[cue.particle.tokEnd];
    if (!next || next.kind !== 'word') p = cue.particle.tokEnd;
  }
  return { speaker, addressee, at: p };
}

/** Words a source after an indefinite subject's marker may hold ("l'entourage du premier ministre"). */
const MAX_INDEFINITE_SOURCE = 8;

/**
 * The source an indefinite inverted subject names after one of `Lexicon.indefiniteSources` at token `p`: the
 * words up to the end of the clause (a punctuation mark), at most `MAX_INDEFINITE_SOURCE`, read as a noun
 * phrase; not a document ("dans un communiqué" says where, not who). Or null.
 */
function indefiniteSource(ctx: AttributionContext, p: number, end: number): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const marker = lex.indefiniteSources.longestAt(tokens, p);
  if (!marker || inQuote(ctx, p)) return null;
  const from = p + marker.length;
  let k = from;
  while (k < end && k - from < MAX_INDEFINITE_SOURCE && isWord(ctx, k) && !inQuote(ctx, k)) k++;
  if (k === from || (k < end && tokens[k]!.kind === 'word')) return null;
  const det = lex.determiners.longestAt(tokens, from)?.length ?? 0;
  if (lex.documentNouns.longestAt(tokens, from + det)) return null;
  return nounPhrase(ctx, from, k);
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

/**
 * Token index of the opening quotation mark after a colon within the clause from `from` (right after it, or
 * opening the next paragraph), or -1.
 */
export function colonQuoteAfter(ctx: AttributionContext, from: number, end: number): number {
  const { lex, tokens } = ctx;
  const limit = Math.min(end, from + 20);
  // After a short prepositional phrase a comma works like the colon: "says of Clinton, “…”".
  const prepositional =
    lex.prepositions.longestAt(tokens, from) !== undefined ||
    lex.linkers.longestAt(tokens, from) !== undefined;
  for (let j = from; j < limit; j++) {
    const t = tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break') return -1;
    // Another verb's colon after "and": "said the bill was dead and added: “…”" is the second verb's.
    if (lex.conjunctions.longestAt(tokens, j) && lex.cues.longestAt(tokens, skipFillers(ctx, j + 1, limit)))
      return -1;
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
export function blockQuoteAt(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  let q = k;
  while (q < tokens.length && tokens[q]!.kind === 'break') q++;
  if (q >= tokens.length || (q === k && k >= end)) return -1;
  const quote = ctx.quoteOf[q]!;
  return quote !== -1 && tokens[q]!.start === ctx.quotes[quote]!.open ? q : -1;
}

/** Token index of a complementizer after a comma within the cue's clause (words and commas only), or -1. */
export function complementizerAfterComma(ctx: AttributionContext, from: number, end: number): number {
  const { lex } = ctx;
  const limit = Math.min(end - 1, from + 25);
  let afterComma = false;
  for (let j = from; j < limit; j++) {
    const t = ctx.tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break') return -1;
    // Another verb's clause after "und": "lobte die Polizei und betonte, dass …" is the second verb's.
    if (lex.conjunctions.longestAt(ctx.tokens, j) && lex.cues.longestAt(ctx.tokens, j + 1)) return -1;
    // A clause in Konjunktiv I after a comma is already what was said, and the complementizer further on
    // belongs to it: "sagte der Zeitung, man gehe davon aus, dass …".
    if (afterComma && t.kind === 'word' && reportiveWithin(ctx, j, j + 1)) return -1;
    if (t.kind !== 'punct') continue;
    afterComma = true;
    if (t.fold !== ',') return -1;
    if (ctx.lex.complementizers.longestAt(ctx.tokens, j + 1)) return j + 1;
  }
  return -1;
}

/** Does the clause [from, to) end with an infinitive after one of `infinitiveMarkers` ("… zu wissen")? */
export function infinitiveClause(ctx: AttributionContext, from: number, to: number): boolean {
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

/**
 * A main clause with its finite verb second, the form German gives reported speech without "dass" ("sagte
 * Rice, die USA hielten sich an …"): determiner, adjectives, capitalised nouns, then a lower-case word that
 * is no determiner, preposition, conjunction or relative pronoun (which would make a relative clause or an
 * apposition: "sagte Meier, der einen Plan …"). Only where the lexicon says `verbSecond`.
 */
export function verbSecondClause(ctx: AttributionContext, from: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.verbSecond || inQuote(ctx, from)) return false;
  let k = from;
  // A personal pronoun as the subject: "kritisierte die Pläne, sie gingen zu weit" (Konjunktiv II, written
  // like the past: only its place after the cue marks it as reported).
  const pronoun = lex.pronouns.longestAt(tokens, k)?.value;
  if (pronoun && !pronoun.indefinite && (pronoun.person ?? 3) === 3 && isWord(ctx, k + 1))
    return plainVerbAt(ctx, k + 1, true);
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
  if (k === nounStart || k - nounStart > 3) return false;
  return plainVerbAt(ctx, k);
}

/**
 * A lower-case word at `k` that may be a finite verb: no function word, and (unless `anyVerb`, after a pronoun
 * subject) no verb that reports on its own.
 */
function plainVerbAt(ctx: AttributionContext, k: number, anyVerb = false): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k)) return false;
  return !(
    lex.determiners.longestAt(tokens, k) ||
    lex.prepositions.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.linkers.longestAt(tokens, k) ||
    // (A verb that reports only with its preposition is a plain verb here: "…, die USA hielten sich an …".)
    (!anyVerb && lex.cues.longestAt(tokens, k) && !lex.cues.longestAt(tokens, k)!.value.entry.governs)
  );
}

/**
 * What a speech act reported with its object says: the quotation that closes the object ("bezeichnete den
 * Entwurf als „maßvoll“", "wies die Vorwürfe als „haltlos“ zurück") as direct speech, else the whole sentence
 * (mixed when it holds a quotation). `objectEnd` is the token after the object.
 */
export function speechActContent(
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

/**
 * Does an object stand in the verb bracket of `cue`: between the verb and its separable particle ("kündigte
 * den Abzug an") or between the subject and a clause-final participle ("hat den Abzug angekündigt")?
 */
export function bracketedObject(
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
export function infinitiveContent(
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
