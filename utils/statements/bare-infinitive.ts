/**
 * A bare infinitive right after a cue, in a language that marks its infinitives by their ending and takes no
 * particle before them (`CueEntry.bareInfinitive`, `Lexicon.infinitiveEndings`): French "veut fermer les
 * mines", "compte ne pas céder", "a décidé de retirer" (the "de" belongs to the cue's form).
 */
import { type AttributionContext, inQuote, skipFillers } from './attribution-base';

/** Character offset where the infinitive opens after the cue (adverbs skipped), or -1 when none does. */
export function bareInfinitiveStart(ctx: AttributionContext, p: number, end: number): number {
  const { lex, tokens } = ctx;
  const endings = lex.lexicon.infinitiveEndings;
  if (!endings || endings.length === 0) return -1;
  const k = skipFillers(ctx, p, end);
  const t = tokens[k];
  if (!t || k >= end || t.kind !== 'word' || inQuote(ctx, k)) return -1;
  // ("ne pas", "avoir", "être": the language's own infinitive openers.)
  if (lex.infinitiveOpeners.longestAt(tokens, k)) return t.start;
  // A capital is a name, and a function word ending like an infinitive is none ("notre", "leur", "sur").
  if (t.upper || lex.determiners.longestAt(tokens, k) || lex.prepositions.longestAt(tokens, k)) return -1;
  if (lex.pronouns.longestAt(tokens, k)) return -1;
  const infinitive = endings.some((ending) => t.fold.length > ending.length + 1 && t.fold.endsWith(ending));
  return infinitive ? t.start : -1;
}
