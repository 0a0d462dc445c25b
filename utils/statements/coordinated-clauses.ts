/**
 * Two reported clauses joined under one cue: "said it was troubled by the delays, and that it was hard to
 * understand why …". Each complementizer opens a report of its own, so the content is read as two parts (the
 * conjunction and its comma are the writer's), which keeps both when a reader quotes only one.
 */
import { firstTokenFrom, trimRange, type AttributionContext } from './attribution-base';
import type { SpeakerPhrase } from './speaker-phrase';

/**
 * The parts of an indirect content `range`: cut before each conjunction (and the comma before it) that is
 * followed by a complementizer, outside quotations, once the first part holds a few words.
 */
export function coordinatedClauses(ctx: AttributionContext, range: [number, number]): [number, number][] {
  const { tokens, lex, text, quoteOf } = ctx;
  const lo = firstTokenFrom(ctx, range[0]);
  const parts: [number, number][] = [];
  let from = range[0];
  let words = 0;
  for (let k = lo; k + 1 < tokens.length && tokens[k + 1]!.end <= range[1]; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    if (quoteOf[k] !== -1 || quoteOf[k + 1] !== -1 || words < 4) continue;
    if (lex.conjunctions.longestAt(tokens, k)?.length !== 1 || !lex.complementizers.longestAt(tokens, k + 1))
      continue;
    const cut = k > lo && tokens[k - 1]!.fold === ',' ? tokens[k - 1]!.start : t.start;
    const first = trimRange(text, from, cut);
    if (first[1] <= first[0]) continue;
    parts.push(first);
    from = tokens[k + 1]!.start;
    words = 0;
  }
  if (parts.length === 0) return [range];
  const last = trimRange(text, from, range[1]);
  if (last[1] > last[0]) parts.push(last);
  return parts;
}

/** The conjunction ("а", "a", "and") a subject phrase opens with after a comma, and its length in tokens. */
function openingConjunction(ctx: AttributionContext, phrase: SpeakerPhrase): number {
  const { tokens, lex } = ctx;
  const k = phrase.tokStart;
  if (tokens[k - 1]?.fold !== ',') return 0;
  return (lex.conjunctions.longestAt(tokens, k) ?? lex.contrastives.longestAt(tokens, k))?.length ?? 0;
}

/** A subject phrase without the conjunction it was read with after a comma ("а представитель МИД X"). */
export function withoutConjunction(ctx: AttributionContext, phrase: SpeakerPhrase): SpeakerPhrase {
  const n = openingConjunction(ctx, phrase);
  if (n === 0 || phrase.kind === 'pronoun' || phrase.tokStart + n >= phrase.tokEnd) return phrase;
  return { ...phrase, tokStart: phrase.tokStart + n, start: ctx.tokens[phrase.tokStart + n]!.start };
}

/**
 * Does the subject open a clause coordinated after a comma ("…, а официальный представитель МИД X добавила,
 * что …", "…, a wiceszef MSZ X zagroził, że …")? A second speaker's report then follows its cue, though the
 * sentence already holds one, and it is no report inside the first one's content.
 */
export function coordinatedSubject(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  if (phrase.kind === 'pronoun') return false;
  const { tokens, lex } = ctx;
  const k = phrase.tokStart - 1;
  const conjunction = lex.conjunctions.longestAt(tokens, k) ?? lex.contrastives.longestAt(tokens, k);
  if (conjunction?.length === 1 && tokens[k - 1]?.fold === ',') return true;
  // (A contrastive of two words too: "…, tandis que le ministre slovaque, Juraj Blanár, a estimé que …".)
  const pair = lex.contrastives.matchEndingAt(tokens, k)[0];
  if (pair !== undefined && pair.length === 2 && tokens[k - 2]?.fold === ',') return true;
  // (Or a few words of the subject's phrase after the conjunction: "…, а його німецький колега Йоганн
  // Вадефуль додав".)
  return phrase.kind === 'person' && coordinatedClauseStart(ctx, phrase.start) < phrase.start;
}

/**
 * Where a clause coordinated after a comma opens, before a second speaker's attribution starting at `at`
 * (offset): the comma of "…, а його німецький колега Йоганн Вадефуль додав", "…, tandis que le ministre
 * slovaque, Juraj Blanár, a estimé" (a few words of the subject's phrase between them). The first report's
 * content ends there; `at` when no such clause opens.
 */
export function coordinatedClauseStart(ctx: AttributionContext, at: number): number {
  const { tokens, lex } = ctx;
  const first = firstTokenFrom(ctx, at);
  for (let k = first - 1; k >= 1 && first - k <= 6; k--) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] !== -1) return at;
    if (t.kind !== 'word') continue;
    const conjunction = lex.conjunctions.longestAt(tokens, k) ?? lex.contrastives.longestAt(tokens, k);
    if (conjunction && tokens[k - 1]?.fold === ',' && ctx.quoteOf[k - 1] === -1) return tokens[k - 1]!.start;
  }
  return at;
}

/**
 * Does a sentence open with a subordinate clause whose report comes before `at` ("Mientras el Kremlin insistió
 * en que …, el Gobierno polaco aseguró que …", `Lexicon.clauseOpeners`)? The main clause's report after its
 * comma is then no report inside the subordinate one's content, which ends at that comma: its offset, or -1.
 */
export function subordinateLead(ctx: AttributionContext, sentenceStart: number, at: number): number {
  const { tokens, lex } = ctx;
  const opener = lex.clauseOpeners.longestAt(tokens, sentenceStart);
  if (!opener) return -1;
  // (The main clause's subject stands between its comma and the cue: "…, el Gobierno polaco aseguró".)
  const first = firstTokenFrom(ctx, at);
  for (let k = first - 1; k > sentenceStart + opener.length && k >= first - 8; k--) {
    if (tokens[k]!.fold === ',') return ctx.quoteOf[k] === -1 ? tokens[k]!.start : -1;
    if (tokens[k]!.kind !== 'word') return -1;
  }
  return -1;
}
