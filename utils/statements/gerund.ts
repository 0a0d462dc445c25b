/**
 * A gerund set off by a comma (`Lexicon.gerundMarkers`): French "…, tout en précisant que …", "…, en
 * soulignant que …". Like a bare participle ("…, précisant que …") it reports what the subject of the clause
 * before went on to say, beside that clause's content, which ends at the comma.
 */
import { type AttributionContext, firstTokenFrom } from './attribution-base';

/** The offset of the comma before the gerund marker of a cue starting at `cueStart`, or -1. */
export function gerundComma(ctx: AttributionContext, cueStart: number): number {
  const { tokens, lex } = ctx;
  const cue = firstTokenFrom(ctx, cueStart);
  const marker = lex.gerundMarkers.matchEndingAt(tokens, cue - 1)[0];
  if (!marker) return -1;
  const comma = cue - 1 - marker.length;
  if (tokens[comma]?.fold !== ',' || ctx.quoteOf[comma] !== -1) return -1;
  return tokens[comma]!.start;
}
