/**
 * The narrative infinitive (`Lexicon.narrativeInfinitives`): "Et d'ajouter : « … »", "Et de conclure que …".
 * The sentence has no subject of its own; it reports what the speaker of the sentences before went on to say,
 * so its speaker is left unsaid and resolved like a third-person pronoun. And the infinitive of what the
 * subject said next, after a comma (`Lexicon.sequelInfinitives`): "X a salué …, avant de mettre en garde :
 * « … »": a report of its own, beside the first, whose speaker it inherits.
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
  const { tokens, lex } = ctx;
  const first = sentence.tokStart;
  const marker = lex.narrativeInfinitives.longestAt(tokens, first);
  if (marker && out.length === 0) {
    const r = infinitiveReport(ctx, sentence, first, first + marker.length);
    if (r) out.push({ ...r, speaker: zeroSubject(r.cueStart, first) });
  }
  for (let i = first + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    const sequel = lex.sequelInfinitives.longestAt(tokens, i + 1);
    if (!sequel) continue;
    const r = infinitiveReport(ctx, sentence, i + 1, i + 1 + sequel.length);
    if (r && !out.some((o) => o.cueStart === r.cueStart)) out.push({ ...r, inherits: true });
  }
}

/** The report of an infinitive cue at tokens [from, cueEnd): ": « … »" or "que …"; null otherwise. */
function infinitiveReport(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  from: number,
  cueEnd: number,
): RawStatement | null {
  const { tokens, lex, text } = ctx;
  const k = skipFillers(ctx, cueEnd, sentence.tokEnd);
  let parts: [number, number];
  let kind: RawStatement['kind'] = 'direct';
  const opensQuote = (j: number) => inQuote(ctx, j) && tokens[j]!.start === ctx.quotes[ctx.quoteOf[j]!]!.open;
  if (tokens[k]?.fold === ':' && opensQuote(k + 1)) {
    parts = trimRange(text, ...quoteInner(ctx, ctx.quoteOf[k + 1]!));
  } else {
    const comp = lex.complementizers.longestAt(tokens, k);
    if (!comp || k + comp.length >= sentence.tokEnd) return null;
    parts = trimRange(text, tokens[k + comp.length]!.start, sentence.end);
    kind = quotedWithin(ctx, ...parts) ? 'mixed' : 'indirect';
  }
  if (parts[1] <= parts[0]) return null;
  const start = tokens[from]!.start;
  const end = tokens[cueEnd - 1]!.end;
  return {
    speaker: null,
    cue: text.slice(start, end),
    cueClass: 'say',
    cueStart: start,
    attribution: [start, end],
    inherits: false,
    sentence,
    parts: [parts],
    kind,
    trailing: false,
  };
}
