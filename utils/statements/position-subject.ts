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
