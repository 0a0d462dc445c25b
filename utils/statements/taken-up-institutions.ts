/**
 * Institutions taken up by a common noun of their kind (`Lexicon.institutionAnaphors`): "Der Rüstungskonzern
 * Rheinmetall kündigte an … . …, teilte das Unternehmen mit.", "Министерство обороны Финляндии объявило … .
 * «…», — говорится в сообщении ведомства.", "Банк России сохранил ставку … , говорится в пресс-релизе
 * регулятора." The noun alone names no one; it stands for the last institution named with a word of its kind.
 */
import { foldText } from '../text/normalize';
import { globMatches } from './lexicon/compile';
import { parseSpeakerPhrase, type PhraseContext, type SpeakerPhrase } from './speaker-phrase';

/** How far back (in tokens) an institution named without speaking may be taken up. */
const LOOKBACK = 200;

/**
 * The words that mark the kind of institution the phrase takes up (an entry's `antecedents`, folded), when the
 * phrase is such a noun alone: after a definite determiner or none, before nothing but a place, or in the
 * genitive after one of the `carriers` ("пресс-службе регулятора"). Undefined otherwise.
 */
export function takenUpKind(ctx: PhraseContext, phrase: SpeakerPhrase): string[] | undefined {
  const anaphors = ctx.lex.lexicon.institutionAnaphors;
  if (!anaphors || phrase.kind === 'pronoun' || phrase.kind === 'person') return undefined;
  const { tokens, lex } = ctx;
  const det = lex.determiners.longestAt(tokens, phrase.tokStart);
  // "ein Unternehmen" is one not met before.
  const first = tokens[phrase.tokStart]!.fold;
  if (det && (lex.lexicon.indefiniteDeterminers ?? []).some((d) => foldText(d) === first)) return undefined;
  let k = phrase.tokStart + (det?.length ?? 0);
  k += lex.institutionCarriers.longestAt(tokens, k)?.length ?? 0;
  const noun = tokens[k];
  if (!noun || k >= phrase.tokEnd) return undefined;
  const entry = anaphors.entries.find((e) => e.nouns.some((n) => foldText(n) === noun.fold));
  if (!entry) return undefined;
  // (A place may follow: "das Unternehmen in Düsseldorf"; any other word makes it another phrase.)
  if (k + 1 < phrase.tokEnd && !lex.placePrepositions.longestAt(tokens, k + 1)) return undefined;
  return entry.antecedents.map((a) => foldText(a));
}

/** Does an institution named with these folded words belong to the kind `antecedents` mark? */
export function ofKind(described: readonly string[], antecedents: readonly string[]): boolean {
  return described.some((w) => antecedents.some((a) => globMatches(a, w)));
}

/**
 * The last institution of the kind `antecedents` mark named before token `before` though it did not speak
 * ("Der Rüstungskonzern Nordwerk rechnet mit …", "Министерство обороны Финляндии объявило …"): a phrase opened
 * by a capitalised word of that kind (or by the determiner before it). Null when there is none nearby.
 */
export function institutionNamedBefore(
  ctx: PhraseContext,
  before: number,
  antecedents: readonly string[],
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  for (let j = before - 1; j >= 0 && j >= before - LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !t.upper || !antecedents.some((a) => globMatches(a, t.fold))) continue;
    for (const from of [j - 1, j]) {
      if (from < 0 || (from < j && !lex.determiners.longestAt(tokens, from))) continue;
      const phrase = parseSpeakerPhrase(ctx, from, Math.min(tokens.length, j + 8));
      // (A company named with its trade reads as a role and a name: "Der Rüstungskonzern Rheinmetall".)
      if (phrase && (phrase.kind === 'institution' || phrase.kind === 'person') && phrase.tokEnd > j)
        return phrase;
    }
  }
  return null;
}
