/**
 * Statements attributed by layout rather than by a cue: a speaker's label opening a paragraph (transcripts,
 * "Smith: …" headlines), a paragraph or quotation signed with a name after a dash. Names and labels are cached
 * per token array.
 */
import type { SentenceUnit } from './sentences';
import type { Token } from './tokens';
import { parseSpeakerPhrase, speakerEndingAt } from './speaker-phrase';
import {
  type AttributionContext,
  inQuote,
  isWord,
  quotedWithin,
  quoteInner,
  type RawStatement,
  trimRange,
  wordCount,
  zeroSubject,
} from './attribution-base';
import { classify } from './complement';
import { foldText } from '../text/normalize';

const namesCache = new WeakMap<readonly Token[], Set<string>>();

const HAS_LOWER = /\p{Ll}/u;

/**
 * Folded capitalised words that stand after another word in running text ("Mike Pence"; not the capitals of
 * "READ MORE"), computed once per text.
 */
function namesInText(text: string, tokens: readonly Token[]): Set<string> {
  let names = namesCache.get(tokens);
  if (names) return names;
  names = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.kind === 'word' &&
      t.upper &&
      tokens[k - 1]!.kind === 'word' &&
      HAS_LOWER.test(text.slice(t.start, t.end))
    )
      names.add(t.fold);
  }
  namesCache.set(tokens, names);
  return names;
}

/** Does a paragraph start at `pos` (the text's start or a line break before it, spaces aside)? */
export function paragraphStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

/** Token index of the line break that ends the paragraph holding token `from`, or the tokens' length. */
export function paragraphEnd(ctx: AttributionContext, from: number): number {
  let k = from;
  while (k < ctx.tokens.length && ctx.tokens[k]!.kind !== 'break') k++;
  return k;
}

const transcriptCache = new WeakMap<readonly Token[], Set<string>>();

/**
 * The labels of a quoted transcript: the last words of the capitals-only labels that open its paragraphs
 * after a quotation mark ("“WALLACE: …¶“PENCE: …"), when one of them names someone the text names. The
 * interviewer is often named nowhere else, but speaks in the same format as the guest.
 */
function transcriptLabels(ctx: AttributionContext): Set<string> {
  const { tokens, text } = ctx;
  let labels = transcriptCache.get(tokens);
  if (labels) return labels;
  labels = new Set<string>();
  const names = namesInText(text, tokens);
  let named = false;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (k > 0 && tokens[k - 1]!.kind !== 'break') continue;
    if (tokens[k]!.fold !== '"') continue;
    let j = k + 1;
    while (j < tokens.length && j - k <= 3 && isWord(ctx, j)) {
      const word = text.slice(tokens[j]!.start, tokens[j]!.end);
      if (word !== word.toUpperCase() || !/\p{L}/u.test(word)) break;
      j++;
    }
    if (j === k + 1 || tokens[j]?.fold !== ':') continue;
    const fold = tokens[j - 1]!.fold;
    labels.add(fold);
    if (names.has(fold)) named = true;
  }
  if (!named) labels.clear();
  transcriptCache.set(tokens, labels);
  return labels;
}

/**
 * "SMITH: Well, look, …" / "Smith: Talks Have Failed": a speaker phrase (not a pronoun) that alone opens the
 * paragraph, a colon, then at least three words up to the paragraph's end.
 */
