/**
 * A noun cue with its infinitive as the subject of its sentence: "The governor's plan to close the schools |
 * angered parents", "Her refusal to testify | surprised nobody". The infinitive has no subject of its own, so the
 * first finite verb after it is the main clause's, and the reported content stops before it.
 */
import type { CueMatch } from './cues';
import { type AttributionContext, inQuote, isWord } from './attribution-base';
import type { SentenceUnit } from './sentences';

/** How many tokens the subject phrase may hold before the cue noun ("Judge Amy Ross ' s latest"). */
const SUBJECT_REACH = 10;

/**
 * Finite forms that open a main clause's predicate after a subject (English: the other languages' noun cues
 * take their infinitive after a comma or a preposition, "la décision de fermer", and the clause ends there).
 */
const FINITE_AUXILIARIES = new Set([
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
  'did',
  'does',
  "isn't",
  "wasn't",
  "hasn't",
  "won't",
  "wouldn't",
  "didn't",
  "doesn't",
]);

/**
 * The token where the main clause's predicate starts after the infinitive that opens at token `first` (its
 * "to"), when the noun cue `cue` heads the sentence's subject; else -1. The predicate is a finite auxiliary or
 * a past tense with its object ("angered parents", "stalled the talks": not a participle with its complement,
 * "schools built in 1950"), found before any comma, relative word, complementizer or pronoun (an embedded
 * clause has finite verbs of its own).
 */
export function mainVerbAfterInfinitive(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
  first: number,
  end: number,
): number {
  if (ctx.lex.lexicon.lang !== 'en' || !subjectPosition(ctx, cue, sentence)) return -1;
  const { tokens, lex } = ctx;
  // (Past "to" and the infinitive's own verb: "to have", "to be" are no finite forms.)
  for (let k = first + 2; k < end; k++) {
    if (!isWord(ctx, k) || inQuote(ctx, k)) return -1;
    if (
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.complementizers.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.questionWords.longestAt(tokens, k)
    )
      return -1;
    const word = tokens[k]!.fold;
    if (FINITE_AUXILIARIES.has(word)) return k;
    if (/^\p{Ll}+ed$/u.test(word) && !tokens[k]!.upper && objectAfter(ctx, k + 1)) return k;
  }
  return -1;
}

/** A direct object opening at token `k`: a determiner or a word that is no preposition nor linking word. */
function objectAfter(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  if (lex.determiners.longestAt(tokens, k)) return true;
  return !lex.prepositions.longestAt(tokens, k) && !lex.linkers.longestAt(tokens, k);
}

/**
 * Does the cue noun end its sentence's subject: only words (and the apostrophe of a possessive) between the
 * clause's start (the sentence's start, perhaps after a conjunction or a connective, or a comma closing a
 * fronted adverbial) and the cue, none of them a verb form?
 */
function subjectPosition(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): boolean {
  const { tokens, lex } = ctx;
  let k = cue.tokStart - 1;
  while (k >= sentence.tokStart && cue.tokStart - k <= SUBJECT_REACH) {
    const t = tokens[k]!;
    if (inQuote(ctx, k)) return false;
    if (t.kind !== 'word') {
      if (t.fold === "'" && t.start === tokens[k - 1]?.end) {
        k--;
        continue;
      }
      return t.fold === ',';
    }
    // ("This decision …": a determiner, though "this" also opens adverbials of time.)
    const verbOrPreposition =
      !lex.determiners.longestAt(tokens, k) &&
      (lex.auxiliaries.longestAt(tokens, k) ||
        lex.cues.longestAt(tokens, k) ||
        lex.prepositions.longestAt(tokens, k));
    if (verbOrPreposition)
      return k === sentence.tokStart && lex.conjunctions.longestAt(tokens, k) !== undefined;
    k--;
  }
  return k < sentence.tokStart;
}
