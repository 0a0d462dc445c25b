/**
 * A report that cites a statement: "Як повідомляє ТАСС, заступник міністра Олександр Грушко заявив, що …",
 * "Как сообщает РБК, министр заявил, что …", "Comme le rapporte l'AFP, le ministre a déclaré que …". The
 * parenthetical as-clause (`Lexicon.asMarkers`) names who reports the sentence; the cue inside its clause, with
 * a speaker of its own, is the statement: the as-clause's source is that statement's `via`, not a speaker of
 * the whole clause.
 */
import { foldText } from '../text/normalize';
import { type AttributionContext, type RawStatement, trimRange } from './attribution-base';

/** Does the raw statement come from a parenthetical as-clause ("як повідомляє X", "как сообщает X")? */
function asClause(ctx: AttributionContext, r: RawStatement): boolean {
  const cue = foldText(r.cue);
  return (ctx.lex.lexicon.asMarkers ?? []).some((m) => cue.startsWith(`${foldText(m)} `));
}

/**
 * The cited statement's content without the as-clause, which it may have taken as a fronted part of its
 * clause ("Как сообщает ТАСС, … заявил, что …"), and then without the complementizer its clause opens on.
 */
function withoutClause(ctx: AttributionContext, o: RawStatement, clause: [number, number]): void {
  const parts = o.parts.filter(([a, b]) => b <= clause[0] || a >= clause[1]);
  if (parts.length === o.parts.length || parts.length === 0) return;
  const [a, b] = parts[0]!;
  const first = ctx.tokens.findIndex((t) => t.start >= a);
  const comp = first >= 0 ? ctx.lex.complementizers.longestAt(ctx.tokens, first) : undefined;
  if (comp) parts[0] = trimRange(ctx.text, ctx.tokens[first + comp.length - 1]!.end, b);
  o.parts = parts;
}

/** Drops an as-clause statement whose clause holds another statement's attribution, and makes its source that statement's via. */
export function citedReports(ctx: AttributionContext, out: RawStatement[]): void {
  for (let i = out.length - 1; i >= 0; i--) {
    const report = out[i]!;
    if (!report.speaker || report.speaker.kind === 'pronoun' || !asClause(ctx, report)) continue;
    const cited = out.filter(
      (o) =>
        o !== report &&
        o.speaker !== null &&
        !o.inherits &&
        report.parts.some(([a, b]) => o.attribution[0] >= a && o.attribution[1] <= b),
    );
    if (cited.length === 0) continue;
    for (const o of cited) {
      o.via ??= report.speaker;
      withoutClause(ctx, o, report.attribution);
    }
    out.splice(i, 1);
  }
}
