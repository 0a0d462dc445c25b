/**
 * Outlets taken up by a common noun: "Ранее «Ведомости» писали … . По данным газеты, …", "Раніше «Економічна
 * правда» писала … . За даними видання …", "Come ha rivelato il quotidiano Domani … . Secondo il quotidiano …".
 * The noun alone (`Lexicon.outletNouns`) names no one; it stands for the newspaper, broadcaster or website named
 * last. An outlet is named by its title in quotation marks (as the Slavic and German press write them), by an
 * outlet noun with its name after it ("газета «Коммерсантъ»", "il quotidiano Kommersant"), or as the subject
 * of a verb that reports a publication (`Lexicon.viaMarkers`: "пишет The Wall Street Journal").
 */
import { foldText } from '../text/normalize';
import type { PhraseContext, SpeakerPhrase } from './speaker-phrase';

/** Opening quotation marks a title may be written in. */
const TITLE_OPENERS = /^[«„"“‘‚]/u;

/** The token after the phrase's determiner, if any. */
function headAt(ctx: PhraseContext, phrase: SpeakerPhrase): number {
  const det = ctx.lex.determiners.longestAt(ctx.tokens, phrase.tokStart)?.length ?? 0;
  return phrase.tokStart + det;
}

/**
 * Is the phrase an outlet noun alone, after its determiner if any ("газеты", "il quotidiano"), or after a noun
 * of the outlet's own publications (`institutionAnaphors.carriers`: "согласно материалу издания")?
 */
export function outletNounAlone(ctx: PhraseContext, phrase: SpeakerPhrase): boolean {
  let k = headAt(ctx, phrase);
  const carrier = ctx.lex.institutionCarriers.longestAt(ctx.tokens, k);
  if (carrier && k + carrier.length < phrase.tokEnd) k += carrier.length;
  const noun = ctx.lex.outletNouns.longestAt(ctx.tokens, k);
  return noun !== undefined && k + noun.length === phrase.tokEnd;
}

/** Does the phrase, subject of `cue`, name an outlet (see the header)? */
export function namesOutlet(ctx: PhraseContext, phrase: SpeakerPhrase, cue: string): boolean {
  if (phrase.kind === 'pronoun') return false;
  if (TITLE_OPENERS.test(ctx.text.slice(phrase.start, phrase.start + 1))) return true;
  const k = headAt(ctx, phrase);
  const noun = ctx.lex.outletNouns.longestAt(ctx.tokens, k);
  if (noun !== undefined && k + noun.length < phrase.tokEnd) return true;
  // (Not a marker that is also "according to": Italian "secondo" names any source.)
  // (A parenthetical cue keeps its marker: "Как пишет X, …" reports a publication as "пишет X" does.)
  const { viaMarkers, accordingTo, asMarkers } = ctx.lex.lexicon;
  let folded = foldText(cue.trim());
  const marker = (asMarkers ?? []).map(foldText).find((m) => folded.startsWith(`${m} `));
  if (marker) folded = folded.slice(marker.length + 1);
  return (
    folded !== '' &&
    viaMarkers.some((v) => foldText(v) === folded) &&
    !accordingTo.some((a) => foldText(a.form) === folded)
  );
}