export function labelStatement(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  from = sentence.tokStart,
  quoted = false,
): RawStatement | null {
  const { tokens, text } = ctx;
  let colon = from + 1;
  while (colon < sentence.tokEnd && colon - from <= 6 && isWord(ctx, colon)) colon++;
  if (colon >= sentence.tokEnd || tokens[colon]!.fold !== ':' || (!quoted && inQuote(ctx, colon)))
    return null;
  const np = speakerEndingAt(ctx, from, colon);
  if (!np || np.tokStart !== from || np.kind === 'pronoun' || np.kind === 'group') return null;
  // Where every noun is capitalised, one capitalised word is a heading ("Bildung:"), not a name.
  if (ctx.lex.lexicon.capitalisedNouns && np.kind === 'person' && np.tokEnd - np.tokStart === 1) return null;
  // Section labels ("READ MORE:", "Watch:", "Correction:") are common words; a speaker's name also stands
  // inside the text's sentences ("Vice President Mike Pence" for "PENCE:").
  for (let k = np.tokStart; k < np.tokEnd; k++)
    if (isWord(ctx, k) && ctx.lowercase?.has(tokens[k]!.fold)) return null;
  const fold = tokens[np.tokEnd - 1]!.fold;
  if (!namesInText(text, tokens).has(fold) && !(quoted && transcriptLabels(ctx).has(fold))) return null;
  const last = paragraphEnd(ctx, colon + 1);
  let stopChar = last < tokens.length ? tokens[last]!.start : text.length;
  // Inside a quoted transcript the closing mark of the quotation is not content.
  const q = ctx.quoteOf[colon]!;
  if (quoted && q !== -1) stopChar = Math.min(stopChar, ctx.quotes[q]!.close);
  const { kind, range } = classify(ctx, tokens[colon + 1]?.start ?? stopChar, stopChar, colon + 1, last);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  return {
    speaker: np,
    cue: ':',
    cueStart: tokens[colon]!.start,
    attribution: [np.start, tokens[colon]!.end],
    inherits: false,
    sentence,
    parts: [range],
    // A quoted transcript reports the speaker's own words.
    kind: quoted ? 'direct' : kind,
    trailing: false,
  };
}

/** Token index of the line break that opens the paragraph holding token `k`, plus one (or 0). */
function paragraphFirstToken(ctx: AttributionContext, k: number): number {
  while (k > 0 && ctx.tokens[k - 1]!.kind !== 'break') k--;
  return k;
}

/** Links left at the end of an embedded post ("pic.twitter.com/…", "https://t.co/…"): no content. */
const TRAILING_LINK = /\s*(?:\S*\.\S+\/\S*\s*)+$/u;

/**
 * A paragraph signed at its end by its author, with no cue: a pull quote ("It was hard at first. Ana Diaz,
 * nurse" on a line of its own in the page) or the text of an embedded post, whose signature is a dash, the
 * name and the account ("… — City Hall (@cityhall) May 2, 2019"). The paragraph before the signature is the
 * statement. `sentence` is the paragraph's last unit; the signature is a name (or an institution), perhaps with
 * a role after a comma, and nothing else but the account and date of a post.
 */
export function signedParagraph(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, text } = ctx;
  const end = sentence.tokEnd;
  if (end < tokens.length && tokens[end]!.kind !== 'break') return null;
  const first = paragraphFirstToken(ctx, sentence.tokStart);
  let signature = -1;
  let post = false;
  // An embedded post: "… — Name (@account) date".
  for (let i = Math.max(first + 1, sentence.tokStart); i < end - 3; i++) {
    if (tokens[i]!.fold !== '-' || inQuote(ctx, i)) continue;
    const np = parseSpeakerPhrase(ctx, i + 1, end);
    if (np && tokens[np.tokEnd]?.fold === '(' && tokens[np.tokEnd + 1]?.fold === '@') {
      signature = i + 1;
      post = true;
      break;
    }
  }
  // A pull quote: the paragraph's last unit is the name alone, after at least one sentence.
  if (signature < 0 && sentence.tokStart > first && /[.!?]/.test(tokens[sentence.tokStart - 1]!.fold)) {
    const np = parseSpeakerPhrase(ctx, sentence.tokStart, end);
    if (!np || np.kind === 'pronoun' || np.kind === 'group') return null;
    // One word may be any capitalised noun or a rating ("PG"): a known institution or a full name signs.
    if (np.tokEnd - np.tokStart < 2 && !np.institutionEntry) return null;
    if (np.kind === 'person' && !(np.name ?? '').includes(' ')) return null;
    let k = np.tokEnd;
    // A role after a comma: a few words, no cue, no verb-like auxiliary.
    if (tokens[k]?.fold === ',') {
      const from = ++k;
      while (
        k < end &&
        isWord(ctx, k) &&
        !ctx.lex.cues.longestAt(tokens, k) &&
        !ctx.lex.auxiliaries.longestAt(tokens, k)
      )
        k++;
      if (k === from || k - from > 6) return null;
    }
    while (k < end && tokens[k]!.kind === 'punct' && tokens[k]!.fold !== '/') k++;
    if (k < end) return null;
    signature = sentence.tokStart;
  }
  if (signature < 0) return null;
  const np = parseSpeakerPhrase(ctx, signature, end)!;
  const contentEndChar = post ? tokens[signature - 1]!.start : tokens[signature - 1]!.end;
  let [a, b] = trimRange(text, tokens[first]!.start, contentEndChar);
  const link = TRAILING_LINK.exec(text.slice(a, b));
  if (link) [a, b] = trimRange(text, a, b - link[0].length);
  if (b <= a || wordCount(ctx, a, b) < 5 || quotedWithin(ctx, a, b)) return null;
  return {
    speaker: np,
    cue: '',
    cueStart: tokens[signature]!.start,
    attribution: [np.start, np.end],
    inherits: false,
    sentence,
    parts: [[a, b]],
    kind: 'indirect',
    trailing: true,
  };
}

