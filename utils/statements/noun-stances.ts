/**
 * Stances named by a noun, in the positions mode (`Lexicon.nounCues`): "the editors' disdain for the nominee",
 * "his adulation of the strongman", "withering criticism for its silence". The noun's object, after its
 * preposition, is the content; its possessor is the source, and with none the stance is nobody's in
 * particular (no speaker is sought for it).
 */
import { type AttributionContext, inQuote, isWord, type RawStatement, trimRange } from './attribution-base';
import { classify } from './complement';
import { nounPhrase } from './noun-phrases';
import { possessorSource } from './possessor-source';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';

/** Tokens at most in the object ("its failure to speak out on the abuses at the end of the war"). */
const MAX_OBJECT = 30;

/**
 * Punctuation that may stand inside the object: hyphens, apostrophes, quotation marks, a dollar sign, and the
 * period of an abbreviation (inside a sentence unit a period ends none: "Mr. Lee").
 */
const INNER_PUNCTUATION = new Set(['-', "'", '’', '"', '“', '”', '$', '%', '/', '.']);

/** Statements of the sentence's noun cues, pushed to `out` (none in a cue's attribution or twice). */
export function nounStances(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  for (let i = sentence.tokStart; i < end; i++) {
    const match = inQuote(ctx, i) ? undefined : lex.nounCues.longestAt(tokens, i);
    if (!match) continue;
    const cueStart = tokens[i]!.start;
    const from = i + match.length;
    i = from - 1;
    // (A verb after "to" or an auxiliary: "continued to call for", "will call for".)
    const before = from - match.length - 1;
    if (
      before >= sentence.tokStart &&
      (lex.infinitiveOpeners.longestAt(tokens, before) || lex.auxiliaries.longestAt(tokens, before))
    )
      continue;
    // (Part of a verb cue, "raised questions about", "expressed concern about", or of its attribution.)
    if (lex.cues.matchEndingAt(tokens, from - 1).some((c) => c.length > match.length)) continue;
    if (out.some((r) => r.attribution[0] <= cueStart && cueStart < r.attribution[1])) continue;
    const stop = objectEnd(ctx, from, end);
    if (stop <= from) continue;
    const { kind, range } = classify(ctx, tokens[from]!.start, tokens[stop - 1]!.end, from, stop);
    if (range[1] <= range[0]) continue;
    const noun = from - match.length;
    const owner = possessorSource(ctx, { tokStart: noun }, sentence) ?? commonPossessor(ctx, noun, sentence);
    const nobody = !owner && sourceless(ctx, noun, sentence);
    const speaker = owner ?? (nobody ? null : verbSubject(ctx, noun, sentence));
    const cueEnd = tokens[from - 1]!.end;
    out.push({
      speaker,
      // (With no possessor, the subject of the verb the noun is the object of takes the stance, "the mayor
      // voiced outrage over …", read here or like any subject; a noun opening its clause or met by its subject,
      // "faced criticism for …", is nobody's.)
      ...(nobody ? { unattributed: true as const } : {}),
      cue: text.slice(cueStart, cueEnd),
      cueClass: match.value.class,
      cueStart,
      attribution: trimRange(text, Math.min(cueStart, speaker?.start ?? cueStart), cueEnd),
      inherits: false,
      sentence,
      parts: [range],
      kind,
      trailing: false,
    });
  }
}

/**
 * Where the noun's object from token `from` ends (exclusive): at punctuation that closes a phrase, or at a
 * finite auxiliary, the predicate of the clause the noun phrase is the subject of ("the editors' disdain for
 * the nominee | was plain"); an infinitive's "to be" and the verbs of a relative clause or a question ("about
 * what he might hide") are the object's.
 */
function objectEnd(ctx: AttributionContext, from: number, end: number): number {
  const { tokens, lex } = ctx;
  let relative = false;
  let k = from;
  for (; k < end && k - from < MAX_OBJECT; k++) {
    if (inQuote(ctx, k)) continue;
    const t = tokens[k]!;
    if (!isWord(ctx, k)) {
      if (INNER_PUNCTUATION.has(t.fold)) continue;
      break;
    }
    if (
      lex.questionWords.longestAt(tokens, k) ||
      (k > from && (lex.relativePronouns.longestAt(tokens, k) || lex.complementizers.longestAt(tokens, k)))
    )
      relative = true;
    const auxiliary = lex.auxiliaries.longestAt(tokens, k) && !lex.infinitiveOpeners.longestAt(tokens, k - 1);
    if ((auxiliary || pastWithObject(ctx, k)) && !relative) break;
  }
  return k;
}

