/**
 * A fronted source with no comma after it, as Polish writes a short opening phrase: "Według belgijskiego rządu
 * przekazanie środków niesie ryzyko", "Zdaniem Sikorskiego Bruksela ma …", "Według rzecznika MSZ Pawła
 * Wrońskiego rozmowy będą …". The marker governs the genitive, so the source runs over the words that can
 * stand in it (`Lexicon.genitiveSource`) and the reported clause opens at the first word that cannot.
 */
import { foldText } from '../text/normalize';
import { nominatives } from './aliases';
import type { PhraseContext } from './speaker-phrase';

/** Tokens back from a source in which its surname is looked for in the nominative. */
const SURNAME_LOOKBACK = 1500;

/** Words at most in such a source (the marker aside). */
const MAX_SOURCE = 8;

/** Does the word at token `k` end like a singular name's genitive (`caseEndings.gen` takes it back)? */
function declinedName(ctx: PhraseContext, k: number): boolean {
  const fold = ctx.tokens[k]!.fold;
  return (ctx.lex.lexicon.caseEndings?.gen ?? []).some(
    (e) => !e.namesOnly && fold.length > e.from.length + 1 && fold.endsWith(foldText(e.from)),
  );
}

/**
 * Is the capitalised word at token `k` the genitive of a name written in the nominative before token `before`,
 * as the second word of a full name ("Marek Orzeł", then "Orła")?
 */
function surnameMetBefore(ctx: PhraseContext, k: number, before: number): boolean {
  const { tokens } = ctx;
  const forms = nominatives(tokens[k]!.fold, ctx.lex.lexicon.caseEndings).slice(1);
  if (forms.length === 0) return false;
  for (let j = before - 1; j > 0 && j >= before - SURNAME_LOOKBACK; j--) {
    const t = tokens[j]!;
    if (t.kind === 'word' && t.upper && tokens[j - 1]!.upper && forms.includes(t.fold)) return true;
  }
  return false;
}

/** The token after a short capitalised title in quotation marks opening at token `k`, or -1. */
function quotedTitleEnd(ctx: PhraseContext, k: number, end: number): number {
  const { tokens, text } = ctx;
  const open = tokens[k];
  if (!open || open.kind === 'word' || !/^[„"«“»]$/u.test(text.slice(open.start, open.end))) return -1;
  if (!tokens[k + 1]?.upper) return -1;
  for (let j = k + 1; j < end && j - k <= 5; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word') continue;
    return /^[”"»“«]$/u.test(text.slice(t.start, t.end)) && j > k + 1 ? j + 1 : -1;
  }
  return -1;
}

function endsWithAny(fold: string, endings: readonly string[]): boolean {
  return endings.some((e) => fold.length > e.length + 2 && fold.endsWith(e));
}

/**
 * Where the genitive source that opens at token `from` ends (the first token of the clause), or -1 when the
 * lexicon does not describe one or no word is left for a clause before `end`.
 */
export function genitiveSourceEnd(ctx: PhraseContext, from: number, end: number): number {
  const shape = ctx.lex.lexicon.genitiveSource;
  if (!shape) return -1;
  const { tokens, lex } = ctx;
  const word = (k: number) => k < end && tokens[k]?.kind === 'word';
  const agreeing = (k: number) => endsWithAny(tokens[k]!.fold, shape.agreeingEndings);
  let k = from;
  // Adjectives before the head noun agree with it: "belgijskiego rządu", "unijnych źródeł".
  while (word(k) && !tokens[k]!.upper && agreeing(k) && k - from < 3) k++;
  // A title in quotation marks is the source whole: "Według nieoficjalnych informacji „Wyborczej” Francja …".
  const title = quotedTitleEnd(ctx, k, end);
  if (title > 0) return word(title) && word(title + 1) ? title : -1;
  if (!word(k)) return -1;
  let capitalised = tokens[k]!.upper;
  let closedName = capitalised && agreeing(k);
  k++;
  while (word(k) && k - from < MAX_SOURCE) {
    const t = tokens[k]!;
    // A conjunction inside a name ("Instytutu Meteorologii i Gospodarki Wodnej").
    if (
      capitalised &&
      lex.conjunctions.matchAt(tokens, k).length > 0 &&
      word(k + 1) &&
      tokens[k + 1]!.upper
    ) {
      k++;
      continue;
    }
    if (t.upper) {
      // Right after a lower-case head, a word that no declined genitive ends like is the clause's subject
      // ("Zdaniem prezydenta Sojusz powinien …"); acronyms aside ("rzecznika MSZ").
      const written = ctx.text.slice(t.start, t.end);
      if (
        !capitalised &&
        written !== written.toUpperCase() &&
        (shape.headlessNominativeFinals ?? []).some((f) => t.fold.endsWith(f))
      )
        break;
      // A name's words stay in the genitive; a nominative form opens the clause ("Tuska Polska jest …"),
      // and after an adjectival surname ("Sikorskiego", "-skiego") only a word that cannot be a nominative
      // goes on with the name ("Polskiego Instytutu", not "Sikorskiego Bruksela").
      if (endsWithAny(t.fold, shape.nominativeEndings)) break;
      // A surname met before in the nominative closes the name: "Marek Orzeł … . Zdaniem Orła Rosja …".
      if (k - 1 === from && capitalised && surnameMetBefore(ctx, k - 1, from)) break;
      if (closedName && endsWithAny(t.fold, shape.ambiguousEndings)) break;
      // A singular name's genitive ends in a vowel, so after an adjectival surname that the genitive endings
      // take back to a nominative ("Wrońskiego" → "Wroński") a consonant final is a nominative that opens the
      // clause: "Zdaniem Wrońskiego Sojusz powinien …" (a plural adjective goes on: "Zjednoczonych Emiratów").
      if (
        closedName &&
        declinedName(ctx, k - 1) &&
        (shape.headlessNominativeFinals ?? []).some((f) => t.fold.endsWith(f))
      )
        break;
      closedName = agreeing(k);
      capitalised = true;
      k++;
      continue;
    }
    // Lower case: an adjective agreeing with the noun before ("źródeł dyplomatycznych"), or, before any name,
    // an institution or role in the genitive ("rzecznika rządu Piotra Müllera"). After a name the clause
    // opens, whatever its first word ends like: "Zdaniem Wróbla najbardziej zagrożony jest …".
    if (capitalised) break;
    const complement =
      !capitalised &&
      (lex.institutionNouns.matchAt(tokens, k).length > 0 ||
        lex.roles.matchAt(tokens, k).length > 0 ||
        (shape.complementNouns ?? []).includes(t.fold));
    if (!agreeing(k) && !complement) break;
    k++;
  }
  // A clause of two words at least must follow.
  return word(k) && word(k + 1) ? k : -1;
}
