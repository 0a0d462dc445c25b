/**
 * An office named by the place where it speaks, fronted before a subjectless plural cue (Italian "Al
 * ministero della Difesa fanno sapere che …", "Dalla Farnesina spiegano che …"): "they say at the ministry",
 * the ministry speaks. Prepositions of place are no subjects elsewhere ("Al vertice ha ribadito che …" keeps
 * its dropped subject), so only a third-person plural cue (`Lexicon.frontedOffices.pluralEndings`) takes one.
 */
import type { AttributionContext } from './attribution-base';
import type { CueMatch } from './cues';
import { fillersEndingAt, nounPhrase } from './noun-phrases';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';

/** The office opening the sentence after one of `Lexicon.frontedOffices.prepositions`, right before the cue. */
export function frontedOffice(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const spec = ctx.lex.lexicon.frontedOffices;
  if (!spec) return null;
  const { tokens } = ctx;
  const verb = tokens[cue.tokStart]!.fold;
  if (!spec.pluralEndings.some((e) => verb.endsWith(e))) return null;
  const open = sentence.tokStart;
  if (!spec.prepositions.includes(tokens[open]?.fold ?? '')) return null;
  const end = fillersEndingAt(ctx, cue.tokStart, open);
  if (end <= open + 1 || end - open > 8) return null;
  const parsed = parseSpeakerPhrase(ctx, open + 1, end);
  const phrase = parsed && parsed.tokEnd === end ? parsed : nounPhrase(ctx, open + 1, end);
  return phrase.kind === 'pronoun'
    ? null
    : { ...phrase, kind: 'institution', institution: ctx.text.slice(phrase.start, phrase.end) };
}
