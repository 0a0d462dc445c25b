/**
 * A report inside an object relative or a free relative: "the gap between what Trump says his plan would do, and
 * what it would do", "the tax, which critics say is too costly, passed". The relative clause holds the cue and
 * the reported words, and it ends at its first comma: read to the sentence's end, the content would take in the
 * main clause ("…, and what it would do, began a year ago").
 */
import { type AttributionContext, inQuote, type RawStatement, trimRange } from './attribution-base';
import type { SentenceUnit } from './sentences';

/**
 * Ends at the first comma after the cue the content of each statement whose subject stands right after a
 * question word or a relative pronoun (not one that is also a complementizer: "said that experts say …, and").
 */
export function endAtObjectRelative(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex } = ctx;
  const relativeAt = (k: number) =>
    k >= sentence.tokStart &&
    !inQuote(ctx, k) &&
    (lex.questionWords.longestAt(tokens, k) !== undefined ||
      (lex.relativePronouns.longestAt(tokens, k) !== undefined &&
        lex.complementizers.longestAt(tokens, k) === undefined));
  for (const r of out) {
    if (r.sentence !== sentence || r.trailing || r.kind !== 'indirect' || r.parts.length !== 1 || !r.speaker)
      continue;
    // (The speaker phrase may have taken a question word in, "how experts"; a relative pronoun that is also an
    // article opens the phrase itself, "die Ministerin", and is no relative.)
    const first = r.speaker.tokStart;
    const questionFirst = !inQuote(ctx, first) && lex.questionWords.longestAt(tokens, first) !== undefined;
    if (r.speaker.start >= r.cueStart || !(questionFirst || relativeAt(first - 1))) continue;
    const [from, to] = r.parts[0]!;
    for (let k = r.speaker.tokEnd; k < sentence.tokEnd && tokens[k]!.start < to; k++) {
      if (tokens[k]!.start < from || tokens[k]!.fold !== ',' || inQuote(ctx, k)) continue;
      const range = trimRange(ctx.text, from, tokens[k]!.start);
      if (range[1] > range[0]) r.parts = [range];
      break;
    }
  }
}