/** "“Q.” ― Jane Doe": quotations, each with a dash, a personal name, then only punctuation to the line's end. */
export function signedQuotations(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] {
  const { tokens, text } = ctx;
  const out: RawStatement[] = [];
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== '-' || inQuote(ctx, i)) continue;
    const q = ctx.quoteOf[i - 1]!;
    if (q === -1 || ctx.quotes[q]!.close !== tokens[i - 1]!.start) continue;
    const np = parseSpeakerPhrase(ctx, i + 1, sentence.tokEnd);
    if (!np || np.kind !== 'person') continue;
    let k = np.tokEnd;
    while (k < tokens.length && tokens[k]!.kind === 'punct') k++;
    if (k < tokens.length && tokens[k]!.kind !== 'break') continue;
    const range = trimRange(text, ...quoteInner(ctx, q));
    if (range[1] <= range[0]) continue;
    out.push({
      speaker: np,
      cue: text.slice(tokens[i]!.start, tokens[i]!.end),
      cueStart: tokens[i]!.start,
      attribution: [tokens[i]!.start, np.end],
      inherits: false,
      sentence,
      parts: [range],
      kind: 'direct',
      trailing: true,
    });
  }
  return out;
}

/**
 * An interview's answer: a label of `Lexicon.interviewAnswers` and a full stop or a colon opening the paragraph
 * ("Respuesta. Los finlandeses entendieron …", "R. …"). The rest of the paragraph is the interviewee's own
 * words; the speaker is left unsaid, so that it resolves to the last one named (the article introduces whom it
 * interviews). Null when the paragraph opens otherwise.
 */
export function interviewAnswer(ctx: AttributionContext, sentence: SentenceUnit): RawStatement | null {
  const { tokens, text } = ctx;
  const labels = ctx.lex.lexicon.interviewAnswers;
  const k = sentence.tokStart;
  const label = tokens[k];
  if (!labels || !label || label.kind !== 'word' || !label.upper) return null;
  if (!labels.some((l) => foldText(l) === label.fold)) return null;
  const mark = tokens[k + 1];
  if (!mark || (mark.fold !== '.' && mark.fold !== ':') || !isWord(ctx, k + 2)) return null;
  const last = paragraphEnd(ctx, k + 2);
  const stopChar = last < tokens.length ? tokens[last]!.start : text.length;
  const range = trimRange(text, tokens[k + 2]!.start, stopChar);
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return null;
  return {
    speaker: zeroSubject(label.start, k),
    cue: '',
    cueStart: label.start,
    attribution: [label.start, mark.end],
    inherits: false,
    sentence,
    parts: [range],
    kind: 'direct',
    trailing: false,
  };
}

/**
 * A speaker's label opening a paragraph, with no quotation: transcripts ("SMITH: Well, look, …") and headlines
 * ("Smith: Talks Have Failed") attribute the rest of the paragraph, whatever cues it holds. Null when there is
 * none.
 */
export function paragraphLabels(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] | null {
  const { tokens } = ctx;
  const end = sentence.tokEnd;
  const labelled = labelStatement(ctx, sentence);
  if (labelled) return [labelled];
  // A quoted transcript: each of its paragraphs opens with a mark, then a label ("“WALLACE: …¶“PENCE: …").
  const q = ctx.quoteOf[sentence.tokStart]!;
  if (q !== -1 && tokens[sentence.tokStart]!.start === ctx.quotes[q]!.open) {
    const labels: RawStatement[] = [];
    for (let k = sentence.tokStart; k < end; k++) {
      if (k !== sentence.tokStart && tokens[k - 1]!.kind !== 'break') continue;
      const from = tokens[k]!.kind === 'punct' && tokens[k]!.fold === '"' ? k + 1 : k;
      const label = from < end ? labelStatement(ctx, sentence, from, true) : null;
      if (label) labels.push(label);
    }
    if (labels.length > 0) return labels;
  }
  return null;
}
