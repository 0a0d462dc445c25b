/**
 * Speaker noun phrases around a cue: "Le président russe Vladimir Poutine", "le Kremlin", "il",
 * "le ministre des Affaires étrangères", "Mr. Hemming", "the State Department", "One former director".
 * A small forward grammar over tokens, driven by the lexicon:
 *   NP := pronoun | [det] [premod{0,2}] (role postmod* [","]? [name] | institution | name | instNoun postmod*)
 * where postmods are adjectives and "de/of + complement" ("ministre des Affaires étrangères").
 */
import type { AliasTable } from './aliases';
import type { CompiledLexicon } from './lexicon/compile';
import type { Gender, GrammaticalNumber, InstitutionEntry, PronounEntry, RoleEntry } from './lexicon/types';
import type { Token } from './tokens';

export type SpeakerKind = 'person' | 'institution' | 'role' | 'group' | 'pronoun';

export interface SpeakerPhrase {
  /** Token range [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Character range of the whole mention. */
  start: number;
  end: number;
  kind: SpeakerKind;
  /** The personal name as written, without honorific ("Vladimir Poutine", "Hemming"). */
  name?: string;
  /** The role as written ("président russe", "ministre des Affaires étrangères"). */
  role?: string;
  roleEntry?: RoleEntry;
  /** Canonical name of a known institution, or the phrase without its determiner. */
  institution?: string;
  institutionEntry?: InstitutionEntry;
  pronoun?: PronounEntry;
  /** An acronym given in parentheses after an institution ("l'Office fédéral de l'agriculture (OFAG)"). */
  alias?: string;
  gender?: Gender;
  number?: GrammaticalNumber;
}

/** A pronoun as a speaker phrase over tokens [tokStart, tokEnd) (an inverted "a-t-il", "по его словам"). */
export function pronounPhrase(
  tokStart: number,
  tokEnd: number,
  start: number,
  end: number,
  pronoun: PronounEntry,
): SpeakerPhrase {
  return {
    tokStart,
    tokEnd,
    start,
    end,
    kind: 'pronoun',
    pronoun,
    gender: pronoun.gender,
    number: pronoun.number,
  };
}

export interface PhraseContext {
  text: string;
  tokens: Token[];
  lex: CompiledLexicon;
  /**
   * Folded words the text also writes in lower case: a capitalised one of these that opens a sentence is a
   * common word ("When", "Not", "There"), not a name.
   */
  lowercase?: Set<string>;
  /** Public figures and institutions under their names in every language (`aliases.ts`). Optional. */
  aliases?: AliasTable;
  /**
   * Folded words the text capitalises inside a sentence: a name is written so wherever it stands, a sentence
   * adverb or participle ("Initially,", "Following the debate") only at a sentence's start.
   */
  innerCapitals?: Set<string>;
}

/** The folded forms of every lower-case word of the text (one pass). */
export function lowercaseVocabulary(tokens: readonly Token[]): Set<string> {
  const set = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && !t.upper) set.add(t.fold);
  return set;
}

/** The folded forms of every capitalised word of the text that does not open a sentence (one pass). */
export function innerCapitalVocabulary(tokens: readonly Token[]): Set<string> {
  const set = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.kind === 'word' && t.upper && !startsSentence(tokens, i)) set.add(t.fold);
  });
  return set;
}

const FEMININE_HONORIFICS = new Set([
  'mme',
  'mmes',
  'mlle',
  'mrs',
  'ms',
  'miss',
  'dame',
  'lady',
  'frau',
  'pani',
  'sra',
  'signora',
  'gospozha',
]);
const MASCULINE_HONORIFICS = new Set(['m', 'mr', 'sir', 'lord', 'herr', 'pan', 'sr', 'signor']);

/**
 * A cue form that is also a noun, followed by a word that may go on with the phrase, modifies it ("the state
 * news agency", "state media"); after a linker it is the complement's noun ("the head of state").
 */
function nounModifier(ctx: PhraseContext, i: number): boolean {
  const { lex, tokens } = ctx;
  if (lex.nounHomographs.matchAt(tokens, i).length === 0) return false;
  // Or the noun of a complement: "the head of state".
  if (i > 0 && lex.linkers.matchEndingAt(tokens, i - 1).length > 0) return true;
  // (The next word is no cue form itself: no chain of readings to follow.)
  const next = tokens[i + 1];
  return (
    isWord(next) &&
    next.start === tokens[i]!.end + 1 &&
    lex.cues.matchAt(tokens, i + 1).length === 0 &&
    !isStopWord(ctx, i + 1)
  );
}

/** Words that never sit inside a speaker phrase as a modifier. */
function isStopWord(ctx: PhraseContext, i: number): boolean {
  const { lex, tokens } = ctx;
  return (
    lex.prepositions.matchAt(tokens, i).length > 0 ||
    lex.complementizers.matchAt(tokens, i).length > 0 ||
    lex.conjunctions.matchAt(tokens, i).length > 0 ||
    lex.relativePronouns.matchAt(tokens, i).length > 0 ||
    (lex.cues.matchAt(tokens, i).length > 0 && !nounModifier(ctx, i)) ||
    lex.auxiliaries.matchAt(tokens, i).length > 0 ||
    lex.addresseeMarkers.matchAt(tokens, i).length > 0 ||
    lex.pronouns.matchAt(tokens, i).length > 0 ||
    lex.determiners.matchAt(tokens, i).length > 0 ||
    lex.fillers.matchAt(tokens, i).length > 0 ||
    lex.accordingTo.matchAt(tokens, i).length > 0
  );
}

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** An upper-case word, or an initial ("J." counts as one name word with its dot). */
function nameWordEnd(ctx: PhraseContext, i: number, limit: number): number {
  const t = ctx.tokens[i];
  if (!isWord(t) || !t.upper || i >= limit) return -1;
  if (ctx.lex.determiners.matchAt(ctx.tokens, i).length > 0) return -1;
  if (ctx.lex.pronouns.matchAt(ctx.tokens, i).length > 0) return -1;
  // A capitalised verb form is a name inside a sentence ("The Huffington Post"), a verb at its start.
  if (
    ctx.lex.cues.matchAt(ctx.tokens, i).length > 0 &&
    ctx.lex.roles.matchAt(ctx.tokens, i).length === 0 &&
    sentenceInitial(ctx, i)
  )
    return -1;
  if (ctx.lex.prepositions.matchAt(ctx.tokens, i).length > 0) return -1;
  if (ctx.lex.conjunctions.matchAt(ctx.tokens, i).length > 0) return -1;
  // A capitalised subordinator opens a clause before the subject: "Though Justice Dunphy said …".
  if (ctx.lex.subordinators.matchAt(ctx.tokens, i).length > 0 && sentenceInitial(ctx, i)) return -1;
  if (ctx.lex.accordingTo.matchAt(ctx.tokens, i).length > 0) return -1;
  if (ctx.lex.fillers.matchAt(ctx.tokens, i).length > 0) return -1;
  if (numberWord(ctx, t)) return -1;
  // (Not a name's particle opening the sentence before the rest of the name: "Von der Leyen sagte …".)
  const particleOpens =
    ctx.lex.nameParticles.longestAt(ctx.tokens, i) !== undefined &&
    (ctx.lex.nameParticles.longestAt(ctx.tokens, i + 1) !== undefined || ctx.tokens[i + 1]?.upper === true);
  if (ctx.lowercase?.has(t.fold) && sentenceInitial(ctx, i) && !particleOpens) return -1;
  // A sentence-opening word with an adverb's or a participle's ending that the text never capitalises
  // elsewhere: "Initially, …", "Following the debate, …" (names keep their capital everywhere: "Kelly").
  if (ctx.innerCapitals && !ctx.innerCapitals.has(t.fold) && sentenceInitial(ctx, i)) {
    const { adverbSuffixes = [], progressiveSuffixes = [] } = ctx.lex.lexicon;
    if (
      [...adverbSuffixes, ...progressiveSuffixes].some(
        (x) => t.fold.length > x.length + 3 && t.fold.endsWith(x),
      )
    )
      return -1;
  }
  const dot = ctx.tokens[i + 1];
  if (t.end - t.start === 1 && dot && dot.fold === '.' && dot.start === t.end && i + 1 < limit) return i + 2;
  return i + 1;
}

