/**
 * Roles that open a sentence without reporting anything ("The budget director did not back down.", "Interrogé
 * …, l'entraîneur a botté en touche."), which the pronoun after them may take up (`SpeakerResolver`), and the
 * test that tells a clause with its object from a role phrase before a comma.
 */
import type { Gender } from './lexicon/types';
import type { PhraseContext } from './speaker-phrase';

/** A role phrase opening a sentence: its tokens [tokStart, tokEnd) and the gender its article or noun marks. */
export interface RoleSubject {
  tokStart: number;
  tokEnd: number;
  gender?: Gender;
}

/**
 * Does an article stand after a lower-case word that is no preposition, between tokens `from` and `to`? It
 * opens a verb's object, so that the words before a comma are a clause and the name after it is that object's
 * apposition: "Le technicien basque a défendu son gardien, Lucas Meyer, …" (but "Le chef de la diplomatie
 * russe, Sergueï Lavrov", "Der Sprecher der Fraktion, Tobias Brandt").
 */
export function objectInside(ctx: PhraseContext, from: number, to: number): boolean {
  const { tokens, lex } = ctx;
  for (let j = Math.max(from, 1); j < to; j++) {
    const before = tokens[j - 1]!;
    if (
      lex.determiners.matchAt(tokens, j).length > 0 &&
      before.kind === 'word' &&
      !before.upper &&
      lex.prepositions.matchEndingAt(tokens, j - 1).length === 0 &&
      lex.determiners.matchEndingAt(tokens, j - 1).length === 0 &&
      lex.linkers.matchEndingAt(tokens, j - 1).length === 0
    )
      return true;
  }
  return false;
}

/**
 * The role phrase at token `j`, when a sentence opens there (`opens`): an article, a role noun (a word or two
 * before it allowed: "The budget director", "le jeune entraîneur") and its adjectives, followed by a verb or a
 * comma. `contentWord` tells a lower-case word that may be an adjective (no function word). Singular, not a
 * generic noun ("sources"); null otherwise.
 */
export function roleSubjectAt(
  ctx: PhraseContext,
  j: number,
  contentWord: (k: number) => boolean,
): RoleSubject | null {
  const { tokens, lex } = ctx;
  const det = lex.determiners.longestAt(tokens, j);
  if (!det) return null;
  let h = j + det.length;
  let role = lex.roles.longestAt(tokens, h);
  while (!role && h < j + det.length + 2 && tokens[h]?.kind === 'word' && !tokens[h]!.upper) {
    if (!contentWord(h)) break;
    role = lex.roles.longestAt(tokens, ++h);
  }
  if (!role || role.value.generic || (role.value.number ?? 'sg') !== 'sg') return null;
  let k = h + role.length;
  // (Over its adjectives: "Le technicien basque a …".)
  while (k < h + role.length + 2 && tokens[k]?.kind === 'word' && !tokens[k]!.upper) {
    if (lex.cues.matchAt(tokens, k).length > 0 || !contentWord(k)) break;
    k++;
  }
  const next = tokens[k];
  if (!next || !(next.fold === ',' || (next.kind === 'word' && !next.upper))) return null;
  const article = lex.lexicon.determinerGenders?.[tokens[j]!.fold];
  const gender = article && article !== 'n' ? article : role.value.gender;
  return { tokStart: j, tokEnd: k, ...(gender ? { gender } : {}) };
}
