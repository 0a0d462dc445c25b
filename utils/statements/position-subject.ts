/**
 * The subject of a stance or an intention that the speaker grammar does not read: a determiner and a common
 * noun, perhaps after one modifier, opening the clause right before the cue ("The jury decided to …", "A House
 * panel voted to …", "The family wants …"). Said verbs find such a subject later (`clauseSubject`); a position
 * cue must know it has one before it reads its content, since "decided", "plans" or "wants" without a subject
 * are as often nouns or parts of another phrase.
 */
import { type AttributionContext, fillerAt, inQuote, isWord } from './attribution-base';

/**
 * Is there a determiner and a noun (with at most one modifier between them) right before token `cueTok`, over
 * fillers ("The panel on Thursday voted"), opening its clause: at the sentence's start, after a conjunction
 * there, or after a comma?
 */
export function plainSubjectBefore(
  ctx: AttributionContext,
  cueTok: number,
  sentenceTokStart: number,
): boolean {
  const { tokens, lex } = ctx;
  // A singular subject takes a verb in "-s" or "-ed" ("decided", "wants"): a base form after a determiner and a
  // noun is a noun itself ("the unemployment rate is", "a longtime advocate for"), as are the cue forms that are
  // also nouns.
  const cue = tokens[cueTok]!;
  if (!/(?:s|ed)$/u.test(cue.fold) || lex.nounHomographs.longestAt(tokens, cueTok)) return false;
  // The noun: the last word before the cue and the fillers before it ("on Thursday", "also").
  let last = cueTok;
  for (let moved = true; moved;) {
    moved = false;
    for (let j = last - 1; j >= Math.max(sentenceTokStart + 1, last - 3); j--) {
      if (!inQuote(ctx, j) && j + (fillerAt(ctx, j)?.length ?? -1) === last) {
        last = j;
        moved = true;
        break;
      }
    }
  }
  const noun = last - 1;
  if (noun < sentenceTokStart || !nounAt(ctx, noun) || tokens[noun]!.upper) return false;
  for (let det = noun - 1; det >= sentenceTokStart && noun - det <= 2; det--) {
    if (!isWord(ctx, det) || inQuote(ctx, det)) return false;
    if (lex.determiners.longestAt(tokens, det)?.length === 1) return opensClause(ctx, det, sentenceTokStart);
    if (!nounAt(ctx, det)) return false;
  }
  return false;
}

/** A word that may be a noun or its modifier: no function word, cue, auxiliary or pronoun. */
function nounAt(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return !(
    lex.determiners.longestAt(tokens, k) ||
    lex.prepositions.longestAt(tokens, k) ||
    lex.linkers.longestAt(tokens, k) ||
    lex.auxiliaries.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.cues.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k)
  );
}

/** Does token `k` open its clause: the sentence's start, after a conjunction there, or after a comma? */
function opensClause(ctx: AttributionContext, k: number, sentenceTokStart: number): boolean {
  const { tokens, lex } = ctx;
  if (k === sentenceTokStart) return true;
  if (tokens[k - 1]!.fold === ',' && !inQuote(ctx, k - 1)) return true;
  return k - 1 === sentenceTokStart && lex.conjunctions.longestAt(tokens, k - 1) !== undefined;
}

/**
 * The share of those polled right before token `cueTok`, over auxiliaries and fillers ("46 percent would back
 * …", "5 percent prefer …"), as token bounds [first, end), else null: a number and a share noun
 * (`Lexicon.shareNouns`), perhaps after one adverb ("nearly 40 percent"), opening its clause at the sentence's
 * start, after a comma, or after a conjunction or a subordinator ("and 44 percent would back …", "while 5
 * percent prefer …"). A poll's figures name no one, yet the share holds the stance it gave.
 */
export function shareSubjectBefore(
  ctx: AttributionContext,
  cueTok: number,
  sentenceTokStart: number,
): [number, number] | null {
  const { tokens, lex } = ctx;
  let last = cueTok - 1;
  while (
    last >= sentenceTokStart &&
    cueTok - last <= 4 &&
    !inQuote(ctx, last) &&
    (lex.auxiliaries.longestAt(tokens, last) || fillerAt(ctx, last))
  )
    last--;
  if (last < sentenceTokStart || inQuote(ctx, last)) return null;
  const share = lex.shareNouns.matchEndingAt(tokens, last).reduce((a, m) => Math.max(a, m.length), 0);
  const number = last - share;
  if (share === 0 || number < sentenceTokStart || !numberAt(ctx, number)) return null;
  if (shareOpensClause(ctx, number, sentenceTokStart)) return [number, last + 1];
  // (One adverb before the number: "nearly", "only", "about".)
  const adverb = number - 1;
  const qualified =
    adverb >= sentenceTokStart &&
    isWord(ctx, adverb) &&
    !inQuote(ctx, adverb) &&
    (!tokens[adverb]!.upper || adverb === sentenceTokStart) &&
    nounAt(ctx, adverb) &&
    shareOpensClause(ctx, adverb, sentenceTokStart);
  return qualified ? [adverb, last + 1] : null;
}

/** A number at token `k`: digits ("46") or a number word ("twelve"). */
function numberAt(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return /^\d/u.test(tokens[k]!.fold) || (lex.lexicon.numberWords ?? []).includes(tokens[k]!.fold);
}

/**
 * Does token `k` open a clause of its own: the sentence's start, after a comma, or after a conjunction or a
 * subordinator ("and 44 percent", "while 5 percent")?
 */
function shareOpensClause(ctx: AttributionContext, k: number, sentenceTokStart: number): boolean {
  const { tokens, lex } = ctx;
  if (k === sentenceTokStart) return true;
  const before = k - 1;
  if (inQuote(ctx, before)) return false;
  if (tokens[before]!.fold === ',') return true;
  return (
    lex.conjunctions.matchEndingAt(tokens, before).length > 0 ||
    lex.subordinators.matchEndingAt(tokens, before).length > 0
  );
}

/**
 * Does a share of those polled open a clause at token `k`, its verb right after it ("… Clinton | and 44 percent
 * would back Trump"): a number, a share noun, then an auxiliary or a cue?
 */
export function shareClauseAt(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!numberAt(ctx, k)) return false;
  const share = lex.shareNouns.longestAt(tokens, k + 1);
  const verb = k + 1 + (share?.length ?? 0);
  return (
    share !== undefined &&
    isWord(ctx, verb) &&
    !inQuote(ctx, verb) &&
    (lex.auxiliaries.longestAt(tokens, verb) !== undefined || lex.cues.longestAt(tokens, verb) !== undefined)
  );
}