/** `Lexicon.numberWords` as a set, per lexicon (`nameWordEnd` asks for every capitalised word). */
const NUMBER_SETS = new WeakMap<object, ReadonlySet<string>>();

/** A number written as a word, or a hyphened compound of them ("Twenty-seven"): a count, no name. */
function numberWord(ctx: PhraseContext, t: Token): boolean {
  const { lexicon } = ctx.lex;
  let numbers = NUMBER_SETS.get(lexicon);
  if (!numbers) {
    numbers = new Set(lexicon.numberWords ?? []);
    NUMBER_SETS.set(lexicon, numbers);
  }
  if (numbers.size === 0) return false;
  if (numbers.has(t.fold)) return true;
  return t.fold.includes('-') && t.fold.split('-').every((part) => numbers.has(part));
}

/** Is token `i` the first word of its sentence (after a break, a full stop, a quotation mark or a colon)? */
function sentenceInitial(ctx: PhraseContext, i: number): boolean {
  // The full stop of a title ends no sentence: "Ms. May" is a name even where the text writes "may".
  const prev = ctx.tokens[i - 1];
  if (prev?.fold === '.' && i >= 2 && ctx.lex.honorifics.matchAt(ctx.tokens, i - 2).length > 0) return false;
  return startsSentence(ctx.tokens, i);
}

function startsSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.kind === 'break' || (prev.kind === 'punct' && /^[.!?…:"(-]$/.test(prev.fold));
}

/** A run of name words with particles between them ("Ursula von der Leyen", "Bank of Canada"). */
function nameRun(ctx: PhraseContext, i: number, limit: number, allowLinkers: boolean): number {
  let k = nameWordEnd(ctx, i, limit);
  if (k < 0) return -1;
  for (;;) {
    const next = nameWordEnd(ctx, k, limit);
    if (next > 0) {
      k = next;
      continue;
    }
    const particle = ctx.lex.nameParticles.longestAt(ctx.tokens, k);
    // Where every noun is capitalised, an article right after a name word opens an object or a genitive, not
    // a particle of the name: "Angela Merkel den Vorschlag", "sagte Müller der Zeitung" (but "van den Berg",
    // "von der Leyen": there the article follows another particle).
    const objectArticle =
      ctx.lex.lexicon.capitalisedNouns === true &&
      ((ctx.lex.lexicon.obliqueDeterminers ?? []).includes(ctx.tokens[k]?.fold ?? '') ||
        ctx.lex.determiners.matchAt(ctx.tokens, k).length > 0) &&
      !ctx.lex.nameParticles.longestAt(ctx.tokens, k - 1);
    // Particles may follow each other before the name: "Ursula von der Leyen", "Vincent van den Berg"; not
    // after a particle that is also a preposition ("Corny Littmann zu den Beweggründen").
    let afterParticles = particle && !objectArticle ? k + particle.length : k;
    const chains = particle !== undefined && !ctx.lex.prepositions.longestAt(ctx.tokens, k);
    for (let guard = 0; chains && !objectArticle && guard < 2 && afterParticles < limit; guard++) {
      const more = ctx.lex.nameParticles.longestAt(ctx.tokens, afterParticles);
      if (!more) break;
      afterParticles += more.length;
    }
    if (afterParticles > k && afterParticles < limit && nameWordEnd(ctx, afterParticles, limit) > 0) {
      k = afterParticles;
      continue;
    }
    const linker = allowLinkers ? ctx.lex.linkers.longestAt(ctx.tokens, k) : undefined;
    // Where every noun is capitalised, an article links a genitive to a noun ("Sprecher der Polizei"); after a
    // name that follows its cue it opens the addressee ("sagte Müller der Zeitung"), unless the name is an
    // institution's ("erklärte Ministerium der Finanzen").
    const addressee =
      linker !== undefined &&
      ctx.lex.lexicon.capitalisedNouns === true &&
      ctx.lex.cues.matchEndingAt(ctx.tokens, i - 1).length > 0 &&
      ctx.lex.determiners.matchAt(ctx.tokens, k).length > 0 &&
      ctx.lex.institutionNouns.matchEndingAt(ctx.tokens, k - 1).length === 0;
    if (linker && !addressee && k + linker.length < limit && nameWordEnd(ctx, k + linker.length, limit) > 0) {
      k += linker.length;
      continue;
    }
    return k;
  }
}

function slice(ctx: PhraseContext, a: number, b: number): string {
  const first = ctx.tokens[a];
  const last = ctx.tokens[b - 1];
  if (!first || !last || b <= a) return '';
  return ctx.text.slice(first.start, last.end);
}

function isAcronym(ctx: PhraseContext, a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const t = ctx.tokens[a]!;
  return acronymWord(ctx.text.slice(t.start, t.end));
}

/**
 * An acronym: capitals only ("MSZ", "NATO"), or capitals at both ends with a lower-case conjunction or
 * preposition inside ("MSWiA", "PiS"; not a name such as "McCain" or "DeSantis").
 */
function acronymWord(s: string): boolean {
  if (s.length < 2) return false;
  // (Cheap checks first: most words are names or common nouns, whose last letter is lower case.)
  const edges = s[0]! + s[s.length - 1]!;
  if (edges !== edges.toUpperCase() || !/\p{L}/u.test(s)) return false;
  if (s === s.toUpperCase()) return true;
  const capitals = s.replace(/[^\p{Lu}]/gu, '').length;
  return s.length <= 8 && capitals >= 2 && capitals * 2 >= s.length;
}

/** Role modifiers after the role noun: adjectives and "de/of + complement"; returns the new end. */
function roleModifiers(ctx: PhraseContext, k: number, limit: number): number {
  let adjectives = 0;
  for (let guard = 0; guard < 6 && k < limit; guard++) {
    const t = ctx.tokens[k];
    // Case languages put an organisation's quoted name right after the noun it complements: "глава
    // «Газпрома»", "президент ассоциации «Аэропорты регионов»", "корреспондент «Медузы»".
    const quoted = isWord(t) ? -1 : quotedComplementEnd(ctx, k, limit);
    if (quoted > 0) {
      k = quoted;
      adjectives = 2;
      continue;
    }
    if (!isWord(t)) break;
    // Coordinated complements: "Société suisse de l'industrie du gaz et des eaux".
    const conj = ctx.lex.conjunctions.longestAt(ctx.tokens, k);
    if (conj && adjectives === 0 && k > 0 && ctx.lex.linkers.longestAt(ctx.tokens, k + conj.length)) {
      k += conj.length;
      continue;
    }
    // Coordinated roles of one holder: "il vicepremier e ministro degli Esteri Antonio Tajani".
    const second = conj ? ctx.lex.roles.longestAt(ctx.tokens, k + conj.length) : undefined;
    if (conj && second && k + conj.length + second.length < limit) {
      k += conj.length + second.length;
      adjectives = 0;
      continue;
    }
    const linker = ctx.lex.linkers.longestAt(ctx.tokens, k);
    if (linker) {
      let m = k + linker.length;
      const det = ctx.lex.determiners.longestAt(ctx.tokens, m);
      if (det) m += det.length;
      // A titled name as the complement: "aides to Mr. Lee".
      const hon = det ? undefined : ctx.lex.honorifics.longestAt(ctx.tokens, m);
      if (hon) {
        const afterHon = m + hon.length + (ctx.tokens[m + hon.length]?.fold === '.' ? 1 : 0);
        const named = nameRun(ctx, afterHon, limit, false);
        if (named > 0) {
          k = named;
          adjectives = 0;
          continue;
        }
      }
      const run = nameRun(ctx, m, limit, true);
      if (run > 0) {
        // "ministre des Affaires étrangères" / "ministre des Armées Claire Dufour" / "Minister of Foreign
        // Affairs Sergei Lavrov": a run of three capitals or more after the linker ends with a two-word name.
        // (Not when a linker stands right before the last two: "de la UE para Política Exterior" is all
        // complement.)
        const len = run - m;
        const linkedTail = ctx.lex.linkers.matchEndingAt(ctx.tokens, run - 3).length > 0;
        k = len >= 3 && !linkedTail ? run - 2 : run;
        adjectives = 0;
        // Where adjectives precede their noun, capitalised ones may qualify a common institution noun: "a
        // spokesperson for the German government", "an adviser to the French army".
        const headNoun =
          det && ctx.lex.lexicon.postnominalAdjectives === false && !ctx.tokens[run]?.upper
            ? ctx.lex.institutionNouns.longestAt(ctx.tokens, run)
            : undefined;
        if (headNoun && k === run && run + headNoun.length <= limit) k = run + headNoun.length;
        continue;
      }
      const noun = ctx.tokens[m];
      // (An infinitive opener before a bare lower-case word opens a verb, not a complement: "officials to
      // boost …", unlike "adviser to the mayor".)
      const verb = !det && ctx.lex.infinitiveOpeners.matchAt(ctx.tokens, k).length > 0;
      if (isWord(noun) && !noun.upper && !isStopWord(ctx, m) && m < limit && !verb) {
        k = m + 1;
        adjectives = 0;
        continue;
      }
      break;
    }
    // Case languages chain roles in the genitive, each with its own modifiers: "заместитель министра
    // иностранных дел", "пресс-секретарь президента".
    const genitiveRole =
      ctx.lex.lexicon.caseEndings !== undefined &&
      (ctx.lex.lexicon.linkers ?? []).length === 0 &&
      !t.upper &&
      ctx.lex.roles.longestAt(ctx.tokens, k);
    if (genitiveRole) {
      k += genitiveRole.length;
      adjectives = 0;
      continue;
    }
    if (
      ctx.lex.lexicon.postnominalAdjectives !== false &&
      !t.upper &&
      adjectives < 2 &&
      !isStopWord(ctx, k)
    ) {
      k++;
      adjectives++;
      continue;
    }
    // The place where the role is held: "ein Regierungssprecher in Budapest", "der Korrespondent aus Moskau"
    // (a bare capitalised word; with a determiner it is the verb's adverbial, "in einer Erklärung").
    const next = ctx.tokens[k + 1];
    if (
      ctx.lex.placePrepositions.longestAt(ctx.tokens, k) &&
      isWord(next) &&
      next.upper &&
      k + 1 < limit &&
      !isStopWord(ctx, k + 1)
    ) {
      k += 2;
      continue;
    }
    // A compound title without postnominal adjectives: "head coach", "deputy minister".
    const compound =
      ctx.lex.lexicon.postnominalAdjectives === false && !t.upper && ctx.lex.roles.longestAt(ctx.tokens, k);
    if (compound) {
      k += compound.length;
      continue;
    }
    break;
  }
  return k;
}

/**
 * In a language that marks complements by case with no linker (`caseEndings`, no `linkers`), a preposition
 * right after a quantifier and the group it takes from ("из собеседников «Ъ»"): the group's phrase, or null.
 */
function partitiveOf(ctx: PhraseContext, k: number, limit: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.caseEndings || (lex.lexicon.linkers ?? []).length > 0) return null;
  const prep = lex.prepositions.longestAt(tokens, k);
  if (!prep || prep.length !== 1 || k + 1 >= limit) return null;
  const group = parseHead(ctx, k + 1, limit);
  return group && (group.kind === 'group' || group.kind === 'role') ? group : null;
}

/**
 * In a case language (`quotedComplementEnd`'s), an agent named right after a lower-case modifier: an acronym
 * ("РБК") or a quoted name ("«Интерфаксом»"). The token after it, or -1.
 */
