/**
 * A second reporting verb coordinated with the first, after the reported clause: "said he would order a
 * review and warned against hackers", "said members want a raise, but called the offer an insult", "has
 * attacked the rule and has called for …", "said …, then added …". The subject of the cue does the second
 * act, so the content ends before the conjunction, whether or not that verb reports a statement of its own,
 * and a statement it reports has that subject. Only a cue of the first one's shape counts (the same
 * auxiliary, or none where the first one's serves both, and the same ending), and no verb of opinion: a verb of
 * the reported clause's own subject rarely is one ("said the company lost money and closed the plant"), and a
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

/** A cue's auxiliaries as written ("has", "a"; "" for none) and the ending class of its verb. */
interface CueShape {
  auxiliary: string;
  tense: string;
  /** Token of the verb, past the auxiliaries and adverbs. */
  verb: number;
}

/** The shape of the cue whose first token is `k` (its auxiliaries, adverbs between, then its verb). */
function shapeAt(ctx: AttributionContext, k: number): CueShape {
  const { tokens, lex } = ctx;
  const auxiliaries: string[] = [];
  let j = k;
  for (let guard = 0; guard < 4; guard++) {
    // (Adverbs first: some are read with the auxiliaries too, "later said".)
    const filler = lex.fillers.longestAt(tokens, j);
    const aux = filler ? undefined : lex.auxiliaries.longestAt(tokens, j);
    if (aux) auxiliaries.push(...tokens.slice(j, j + aux.length).map((t) => t.fold));
    const step = filler?.length ?? aux?.length ?? 0;
    if (step === 0) break;
    j += step;
  }
  const fold = tokens[j]?.fold ?? '';
  // (A base form, "they say", is no past though it has no ending: it is a shape of its own.)
  const base = foldText(lex.cues.longestAt(tokens, j)?.value.entry.forms[0] ?? '');
  return { auxiliary: auxiliaries.join(' '), tense: fold === base ? 'base' : tenseOf(ctx, fold), verb: j };
}

/**
 * Does a subordinate clause open in tokens [from, to) (a relative pronoun that is no complementizer, a
 * subordinator, a question word), outside quotations? A verb after a conjunction may then be that clause's:
 * "said she left when the police found her and told her to go".
 */
function subordinateBetween(ctx: AttributionContext, from: number, to: number): boolean {
  const { tokens, lex, quoteOf } = ctx;
  for (let j = from; j < to; j++) {
    if (quoteOf[j] !== -1) continue;
    if (lex.subordinators.longestAt(tokens, j) || lex.questionWords.longestAt(tokens, j)) return true;
    if (lex.relativePronouns.longestAt(tokens, j) && !lex.complementizers.longestAt(tokens, j)) return true;
  }
  return false;
}

/**
 * Does a cue of the same shape as the one at token `firstCue` start at token `k`, with no subject of its own,
 * so that it is that cue's subject's second act ("said … and warned …", "has attacked … and has called for
 * …", "affirme que … et ajoute que …")? Not a base form after no auxiliary (it goes on with a modal of the
 * reported clause: "said he would cut taxes and promise jobs"), nor a verb of opinion (the clause's own
 * subject's: "said he watched it rise and thought of …"), nor a capitalised word; a form that is also a noun
 * only when what it introduces follows it ("and warns that", "and plans to"; "said costs and claims were …" is
 * a plural subject).
 */
export function sameShapeCue(ctx: AttributionContext, firstCue: number, k: number): boolean {
  const { tokens, lex, quoteOf } = ctx;
  const first = shapeAt(ctx, firstCue);
  const second = shapeAt(ctx, k);
  // (The auxiliary may be left to the first verb: "has promoted … and downplayed …", "a affirmé … et averti …".)
  const sharedAuxiliary = second.auxiliary === '' && first.auxiliary !== '';
  if ((second.auxiliary !== first.auxiliary && !sharedAuxiliary) || second.tense !== first.tense)
    return false;
  if (subordinateBetween(ctx, first.verb + 1, k)) return false;
  const verb = tokens[second.verb];
  if (!verb || verb.kind !== 'word' || verb.upper || quoteOf[second.verb] !== -1) return false;
  const form = lex.cues.longestAt(tokens, second.verb);
  if (!form) return false;
  const entry = form.value.entry;
  if (entry.opinion && entry.class !== 'position') return false;
  if (!second.auxiliary && second.tense === 'base') return false;
  if (lex.nounHomographs.longestAt(tokens, second.verb)) {
    const next = second.verb + form.length;
    return (
      lex.complementizers.longestAt(tokens, next) !== undefined ||
      lex.infinitiveOpeners.longestAt(tokens, next) !== undefined
    );
  }
  return true;
}

/**
 * Does the cue at token `k` repeat the auxiliary of the cue at token `firstCue`, with its shape ("has attacked
 * the rules that … and has called for …")? The repeated auxiliary marks a second predicate of the first cue's
 * subject even after a clause whose own subject might take a bare verb ("acknowledged they had erred and
 * described …" leaves "described" to that clause).
 */
export function repeatsAuxiliary(ctx: AttributionContext, firstCue: number, k: number): boolean {
  const second = shapeAt(ctx, k);
  return (
    second.auxiliary !== '' &&
    second.auxiliary === shapeAt(ctx, firstCue).auxiliary &&
    sameShapeCue(ctx, firstCue, k)
  );
}

/**
 * Is the cue at token `cue` joined by a conjunction (and adverbs) to the earlier cue at token `firstCue`, with
 * the same shape (`sameShapeCue`)? Then it has that cue's subject and reports beside it.
 */
export function joinedCue(ctx: AttributionContext, firstCue: number, cue: number): boolean {
  return conjunctionBefore(ctx, cue, firstCue) >= 0 && sameShapeCue(ctx, firstCue, cue);
}

/**
 * The conjunction (one word, outside quotations) right before the cue at token `cue`, past at most two adverbs
 * ("and repeatedly said"), after token `floor`: its token, or -1. An adverb that is a conjunction too is one
 * after a comma: "…, then added".
 */
export function conjunctionBefore(ctx: AttributionContext, cue: number, floor: number): number {
  const { tokens, lex, quoteOf } = ctx;
  let k = cue - 1;
  for (let guard = 0; guard < 2 && k > floor && lex.fillers.longestAt(tokens, k)?.length === 1; guard++) {
    if (lex.conjunctions.longestAt(tokens, k) && !lex.conjunctions.longestAt(tokens, k - 1)) break;
    k--;
  }
  if (k <= floor || quoteOf[k] !== -1 || lex.conjunctions.longestAt(tokens, k)?.length !== 1) return -1;
  return k;
}

/**
 * The content `range` of an indirect report whose cue starts at offset `cueStart`, ended before a conjunction
 * followed by a cue of the same shape (`sameShapeCue`; adverbs allowed between: "and then warned"), outside
 * quotations.
 */
export function beforeCoordinatedCue(
  ctx: AttributionContext,
  cueStart: number,
  range: [number, number],
): [number, number] {
  const { tokens, lex, quoteOf, text } = ctx;
  const firstCue = firstTokenFrom(ctx, cueStart);
  if (tokens[firstCue]?.start !== cueStart) return range;
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
    if (tokens[j]!.end > range[1] || !sameShapeCue(ctx, firstCue, j)) continue;
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
