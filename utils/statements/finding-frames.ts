/**
 * Findings of polls and studies named without a verb, in two shapes of news English: a headline labelled by the
 * finding ("Poll: Clinton and Trump in dead heat") and a fronted frame ("In the latest Quinnipiac poll,
 * conducted in May, Clinton led by five points"). The noun phrase is the source, the clause what it found, as
 * with "a poll shows …" (`Lexicon.findingNouns`).
 */
import {
  type AttributionContext,
  inQuote,
  isWord,
  type RawStatement,
  trimRange,
  wordCount,
} from './attribution-base';
import { classify } from './complement';
import { clauseStop } from './content-bounds';
import { nounPhrase } from './noun-phrases';
import type { SentenceUnit } from './sentences';

/** Words at most in the frame's noun phrase ("the previous Washington Post/ABC News national poll"). */
const MAX_FRAME = 14;
/** Words at most in a participle phrase set off after it ("conducted in early September"). */
const MAX_PARTICIPLE = 8;

/**
 * "Poll: <clause>" opening a paragraph: the label is one finding noun, the rest of the sentence (three words or
 * more, no cue of its own) what it found.
 */
export function findingLabel(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, lex } = ctx;
  const k = sentence.tokStart;
  const noun = lex.findingNouns.longestAt(tokens, k);
  if (!noun || !tokens[k]!.upper || inQuote(ctx, k) || tokens[k + noun.length]?.fold !== ':') return null;
  return finding(ctx, sentence, nounPhrase(ctx, k, k + noun.length), k + noun.length, k + noun.length + 1);
}

/**
 * "In <determiner> … <finding noun>, [participle phrase,] <clause>": a frame opening the sentence whose last
 * word before the comma is a finding noun ("In this poll, Trump rose …").
 */
export function findingFrame(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, lex } = ctx;
  const k = sentence.tokStart;
  const opener = lex.findingOpeners.longestAt(tokens, k);
  if (!opener || inQuote(ctx, k) || !lex.determiners.longestAt(tokens, k + opener.length)) return null;
  let comma = k + opener.length;
  while (comma < sentence.tokEnd && comma - k <= MAX_FRAME && tokens[comma]!.fold !== ',') {
    // (Words, and the slash of joint pollsters: "Washington Post/ABC News".)
    if (!isWord(ctx, comma) && tokens[comma]!.fold !== '/') return null;
    comma++;
  }
  if (tokens[comma]?.fold !== ',' || !lex.findingNouns.longestAt(tokens, comma - 1)) return null;
  const source = nounPhrase(ctx, k + opener.length, comma);
  return finding(ctx, sentence, source, k, afterParticiple(ctx, comma + 1, sentence.tokEnd));
}

/** Words at most between the opener and the finding noun of a closing frame ("in one of the latest weekly polls"). */
const MAX_HEAD = 6;

/**
 * "<clause> in <…> poll(s) <…>.": a frame closing the sentence, its finding noun within a few words of its
 * preposition and no verb after it ("The mayor gained ground with older voters in two of the polls
 * published this week."); the clause before it (three words or more, no cue) is what the polls found.
 */
export function findingTail(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  for (let i = sentence.tokStart + 3; i < end; i++) {
    const opener = inQuote(ctx, i) ? undefined : lex.findingOpeners.longestAt(tokens, i);
    if (!opener) continue;
    let head = -1;
    for (let j = i + opener.length; j < end && j - i <= MAX_HEAD && isWord(ctx, j); j++)
      if (lex.findingNouns.longestAt(tokens, j)) head = j;
    if (head < 0 || !headsPhrase(ctx, head, end) || !frameCloses(ctx, i + opener.length, head, end)) continue;
    for (let j = sentence.tokStart; j < i; j++)
      if (!inQuote(ctx, j) && lex.cues.longestAt(tokens, j)) return null;
    // The clause the frame closes: after a fronted adverbial and its comma ("Despite …, she did not …").
    let from = sentence.tokStart;
    for (let j = sentence.tokStart; j < i; j++) if (tokens[j]!.fold === ',' && !inQuote(ctx, j)) from = j + 1;
    const { kind, range } = classify(ctx, tokens[from]!.start, tokens[i]!.start, from, i);
    if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
    let last = end;
    while (last > i && !isWord(ctx, last - 1)) last--;
    const source = nounPhrase(ctx, i + opener.length, last);
    return {
      speaker: source,
      cue: text.slice(tokens[i]!.start, tokens[i + opener.length - 1]!.end),
      cueClass: 'say',
      cueStart: tokens[i]!.start,
      attribution: [tokens[i]!.start, tokens[last - 1]!.end],
      inherits: false,
      sentence,
      parts: [range],
      kind,
      trailing: true,
    };
  }
  return null;
}