function participleAgentEnd(ctx: PhraseContext, h: number, limit: number): number {
  const quoted = quotedComplementEnd(ctx, h, limit);
  if (quoted > 0) return quoted;
  const t = ctx.tokens[h];
  const caseLanguage = ctx.lex.lexicon.caseEndings && (ctx.lex.lexicon.linkers ?? []).length === 0;
  return caseLanguage && isWord(t) && t.end - t.start >= 2 && isAcronym(ctx, h, h + 1) && h + 1 < limit
    ? h + 1
    : -1;
}

/** Opening and closing marks of the quoted names `quotedComplementEnd` reads. */
const NAME_OPENERS = new Set(['«', '„', '"', '“']);
const NAME_CLOSERS = new Set(['»', '“', '"', '”']);
/** At most this many words in an organisation's quoted name. */
const MAX_QUOTED_NAME_WORDS = 4;

/**
 * Where a quoted name of at most four words, capitalised and with no punctuation inside, that opens at token
 * `k` ends (the token after its closing mark), in a language that marks complements by case with no linker
 * (`caseEndings`, no `linkers`: ru, uk, pl); else -1.
 */
export function quotedComplementEnd(ctx: PhraseContext, k: number, limit: number): number {
  const { tokens, text, lex } = ctx;
  if (!lex.lexicon.caseEndings || (lex.lexicon.linkers ?? []).length > 0) return -1;
  const open = tokens[k];
  if (!open || open.kind !== 'punct' || !NAME_OPENERS.has(text.slice(open.start, open.end))) return -1;
  const first = tokens[k + 1];
  if (!isWord(first) || !first.upper || first.start !== open.end) return -1;
  for (let j = k + 1; j < limit && j - k <= MAX_QUOTED_NAME_WORDS + 1; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word') continue;
    if (t.kind !== 'punct' || !NAME_CLOSERS.has(text.slice(t.start, t.end)) || t.start !== tokens[j - 1]!.end)
      return -1;
    return j + 1 <= limit ? j + 1 : -1;
  }
  return -1;
}

/**
 * A lower-case role right at token `at`, with its modifiers, then the name of the person holding it ("… colonel
 * Jane Miller"): where the role ends and where the name ends.
 */
function roleHolder(
  ctx: PhraseContext,
  at: number,
  limit: number,
): { end: number; holder: number; entry: RoleEntry } | null {
  const role = ctx.lex.roles.longestAt(ctx.tokens, at);
  if (!role || at + role.length > limit || ctx.tokens[at]!.upper) return null;
  const end = roleModifiers(ctx, at + role.length, limit);
  const holder = nameRun(ctx, end, limit, false);
  return holder > end && !isAcronym(ctx, end, holder) ? { end, holder, entry: role.value } : null;
}

/** Lower-case words at most in a role's prepositional complement before its holder's name. */
const MAX_PREPOSITIONAL_COMPLEMENT = 4;

/**
 * After a role, a preposition, a few lower-case words, then a name of two words or more: where the name opens
 * and ends, or null ("з відновлення Олексій Кулеба").
 */
function prepositionalHolder(
  ctx: PhraseContext,
  at: number,
  limit: number,
): { name: number; end: number } | null {
  const { lex, tokens } = ctx;
  const prep = lex.prepositions.longestAt(tokens, at);
  if (!prep) return null;
  let k = at + prep.length;
  const from = k;
  while (
    k < limit &&
    k - from < MAX_PREPOSITIONAL_COMPLEMENT &&
    isWord(tokens[k]) &&
    !tokens[k]!.upper &&
    lex.cues.matchAt(tokens, k).length === 0 &&
    lex.complementizers.matchAt(tokens, k).length === 0 &&
    lex.relativePronouns.matchAt(tokens, k).length === 0 &&
    lex.conjunctions.matchAt(tokens, k).length === 0 &&
    lex.pronouns.matchAt(tokens, k).length === 0
  )
    k++;
  if (k === from) return null;
  const end = nameRun(ctx, k, limit, false);
  return end - k >= 2 ? { name: k, end } : null;
}

/** The gender an honorific marks ("Ms" → f, "Mr." → m), if any. */
export function genderOfHonorific(fold: string): Gender | undefined {
  const f = fold.replace(/\.$/, '');
  if (FEMININE_HONORIFICS.has(f)) return 'f';
  if (MASCULINE_HONORIFICS.has(f)) return 'm';
  return undefined;
}

/**
 * Where a name set off by a comma after a role phrase ending at `end` ends (token index), or -1: "l'ancien
 * Président de la Moldavie, Igor Dodon". Not a capitalised subject whose clause goes on with a lower-case verb
 * ("según el ministro, Rusia atacará"), nor a one-word subject before a cue, a place or an institution more
 * often than the role's holder, whose full name an apposition gives ("selon un diplomate, Budapest réclame des
 * garanties").
 */
function appositiveNameEnd(ctx: PhraseContext, end: number, limit: number): number {
  const { tokens, lex } = ctx;
  const appositionEnd =
    tokens[end]?.fold === ',' && end + 1 < limit ? nameRun(ctx, end + 1, limit, false) : -1;
  const clauseGoesOn =
    appositionEnd > 0 &&
    appositionEnd < limit &&
    isWord(tokens[appositionEnd]) &&
    !tokens[appositionEnd]!.upper &&
    (lex.cues.matchAt(tokens, appositionEnd).length === 0 || appositionEnd === end + 2);
  return clauseGoesOn ? -1 : appositionEnd;
}

/**
 * The longest speaker phrase starting at token `i` and ending at or before token `limit` (exclusive). A
 * possessor before a person's name names where the person works, not the speaker: "the IFSD's Azfar Ali
 * Khan", "Canada's Jane Doe" → the person.
 */
export function parseSpeakerPhrase(ctx: PhraseContext, i: number, limit: number): SpeakerPhrase | null {
  const phrase = parseHead(ctx, i, limit);
  if (!phrase || phrase.kind === 'pronoun') return phrase;
  const { tokens } = ctx;
  const apostrophe = tokens[phrase.tokEnd];
  const clitic = tokens[phrase.tokEnd + 1];
  if (
    apostrophe?.fold !== "'" ||
    apostrophe.start !== tokens[phrase.tokEnd - 1]!.end ||
    clitic?.fold !== 's' ||
    clitic.start !== apostrophe.end ||
    phrase.tokEnd + 2 >= limit
  )
    return phrase;
  const owned = parseHead(ctx, phrase.tokEnd + 2, limit);
  if (owned?.kind !== 'person' || !owned.name || nameRun(ctx, phrase.tokEnd + 2, limit, false) < 0)
    return phrase;
  return { ...owned, tokStart: i, start: tokens[i]!.start };
}

