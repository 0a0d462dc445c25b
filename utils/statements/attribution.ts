/**
 * Attribution patterns within a sentence unit, turning cues, quotations and "according to" markers into raw
 * statements (speaker phrases not yet resolved):
 * - cue + complement: "X a déclaré (à Y) que …", "X said (that) …", "X told Y …", "X a déclaré : « … »";
 * - trailing attribution: "« … », a déclaré X", "“…,” X said", "…, a-t-il dit", "…, sources said";
 * - split quotations: "« Q1 » …, a déclaré X, « Q2 »" and "« Q1, a-t-il dit. Q2 »";
 * - verbless markers: "selon X, …", "…, according to X";
 * - colon quotations: "X : « … »";
 * - participial cues: "…, Poutine ayant déclaré à Macron qu'…", "…, noting …".
 */
import { findCues } from './cues';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import { type AttributionContext, inQuote, isWord, type RawStatement, trimRange } from './attribution-base';
import {
  interviewAnswer,
  paragraphLabels,
  paragraphStart,
  signedParagraph,
  signedQuotations,
} from './signed';
import { nounPhrase } from './noun-phrases';
import { clauseOver, endBeforeReportApposition } from './content-bounds';
import {
  agentlessPassives,
  cueAfterOpeningQuote,
  cueStatements,
  inversionInQuotations,
} from './cue-statements';
import type { SentenceReading } from './cue-reading';
import { accordingToStatements, colonQuotation } from './verbless-sources';
import { endAtRelativeClause } from './relative-clause';
import { agentPassives } from './agent-passive';
import { citedReports } from './cited-report';
import { narrativeInfinitive } from './narrative-infinitive';
import { endAtObjectRelative } from './object-relative';
import { findingFrame, findingLabel, findingTail } from './finding-frames';
import { metStances, nounStances } from './noun-stances';
export { clauseSubject, namedSubject, presentational } from './subjects';
export { obliquePhrase } from './noun-phrases';
export {
  opensWithDash,
  quotedWithin,
  trimRange,
  zeroSubject,
  type AttributionContext,
  type RawStatement,
} from './attribution-base';
export { reportiveMainClause } from './reportive';

export function statementsInSentence(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] {
  const { tokens, lex, text } = ctx;
  const out: RawStatement[] = [];
  const end = sentence.tokEnd;
  // A link to another story ("READ MORE: Minister says …"): its headline is not said here.
  const label = paragraphStart(text, sentence.start)
    ? lex.linkLabels.longestAt(tokens, sentence.tokStart)
    : undefined;
  if (label && tokens[sentence.tokStart + label.length]?.fold === ':') return [];
  // A speaker's label opening a paragraph, with no quotation: transcripts ("SMITH: Well, look, …") and
  // headlines ("Smith: Talks Have Failed") attribute the rest of the paragraph, whatever cues it holds.
  if ((lex.lexicon.colonQuotes ?? true) && paragraphStart(text, sentence.start)) {
    const labelled = paragraphLabels(ctx, sentence);
    if (labelled) return labelled;
    // Or a finding's label: "Poll: Clinton and Trump in dead heat".
    const poll = findingLabel(ctx, sentence);
    if (poll) return [poll];
  }
  // An interview's answer ("Respuesta. …", "R. …"): the interviewee's words, whatever cues they hold.
  if (paragraphStart(text, sentence.start)) {
    const answer = interviewAnswer(ctx, sentence);
    if (answer) return [answer];
  }
  const cues = findCues(lex, tokens, sentence.tokStart, end, (i) => inQuote(ctx, i));
  const subjects: { at: number; speaker: SpeakerPhrase }[] = [];
  const { firstCueAfterOpening, openingEnd } = cueAfterOpeningQuote(ctx, sentence, cues);
  const reading: SentenceReading = { ctx, sentence, cues, out, subjects, firstCueAfterOpening, openingEnd };
  for (const cue of cues) cueStatements(reading, cue);
  agentlessPassives(ctx, cues, out);
  agentPassives(ctx, sentence, out);
  accordingToStatements(ctx, sentence, out);
  narrativeInfinitive(ctx, sentence, out);
  // A finding's frame: "In this poll, Trump rose …", "… rose in the latest polls" (a clause with a cue of its
  // own is that cue's).
  if (out.length === 0) {
    const framed = findingFrame(ctx, sentence) ?? findingTail(ctx, sentence);
    if (framed) out.push(framed);
  }
  // Colon quotation with no cue: "Le ministre : « … »".
  if ((lex.lexicon.colonQuotes ?? true) && out.length === 0) colonQuotation(ctx, sentence, out);

  // A signature after a quotation: "“Q.” ― Jane Doe" (reader comments, epigraphs, vox pops).
  if (out.length === 0) out.push(...signedQuotations(ctx, sentence));
  if (out.length === 0 && lex.lexicon.signedParagraphs === true) {
    const signed = signedParagraph(ctx, sentence);
    if (signed) out.push(signed);
  }

  // Stances named by a noun (the positions mode): "the editors' disdain for the nominee".
  nounStances(ctx, sentence, out);
  // Criticism met by the subject (the positions mode): "The clip has faced ridicule online".
  metStances(ctx, sentence, out);
  // Attribution inside a quotation: "« Q1, a-t-il dit. Q2 »" (French inverted pronoun only: unambiguous).
  if (lex.inversionJoiners.length > 0) inversionInQuotations(ctx, sentence, out);
  citedReports(ctx, out);
  reportedThrough(ctx, sentence, out);
  endBeforeReportApposition(ctx, sentence, out);
  endAtRelativeClause(ctx, sentence, out);
  endAtObjectRelative(ctx, sentence, out);
  return withoutRepeats(out);
}

