/**
 * The subject of a finding ("shows", "found": cues marked `evidence`) headed by an evidence noun and followed by a
 * long postmodifier: a participle phrase, a relative clause or several prepositional phrases before the cue.
 * "The average of polls taken over the past two weeks shows …", "Research conducted by the center found …", "An
 * analysis of super PACs that have raised $1 million, shows …". News English puts who produced a poll or a study
 * right after its head noun, so the head stands far from the verb it is the subject of.
 */
import { type AttributionContext, inQuote, isWord } from './attribution-base';
import type { SpeakerPhrase } from './speaker-phrase';

/** How far back from the cue the head may stand (tokens): a relative clause with a date fits. */
const REACH = 30;
/** How many words may come before the head in its own phrase ("A USA TODAY analysis", "The Real Clear …"). */
const PREMODIFIERS = 6;

/**
 * The phrase that ends right before token `at` (the cue, or its first auxiliary or adverb) when it is an
 * evidence noun with its postmodifier and opens its clause (the sentence's start or a comma after a fronted
 * adverbial), as token bounds [first, end), else null. The postmodifier holds words and at most the commas of a
 * date or an inserted clause, the last one right before the verb ("…, since Jan. 1, 2015, shows").
 */
export function postmodifiedEvidenceHead(
  ctx: AttributionContext,
  at: number,
  sentenceTokStart: number,
): [number, number] | null {
  const { tokens, lex } = ctx;
  for (let j = at - 2; j >= sentenceTokStart && at - j <= REACH; j--) {
    if (inQuote(ctx, j)) return null;
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if ([',', '.', '$', '-', '/'].includes(t.fold)) continue;
      return null;
    }
    if (!lex.evidenceNouns.longestAt(tokens, j) || !postmodifierOpens(ctx, j + 1)) continue;
    const first = clauseOpening(ctx, j, sentenceTokStart);
    if (first >= 0) return [first, tokens[at - 1]!.fold === ',' ? at - 1 : at];
  }
  return null;
}

/**
 * Does a postmodifier open at token `k`: a preposition ("of the incident"), a relative pronoun ("that have
 * raised"), or a participle ("taken over", "conducted by", "being released", "released Tuesday by")?
 */
function postmodifierOpens(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k) || tokens[k]!.upper) return false;
  if (linkAt(ctx, k) || ctx.lex.relativePronouns.longestAt(tokens, k)) return true;
  // A participle (English morphology: only English marks cues as `evidence`) has a complement of its own: a
  // preposition, or one word and then a preposition or a determiner ("taken over the past two weeks",
  // "released Tuesday by"), so that a verb of the main clause with its object ("the poll surveyed 1,000
  // voters and found …") is not taken for one.
  const word = tokens[k]!.fold;
  if (word === 'being') return isWord(ctx, k + 1) && postmodifierOpens(ctx, k + 1);
  if (!/^\p{L}+(?:ed|en)$/u.test(word) && !IRREGULAR_PARTICIPLES.has(word)) return false;
  if (!isWord(ctx, k + 1) || tokens[k + 1]!.upper) return linkAt(ctx, k + 1);
  return (
    linkAt(ctx, k + 1) ||
    (isWord(ctx, k + 2) && (linkAt(ctx, k + 2) || ctx.lex.determiners.longestAt(tokens, k + 2) !== undefined))
  );
}

/** Irregular past participles frequent after the name of a poll or a study ("polls taken over …"). */
const IRREGULAR_PARTICIPLES = new Set(['taken', 'done', 'run', 'put', 'led', 'paid', 'held', 'made', 'set']);

/** A preposition or a linking word ("of", "for", "to") at token `k`. */
function linkAt(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  return (
    isWord(ctx, k) &&
    (lex.prepositions.longestAt(tokens, k) !== undefined || lex.linkers.longestAt(tokens, k) !== undefined)
  );
}

/**
 * Where the phrase headed at token `head` starts when it opens its clause, else -1: at most a few premodifying
 * words (no preposition or linking word, no punctuation) after the sentence's start, or after a comma closing a fronted
 * adverbial ("In 2013, research …").
 */
function clauseOpening(ctx: AttributionContext, head: number, sentenceTokStart: number): number {
  const { tokens, lex } = ctx;
  let k = head - 1;
  while (k >= sentenceTokStart && head - k <= PREMODIFIERS && isWord(ctx, k) && !inQuote(ctx, k)) {
    if (linkAt(ctx, k) || lex.auxiliaries.longestAt(tokens, k)) return -1;
    k--;
  }
  return k < sentenceTokStart || tokens[k]!.fold === ',' ? k + 1 : -1;
}

/**
 * The subject of an evidence cue at token `cueTok` when it is such a postmodified evidence phrase ("The average
 * of polls taken over the past two weeks"), read over the cue's auxiliaries and adverbs, else null.
 */
export function evidencePhraseBefore(
  ctx: AttributionContext,
  cueTok: number,
  sentenceTokStart: number,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let at = cueTok;
  while (
    at - 1 >= sentenceTokStart &&
    cueTok - at < 4 &&
    (lex.auxiliaries.longestAt(tokens, at - 1) || lex.fillers.longestAt(tokens, at - 1))
  )
    at--;
  const bounds = postmodifiedEvidenceHead(ctx, at, sentenceTokStart);
  if (!bounds) return null;
  // (The whole phrase, not a name at its end: "research conducted by the Institute for Fiscal Studies".)
  const [from, to] = bounds;
  const start = ctx.tokens[from]!.start;
  const end = ctx.tokens[to - 1]!.end;
  return {
    tokStart: from,
    tokEnd: to,
    start,
    end,
    kind: 'institution',
    institution: ctx.text.slice(start, end),
    number: 'sg',
  };
}