function parseHead(ctx: PhraseContext, i: number, limit: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (i >= limit || !isWord(tokens[i])) return null;
  // The clitic of a possessive ("the family’s lawyers") opens no phrase: its noun belongs to the possessor.
  const before = tokens[i - 1];
  if (before?.fold === "'" && before.end === tokens[i]!.start && tokens[i]!.fold === 's') return null;
  const make = (end: number, fields: Partial<SpeakerPhrase> & { kind: SpeakerKind }): SpeakerPhrase => {
    let alias: string | undefined;
    if (
      fields.kind === 'institution' &&
      tokens[end]?.fold === '(' &&
      tokens[end + 2]?.fold === ')' &&
      end + 3 <= limit &&
      isAcronym(ctx, end + 1, end + 2)
    ) {
      const t = tokens[end + 1]!;
      alias = ctx.text.slice(t.start, t.end);
      end += 3;
    }
    return {
      tokStart: i,
      tokEnd: end,
      start: tokens[i]!.start,
      end: tokens[end - 1]!.end,
      ...fields,
      ...(alias ? { alias } : {}),
    };
  };

  const pronoun = lex.pronouns.longestAt(tokens, i);
  if (pronoun && i + pronoun.length <= limit) {
    const p = pronoun.value;
    return make(i + pronoun.length, { kind: 'pronoun', pronoun: p, gender: p.gender, number: p.number });
  }

  let k = i;
  const det = lex.determiners.longestAt(tokens, k);
  if (det) {
    k += det.length;
    // A partitive in a case language: "один из собеседников «Ъ»", "одна из участниц" (the group it is taken
    // from names the speaker).
    const prep = partitiveOf(ctx, k, limit);
    if (prep) return prep.kind === 'pronoun' ? null : { ...prep, tokStart: i, start: tokens[i]!.start };
  } else {
    // A possessor before a role: "Putin's spokesman, Dmitry Peskov", "Ukraine's foreign minister".
    const run = nameRun(ctx, k, limit, false);
    const apostrophe = run > 0 ? tokens[run] : undefined;
    const clitic = tokens[run + 1];
    if (
      apostrophe?.fold === "'" &&
      apostrophe.start === tokens[run - 1]!.end &&
      clitic?.fold === 's' &&
      clitic.start === apostrophe.end
    ) {
      const after = run + 2;
      for (let pre = 0; pre <= 2 && after + pre < limit; pre++) {
        if (lex.roles.longestAt(tokens, after + pre)) {
          k = after;
          break;
        }
      }
    }
  }
  if (k >= limit) return null;

  // Known institution ("le Kremlin", "the White House").
  const inst = lex.institutions.longestAt(tokens, k);
  if (inst && k + inst.length <= limit) {
    const entry = inst.value;
    return make(k + inst.length, {
      kind: 'institution',
      institution: entry.canonical,
      institutionEntry: entry,
      number: 'sg',
    });
  }

  // Up to two modifiers before a role or institution noun ("the former prime minister", "le nouveau ministre").
  for (let pre = 0; pre <= 2; pre++) {
    let h = k + pre;
    if (h >= limit) break;
    if (pre > 0) {
      const t = tokens[h - 1];
      if (!isWord(t) || isStopWord(ctx, h - 1)) break;
      // A participle's agent before the group it modifies: "опрошенные РБК аналитики", "большинство
      // опрошенных «Интерфаксом» экономистов".
      const agentEnd = participleAgentEnd(ctx, h, limit);
      if (agentEnd > 0 && lex.roles.longestAt(tokens, agentEnd)) h = agentEnd;
    }
    const role = lex.roles.longestAt(tokens, h);
    if (role && h + role.length <= limit) {
      // A singular role of both genders takes its article's ("der Vorsitzende", "die Vorsitzende";
      // `determinerGenders`).
      const article = k > i ? lex.lexicon.determinerGenders?.[tokens[i]!.fold] : undefined;
      const roleGender =
        article && article !== 'n' && (role.value.number ?? 'sg') === 'sg' ? article : role.value.gender;
      let end = roleModifiers(ctx, h + role.length, limit);
      let roleText = slice(ctx, pre > 0 ? k : h, end);
      // Apposition of the name after a comma: "l'ancien Président de la Moldavie, Igor Dodon".
      let nameStart = end;
      // (Not a capitalised subject whose clause goes on with a lower-case verb: "según el ministro, Rusia
      // atacará".)
      if (appositiveNameEnd(ctx, end, limit) > 0) nameStart = end + 1;
      // An abbreviated title keeps its full stop before the name: "Sen. Ted Cruz", "Dr. Robert Rutledge".
      else if (
        tokens[end]?.fold === '.' &&
        end === h + role.length &&
        tokens[end]!.start === tokens[end - 1]!.end &&
        end + 1 < limit &&
        nameRun(ctx, end + 1, limit, false) > 0
      )
        nameStart = end + 1;
      const hon = lex.honorifics.longestAt(tokens, nameStart);
      let gender = genderOfHonorific(tokens[nameStart]?.fold ?? '') ?? roleGender;
      let afterHon = nameStart;
      if (hon) {
        afterHon += hon.length;
        if (tokens[afterHon]?.fold === '.') afterHon++;
        gender = genderOfHonorific(tokens[nameStart]!.fold) ?? gender;
      }
      let run = nameRun(ctx, afterHon, limit, false);
      // Case languages: a capitalised genitive adjective opening an institution's phrase whose noun is lower
      // case ("Начальник Одеської обласної військової адміністрації (Олег Кіпер)"): the phrase is the role's
      // complement, and a name run after it the holder.
      if (
        run === afterHon + 1 &&
        afterHon === end &&
        lex.lexicon.caseEndings &&
        (lex.lexicon.linkers ?? []).length === 0
      ) {
        let k = run;
        while (
          k < limit &&
          k - run < 4 &&
          isWord(tokens[k]) &&
          !tokens[k]!.upper &&
          lex.institutionNouns.matchAt(tokens, k).length === 0
        )
          k++;
        if (k < limit && k > run && lex.institutionNouns.matchAt(tokens, k).length > 0 && !tokens[k]!.upper) {
          const complementEnd = genitiveInstitutionEnd(ctx, k, k + 1 + 4 < limit ? k + 5 : limit);
          end = complementEnd;
          const holder = nameRun(ctx, end, limit, false);
          run = holder > end ? holder : -1;
          nameStart = afterHon = end;
          roleText = slice(ctx, pre > 0 ? k : h, end);
        }
      }
      // An acronym alone after the role is its complement, not the holder's name: "Szef MSWiA", "rzecznik PiS".
      // So is a known institution alone, in the genitive: "представитель Кремля", "rzecznik Kremla".
      const institutionAfter =
        afterHon === end && run > 0 ? lex.institutions.longestAt(tokens, afterHon) : undefined;
      if (
        run > 0 &&
        afterHon === end &&
        ((run === afterHon + 1 && isAcronym(ctx, afterHon, run)) ||
          afterHon + (institutionAfter?.length ?? 0) === run)
      ) {
        end = run;
        run = -1;
      }
      // So is a known institution that the whole run names: "Szef Sztabu Generalnego", "rzecznik Straży
      // Granicznej" (a holder's name would follow it: "rzecznik Straży Granicznej Anna Michalska").
      if (run > afterHon && afterHon === end && institutionRun(ctx, afterHon, run)) {
        end = run;
        run = -1;
      }
      // Case languages put the role's complement before the name with no linker: "министр … России Сергей
      // Лавров", "Президент України Володимир Зеленський", "rzecznik MSZ Paweł Wroński". Leading acronyms,
      // known institutions and genitive place names go to the role while two name words remain.
      let nameFrom = afterHon;
      if (run > 0 && (lex.lexicon.linkers ?? []).length === 0 && lex.lexicon.caseEndings) {
        // (A known institution of several words too: "Rzeczniczka Straży Granicznej Anna Michalska".)
        const institution = lex.institutions.longestAt(tokens, nameFrom)?.length ?? 0;
        if (institution > 1 && run - nameFrom - institution >= 2) nameFrom += institution;
        while (run - nameFrom >= 3 && caseComplement(ctx, nameFrom)) nameFrom++;
        // (An institution named by its common noun and genitive adjectives, "Narodowego Banku Polskiego",
        // "Одеської обласної військової адміністрації": the role's complement, up to its last such word.)
        const complementEnd = genitiveInstitutionEnd(ctx, nameFrom, run);
        if (complementEnd > nameFrom) {
          if (complementEnd >= run) {
            end = run;
            run = -1;
          } else nameFrom = complementEnd;
        }
      }
      // A party's acronym between the role and the name is the role's: "le député LFI Paul Garnier", "la
      // sénatrice PS Anne Roy".
      if (run - nameFrom >= 3 && isAcronym(ctx, nameFrom, nameFrom + 1)) nameFrom++;
      // "China's official Xinhua News Agency": a name ending on an institution noun is an institution.
      if (run > 0 && lex.institutionNouns.matchEndingAt(tokens, run - 1).length > 0)
        return make(run, { kind: 'institution', institution: slice(ctx, nameFrom, run), number: 'sg' });
      if (run > 0) {
        return make(run, {
          kind: 'person',
          name: slice(ctx, nameFrom, run),
          role: nameFrom > afterHon ? slice(ctx, pre > 0 ? k : h, nameFrom) : roleText,
          roleEntry: role.value,
          gender,
          number: 'sg',
        });
      }
      // A prepositional complement of the role, then the holder's name: "віцепрем'єр-міністр з відновлення
      // Олексій Кулеба", "Уповноважений з прав людини Дмитро Лубінець".
      const held = run < 0 && nameStart === end ? prepositionalHolder(ctx, end, limit) : null;
      if (held)
        return make(held.end, {
          kind: 'person',
          name: slice(ctx, held.name, held.end),
          role: slice(ctx, pre > 0 ? k : h, held.name),
          roleEntry: role.value,
          gender,
          number: 'sg',
        });
      end = Math.max(end, h + role.length);
      return make(end, {
        kind: role.value.generic ? 'group' : 'role',
        // (With the complement read since: "Prezes Narodowego Banku Polskiego".)
        role: slice(ctx, pre > 0 ? k : h, end),
        roleEntry: role.value,
        gender: roleGender,
        number: role.value.number ?? 'sg',
      });
    }
    const noun = lex.institutionNouns.longestAt(tokens, h);
    if (noun && h + noun.length <= limit) {
      // A capitalised institution noun before a role held by a named person modifies the role: "Army colonel
      // Jane Miller", "Police chief Tom Baker".
      const held = tokens[h]!.upper ? roleHolder(ctx, h + noun.length, limit) : null;
      if (held)
        return make(held.holder, {
          kind: 'person',
          name: slice(ctx, held.end, held.holder),
          role: slice(ctx, pre > 0 ? k : h, held.end),
          roleEntry: held.entry,
          gender: held.entry.gender,
          number: 'sg',
        });
      let end = roleModifiers(ctx, h + noun.length, limit);
      // The institution's own name in apposition after its common noun: "la agencia estatal Moldpres", "il
      // quotidiano Kommersant", "la chaîne CNN". (Not after a role, whose holder it is: "party leader Justin
      // Trudeau"; nor where every noun has a capital and the word after may be the object: "sagte die Behörde
      // Journalisten".)
      let roleInside = false;
      for (let j = h + noun.length; j < end && !roleInside; j++)
        roleInside = lex.roles.longestAt(tokens, j) !== undefined;
      const own =
        (lex.lexicon.linkers ?? []).length > 0 &&
        lex.lexicon.capitalisedNouns !== true &&
        !tokens[h]!.upper &&
        !roleInside
          ? nameRun(ctx, end, limit, false)
          : -1;
      if (own > end)
        return make(own, { kind: 'institution', institution: slice(ctx, end, own), number: 'sg' });
      // Languages that mark complements by case, with no linker word (`linkers` empty: ru, uk, pl), put the
      // institution's name right after its noun: "Siły Powietrzne Ukrainy", "МЗС України".
      if ((lex.lexicon.linkers ?? []).length === 0 && lex.lexicon.caseEndings) {
        while (
          end < limit &&
          end - h < 6 &&
          isWord(tokens[end]) &&
          tokens[end]!.upper &&
          !isStopWord(ctx, end)
        )
          end++;
      }
      // An acronym right after the noun is the institution's own name: "die Nachrichtenagentur AP", "la chaîne
      // BFMTV", "the broadcaster CBC".
      if (end === h + noun.length && end < limit && isAcronym(ctx, end, end + 1)) end++;
      const phrase = slice(ctx, pre > 0 ? k : h, end);
      return make(end, { kind: 'institution', institution: capitalise(phrase), number: 'sg' });
    }
    // Modifiers must be lower-case words that could be adjectives.
    const t = tokens[h];
    if (!isWord(t)) break;
    // A count opening the sentence modifies like any number: "Fifty officials said …". So, in a case
    // language, does an adjective capitalised only for opening it, right before a role whose complement in
    // the genitive is capitalised itself: "Постоянный представитель России Василий Небензя" (read as a name,
    // "Постоянный" would leave "России" to the holder's name).
    const openingAdjective =
      lex.lexicon.caseEndings !== undefined &&
      sentenceInitial(ctx, h) &&
      lex.roles.longestAt(tokens, h + 1) !== undefined;
    if (t.upper && !numberWord(ctx, t) && !openingAdjective) {
      // Or they open a capitalised phrase before a role held by a named person: "retired Air Force general
      // Lloyd Newton", "former Army colonel Jane Miller".
      const inner = pre > 0 ? parseHead(ctx, h, limit) : null;
      if (inner?.kind === 'person' && inner.role !== undefined && inner.name !== undefined) {
        const nameStart = inner.end - inner.name.length;
        return {
          ...inner,
          tokStart: i,
          start: tokens[i]!.start,
          role: ctx.text.slice(tokens[k]!.start, nameStart).trim(),
        };
      }
      break;
    }
  }

  // Honorific and name ("Mr. Hemming", "Mme Cardenal", "Vladimir Poutine").
  let start = k;
  let gender: Gender | undefined;
  const hon = lex.honorifics.longestAt(tokens, start);
  if (hon) {
    gender = genderOfHonorific(tokens[start]!.fold);
    start += hon.length;
    if (tokens[start]?.fold === '.') start++;
  }
  const run = nameRun(ctx, start, limit, true);
  if (run < 0) return null;
  // A name followed by a role noun is a modifier of that role ("A Superior Court of Ontario judge").
  const roleAfter = lex.roles.longestAt(tokens, run);
  if (roleAfter && run + roleAfter.length <= limit && !tokens[run]!.upper) {
    const end = roleModifiers(ctx, run + roleAfter.length, limit);
    // The person holding it may follow: "Oilers head coach Ken Hitchcock".
    const holder = nameRun(ctx, end, limit, false);
    const complement = holder > end && institutionRun(ctx, end, holder);
    if (holder > end && !isAcronym(ctx, end, holder) && !complement)
      return make(holder, {
        kind: 'person',
        name: slice(ctx, end, holder),
        role: slice(ctx, run, end),
        roleEntry: roleAfter.value,
        gender: gender ?? roleAfter.value.gender,
        number: 'sg',
      });
    // Or the holder's name in apposition: "…,” said the Liberal Democrat leader, Ed Davey.".
    const apposed = holder > end ? -1 : appositiveNameEnd(ctx, end, limit);
    if (apposed > 0)
      return make(apposed, {
        kind: 'person',
        name: slice(ctx, end + 1, apposed),
        role: slice(ctx, start, end),
        roleEntry: roleAfter.value,
        gender: gender ?? roleAfter.value.gender,
        number: 'sg',
      });
    // (A generic people noun stays a group: "Finance officials" are nobody in particular.)
    return make(complement ? holder : end, {
      kind: roleAfter.value.generic ? 'group' : 'role',
      role: slice(ctx, k, complement ? holder : end),
      roleEntry: roleAfter.value,
      gender: roleAfter.value.gender,
      number: roleAfter.value.number ?? 'sg',
    });
  }
  // A run ending on an institution noun, or holding one before its complement ("Canadian Council for
  // Refugees"), names an institution.
  let institutionNoun = lex.institutionNouns.matchEndingAt(tokens, run - 1).length > 0;
  for (let k = start + 1; k < run - 1 && !institutionNoun; k++)
    institutionNoun = !tokens[k]!.upper && lex.institutionNouns.matchEndingAt(tokens, k - 1).length > 0;
  const runInst = lex.institutions.longestAt(tokens, start);
  if (runInst && start + runInst.length === run) {
    return make(run, {
      kind: 'institution',
      institution: runInst.value.canonical,
      institutionEntry: runInst.value,
      number: 'sg',
    });
  }
  // "BC Hydro", "CBC News": an acronym (two capitals or more) opening a name run names an organisation.
  const opensWithAcronym =
    run - start >= 2 && isAcronym(ctx, start, start + 1) && tokens[start]!.end - tokens[start]!.start >= 2;
  if (institutionNoun || isAcronym(ctx, start, run) || opensWithAcronym) {
    return make(run, { kind: 'institution', institution: slice(ctx, start, run), number: 'sg' });
  }
  // A role written with a capital ("Justice Sean Dunphy", "Président Macron").
  const roleFirst = lex.roles.longestAt(tokens, start);
  if (roleFirst && start + roleFirst.length < run) {
    return make(run, {
      kind: 'person',
      name: slice(ctx, start + roleFirst.length, run),
      role: slice(ctx, start, start + roleFirst.length),
      roleEntry: roleFirst.value,
      gender: gender ?? roleFirst.value.gender,
      number: 'sg',
    });
  }
  if (roleFirst && start + roleFirst.length === run) {
    return make(run, {
      kind: roleFirst.value.generic ? 'group' : 'role',
      role: slice(ctx, start, run),
      roleEntry: roleFirst.value,
      gender: roleFirst.value.gender,
      number: roleFirst.value.number ?? 'sg',
    });
  }
  return make(run, { kind: 'person', name: slice(ctx, start, run), gender, number: 'sg' });
}