/**
 * A past tense with its object at token `k`, the predicate of the clause the noun phrase is the subject of:
 * "-ed" and a determiner or a pronoun after it ("… surprised nobody", "… angered the board"; not a participle
 * with its complement, "the abuses reported by …").
 */
function pastWithObject(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (tokens[k]!.upper || !/^\p{Ll}+ed$/u.test(tokens[k]!.fold) || !isWord(ctx, k + 1)) return false;
  return (
    lex.determiners.longestAt(tokens, k + 1) !== undefined ||
    lex.pronouns.longestAt(tokens, k + 1) !== undefined ||
    INDEFINITE_OBJECTS.has(tokens[k + 1]!.fold)
  );
}

/** Indefinite pronouns as objects ("surprised nobody"), which the lexicon's subject pronouns do not list. */
const INDEFINITE_OBJECTS = new Set([
  'nobody',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'someone',
  'many',
]);

/** Words at most between a noun cue and the verb or clause start before it ("drew [sharp and] bitter criticism"). */
const MAX_PREMODIFIERS = 3;

/**
 * Is the stance of the noun cue at token `noun` nobody's in particular: its phrase opens its clause (the
 * sentence's start or a comma, over a determiner and adjectives), or a verb whose subject meets the stance
 * stands right before it (`Lexicon.stanceReceivers`: "faced sharp criticism")?
 */
function sourceless(ctx: AttributionContext, noun: number, sentence: SentenceUnit): boolean {
  const { tokens, lex } = ctx;
  for (let k = noun - 1; k >= sentence.tokStart - 1 && noun - k <= MAX_PREMODIFIERS + 1; k--) {
    if (k < sentence.tokStart || tokens[k]!.fold === ',') return true;
    if (lex.stanceReceivers.matchEndingAt(tokens, k).length > 0) return true;
    if (!isWord(ctx, k) || inQuote(ctx, k) || (tokens[k]!.upper && k > sentence.tokStart)) return false;
    if (
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.prepositions.longestAt(tokens, k) ||
      lex.cues.longestAt(tokens, k)
    )
      return false;
  }
  return false;
}

/** Tokens at most between the subject and the noun cue: its verb, a determiner, adjectives. */
const MAX_VERB_GROUP = 4;

/**
 * The subject of the sentence when the noun cue at token `noun` is its verb's object: a speaker phrase opening
 * the sentence, then only a few words, the verb and the noun's determiner and adjectives ("Dozens of mayors
 * showed open scorn for …"); else null.
 */
function verbSubject(ctx: AttributionContext, noun: number, sentence: SentenceUnit): SpeakerPhrase | null {
  const phrase = parseSpeakerPhrase(ctx, sentence.tokStart, noun);
  if (!phrase || phrase.tokStart > sentence.tokStart + 1 || phrase.tokEnd >= noun) return null;
  if (noun - phrase.tokEnd > MAX_VERB_GROUP) return null;
  // (Lower-case words: a name there premodifies the noun, "references FBI criticism of …".)
  for (let k = phrase.tokEnd; k < noun; k++)
    if (!isWord(ctx, k) || inQuote(ctx, k) || ctx.tokens[k]!.upper) return null;
  return phrase;
}

/** Lower-case words at most in a possessor the speaker grammar does not read ("editorial boards'"). */
const MAX_COMMON_POSSESSOR = 2;

/**
 * A possessor made of common nouns right before the noun cue, which the speaker grammar takes for no speaker:
 * the plural's apostrophe or "'s" after one or two lower-case words that are no function words ("editorial
 * boards' disdain", "the panel's scorn"); else null.
 */
