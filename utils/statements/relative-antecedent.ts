/**
 * The source of a cue whose subject is a relative pronoun set off by a comma, when the speaker grammar could
 * not read its antecedent: a plain noun phrase ("The deal was attacked by the regulator, which said …",
 * "…, a think tank that …"). The antecedent is the phrase that ends at the comma, never the clause's first
 * phrase, which may be anything else ("The deal", the object of the attack). In the positions mode, the same
 * for a stance or an intention in a restrictive relative clause, with no comma ("counties that want to …").
 */
import type { AttributionContext } from './attribution-base';
import { fillerAt, inQuote, isWord } from './attribution-base';
import type { SentenceUnit } from './sentences';
import type { SpeakerPhrase } from './speaker-phrase';

/** Words at most in the antecedent. */
const MAX_WORDS = 8;
/** Tokens at most between the relative pronoun and the cue (adverbs, times: "which later said"). */
const MAX_BETWEEN = 3;

/** The relative pronoun (not "that", also a complementizer) right before the cue, fillers aside; or -1. */
function relativeBefore(ctx: AttributionContext, sentence: SentenceUnit, cue: number): number {
  const { tokens, lex } = ctx;
  for (let j = cue - 1; j > sentence.tokStart && cue - j <= MAX_BETWEEN + 1; j--) {
    if (inQuote(ctx, j) || !isWord(ctx, j)) return -1;
    // (Over an auxiliary contracted onto the pronoun: "who's called for", "who'd said".)
    if (contractedAt(ctx, j)) j -= 2;
    if (lex.relativePronouns.longestAt(tokens, j)) return lex.complementizers.longestAt(tokens, j) ? -1 : j;
    if (!fillerAt(ctx, j) && !adverbAfterRelative(ctx, j)) return -1;
  }
  return -1;
}

/** Auxiliaries contracted onto the word before them: "who's", "who'd", "which've". */
const CONTRACTED = new Set(['s', 'd', 've', 'll']);

/** Is the word at `k` an auxiliary contracted onto the word before it, after an apostrophe touching both? */
function contractedAt(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  const apostrophe = tokens[k - 1];
  return (
    CONTRACTED.has(tokens[k]!.fold) &&
    apostrophe !== undefined &&
    /^['’]$/u.test(apostrophe.fold) &&
    apostrophe.end === tokens[k]!.start &&
    tokens[k - 2]?.end === apostrophe.start
  );
}

/**
 * In the positions mode (`Lexicon.relativeSubjectsReport`), one adverb right after the relative pronoun,
 * before its verb: "which first reported", "who long opposed", "which together vowed". Between a subject
 * pronoun and a finite verb a lower-case word that is no function word, no cue and no plural is an adverb.
 */
function adverbAfterRelative(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.lexicon.relativeSubjectsReport !== true || !lex.relativePronouns.longestAt(tokens, k - 1))
    return false;
  const t = tokens[k]!;
  if (t.upper || !nounLike(ctx, k) || lex.cues.longestAt(tokens, k)) return false;
  return !(lex.lexicon.pluralSuffixes ?? []).some((s) => t.fold.length > s.length + 2 && t.fold.endsWith(s));
}

/**
 * Where the mark setting off the relative clause whose pronoun is at `relative` begins: a comma, or in the
 * positions mode (`Lexicon.relativeSubjectsReport`) a dash too, perhaps typed as two hyphens ("the senator —
 * who has called for …", "the judges -- who cited …"); -1 when none stands there.
 */
function markBefore(ctx: AttributionContext, relative: number): number {
  const { tokens } = ctx;
  const k = relative - 1;
  const fold = tokens[k]?.fold;
  if (fold === ',') return k;
  if (ctx.lex.lexicon.relativeSubjectsReport !== true || fold !== '-') return -1;
  // (Tokens fold every dash to a hyphen; a lone hyphen stands apart from the words around it.)
  if (tokens[k - 1]?.fold === '-' && tokens[k - 1]!.end === tokens[k]!.start) return k - 1;
  return tokens[k - 1]!.end < tokens[k]!.start ? k : -1;
}

/**
 * For a cue at token `cue` whose subject is a relative pronoun after a comma: the noun phrase before the comma
 * (from its determiner, or its capitalised first word, to the comma), or null when none stands there.
 * Undefined when the cue's subject is no such pronoun.
 */
