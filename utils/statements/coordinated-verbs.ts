/**
 * A second reporting verb coordinated with the first, after the reported clause: "said he would order a
 * review and warned against hackers", "said members want a raise, but called the offer an insult". The
 * subject of the cue does the second act, so the content ends before the conjunction, whether or not that
 * verb reports a statement of its own. Only a cue form in the same tense as the first one counts, and no verb
 * of opinion: a verb of the reported clause's own subject rarely is one ("said the company lost money and closed the plant"), and a
 * bare form goes on with a modal of that clause ("said he would cut taxes and promise jobs").
 */
import { foldText } from '../text/normalize';
import { firstTokenFrom, trimRange, type AttributionContext } from './attribution-base';

/** Words at least in the content before the conjunction. */
const MIN_WORDS = 4;

/** "said" / "warned" (past), "says" / "warns" (present), "saying" / "warning": the form's ending class. */
function tenseOf(ctx: AttributionContext, fold: string): string {
  const { progressiveSuffixes = [], pluralSuffixes = [] } = ctx.lex.lexicon;
  if (progressiveSuffixes.some((x) => fold.endsWith(x))) return 'progressive';
  // (English marks the third person singular with the plural's "-s".)
  if (pluralSuffixes.some((x) => fold.endsWith(x))) return 'present';
  return 'past';
}

/**
 * The content `range` of an indirect report whose cue is `cue` (as written), ended before a conjunction
 * followed by a cue form of the same tense (fillers allowed between: "and then warned"), outside quotations.
 */
export function beforeCoordinatedCue(
  ctx: AttributionContext,
  cue: string,
  range: [number, number],
): [number, number] {
  const { tokens, lex, quoteOf, text } = ctx;
  const cueWords = foldText(cue).split(' ');
  const cueWord = cueWords[cueWords.length - 1] ?? '';
  if (!cueWord) return range;
  const tense = tenseOf(ctx, cueWord);
  const lo = firstTokenFrom(ctx, range[0]);
  let words = 0;
  for (let k = lo; k + 1 < tokens.length && tokens[k + 1]!.end <= range[1]; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    if (quoteOf[k] !== -1 || words <= MIN_WORDS) continue;
    if (lex.conjunctions.longestAt(tokens, k)?.length !== 1) continue;
    let j = k + 1;
    for (let filler = lex.fillers.longestAt(tokens, j); filler; filler = lex.fillers.longestAt(tokens, j))
      j += filler.length;
    const verb = tokens[j];
    if (!verb || verb.kind !== 'word' || verb.upper || quoteOf[j] !== -1 || verb.end > range[1]) continue;
    const form = lex.cues.longestAt(tokens, j);
    // (A verb of opinion goes on with the clause's own subject: "said he watched it rise and thought of …".)
    if (!form || form.length !== 1 || form.value.entry.opinion || lex.nounHomographs.longestAt(tokens, j))
      continue;
    if (verb.fold === foldText(form.value.entry.forms[0] ?? '') || tenseOf(ctx, verb.fold) !== tense)
      continue;
    const cut = tokens[k - 1]!.fold === ',' ? tokens[k - 1]!.start : t.start;
    const kept = trimRange(text, range[0], cut);
    return kept[1] > kept[0] ? kept : range;
  }
  return range;
}

/**
 * The content `range` of an indirect report ended before what its speaker did besides speaking
 * (`Lexicon.speakerActs`: "…, but declined to name them", "…, sans préciser …"), outside quotations, once a few
 * words stand before it; the comma before it goes too.
 */
export function beforeSpeakerAct(ctx: AttributionContext, range: [number, number]): [number, number] {
  const { tokens, lex, quoteOf, text } = ctx;
  const lo = firstTokenFrom(ctx, range[0]);
  let words = 0;
  for (let k = lo; k < tokens.length && tokens[k]!.end <= range[1]; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words++;
    if (quoteOf[k] !== -1 || words <= MIN_WORDS || !lex.speakerActs.longestAt(tokens, k)) continue;
    const cut = tokens[k - 1]!.fold === ',' ? tokens[k - 1]!.start : t.start;
    const kept = trimRange(text, range[0], cut);
    return kept[1] > kept[0] ? kept : range;
  }
  return range;
}