/**
 * Two cues that report the same content ("“Q1,” Smith said, adding, “Q2.”": both take Q1 … Q2) make one
 * statement, the first one's; otherwise each one's attribution, lying inside the other's content, would cut
 * both away.
 */
function withoutRepeats(raws: RawStatement[]): RawStatement[] {
  if (raws.length < 2) return raws;
  const seen = new Set<string>();
  return raws.filter((r) => {
    const key = r.parts.map(([a, b]) => `${a}:${b}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "…, заявив міністр X, передає Укрінформ." / "…, a déclaré X, cité par l'AFP.": a via marker after a comma,
 * then a source that ends the sentence, names who reports the sentence's statements (`via`), and is no part
 * of their content.
 */
function reportedThrough(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex } = ctx;
  if (out.length === 0) return;
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    const marker = lex.viaMarkers.longestAt(tokens, i + 1);
    if (!marker) continue;
    const from = i + 1 + marker.length;
    let source = parseSpeakerPhrase(ctx, from, sentence.tokEnd);
    if (!source || source.kind === 'pronoun') continue;
    // A name after the noun: "cité par l'agence Tass", "quoted by the news agency Interfax".
    let k = source.tokEnd;
    while (k < sentence.tokEnd && isWord(ctx, k) && tokens[k]!.upper && !inQuote(ctx, k)) k++;
    if (k > source.tokEnd) source = nounPhrase(ctx, from, k);
    if (!clauseOver(ctx, source.tokEnd, sentence.tokEnd)) continue;
    const comma = tokens[i]!.start;
    let reported = false;
    for (const r of out) {
      if (r.sentence !== sentence || r.parts[0]![0] >= comma || r.attribution[0] >= comma) continue;
      r.via = source;
      reported = true;
      r.parts = r.parts
        .map(([a, b]) => (b > comma ? trimRange(ctx.text, a, comma) : [a, b]) as [number, number])
        .filter(([a, b]) => b > a);
    }
    // A marker that is also "according to" ("…, a affirmé X, selon l'agence TASS") made a statement of its
    // own of what is left before it: the agency reports the cue's statement, it says nothing else.
    const marked = tokens[i + 1]!.start;
    if (reported) for (let j = out.length - 1; j >= 0; j--) if (out[j]!.cueStart === marked) out.splice(j, 1);
    return;
  }
}