/**
 * Where every noun is capitalised (`capitalisedNouns`), an institution's common noun and then its own name
 * that runs up to the verb: "Die Gewerkschaft Verdi hat …", "Der Verein Pro Asyl kritisierte …" (the
 * institution "Verdi", not a person named Verdi). Right before the verb no object can follow the noun, as it
 * may after an inverted subject ("sagte die Behörde Journalisten"). Null otherwise.
 */
function namedInstitution(ctx: PhraseContext, i: number, end: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (lex.lexicon.capitalisedNouns !== true) return null;
  const det = lex.determiners.longestAt(tokens, i)?.length ?? 0;
  const noun = lex.institutionNouns.longestAt(tokens, i + det);
  if (!noun) return null;
  const nameStart = i + det + noun.length;
  if (nameStart >= end || nameRun(ctx, nameStart, end, false) !== end) return null;
  // (A role between them names its holder: "die Partei-Chefin Anna Roth".)
  for (let k = nameStart; k < end; k++) if (lex.roles.longestAt(tokens, k)) return null;
  return {
    tokStart: i,
    tokEnd: end,
    start: tokens[i]!.start,
    end: tokens[end - 1]!.end,
    kind: 'institution',
    institution: slice(ctx, nameStart, end),
    number: 'sg',
  };
}

