/**
 * A cue inside a non-restrictive relative clause ("Mr. Ortiz, who argued that the plan was flawed, voted
 * for it"): the clause is parenthetical, set off by commas, and the sentence's own predicate resumes after
 * its closing comma. What the relative clause reports ends at that comma; read to the sentence's end it
 * would take the main clause's predicate ("…, voted for it") as said.
 */
import {
  type AttributionContext,
  fillerAt,
  inQuote,
  isWord,
  type RawStatement,
  trimRange,
} from './attribution-base';
import type { CueMatch } from './cues';
import type { SentenceUnit } from './sentences';

/** Tokens at most between the relative pronoun and the cue (adverbs, times: "who later said"). */
const MAX_BETWEEN = 3;

/**
 * Is the cue at token `cue` the verb of a relative clause set off by a comma: a relative pronoun right before
 * it (fillers and adverbs aside), and a comma or a dash before the pronoun?
 */
function inParentheticalRelative(ctx: AttributionContext, cue: number, sentence: SentenceUnit): boolean {
  const { tokens, lex } = ctx;
  const adverbSuffixes = lex.lexicon.adverbSuffixes ?? [];
  for (let j = cue - 1; j > sentence.tokStart && cue - j <= MAX_BETWEEN + 1; j--) {
    if (inQuote(ctx, j) || !isWord(ctx, j)) return false;
    const relative = lex.relativePronouns.longestAt(tokens, j);
    // ("that" opens restrictive relatives only, which set nothing off: not "…, that …".)
    if (relative && !lex.complementizers.longestAt(tokens, j)) {
      const before = tokens[j - 1]!.fold;
      return before === ',' || before === '—' || before === '–';
    }
    const adverb = adverbSuffixes.some(
      (s) => tokens[j]!.fold.endsWith(s) && tokens[j]!.fold.length > s.length + 2,
    );
    if (!adverb && !fillerAt(ctx, j)) return false;
  }
  return false;
}

/**
 * After a comma at token `k - 1`, does the main clause's predicate resume: an auxiliary or a finite cue form,
 * lower case and outside quotations ("…, is a good example", "…, told his aides")? Not a participle, which
 * opens an adjunct ("…, having said that", "…, saying").
 */
function predicateResumes(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t || !isWord(ctx, k) || inQuote(ctx, k) || t.upper) return false;
  if ((lex.lexicon.progressiveSuffixes ?? []).some((s) => t.fold.endsWith(s))) return false;
  if (lex.auxiliaries.longestAt(tokens, k)) return true;
  if (lex.nounHomographs.longestAt(tokens, k)) return false;
  return lex.cues.matchAt(tokens, k).some((m) => !m.value.participle);
}

/** Words at most between a relative pronoun and the verb-final cue closing its clause. */
const MAX_RELATIVE_WORDS = 8;

/**
 * Verb second: does the cue close a verb-final relative clause set off by a comma, with its object before it,
 * and the main clause's predicate resume right after its closing comma ("Die Ministerin, die Reformen
 * angekündigt hatte, sagte …")? Nothing follows the cue as its content: what it reports is the object inside
 * the clause, which the relative pronoun's antecedent asked for, a report the German press annotation leaves
 * uncounted.
 */
export function objectBeforeRelativeCue(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.verbSecond) return false;
  let close = cue.particle?.tokEnd ?? cue.tokEnd;
  // (Its auxiliary may close the clause: "verlangt hatte", "gefordert haben soll".)
  for (let guard = 0; guard < 2; guard++) close += lex.auxiliaries.longestAt(tokens, close)?.length ?? 0;
  if (tokens[close]?.fold !== ',' || inQuote(ctx, close) || !predicateResumes(ctx, close + 1)) return false;
  for (let j = cue.tokStart - 2; j > sentence.tokStart && cue.tokStart - j <= MAX_RELATIVE_WORDS + 1; j--) {
    if (!isWord(ctx, j) || inQuote(ctx, j)) return false;
    if (lex.relativePronouns.longestAt(tokens, j)?.length === 1 && tokens[j - 1]!.fold === ',') return true;
  }
  return false;
}

/**
 * Ends the content of each statement whose cue stands in a relative clause set off by commas at the comma
 * that closes the clause (see the header). A relative clause opened inside the content keeps its own closing
 * comma ("who said that prices, which had risen, were too high").
 */
export function endAtRelativeClause(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex } = ctx;
  for (const r of out) {
    if (r.sentence !== sentence || r.trailing || r.kind === 'direct' || r.parts.length !== 1) continue;
    let cue = sentence.tokStart;
    while (cue < sentence.tokEnd && tokens[cue]!.start < r.cueStart) cue++;
    if (cue >= sentence.tokEnd || tokens[cue]!.start !== r.cueStart) continue;
    if (!inParentheticalRelative(ctx, cue, sentence)) continue;
    const [from, to] = r.parts[0]!;
    let inner = 0;
    for (let k = cue + 1; k < sentence.tokEnd && tokens[k]!.start < to; k++) {
      if (tokens[k]!.start < from || tokens[k]!.fold !== ',' || inQuote(ctx, k)) continue;
      if (lex.relativePronouns.longestAt(tokens, k + 1) && !lex.complementizers.longestAt(tokens, k + 1)) {
        inner++;
        continue;
      }
      if (!predicateResumes(ctx, k + 1)) continue;
      if (inner > 0) {
        inner--;
        continue;
      }
      const range = trimRange(ctx.text, from, tokens[k]!.start);
      if (range[1] > range[0]) r.parts = [range];
      break;
    }
  }
}
