/**
 * A cue noun's possessor is its source: "Trump's claim that …", "the governor's decision to close …", "her
 * refusal to sign …". The noun reports only with its clause or infinitive after it (the caller checks), and the
 * phrase before the possessive "'s", or the possessive determiner (`Lexicon.possessivePronouns`), is who
 * claims, decides or refuses.
 */
import { foldText } from '../text/normalize';
import type { AttributionContext } from './attribution-base';
import type { CueMatch } from './cues';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, pronounPhrase, type SpeakerPhrase } from './speaker-phrase';

/** Words at most in a possessor ("the former Secretary of State Hillary Clinton's"). */
const MAX_POSSESSOR = 8;

/** Does a possessive "'s" (written without spaces) stand right before the cue? */
function possessiveBefore(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): boolean {
  const { tokens } = ctx;
  const s = cue.tokStart - 1;
  const apostrophe = cue.tokStart - 2;
  return (
    apostrophe > sentence.tokStart &&
    tokens[s]!.fold === 's' &&
    tokens[apostrophe]!.fold === "'" &&
    tokens[apostrophe]!.start === tokens[apostrophe - 1]!.end &&
    tokens[s]!.start === tokens[apostrophe]!.end
  );
}

/**
 * The possessor of the cue: the longest speaker phrase that ends right before its possessive "'s" (not a
 * pronoun), or a possessive determiner right before it as its pronoun; null when there is none.
 */
export function possessorSource(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { tokens } = ctx;
  const before = tokens[cue.tokStart - 1];
  if (cue.tokStart - 1 >= sentence.tokStart && before) {
    const { possessivePronouns, pronouns } = ctx.lex.lexicon;
    const form = possessivePronouns?.[before.fold];
    const entry = form !== undefined ? pronouns.find((p) => foldText(p.form) === form) : undefined;
    if (entry) return pronounPhrase(cue.tokStart - 1, cue.tokStart, before.start, before.end, entry);
  }
  if (!possessiveBefore(ctx, cue, sentence)) return null;
  const apostrophe = cue.tokStart - 2;
  for (let from = Math.max(sentence.tokStart, apostrophe - MAX_POSSESSOR); from < apostrophe; from++) {
    const phrase = parseSpeakerPhrase(ctx, from, apostrophe);
    if (phrase && phrase.tokEnd === apostrophe && phrase.kind !== 'pronoun') return phrase;
  }
  return null;
}