/**
 * Where a capitalised run after a role holds an institution noun in an oblique case ("Narodowego Banku
 * Polskiego Adam Glapiński"), the end of that institution's phrase: past the noun, the words that decline
 * like genitive adjectives (`caseEndings.gen`, not names-only). `from` when the run holds none.
 */
function genitiveInstitutionEnd(ctx: PhraseContext, from: number, to: number): number {
  const { tokens, lex } = ctx;
  let noun = -1;
  for (let k = from; k < to; k++) if (lex.institutionNouns.matchAt(tokens, k).length > 0) noun = k;
  if (noun < 0) return from;
  const adjectival = (k: number) =>
    (lex.lexicon.caseEndings?.gen ?? []).some(
      (e) =>
        !e.namesOnly &&
        e.to.length > 0 &&
        tokens[k]!.fold.length > e.from.length + 2 &&
        tokens[k]!.fold.endsWith(e.from),
    );
  let k = noun + 1;
  while (k < to && adjectival(k)) k++;
  return k;
}

/** Do tokens [from, to) name one known institution (`Lexicon.institutions`), whole? */
function institutionRun(ctx: PhraseContext, from: number, to: number): boolean {
  return ctx.lex.institutions.longestAt(ctx.tokens, from)?.length === to - from;
}

/** An acronym ("МИД", "MSZ"), a known institution or a genitive place name ("России", "України", "Ukrainy"). */
export function caseComplement(ctx: PhraseContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const word = ctx.text.slice(t.start, t.end);
  if (acronymWord(word)) return true;
  if (ctx.lex.institutions.longestAt(ctx.tokens, i)?.length === 1) return true;
  return /[иыїіyi]$/.test(t.fold);
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * The subject phrase that ends right before token `end` (the cue), starting no earlier than `from`.
 * The earliest start whose parse reaches exactly `end` wins, so the whole phrase is taken.
 */
export function speakerEndingAt(ctx: PhraseContext, from: number, end: number): SpeakerPhrase | null {
  const lo = Math.max(from, end - 14);
  for (let s = lo; s < end; s++) {
    const t = ctx.tokens[s];
    if (!isWord(t)) continue;
    const p = namedInstitution(ctx, s, end) ?? parseSpeakerPhrase(ctx, s, end);
    if (!p || p.tokEnd !== end) continue;
    // (A linker opens a complement, not a phrase: "la replica della Regione, che …" → "Regione"; where every
    // noun is capitalised its articles double as linkers: "der Sprecher".)
    if (ctx.lex.lexicon.capitalisedNouns !== true && ctx.lex.linkers.matchAt(ctx.tokens, s).length > 0)
      continue;
    if (s > lo && objectLike(ctx, p)) {
      const subject = subjectBeforePreposition(ctx, lo, s);
      if (subject) return subject;
    }
    // Where the subject may go unsaid, a preposition's object right before the cue is not it: "En esta
    // entrevista con EL PAÍS defiende que …", "Nel corso dell'incontro con von der Leyen ha ribadito …" (the
    // subject is the person named before).
    // (A phrase with a role may open after a preposition of the sentence's adverbial: "О такой войне министр
    // обороны Сергей Шойгу … сказал".)
    const bare = objectLike(ctx, p) || (p.kind === 'person' && p.role === undefined);
    return s > lo && bare && prepositionObject(ctx, lo, s) ? null : p;
  }
  return null;
}

/**
 * In a language that drops its subjects, does the name run (particles included: "von der Leyen") or phrase
 * opening at `s` follow a preposition, not one that names a speaking institution ("У МЗС України відповіли",
 * `speakerPrepositions`)?
 */
function prepositionObject(ctx: PhraseContext, lo: number, s: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.lexicon.dropsSubject !== true) return false;
  // Back over the rest of the name only: an acronym before it is a complement of its own, after which a name
  // opens a new phrase ("Постоянный представитель России при ООН Василий Небензя подчеркнул").
  let b = s;
  while (
    b > lo &&
    isWord(tokens[b - 1]) &&
    (tokens[b - 1]!.upper || lex.nameParticles.matchAt(tokens, b - 1).length > 0) &&
    !isAcronym(ctx, b - 1, b) &&
    lex.prepositions.matchAt(tokens, b - 1).length === 0
  )
    b--;
  return (
    lex.prepositions.matchEndingAt(tokens, b - 1).length > 0 &&
    !(lex.lexicon.speakerPrepositions ?? []).includes(tokens[b - 1]!.fold)
  );
}

