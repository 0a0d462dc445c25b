/**
 * The subject of a cue that opens a clause of its own after a comma and a conjunction ("The mayor said the
 * bridge was safe, and engineers warned that it needed repairs", "…, but several analysts argued that …"): a
 * plain noun phrase the speaker grammar did not read. Without it the cue would read as a word of the first
 * report's content and its own report would be lost inside that content.
 */
import { type AttributionContext, inQuote, isWord } from './attribution-base';
import type { SentenceUnit } from './sentences';
import type { SpeakerPhrase } from './speaker-phrase';

/** Words at most in the subject. */
const MAX_WORDS = 5;

/**
 * The noun phrase between a comma and its conjunction ("and", "but") and the cue at token `cue`, or
 * null: words with no verb, preposition, pronoun or clause opener among them, opening with a determiner or a
 * capital, or ending on a plural ("rights groups").
 */
export function conjoinedClauseSubject(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cue: number,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let from = cue;
  while (from > sentence.tokStart && cue - from <= MAX_WORDS) {
    const k = from - 1;
    if (!isWord(ctx, k) || inQuote(ctx, k)) break;
    if (lex.conjunctions.longestAt(tokens, k)) break;
    if (
      lex.prepositions.longestAt(tokens, k) ||
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.negations.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.complementizers.longestAt(tokens, k) ||
      lex.subordinators.longestAt(tokens, k) ||
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.fillers.longestAt(tokens, k) ||
      (lex.cues.longestAt(tokens, k) && !lex.nounHomographs.longestAt(tokens, k))
    )
      return null;
    from = k;
  }
  const opener = from - 1;
  if (from >= cue || cue - from > MAX_WORDS || opener <= sentence.tokStart) return null;
  const joined = lex.conjunctions.longestAt(tokens, opener);
  if (!joined || joined.length !== 1 || tokens[opener - 1]?.fold !== ',' || inQuote(ctx, opener - 1))
    return null;
  const last = tokens[cue - 1]!;
  const plural = (lex.lexicon.pluralSuffixes ?? []).some(
    (s) => last.fold.length > s.length + 2 && last.fold.endsWith(s),
  );
  if (!lex.determiners.longestAt(tokens, from) && !tokens[from]!.upper && !plural) return null;
  return {
    tokStart: from,
    tokEnd: cue,
    start: tokens[from]!.start,
    end: last.end,
    kind: 'group',
    number: plural ? 'pl' : 'sg',
  };
}