/**
 * Is the finding noun at token `head` the head of its phrase, not a modifier ("the survey office"): the phrase
 * ends after it, or a preposition, a linking word or a participle follows ("polls to emerge", "polls conducted
 * after the debates")?
 */
function headsPhrase(ctx: AttributionContext, head: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const k = head + 1;
  if (k >= end || !isWord(ctx, k)) return true;
  return (
    lex.prepositions.longestAt(tokens, k) !== undefined ||
    lex.linkers.longestAt(tokens, k) !== undefined ||
    /(?:ed|en)$/u.test(tokens[k]!.fold)
  );
}

/**
 * Does the frame's phrase from token `k` run to the sentence's end with no verb of its own: words, commas of a
 * list and hyphens only, none of them a pronoun, nor after its head noun `head` a cue or an auxiliary (before it a
 * cue form is a modifier: "snap polls")?
 */
function frameCloses(ctx: AttributionContext, k: number, head: number, end: number): boolean {
  const { tokens, lex } = ctx;
  for (let j = k; j < end; j++) {
    if (inQuote(ctx, j)) return false;
    if (!isWord(ctx, j)) {
      if (tokens[j]!.fold === ',' || tokens[j]!.fold === '-') continue;
      return j === end - 1;
    }
    // (A capitalised cue form is a name: "Drudge Report".)
    const verb =
      j > head &&
      !tokens[j]!.upper &&
      (lex.cues.longestAt(tokens, j) || lex.auxiliaries.longestAt(tokens, j));
    if (verb || lex.pronouns.longestAt(tokens, j)) return false;
  }
  return true;
}

/** After a participle phrase set off by commas ("conducted in early September,"), else token `k` itself. */
function afterParticiple(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  // (English past participles: only English lists finding nouns.)
  if (!isWord(ctx, k) || tokens[k]!.upper || !/(?:ed|en)$/u.test(tokens[k]!.fold)) return k;
  for (let j = k + 1; j < end && j - k <= MAX_PARTICIPLE; j++) {
    if (tokens[j]!.fold === ',') return j + 1;
    if (!isWord(ctx, j)) return k;
  }
  return k;
}

/**
 * The statement of `source`, its attribution from token `attrFrom`, its content from token `from` to the clause's
 * end, when that holds three words or more and no cue (a clause with its own report is that report's).
 */
function finding(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  source: ReturnType<typeof nounPhrase>,
  attrFrom: number,
  from: number,
): RawStatement | null {
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  if (from >= end || !isWord(ctx, from)) return null;
  for (let j = from; j < end; j++) if (!inQuote(ctx, j) && lex.cues.longestAt(tokens, j)) return null;
  const stop = clauseStop(ctx, from, end, sentence.end, sentence.tokStart);
  const { kind, range } = classify(ctx, tokens[from]!.start, stop, from, end);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  const colon = tokens[from - 1]!;
  return {
    speaker: source,
    cue: text.slice(tokens[attrFrom]!.start, colon.fold === ':' ? colon.end : tokens[attrFrom]!.end),
    cueClass: 'say',
    cueStart: tokens[attrFrom]!.start,
    attribution: trimRange(text, Math.min(tokens[attrFrom]!.start, source.start), tokens[from - 1]!.end),
    inherits: false,
    sentence,
    parts: [range],
    kind,
    trailing: false,
  };
}