function commonPossessor(
  ctx: AttributionContext,
  noun: number,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let apostrophe = noun - 1;
  if (tokens[apostrophe]?.fold === 's' && tokens[apostrophe]!.start === tokens[apostrophe - 1]?.end)
    apostrophe--;
  const mark = tokens[apostrophe];
  if (!mark || (mark.fold !== "'" && mark.fold !== '’') || mark.start !== tokens[apostrophe - 1]?.end)
    return null;
  let from = apostrophe;
  const common = (k: number) =>
    isWord(ctx, k) &&
    !inQuote(ctx, k) &&
    !tokens[k]!.upper &&
    !lex.determiners.longestAt(tokens, k) &&
    !lex.prepositions.longestAt(tokens, k) &&
    !lex.linkers.longestAt(tokens, k) &&
    !lex.conjunctions.longestAt(tokens, k) &&
    !lex.auxiliaries.longestAt(tokens, k) &&
    !lex.cues.longestAt(tokens, k);
  while (from - 1 >= sentence.tokStart && apostrophe - from < MAX_COMMON_POSSESSOR && common(from - 1))
    from--;
  return from < apostrophe ? nounPhrase(ctx, from, apostrophe) : null;
}

/**
 * Criticism met by the sentence's subject, with no object after the noun (`Lexicon.metStances`, the positions
 * mode only): "The clip has faced ridicule online", "The senator is drawing criticism after …". The subject is
 * what the stance is taken on, a source after "from" who takes it ("faced heavy criticism from columnists"),
 * else nobody in particular.
 */
export function metStances(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex, text } = ctx;
  if ((lex.lexicon.nounCues ?? []).length === 0) return;
  const end = sentence.tokEnd;
  for (let verb = sentence.tokStart + 1; verb < end; verb++) {
    const receiver = inQuote(ctx, verb) ? undefined : lex.stanceReceivers.longestAt(tokens, verb);
    if (!receiver) continue;
    let noun = verb + receiver.length;
    while (
      noun < end &&
      noun - verb - receiver.length < MAX_PREMODIFIERS &&
      !lex.metStances.longestAt(tokens, noun)
    ) {
      if (!isWord(ctx, noun) || tokens[noun]!.upper || lex.prepositions.longestAt(tokens, noun)) break;
      noun++;
    }
    if (!lex.metStances.longestAt(tokens, noun) || inQuote(ctx, noun)) continue;
    // (With its object the noun is a cue of its own: "faced criticism for …".)
    if (lex.nounCues.longestAt(tokens, noun)) continue;
    const subject = metSubject(ctx, verb, sentence);
    if (!subject) continue;
    const from = tokens[noun + 1]?.fold === 'from' ? parseSpeakerPhrase(ctx, noun + 2, end) : null;
    const source = from && from.tokStart === noun + 2 ? from : null;
    const cueEnd = tokens[noun]!.end;
    out.push({
      speaker: source,
      ...(source ? {} : { unattributed: true as const }),
      cue: text.slice(tokens[verb]!.start, cueEnd),
      cueClass: 'criticise',
      cueStart: tokens[verb]!.start,
      attribution: [tokens[verb]!.start, source ? source.end : cueEnd],
      inherits: false,
      sentence,
      parts: [[tokens[subject[0]]!.start, tokens[subject[1] - 1]!.end]],
      kind: 'indirect',
      trailing: false,
    });
    return;
  }
}

/**
 * The subject opening the sentence before the verb at token `verb` and its auxiliaries ("The clip | has
 * faced"), as token bounds, when it is a speaker phrase or a few plain words; else null.
 */
function metSubject(ctx: AttributionContext, verb: number, sentence: SentenceUnit): [number, number] | null {
  const { tokens, lex } = ctx;
  let stop = verb;
  while (stop - 1 > sentence.tokStart && lex.auxiliaries.longestAt(tokens, stop - 1)) stop--;
  if (stop <= sentence.tokStart) return null;
  const phrase = parseSpeakerPhrase(ctx, sentence.tokStart, stop);
  if (phrase && phrase.tokEnd === stop && phrase.kind !== 'pronoun') return [phrase.tokStart, stop];
  if (stop - sentence.tokStart > MAX_VERB_GROUP) return null;
  for (let k = sentence.tokStart; k < stop; k++)
    if (
      !isWord(ctx, k) ||
      inQuote(ctx, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.cues.longestAt(tokens, k)
    )
      return null;
  return [sentence.tokStart, stop];
}