export function relativeAntecedent(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cue: number,
): SpeakerPhrase | null | undefined {
  const { tokens, lex } = ctx;
  const relative = relativeBefore(ctx, sentence, cue);
  const end = relative < 0 ? -1 : markBefore(ctx, relative);
  if (end < 0 || inQuote(ctx, end)) return undefined;
  // Back from the comma to the nearest determiner ("the regulator", "the agency's chief"), or over a run of
  // capitalised words ("Acme Holdings"); a word that cannot stand inside a noun phrase ends the search.
  let start = -1;
  let capitalised = end;
  for (let k = end - 1; k >= sentence.tokStart && end - k <= MAX_WORDS; k--) {
    const possessive = tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]?.end;
    if (possessive) continue;
    if (!isWord(ctx, k) || inQuote(ctx, k)) break;
    // (A number opens the phrase as a determiner would: "40 retired judges".)
    if (lex.determiners.longestAt(tokens, k) || /^\d/u.test(tokens[k]!.fold)) {
      start = k;
      break;
    }
    if (closesNounPhrase(ctx, k)) break;
    if (tokens[k]!.upper && capitalised === k + 1) capitalised = k;
  }
  if (start < 0 && capitalised < end) start = capitalised;
  if (start < 0 || start >= end) return null;
  return group(ctx, start, end);
}

/** Modifiers at most between the determiner of a restrictive relative's antecedent and its noun. */
const MODIFIERS = 1;

/**
 * A word no noun phrase goes on through, read backwards from its noun: a preposition, auxiliary, conjunction,
 * complementizer, pronoun or cue (a cue form that is also a noun may stand in one: "a group of critics").
 */
function closesNounPhrase(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  return Boolean(
    lex.prepositions.longestAt(tokens, k) ||
    lex.auxiliaries.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    (lex.cues.longestAt(tokens, k) && !lex.nounHomographs.longestAt(tokens, k)),
  );
}

/** A word that may head or modify a noun phrase: none of `closesNounPhrase`, no determiner or relative pronoun. */
function nounLike(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return !(
    lex.determiners.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    closesNounPhrase(ctx, k)
  );
}

/**
 * For a cue at token `cue` whose subject is the relative pronoun of a restrictive clause, with no comma before
 * it ("counties that may not want to pay", "a group that intends to …", "some who see the plan as …"): the
 * noun phrase right before the pronoun, from its determiner or to the word that cannot stand in it, or null.
 * "That" counts here too: right before a finite verb it is the clause's subject, never a complementizer, which
 * a subject must follow; but not after a cue ("said that …") nor a noun a cue may govern ("the claim that").
 */
export function restrictiveAntecedent(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cue: number,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let relative = -1;
  for (let j = cue - 1; j > sentence.tokStart && cue - j <= MAX_BETWEEN + 1; j--) {
    if (inQuote(ctx, j) || !isWord(ctx, j)) return null;
    if (lex.relativePronouns.longestAt(tokens, j)?.length === 1) {
      relative = j;
      break;
    }
    if (!fillerAt(ctx, j)) return null;
  }
  const end = relative;
  if (end <= sentence.tokStart || tokens[relative]!.fold === 'whose' || tokens[relative]!.fold === 'whom')
    return null;
  // A determiner standing alone is the antecedent itself: "some who see the plan as …".
  if ((lex.lexicon.standaloneDeterminers ?? []).includes(tokens[end - 1]!.fold))
    return group(ctx, end - 1, end);
  if (!nounLike(ctx, end - 1)) return null;
  // From its determiner, over modifiers ("a political group", "a number of cities"); with none, the noun alone,
  // since a word before it may as well be the verb it is the object of ("the plan needs counties that …").
  let start = end - 1;
  let reach = MODIFIERS;
  for (let k = end - 2; k >= sentence.tokStart && reach >= 0; k--, reach--) {
    if (lex.determiners.longestAt(tokens, k)) {
      start = k;
      break;
    }
    // (Through "of" after a quantity: "a number of cities", "dozens of groups".)
    if (tokens[k]!.fold === 'of' && k - 1 >= sentence.tokStart && nounLike(ctx, k - 1)) {
      reach++;
      continue;
    }
    if (!nounLike(ctx, k)) break;
  }
  return group(ctx, start, end);
}

/** The noun phrase of tokens [start, end), as a group speaker. */
function group(ctx: AttributionContext, start: number, end: number): SpeakerPhrase {
  const { tokens, lex } = ctx;
  const last = tokens[end - 1]!;
  const plural = (lex.lexicon.pluralSuffixes ?? []).some(
    (s) => last.fold.length > s.length + 2 && last.fold.endsWith(s),
  );
  return {
    tokStart: start,
    tokEnd: end,
    start: tokens[start]!.start,
    end: last.end,
    kind: 'group',
    number: plural ? 'pl' : 'sg',
  };
}
