/**
 * A position taken on something, written in the passive with its agent: "Donald Trump is supported by far
 * fewer publications", "The nominee has been endorsed by dozens of papers", "The plan was mocked by critics".
 * The agent after "by" holds the position and the clause's subject is what it is held on (`CueEntry.agentPassive`,
 * only on position cues: the default mode counts speech, whose passives report nothing).
 */
import {
  type AttributionContext,
  inQuote,
  isWord,
  quotedWithin,
  type RawStatement,
  trimRange,
} from './attribution-base';
import { nounPhrase } from './noun-phrases';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase } from './speaker-phrase';

/** Words at most in an agent the speaker grammar does not read ("far fewer publications"). */
const AGENT_WORDS = 8;

export function agentPassives(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex, text } = ctx;
  const markers = lex.lexicon.agentMarkers ?? [];
  const end = sentence.tokEnd;
  for (let i = sentence.tokStart + 1; i < end; i++) {
    if (inQuote(ctx, i)) continue;
    const m = lex.cues.longestAt(tokens, i);
    if (!m || !m.value.entry.agentPassive) continue;
    const by = i + m.length;
    if (!markers.includes(tokens[by]?.fold ?? '') || !isWord(ctx, by + 1) || inQuote(ctx, by + 1)) continue;
    // The passive auxiliary, adverbs aside: "is supported by", "was first reported by", "has been endorsed by".
    let aux = i - 1;
    while (aux > sentence.tokStart && lex.fillers.longestAt(tokens, aux)?.length === 1) aux--;
    if (!lex.passives.longestAt(tokens, aux)) continue;
    let first = aux;
    while (first - 1 > sentence.tokStart && lex.auxiliaries.longestAt(tokens, first - 1)) first--;
    // The subject: the words back to the clause's start (the sentence's, or a comma, a conjunction, a relative
    // pronoun or a question word before it), all of them outside quotation marks; an adverb set off by commas
    // stands between ("Trump, meanwhile, is supported by …").
    let subjectEnd = first;
    if (tokens[first - 1]?.fold === ',' && !inQuote(ctx, first - 1)) {
      const aside = lex.fillers.matchEndingAt(tokens, first - 2)[0];
      const comma = first - 2 - (aside?.length ?? 0);
      if (aside && comma > sentence.tokStart && tokens[comma]!.fold === ',') subjectEnd = comma;
    }
    let from = subjectEnd;
    while (
      from > sentence.tokStart &&
      isWord(ctx, from - 1) &&
      !inQuote(ctx, from - 1) &&
      !lex.conjunctions.longestAt(tokens, from - 1) &&
      !lex.relativePronouns.longestAt(tokens, from - 1) &&
      !lex.complementizers.longestAt(tokens, from - 1) &&
      !lex.questionWords.longestAt(tokens, from - 1) &&
      !lex.subordinators.longestAt(tokens, from - 1)
    )
      from--;
    if (from === subjectEnd || lex.pronouns.longestAt(tokens, from)?.length === subjectEnd - from) continue;
    // The agent: a speaker the grammar reads, or the plain words up to the clause's end.
    const agentFrom = by + 1;
    let agentEnd = parseSpeakerPhrase(ctx, agentFrom, end)?.tokEnd ?? -1;
    if (agentEnd < 0) {
      agentEnd = agentFrom;
      while (
        agentEnd < end &&
        agentEnd - agentFrom < AGENT_WORDS &&
        isWord(ctx, agentEnd) &&
        !(agentEnd > agentFrom && lex.prepositions.longestAt(tokens, agentEnd)) &&
        !lex.conjunctions.longestAt(tokens, agentEnd) &&
        !lex.relativePronouns.longestAt(tokens, agentEnd)
      )
        agentEnd++;
    }
    if (agentEnd <= agentFrom) continue;
    const agent = nounPhrase(ctx, agentFrom, agentEnd);
    if (agent.kind === 'pronoun') continue;
    const range = trimRange(text, tokens[from]!.start, tokens[subjectEnd - 1]!.end);
    if (range[1] <= range[0]) continue;
    out.push({
      speaker: agent,
      cue: text.slice(tokens[first]!.start, tokens[by]!.end),
      cueClass: m.value.entry.class,
      cueStart: tokens[first]!.start,
      attribution: [tokens[first]!.start, agent.end],
      inherits: false,
      sentence,
      parts: [range],
      kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect',
      trailing: false,
    });
    i = agentEnd - 1;
  }
}
