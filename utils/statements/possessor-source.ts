/**
 * A cue noun's possessor is its source: "Trump's claim that …", "the governor's decision to close …", "her
 * refusal to sign …". The noun reports only with its clause or infinitive after it (the caller checks), and the
 * phrase before the possessive "'s", or the possessive determiner (`Lexicon.possessivePronouns`), is who
 * claims, decides or refuses.
 */
import { foldText } from '../text/normalize';
import { type AttributionContext, isWord } from './attribution-base';
import type { CueMatch } from './cues';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, pronounPhrase, type SpeakerPhrase } from './speaker-phrase';

/** Words at most in a possessor ("the former Secretary of State Hillary Clinton's"). */
const MAX_POSSESSOR = 8;

/** Adjectives at most between a possessive and its cue noun ("Trump's latest effort", "her repeated refusal"). */
const MAX_PREMODIFIERS = 2;

/**
 * The token right before the cue noun over its premodifying adjectives (lower-case words that are no function
 * word, cue or verb form): where the possessive "'s" or determiner stands.
 */
function beforeModifiers(
  ctx: AttributionContext,
  cue: Pick<CueMatch, 'tokStart'>,
  sentence: SentenceUnit,
): number {
  const { tokens, lex } = ctx;
  let k = cue.tokStart - 1;
  const adjective = (j: number) =>
    isWord(ctx, j) &&
    !tokens[j]!.upper &&
    !lex.determiners.longestAt(tokens, j) &&
    !lex.prepositions.longestAt(tokens, j) &&
    !lex.linkers.longestAt(tokens, j) &&
    !lex.auxiliaries.longestAt(tokens, j) &&
    !lex.cues.longestAt(tokens, j) &&
    !lex.conjunctions.longestAt(tokens, j) &&
    tokens[j]!.fold !== 's' &&
    !(lex.lexicon.possessivePronouns ?? {})[tokens[j]!.fold];
  for (let m = 0; m < MAX_PREMODIFIERS && k > sentence.tokStart && adjective(k); m++) {
    const before = k - 1;
    const possessive =
      (tokens[before]!.fold === 's' && tokens[before - 1]?.fold === "'") ||
      (lex.lexicon.possessivePronouns ?? {})[tokens[before]!.fold] !== undefined;
    if (!possessive && !adjective(before)) break;
    k = before;
  }
  return k;
}

/** Does a possessive "'s" (written without spaces) end at token `s`? */
function possessiveAt(ctx: AttributionContext, s: number, sentence: SentenceUnit): boolean {
  const { tokens } = ctx;
  const apostrophe = s - 1;
  return (
    apostrophe > sentence.tokStart &&
    tokens[s]!.fold === 's' &&
    tokens[apostrophe]!.fold === "'" &&
    tokens[apostrophe]!.start === tokens[apostrophe - 1]!.end &&
    tokens[s]!.start === tokens[apostrophe]!.end
  );
}

/** Does the apostrophe of a plural's possessive stand at token `k`, right after its "s" ("the editors' view")? */
function pluralPossessiveAt(ctx: AttributionContext, k: number, sentence: SentenceUnit): boolean {
  const { tokens } = ctx;
  const plural = tokens[k - 1];
  return (
    k - 1 >= sentence.tokStart &&
    (tokens[k]!.fold === "'" || tokens[k]!.fold === '’') &&
    plural !== undefined &&
    plural.kind === 'word' &&
    plural.end === tokens[k]!.start &&
    /s$/u.test(plural.fold)
  );
}

/**
 * Does a possessive determiner stand right before the cue ("his claim that …")? (Over adjectives only for noun
 * cues proper, in `possessorSource`: before a homograph a noun may look like one, "the campaign's website
 * states".)
 */
export function possessiveDeterminerBefore(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): boolean {
  const k = cue.tokStart - 1;
  return (
    k >= sentence.tokStart && (ctx.lex.lexicon.possessivePronouns ?? {})[ctx.tokens[k]!.fold] !== undefined
  );
}

/**
 * The possessor of the cue: the longest speaker phrase that ends right before its possessive "'s" (not a
 * pronoun), or a possessive determiner right before it as its pronoun; null when there is none.
 */
export function possessorSource(
  ctx: AttributionContext,
  cue: Pick<CueMatch, 'tokStart'>,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { tokens } = ctx;
  const last = beforeModifiers(ctx, cue, sentence);
  const before = tokens[last];
  if (last >= sentence.tokStart && before) {
    const { possessivePronouns, pronouns } = ctx.lex.lexicon;
    const form = possessivePronouns?.[before.fold];
    const entry = form !== undefined ? pronouns.find((p) => foldText(p.form) === form) : undefined;
    if (entry) return pronounPhrase(last, last + 1, before.start, before.end, entry);
  }
  const apostrophe = possessiveAt(ctx, last, sentence)
    ? last - 1
    : pluralPossessiveAt(ctx, last, sentence)
      ? last
      : -1;
  if (apostrophe < 0) return null;
  for (let from = Math.max(sentence.tokStart, apostrophe - MAX_POSSESSOR); from < apostrophe; from++) {
    const phrase = parseSpeakerPhrase(ctx, from, apostrophe);
    if (phrase && phrase.tokEnd === apostrophe && phrase.kind !== 'pronoun') return phrase;
  }
  return null;
}
