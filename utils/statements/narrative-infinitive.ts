/**
 * The narrative infinitive (`Lexicon.narrativeInfinitives`): "Et d'ajouter : « … »", "Et de conclure que …".
 * The sentence has no subject of its own; it reports what the speaker of the sentences before went on to say,
 * so its speaker is left unsaid and resolved like a third-person pronoun.
 */
import {
  type AttributionContext,
  inQuote,
  quoteInner,
  quotedWithin,
  type RawStatement,
  skipFillers,
  trimRange,
  zeroSubject,
} from './attribution-base';
import type { SentenceUnit } from './sentences';

export function narrativeInfinitive(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex, text } = ctx;
  const first = sentence.tokStart;
  const marker = lex.narrativeInfinitives.longestAt(tokens, first);
  if (!marker || out.length > 0) return;
  const cueEnd = first + marker.length;
  const k = skipFillers(ctx, cueEnd, sentence.tokEnd);
  let parts: [number, number] | undefined;
  let kind: RawStatement['kind'] = 'direct';
  const opensQuote = (j: number) => inQuote(ctx, j) && tokens[j]!.start === ctx.quotes[ctx.quoteOf[j]!]!.open;
  if (tokens[k]?.fold === ':' && opensQuote(k + 1)) {
    parts = trimRange(text, ...quoteInner(ctx, ctx.quoteOf[k + 1]!));
  } else {
    const comp = lex.complementizers.longestAt(tokens, k);
    if (!comp || k + comp.length >= sentence.tokEnd) return;
    parts = trimRange(text, tokens[k + comp.length]!.start, sentence.end);
    kind = quotedWithin(ctx, ...parts) ? 'mixed' : 'indirect';
  }
  if (parts[1] <= parts[0]) return;
  const start = tokens[first]!.start;
  const end = tokens[cueEnd - 1]!.end;
  out.push({
    speaker: zeroSubject(start, first),
    cue: text.slice(start, end),
    cueClass: 'say',
    cueStart: start,
    attribution: [start, end],
    inherits: false,
    sentence,
    parts: [parts],
    kind,
    trailing: false,
  });
}