/**
 * A phrase that may be a preposition's object rather than a subject: not a subject pronoun, nor a person's full name (which holds
 * a role whose complement has a preposition: "Висока представниця ЄС із закордонних справ Кая Каллас"), and
 * not where every noun is capitalised (a capitalised word after a preposition may be any noun there).
 */
function objectLike(ctx: PhraseContext, p: SpeakerPhrase): boolean {
  if (ctx.lex.lexicon.capitalisedNouns === true || p.kind === 'pronoun') return false;
  return !(p.kind === 'person' && (p.name ?? '').trim().includes(' '));
}

/**
 * A phrase that a preposition before it governs is that preposition's object, not the subject: in "Pete
 * Hegseth in an interview with CNN said", "Пол Йонсон в інтерв'ю агенції TT підтвердив", the speaker is the
 * phrase ending at the first preposition after `from`, when one does and it names a speaker by itself (a
 * role, a person with a role or a full name, an institution), not the name closing the run at `objectStart`.
 */
function subjectBeforePreposition(
  ctx: PhraseContext,
  from: number,
  objectStart: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  for (let q = from + 1; q < objectStart; q++) {
    if (lex.prepositions.matchAt(tokens, q).length === 0) continue;
    // Only an adverbial between the two, with no clause of its own ("The Times on Saturday wrote that Trump").
    for (let k = q + 1; k < objectStart; k++)
      if (
        lex.cues.matchAt(tokens, k).length > 0 ||
        lex.complementizers.matchAt(tokens, k).length > 0 ||
        lex.relativePronouns.matchAt(tokens, k).length > 0
      )
        return null;
    // (A study or a report is no speaker: its author is, after "by": "A 2017 study by the committee said".)
    if (lex.evidenceNouns.matchEndingAt(tokens, q - 1).length > 0) return null;
    for (let s = from; s < q; s++) {
      const p = isWord(tokens[s]) ? parseSpeakerPhrase(ctx, s, q) : null;
      if (!p || p.tokEnd !== q) continue;
      const named =
        p.kind === 'role' ||
        (p.kind === 'person' && (p.role !== undefined || (p.name ?? '').trim().includes(' '))) ||
        (p.kind === 'institution' && (p.institutionEntry !== undefined || p.tokEnd - p.tokStart >= 2));
      return named ? p : null;
    }
    return null;
  }
  return null;
}
