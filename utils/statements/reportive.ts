/**
 * Reportive markers: forms that by themselves mark speech as reported (Konjunktiv I, "якобы", hearsay modals)
 * or a clause as hypothetical (Konjunktiv II), marked once per context and cached, so that content, subject
 * and clause readers can ask whether a span reads as someone else's report.
 */
import { type AttributionContext, inQuote, isWord } from './attribution-base';

/** Does a reportive marker (Konjunktiv I, "якобы") stand outside quotations in tokens [from, to)? */
export function reportiveWithin(
  ctx: AttributionContext,
  from: number,
  to: number,
  afterCue = false,
): boolean {
  const limit = Math.min(to, from + 40);
  const marks = reportiveMarks(ctx);
  const bit = afterCue ? 2 : 1;
  for (let i = from; i < limit; i++) if (marks[i]! & bit) return true;
  return false;
}

/**
 * Does a reportive marker stand in a main clause of tokens [from, to), so that the sentence by itself reads as
 * reported speech? Where the finite verb comes second (`verbSecond`), a marker that closes a clause opened
 * after a comma or dash is the verb-final finite verb of a subordinate clause ("…, mit dem der Anbau gefördert
 * werden soll.", "…, die nicht ändern wolle."): it says nothing of the sentence. `bit` 1 asks for reportive
 * markers, 2 for clause markers (Konjunktiv II).
 */
export function reportiveMainClause(
  ctx: AttributionContext,
  from: number,
  to: number,
  bit = 1,
  hearsayOnly = false,
): boolean {
  const limit = Math.min(to, from + 40);
  const marks = reportiveMarks(ctx);
  const { tokens } = ctx;
  const modals = ctx.lex.lexicon.hearsayModals;
  let clauseStart = from;
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && !inQuote(ctx, i) && /^[,;–—-]$/.test(t.fold)) clauseStart = i + 1;
    if (!(marks[i]! & bit)) continue;
    const next = tokens[i + 1];
    const clauseFinal = i + 1 >= to || next === undefined || (next.kind !== 'word' && !inQuote(ctx, i + 1));
    if (ctx.lex.lexicon.verbSecond && clauseStart !== from && clauseFinal) continue;
    if (hearsayOnly && modals?.forms.includes(t.fold) && !perfectInfinitiveAfter(ctx, i, to, modals.perfect))
      continue;
    return true;
  }
  return false;
}

/** Does the clause of the modal at token `i` close on a perfect infinitive ("soll … verursacht haben")? */
function perfectInfinitiveAfter(ctx: AttributionContext, i: number, to: number, perfect: string[]): boolean {
  const { tokens } = ctx;
  let k = i + 1;
  while (k < to && (tokens[k]!.kind === 'word' || inQuote(ctx, k))) k++;
  const last = tokens[k - 1];
  return k - 1 > i && last !== undefined && perfect.includes(last.fold);
}

/**
 * Per token, whether it is a reportive marker (bit 1) or a clause marker (bit 2), outside quotations; one
 * pass over the text, made on first use: windows overlap, so matching per call would repeat the work.
 */
const REPORTIVE = new WeakMap<AttributionContext, Uint8Array>();

function reportiveMarks(ctx: AttributionContext): Uint8Array {
  let marks = REPORTIVE.get(ctx);
  if (marks) return marks;
  marks = new Uint8Array(ctx.tokens.length);
  const { reportiveMarkers = [], reportiveClauseMarkers = [] } = ctx.lex.lexicon;
  const none = reportiveMarkers.length === 0 && reportiveClauseMarkers.length === 0;
  const clauseForms = new Set(reportiveClauseMarkers.map((m) => m.normalize('NFC').toLowerCase()));
  for (let i = 0; i < (none ? 0 : ctx.tokens.length); i++) {
    const t = ctx.tokens[i]!;
    // Markers are verb forms and particles, written in lower case: a capitalised word is a noun ("Stelle").
    if (!isWord(ctx, i) || ctx.tokens[i]!.upper || inQuote(ctx, i)) continue;
    if (ctx.lex.reportive.longestAt(ctx.tokens, i)) marks[i]! |= 1;
    // Konjunktiv II differs from the past indicative by its umlaut alone ("würde" / "wurde", "hätte" / "hatte"),
    // which folding drops: the form must be written as listed.
    if (
      ctx.lex.reportiveClause.longestAt(ctx.tokens, i) &&
      clauseForms.has(ctx.text.slice(t.start, t.end).normalize('NFC').toLowerCase())
    )
      marks[i]! |= 2;
  }
  REPORTIVE.set(ctx, marks);
  return marks;
}
