/**
 * Speaker resolution within one article: full names are canonical; a bare surname ("Poutine", "Mr. Hemming")
 * points to the full name that ends with it; a role ("le président russe", "the minister") to the nearest
 * earlier person who held it, else to the nearest earlier named speaker; a pronoun to the nearest earlier
 * speaker of compatible gender and number; institutions to their canonical names.
 */
import { foldText } from '../text/normalize';
import { aliasName, nominatives } from './aliases';
import { genderOfFirstName } from './first-names';
import { isAbbreviation } from './sentences';
import { namesOutlet, outletNounAlone } from './outlets';
import { objectInside, roleSubjectAt } from './role-subjects';
import { institutionNamedBefore, ofKind, takenUpKind } from './taken-up-institutions';
import {
  caseComplement,
  genderOfHonorific,
  pronounPhrase,
  type PhraseContext,
  type SpeakerPhrase,
} from './speaker-phrase';
import type { Gender, Lexicon } from './lexicon/types';
import type { Token } from './tokens';

export interface ResolvedSpeaker {
  /** Canonical name, "" when unknown. */
  name: string;
  kind: 'person' | 'institution' | 'group' | 'unknown';
  gender?: Gender;
  plural?: boolean;
  role?: string;
}

const RECENT = 60;
/** How far (in tokens) a gendered pronoun looks back for the name it stands for. */
const GENDER_WINDOW = 40;
/** Tokens a participial clause opening a sentence may hold ("Asked whether …, Lee smiled"). */
const MAX_PARTICIPIAL = 24;
/** The votes a first name that marks a gender casts for it (an honorific casts two). */
const FIRST_NAME_VOTES = 2;

interface PersonMention {
  full: string;
  /** Folded words of the name. */
  words: string[];
  start: number;
}

/** Does token `k` end a sentence or a paragraph, or lie before the text (so that `k + 1` opens a sentence)? */
function sentenceStartAt(tokens: readonly { kind: string; fold: string }[], k: number): boolean {
  const t = tokens[k];
  return !t || t.kind === 'break' || (t.kind === 'punct' && /^[.!?…]$/.test(t.fold));
}

function foldedWords(s: string): string[] {
  return foldText(s)
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter((w) => w.length > 0);
}

/** An elided article or preposition glued to the word after it: "l'", "d'". */
const ELIDED_ARTICLE = /^\p{L}{1,2}'(?=\p{L}{3})/u;

/**
 * The words of a role besides its head and determiners ("venezolanische" in "der venezolanische Präsident"):
 * two roles that both have some and share none name different people ("der brasilianische Präsident").
 */
function roleModifiers(role: string, head: string, ctx: PhraseContext): string[] {
  // An elided article is no part of its word: "l'ancienne maire" has the modifier "ancienne".
  return foldedWords(role)
    .map((w) => w.replace(ELIDED_ARTICLE, ''))
    .filter(
      (w) =>
        w !== head &&
        !ctx.lex.determiners.matchAt([{ start: 0, end: w.length, kind: 'word', fold: w, upper: false }], 0)
          .length,
    );
}

/**
 * The first parts of a role's capitalised compounds, folded: the party in "SPD-Politiker", "Grünen-Chefin",
 * "Linken-Vorsitzende". Two roles with different ones name different people.
 */
function roleParties(role: string, ctx: PhraseContext): string[] {
  const compounds = (role.match(/\p{Lu}[\p{L}\p{N}]*(?=-\p{Lu})/gu) ?? []).map(foldText);
  // And the parties the lexicon knows by name or adjective (`Lexicon.parties`): "segretario leghista".
  const words = ` ${foldedWords(role).join(' ')} `;
  const named = (ctx.lex.lexicon.parties ?? [])
    .filter((p) => p.forms.some((f) => words.includes(` ${foldedWords(f).join(' ')} `)))
    .map((p) => foldText(p.name));
  return named.length > 0 ? [...compounds, ...named] : compounds;
}

/** Two modifier words of one stem (four letters shared, both longer): "польський" / "Польщі". */
function sameStem(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a.slice(0, 4) === b.slice(0, 4);
}

/**
 * Do two role heads name the same office? Equal, or one a compound ending with the other (German
 * "Polizeisprecher" and "Sprecher", "Bundesinnenminister" and "Minister").
 */
function sameHead(a: string, b: string): boolean {
  return a === b || (a.length > b.length ? a.endsWith(b) : b.endsWith(a));
}

/**
 * Are two role heads the same word? Equal, or, in a language that declines its nouns (`caseEndings`), two
 * case forms of it: one the other plus an ending of up to two letters, or both the same stem with endings of
 * one or two letters ("министр" / "министра", "глава" / "главы", "представитель" / "представителя").
 */
function headsAgree(theirs: string | undefined, head: string, ctx: PhraseContext): boolean {
  if (theirs === undefined) return false;
  if (theirs === head) return true;
  if (!ctx.lex.lexicon.caseEndings) return false;
  let common = 0;
  while (common < theirs.length && common < head.length && theirs[common] === head[common]) common++;
  return common >= 4 && theirs.length - common <= 2 && head.length - common <= 2;
}

/** Head word of a role ("président russe" → "president"), for matching a later bare role. */
function roleHead(role: string, ctx: PhraseContext): string {
  // (Without an elided article: "l'entraîneur" is the "entraîneur" of "le nouvel entraîneur".)
  const words = foldedWords(role)
    .map((w) => w.replace(ELIDED_ARTICLE, ''))
    .filter(
      (w) =>
        !ctx.lex.determiners.matchAt([{ start: 0, end: w.length, kind: 'word', fold: w, upper: false }], 0)
          .length,
    );
  return (
    words.find(
      (w) =>
        ctx.lex.roles.matchAt([{ start: 0, end: w.length, kind: 'word', fold: w, upper: false }], 0).length >
        0,
    ) ??
    words[0] ??
    ''
  );
}

/** Each lexicon's offices (`Lexicon.offices`) as folded word sequences, by first word, longest first. */
const officeTables = new WeakMap<object, Map<string, { words: string[]; office: number }[]>>();

/** The office a role names (its index in `Lexicon.offices`), by the longest office phrase it holds. */
function officeOf(role: string | undefined, ctx: PhraseContext): number | undefined {
  const offices = ctx.lex.lexicon.offices;
  if (!role || !offices) return undefined;
  let table = officeTables.get(offices);
  if (!table) {
    table = new Map();
    for (const [office, forms] of offices.entries())
      for (const form of forms) {
        const words = foldedWords(form);
        const list = table.get(words[0] ?? '') ?? [];
        list.push({ words, office });
        table.set(words[0] ?? '', list);
      }
    for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
    officeTables.set(offices, table);
  }
  const words = foldedWords(role);
  let best: { words: string[]; office: number } | undefined;
  for (let i = 0; i < words.length; i++)
    for (const entry of table.get(words[i]!) ?? [])
      if (
        (!best || entry.words.length > best.words.length) &&
        entry.words.every((w, k) => words[i + k] === w)
      )
        best = entry;
  return best?.office;
}

/**
 * A grammatical word of the lexicon (preposition, "selon"/"según"/"laut", conjunction, pronoun, filler,
 * complementizer): capitalised at a sentence start it opens no name ("Según Peskov", "Nach Angaben"). Only
 * asked of sentence-initial words: elsewhere such words are not capitalised.
 */
function functionWord(ctx: PhraseContext, i: number): boolean {
  const { lex, tokens } = ctx;
  return (
    lex.prepositions.matchAt(tokens, i).length > 0 ||
    lex.accordingTo.matchAt(tokens, i).length > 0 ||
    lex.conjunctions.matchAt(tokens, i).length > 0 ||
    lex.pronouns.matchAt(tokens, i).length > 0 ||
    lex.fillers.matchAt(tokens, i).length > 0 ||
    lex.complementizers.matchAt(tokens, i).length > 0 ||
    lex.addresseeMarkers.matchAt(tokens, i).length > 0
  );
}

/**
 * A capitalised compound whose last part is written in lower case is an adjective, no name's word: "Ivy
 * League-trained", "Texas-based" (a name capitalises every part: "Holtz-Eakin").
 */
function compoundAdjective(text: string, t: Token): boolean {
  const word = text.slice(t.start, t.end);
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && /^\p{Ll}/u.test(word.slice(hyphen + 1));
}

/** Characters beyond which two offsets are taken to lie in different sentences. */
const MAX_SENTENCE_CHARS = 600;

/** A speaker resolved so far, with where it was mentioned and how its role read. */
interface HistoryEntry {
  speaker: ResolvedSpeaker;
  at: number;
  roleHead?: string;
  roleModifiers?: string[];
  nounGender?: Gender;
  /** Known by its role alone ("der Sprecher"): no name that another role could point back to. */
  roleOnly?: boolean;
  roleParties?: string[];
  /** The common noun an institution was named with ("Gewerkschaft" in "die Gewerkschaft Verdi"), folded. */
  institutionNoun?: string;
  /** Named as a newspaper, broadcaster or website, which an outlet noun may take up (`outlets.ts`). */
  outlet?: boolean;
  /** An institution's phrase as written, folded words, for the nouns that take it up by its kind. */
  described?: string[];
}

/** A sentence's end (its punctuation before a space) or a line break. */
const SENTENCE_BREAK = /[.!?…]["”’»]?\s|\n/u;

export class SpeakerResolver {
  /** Full names in text order, and by their last word. */
  private persons: PersonMention[] = [];
  private personsByLast = new Map<string, PersonMention[]>();
  /** Speakers resolved so far, in text order, with where they were mentioned. */
  private history: HistoryEntry[] = [];
  private genderOf = new Map<string, Gender>();
  /**
   * Every mention of a full name's person outside quotations (the full name or its last word alone), in text
   * order, and whether it opens its sentence (its subject, most likely).
   */
  private mentions: {
    person: PersonMention;
    start: number;
    opensSentence: boolean;
    /** Closes a sentence after its role, where case marks the subject (`closesAsSubject`). */
    closesSentence?: boolean;
  }[] = [];
  /** Acronyms introduced in parentheses, to their full names ("OFAG" → "Office fédéral de l'agriculture"). */
  private aliases = new Map<string, string>();

  /** `quoteOf` (token → quotation index or -1), when given, keeps pronouns inside quotations from voting. */
  constructor(private ctx: PhraseContext & { quoteOf?: Int32Array }) {
    this.collectNames();
    for (const p of this.persons) {
      const last = p.words[p.words.length - 1] ?? '';
      const list = this.personsByLast.get(last);
      if (list) list.push(p);
      else this.personsByLast.set(last, [p]);
    }
    this.learnGenders();
  }

  /** The full name ending with the folded word `last`, nearest before offset `at` (else the first after). */
  private personByLast(last: string, at: number): PersonMention | undefined {
    const list = this.personsByLast.get(last);
    if (!list) return undefined;
    // In text order: binary search for the last one at or before `at`.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1] ?? list[0];
  }

  /** Records the mention whose last word is token `last`, noting whether its name run opens a sentence. */
  private noteMention(person: PersonMention, last: number): void {
    const { tokens, lex } = this.ctx;
    let first = last;
    // Back over the rest of the name, an honorific, and a title with its determiner: "Anne Marie Cerato",
    // "Mr. Hemming", "Immigration lawyer Ronalee Carey", "The former minister Ann Lee".
    for (let guard = 0; first > 0 && guard < 12; guard++) {
      const prev = tokens[first - 1]!;
      const title = lex.roles.matchEndingAt(tokens, first - 1)[0];
      const role = title ?? lex.determiners.matchEndingAt(tokens, first - 1)[0];
      // A title of several words is taken whole, capitals and all: "Secretary of State Daniel Whitaker".
      if (title && title.length > 1 && prev.kind === 'word') first -= title.length;
      // (A capitalised preposition is no part of it: "On Christmas Day, …" opens with an adverbial.)
      else if (
        prev.kind === 'word' &&
        ((prev.upper && !functionWord(this.ctx, first - 1)) ||
          lex.nameParticles.matchAt(tokens, first - 1).length > 0)
      )
        first--;
      else if (prev.fold === '.' && first >= 2 && lex.honorifics.matchAt(tokens, first - 2).length > 0)
        first -= 2;
      else if (role && prev.kind === 'word') first -= role.length;
      else break;
    }
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    // "Patterson's car" names a possessor, not the subject.
    const possessive = after?.fold === "'" && after.start === tokens[last]!.end;
    // A subject goes on with its verb or an apposition; a name standing alone on its line is a caption, a
    // credit or a heading ("Article continued below", "Jane Doe / Agency").
    const goesOn = after !== undefined && ((after.kind === 'word' && !after.upper) || after.fold === ',');
    const opensSentence =
      !possessive &&
      goesOn &&
      (sentenceStartAt(tokens, first - 1) ||
        (before?.fold === ',' &&
          ((after?.fold === ',' && this.roleOpens(first - 1)) ||
            this.adverbialOpens(first - 1) ||
            this.participleOpens(first - 1))));
    const closesSentence = this.closesAsSubject(person, first, last);
    this.mentions.push({
      person,
      start: tokens[first]!.start,
      opensSentence,
      ...(closesSentence ? { closesSentence } : {}),
    });
  }

  /**
   * Where case marks the subject (`caseEndings`), a role and a name closing a sentence may be its inverted
   * subject, which the next dropped subject takes up ("Innego zdania jest posłanka Konfederacji Anna Zielińska.
   * – … – mówiła."): when a role stands before the name and its given name is written in the nominative (a
   * known first name: "Anna", not "Annę").
   */
  private closesAsSubject(person: PersonMention, first: number, last: number): boolean {
    const { tokens, lex } = this.ctx;
    if (!lex.lexicon.caseEndings || tokens[last + 1]?.fold !== '.') return false;
    if (tokens[first]!.start === person.start || person.words.length < 2) return false;
    // (Not a preposition's object: "spotkała się z posłanką Marią Wiśniewską.")
    if (lex.prepositions.matchEndingAt(tokens, first - 1).length > 0) return false;
    // The given name as written, which folding would not change ("Marią" folds to a known "maria").
    const given = this.ctx.text.slice(person.start).split(/\s/u)[0] ?? '';
    return given.toLowerCase() === person.words[0] && genderOfFirstName(given) !== undefined;
  }

  /**
   * Does a role phrase open the sentence and end at the comma at token `comma`, so that the name after it is
   * the subject's apposition ("Le chef de la diplomatie russe, Sergueï Lavrov, a …")? A determiner or a role
   * opens it; no punctuation stands inside, at most ten words.
   */
  private roleOpens(comma: number): boolean {
    const { tokens, lex } = this.ctx;
    for (let k = comma - 1; k >= 0 && comma - k <= 10; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word') return false;
      if (!sentenceStartAt(tokens, k - 1)) continue;
      return (
        (lex.determiners.longestAt(tokens, k) !== undefined ||
          lex.roles.longestAt(tokens, k) !== undefined) &&
        !objectInside(this.ctx, k + 1, comma)
      );
    }
    return false;
  }

  /**
   * Does a short adverbial open the sentence and end at the comma at token `comma`, so that the name after it
   * is the sentence's subject ("Down the road, Ann Lee cheered", "On Monday, Ann Lee …")? At most six words, no
   * punctuation nor cue among them, and either a preposition first or no capital after the first word (not a
   * clause with a named subject: "Lee said, …").
   */
  private adverbialOpens(comma: number): boolean {
    const { tokens, lex } = this.ctx;
    for (let k = comma - 1; k >= 0 && comma - k <= 6; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || lex.cues.matchAt(tokens, k).length > 0) return false;
      if (!sentenceStartAt(tokens, k - 1)) continue;
      if (lex.pronouns.matchAt(tokens, k).length > 0) return false;
      // (Not a clause with its object: "Le technicien a défendu son gardien, Hugo Lemaire, …".)
      if (objectInside(this.ctx, k + 1, comma)) return false;
      if (lex.prepositions.matchAt(tokens, k).length > 0) return true;
      for (let j = k + 1; j < comma; j++) if (tokens[j]!.upper) return false;
      return !this.personByLast(t.fold, t.start);
    }
    return false;
  }

  /**
   * Does a participial clause of a cue open the sentence and end at the comma at token `comma`, so that the
   * name after it is the sentence's subject ("Asked whether the club would appeal, Lee smiled")? Where a
   * finite verb always has its subject before it (neither `dropsSubject` nor `verbSecond`), a capitalised cue
   * opening the sentence is such a participle; its clause is words only, at most `MAX_PARTICIPIAL` tokens.
   */
  private participleOpens(comma: number): boolean {
    const { tokens, lex } = this.ctx;
    if (lex.lexicon.dropsSubject === true || lex.lexicon.verbSecond === true) return false;
    for (let k = comma - 1; k >= 0 && comma - k <= MAX_PARTICIPIAL; k--) {
      const t = tokens[k]!;
      if (t.kind !== 'word' && t.fold !== "'") return false;
      if (sentenceStartAt(tokens, k - 1)) return t.upper && lex.cues.matchAt(tokens, k).length > 0;
    }
    return false;
  }

  /**
   * For a phrase that is a document adverb alone ("Darin"), the document noun it takes up: the last one in
   * the sentence before, with its words up to the noun and its genitive complement ("Stellungnahme des
   * Ministeriums" is shown as "Stellungnahme"). Undefined otherwise.
   */
  private documentBefore(phrase: SpeakerPhrase): string | undefined {
    const { tokens, lex } = this.ctx;
    const k = phrase.tokStart;
    if (phrase.tokEnd - k !== 1 || !lex.documentAdverbs.longestAt(tokens, k)) return undefined;
    let sentenceStarts = 0;
    for (let j = k - 1; j >= 0 && k - j <= 60; j--) {
      const t = tokens[j]!;
      if (t.kind === 'break') return undefined;
      if (t.kind === 'punct' && /^[.!?…]$/.test(t.fold) && ++sentenceStarts > 1) return undefined;
      if (t.kind === 'word' && t.upper && lex.documentNouns.longestAt(tokens, j))
        return this.ctx.text.slice(t.start, t.end);
    }
    return undefined;
  }

  /** Token index where the paragraph holding token `i` starts. */
  private paragraphStartOf(i: number): number {
    let k = i;
    while (k > 0 && this.ctx.tokens[k - 1]!.kind !== 'break') k--;
    return k;
  }

  private tokenStart(k: number): number {
    return this.ctx.tokens[k]?.start ?? this.ctx.text.length;
  }

  /** The last sentence-opening mention before offset `at` whose gender fits, after offset `after`. */
  private subjectMentionBetween(
    after: number,
    at: number,
    gender: Gender | undefined,
  ): PersonMention | undefined {
    // (A pronoun right after a comma or a closing quotation mark trails its sentence.)
    const trailing = /[,”"’»]\s*$/u.test(this.ctx.text.slice(Math.max(0, at - 3), at));
    // Mentions are in text order: start from the last one before `at` (binary search, so that long pages
    // with many pronouns stay linear-logarithmic).
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.start <= after) return undefined;
      if (!m.opensSentence && !m.closesSentence) continue;
      // In an attribution trailing its sentence, the subject the sentence opens with is what is reported,
      // not who reports it: "Canada has asked for clemency, she said" (she is not Canada; but "Ham is
      // speaking out about why he believes …").
      if (trailing && this.sameSentence(m.start, at)) continue;
      const g = this.genderOf.get(m.person.full);
      if (!gender || !g || g === gender) return m.person;
    }
    return undefined;
  }

  /**
   * Is a one-word name no surname of the article's and shaped like a genitive (`caseEndings.gen`, names-only
   * endings and the nominative endings of `genitiveSource` aside): "України", "Ukrainy", not "Сибіга" named
   * in full before, nor "Nawrocki"?
   */
  private genitiveLike(words: string[]): boolean {
    const { lexicon } = this.ctx.lex;
    const word = words.length === 1 ? words[0]! : undefined;
    if (!word || this.personsByLast.has(word) || this.ctx.aliases?.byName(word, lexicon.caseEndings))
      return false;
    const nominativeEndings = (lexicon.genitiveSource?.nominativeEndings ?? []).map(foldText);
    if (nominativeEndings.some((e) => word.endsWith(e))) return false;
    return (lexicon.caseEndings?.gen ?? []).some(
      (e) => !e.namesOnly && word.length > e.from.length + 1 && word.endsWith(foldText(e.from)),
    );
  }

  /** Does a speaker preposition (`Lexicon.speakerPrepositions`: "в", "у") open the phrase or stand before it? */
  private afterSpeakerPreposition(phrase: SpeakerPhrase): boolean {
    const prepositions = this.ctx.lex.lexicon.speakerPrepositions ?? [];
    const { tokens } = this.ctx;
    if (prepositions.includes(tokens[phrase.tokStart]?.fold ?? '')) return true;
    // (Over a capitalised adjective the phrase left out: "В Одеському морському порту".)
    let k = phrase.tokStart - 1;
    while (
      k > 0 &&
      k >= phrase.tokStart - 2 &&
      !prepositions.includes(tokens[k]!.fold) &&
      tokens[k]!.kind === 'word' &&
      tokens[k]!.upper
    )
      k--;
    return prepositions.includes(tokens[k]?.fold ?? '');
  }

  /** The case (`AccordingToMarker.case`) of a source marker right before the phrase ("według", "за словами"). */
  private governedCase(phrase: SpeakerPhrase): string | undefined {
    const { tokens, lex } = this.ctx;
    return lex.accordingTo.matchEndingAt(tokens, phrase.tokStart - 1).find((m) => m.value.case)?.value.case;
  }

  /** Each word of a name in case `grammaticalCase` back to the nominative (`Lexicon.caseEndings`). */
  private nominativeName(name: string, grammaticalCase: string): string {
    const endings = this.ctx.lex.lexicon.caseEndings?.[grammaticalCase] ?? [];
    return name
      .split(' ')
      .map((word) => {
        const fold = foldText(word);
        // (A whole word may be rewritten, not taken away: "уряді" → "уряд".)
        const rule = endings.find(
          (e) =>
            fold.endsWith(foldText(e.from)) &&
            (fold.length > e.from.length + 1 || (fold.length === e.from.length && e.to.length > 0)),
        );
        if (!rule) return word;
        const stem = word.slice(0, word.length - rule.from.length);
        // (A capital the rewrite took away comes back: "Офісі" → "Офіс".)
        const upper = stem === '' && word[0] !== word[0]!.toLowerCase();
        return stem + (upper ? rule.to[0]!.toUpperCase() + rule.to.slice(1) : rule.to);
      })
      .join(' ');
  }

  /**
   * The person whose full name first appears in the article opening the sentence after the one at offset `at`
   * ("… . Margarita Robles, que …" / "… . Андрій Сибіга, який …"), of a gender that fits; else undefined.
   */
  private namedInNextSentence(at: number, gender: Gender | undefined): PersonMention | undefined {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    // The first mention past the role's own sentence, which must open the next one.
    let m: (typeof this.mentions)[number] | undefined;
    for (let k = lo; k < this.mentions.length && !m; k++) {
      const between = this.ctx.text.slice(at, this.mentions[k]!.start);
      if (between.length > 2 * MAX_SENTENCE_CHARS) return undefined;
      const breaks = between.split(SENTENCE_BREAK).length - 1;
      if (breaks > 1) return undefined;
      if (breaks === 1) m = this.mentions[k];
    }
    // (A name with its own role before it introduces someone else: "… . Rzeczniczka Straży Granicznej Anna
    // Michalska przekazała …".)
    if (!m || !m.opensSentence || m.start !== m.person.start) return undefined;
    // (Nor one set off after a role: "… . La alcaldesa de Jaén, María Ruiz, dijo …".)
    if (!/(?:^|[.!?…]["”’»]?\s|\n)\s*$/u.test(this.ctx.text.slice(Math.max(0, m.start - 4), m.start)))
      return undefined;
    // (Not someone the article named before: "Robles dijo … . La ministra … . Robles añadió".)
    const earliest = this.personsByLast.get(m.person.words[m.person.words.length - 1] ?? '')?.[0];
    if (!earliest || earliest.start < at) return undefined;
    const g = this.genderOf.get(m.person.full) ?? genderOfFirstName(m.person.words[0] ?? '');
    return !gender || !g || g === gender ? m.person : undefined;
  }

  /**
   * The possessor of a message phrase ("her statement", "its letter": `Lexicon.possessivePronouns`,
   * `messageNouns`), as the pronoun it stands for; else null.
   */
  private messageAuthor(phrase: SpeakerPhrase): SpeakerPhrase | null {
    const { tokens, lex } = this.ctx;
    const { possessivePronouns, messageNouns, pronouns } = lex.lexicon;
    const first = tokens[phrase.tokStart];
    const head = tokens[phrase.tokEnd - 1];
    const form = first ? possessivePronouns?.[first.fold] : undefined;
    if (!form || !head || !messageNouns?.includes(head.fold)) return null;
    const pronoun = pronouns.find((p) => foldText(p.form) === form);
    return pronoun
      ? pronounPhrase(phrase.tokStart, phrase.tokStart + 1, first!.start, first!.end, pronoun)
      : null;
  }

  /** Do offsets `a` < `b` lie in one sentence (no sentence end or line break between them, not far apart)? */
  private sameSentence(a: number, b: number): boolean {
    return b - a < MAX_SENTENCE_CHARS && !SENTENCE_BREAK.test(this.ctx.text.slice(a, b));
  }

  /**
   * The genders the article gives its names. Each gendered pronoun outside quotations (`pronouns` of 3rd
   * person singular, `genderedForms`) votes for the nearest earlier name of its paragraph ("Cerato said she",
   * "Bardos looked down at his shoes"), an honorific for the name it precedes ("Ms. Cerato", two votes); the
   * clear majority gives the name its gender. Names whose gender a phrase states (roles, honorifics of the
   * speaker) keep that one: `remember` overrides these.
   */
  private learnGenders(): void {
    const { tokens, lex } = this.ctx;
    const quoteOf = this.ctx.quoteOf;
    const quoted = (k: number) => quoteOf !== undefined && k >= 0 && quoteOf[k] !== -1;
    const { forms, subjects } = genderedForms(lex.lexicon);
    if (forms.size === 0 || this.persons.length === 0) return;
    const votes = new Map<PersonMention, { m: number; f: number }>();
    const singles = new Map<string, PersonMention>();
    const vote = (person: PersonMention, gender: Gender, weight: number) => {
      if (gender === 'n') return;
      const v = votes.get(person) ?? { m: 0, f: 0 };
      v[gender] += weight;
      votes.set(person, v);
    };
    let anchor: { person: PersonMention; at: number; sentenceEnded: boolean } | undefined;
    let honorific: { gender: Gender; at: number } | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'break') {
        anchor = undefined;
        continue;
      }
      if (anchor && /^[.!?…]$/.test(t.fold) && !isAbbreviation(tokens, i, lex)) anchor.sentenceEnded = true;
      if (t.kind !== 'word') continue;
      const pronounGender = forms.get(t.fold);
      if (pronounGender) {
        // The subject of a cue after a quotation ("“…,” she said") is the pronoun to resolve, not a clue:
        // the nearest name before it is as often someone else. So is a subject pronoun opening a later
        // sentence ("Maya spoke. He said …"); a possessive or object form ("her dog") still points back.
        const afterQuote = quoted(i - 1) || (tokens[i - 1]?.fold === ',' && quoted(i - 2));
        const laterSubject = anchor?.sentenceEnded === true && subjects.has(t.fold);
        // An impersonal subject ("qu'il n'était pas question", "il faut") stands for no one.
        const impersonal = subjects.has(t.fold) && this.impersonalAfter(i + 1);
        if (
          anchor &&
          i - anchor.at <= GENDER_WINDOW &&
          !quoted(i) &&
          !afterQuote &&
          !laterSubject &&
          !impersonal
        )
          vote(anchor.person, pronounGender, 1);
        continue;
      }
      if (!t.upper) continue;
      const person = this.personByLast(t.fold, t.start);
      if (person) {
        anchor = { person, at: i, sentenceEnded: false };
        if (!quoted(i)) this.noteMention(person, i);
        if (honorific && i - honorific.at <= 3) vote(person, honorific.gender, 2);
        honorific = undefined;
        continue;
      }
      const g = lex.honorifics.longestAt(tokens, i) ? genderOfHonorific(t.fold) : undefined;
      if (g) {
        honorific = { gender: g, at: i };
        continue;
      }
      // A one-word name right before a cue is a speaker named alone ("Jayme told police that her dog …"):
      // it learns its gender too.
      if (lex.cues.matchAt(tokens, i + 1).length > 0 && !quoted(i) && !functionWord(this.ctx, i)) {
        let single = singles.get(t.fold);
        if (!single) {
          single = { full: this.ctx.text.slice(t.start, t.end), words: [t.fold], start: t.start };
          singles.set(t.fold, single);
        }
        anchor = { person: single, at: i, sentenceEnded: false };
      }
    }
    for (const [person, v] of votes) {
      // A first name that marks a gender weighs like an honorific: one pronoun right after the name may stand
      // for someone else ("Judge Alan Marsh said she had abused …").
      const named = genderOfFirstName(person.full);
      if (named === 'm' || named === 'f') v[named] += FIRST_NAME_VOTES;
      const gender: Gender | undefined = v.m > 2 * v.f ? 'm' : v.f > 2 * v.m ? 'f' : undefined;
      if (!gender) continue;
      this.genderOf.set(person.full, gender);
      this.genderOf.set(this.canonical(person.full), gender);
    }
    // Where the article says nothing of a name's gender, its first name may ("Katy Barnett" is no "he").
    for (const person of this.persons) {
      if (this.genderOf.has(person.full)) continue;
      const gender = genderOfFirstName(person.full);
      if (!gender) continue;
      this.genderOf.set(person.full, gender);
      if (!this.genderOf.has(this.canonical(person.full)))
        this.genderOf.set(this.canonical(person.full), gender);
    }
  }

  /** Is token `i` the noun of a multiword source marker ("nach Angaben", "laut Angaben von")? */
  private sourceMarkerNoun(i: number): boolean {
    const { tokens, lex } = this.ctx;
    return (
      lex.accordingTo.matchEndingAt(tokens, i).some((m) => m.length > 1) ||
      lex.accordingTo.matchAt(tokens, i - 1).some((m) => m.length > 2)
    );
  }

  /**
   * Does an impersonal verb (`Lexicon.impersonals`) start at token `k`, a negation particle "ne" and quotation
   * marks aside ("qu'il n'était « pas question »")?
   */
  private impersonalAfter(k: number): boolean {
    const { tokens, lex } = this.ctx;
    if (lex.lexicon.impersonals === undefined) return false;
    const next = tokens.slice(k, k + 8).filter((t) => t.kind === 'word');
    const verb = next[0]?.fold === 'ne' || next[0]?.fold === "n'" ? 1 : 0;
    return lex.impersonals.longestAt(next, verb) !== undefined;
  }

  /**
   * Where case marks the object (`caseEndings`: pl, ru, uk), the order is subject first: a later name in the
   * sentence is an object or a complement ("Министр … Сергей Цивилев провёл встречу с мэром Сергеем
   * Собяниным"), so a role taken up next names the sentence's first name, which this returns for the name at `index` in `persons`.
   */
  private subjectOver(index: number): PersonMention | undefined {
    const named = this.persons[index];
    if (!named || !this.ctx.lex.lexicon.caseEndings) return named;
    let first = named;
    for (let k = index - 1; k >= 0; k--) {
      const p = this.persons[k]!;
      if (!this.sameSentence(p.start, named.start)) break;
      first = p;
    }
    return first;
  }

  /** Index in `persons` of the last full name mentioned before `at`, or -1. */
  private lastPersonIndexBefore(at: number): number {
    let lo = 0;
    let hi = this.persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.persons[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * The nearest full name before offset `at` that a role with head `head` introduced, the role noun right
   * before it or before its comma ("… son gardien, Lucas Meyer, …"), whether or not that person spoke: a
   * later "le gardien" is that person. Undefined when there is none among the last `RECENT` names.
   */
  private namedHolder(head: string, at: number, modifiers: string[] = []): PersonMention | undefined {
    const { tokens, lex } = this.ctx;
    const newest = this.lastPersonIndexBefore(at);
    for (let k = newest; k >= 0 && k > newest - RECENT; k--) {
      const person = this.persons[k]!;
      let i = this.tokenIndexAt(person.start);
      if (i < 1) continue;
      if (tokens[i - 1]!.fold === ',') i--;
      const word = tokens[i - 1];
      if (word?.kind !== 'word' || !headsAgree(word.fold, head, this.ctx)) continue;
      // (Not the holder of the same office elsewhere: "Der brasilianische Präsident X" is not "der
      // chilenische Präsident": the adjectives before the role, when both have some, share one.)
      const theirs: string[] = [];
      for (let j = i - 2; j >= 0 && i - 2 - j < 3; j--) {
        const t = tokens[j]!;
        if (t.kind !== 'word' || lex.determiners.matchAt(tokens, j).length > 0) break;
        theirs.push(t.fold);
      }
      const shared = theirs.some((w) => modifiers.some((m) => m === w || sameStem(m, w)));
      if (theirs.length > 0 && modifiers.length > 0 && !shared) continue;
      return person;
    }
    return undefined;
  }

  /**
   * The person a role opening a sentence between offsets `after` and `at` stands for, the last such sentence,
   * of a gender that fits: "The budget director did not back down. She said …", "Interrogé …, l'entraîneur a
   * botté en touche. « … », a-t-il glissé". The role is an article and a role noun that a verb or a comma
   * follows, outside quotations; it stands for the last speaker known by that role, else the last person the
   * role introduced (`namedHolder`). Undefined when there is none.
   */
  private roleSubjectBetween(after: number, at: number, gender: Gender | undefined): string | undefined {
    const { tokens } = this.ctx;
    const quoteOf = this.ctx.quoteOf;
    for (let j = this.tokenIndexAt(at) - 1; j > 0 && tokens[j]!.start > after; j--) {
      const opens =
        sentenceStartAt(tokens, j - 1) ||
        (tokens[j - 1]!.fold === ',' && (this.participleOpens(j - 1) || this.adverbialOpens(j - 1)));
      if (!opens || (quoteOf !== undefined && quoteOf[j] !== -1)) continue;
      const subject = roleSubjectAt(this.ctx, j, (k) => !functionWord(this.ctx, k));
      if (!subject || (gender && subject.gender && subject.gender !== gender)) continue;
      const k = subject.tokEnd;
      // (Not a speaker's own phrase: "The official, who …, said" is resolved as such.)
      const from = tokens[j]!.start;
      const to = tokens[k - 1]!.end;
      if (this.history.some((h) => h.at >= from && h.at <= to)) continue;
      const head = roleHead(this.ctx.text.slice(from, to), this.ctx);
      const fits = (name: string) => {
        const g = this.genderOf.get(name);
        return !gender || !g || g === gender;
      };
      const spoke = this.recent().find(
        (h) =>
          h.speaker.kind === 'person' &&
          h.speaker.name &&
          headsAgree(h.roleHead, head, this.ctx) &&
          fits(h.speaker.name),
      );
      const holder = spoke ? undefined : this.namedHolder(head, from);
      const name = spoke?.speaker.name ?? (holder ? this.canonical(holder.full) : undefined);
      if (name && fits(name)) return name;
    }
    return undefined;
  }

  /** Index of the token that starts at offset `start` (else the first after it). */
  private tokenIndexAt(start: number): number {
    const { tokens } = this.ctx;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Recent speakers, newest first: pronouns and roles look back this far at most. */
  private recent(): HistoryEntry[] {
    return this.history.slice(-RECENT).reverse();
  }

  /** Every personal name of two words or more in the article (subjects or not), for surnames and roles. */
  private collectNames(): void {
    const { tokens } = this.ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !t.upper) continue;
      // A common word capitalised at the start of a sentence ("For Carole Laurin", "When Easley") opens no name.
      const prev = tokens[i - 1];
      const initial =
        !prev ||
        prev.kind === 'break' ||
        (prev.kind === 'punct' && /^[.!?…:"(¿¡-]$/.test(prev.fold)) ||
        this.opensQuotation(i);
      if (initial && this.ctx.lowercase?.has(t.fold)) continue;
      const p =
        this.ctx.lex.roles.matchAt(tokens, i).length > 0 ||
        this.ctx.lex.determiners.matchAt(tokens, i).length > 0 ||
        (initial && tokens[i + 1]?.upper === true && functionWord(this.ctx, i)) ||
        // (Nor does the noun of a source marker: "nach Angaben von Ärzten" names no "Angaben von Ärzten".)
        (prev?.kind === 'word' && this.sourceMarkerNoun(i));
      if (p) continue;
      let j = i;
      for (;;) {
        // (A capitalised pronoun ends a name: "— Ashley, Mississauga I was at a barbecue".)
        while (
          j < tokens.length &&
          tokens[j]!.kind === 'word' &&
          !(j > i && this.ctx.lex.pronouns.matchAt(tokens, j).length > 0) &&
          !compoundAdjective(this.ctx.text, tokens[j]!) &&
          (tokens[j]!.upper ||
            (this.ctx.lex.nameParticles.matchAt(tokens, j).length > 0 &&
              tokens[j + 1]?.upper &&
              !this.genitiveLink(i, j)))
        )
          j++;
        // A middle initial keeps its full stop inside the name: "John F. Kennedy".
        if (!this.initialAt(j - 1) || j - 1 === i) break;
        const after = tokens[j + 1];
        if (after?.kind !== 'word' || !after.upper || after.end - after.start < 2) break;
        j++;
      }
      // A name cut after its middle initial is none ('Robert C. "Bobby" Scott', "George H.W. Bush").
      const cut = this.initialAt(j - 1) && j - 1 > i;
      const untitled = i;
      // Titles written with capitals are not part of the name: "Finance Minister Rachel Adeyemi".
      for (let k = i; k < j; k++) {
        const title = this.ctx.lex.roles.longestAt(tokens, k) ?? this.ctx.lex.honorifics.longestAt(tokens, k);
        if (title && k + title.length < j) {
          i = k + title.length;
          k = i - 1;
        }
      }
      // After a linker, a run of three words or more is the complement's place or body, then the holder's
      // two-word name: "il sindaco di Milano Giuseppe Sala" (as `roleModifiers` reads it).
      if (j - i >= 3 && this.ctx.lex.linkers.matchEndingAt(tokens, i - 1).length > 0) i = j - 2;
      // Case languages put it before the name with no linker ("Президент України Володимир Зеленський"), as
      // the speaker grammar reads it (`caseComplement`).
      if ((this.ctx.lex.lexicon.linkers ?? []).length === 0 && this.ctx.lex.lexicon.caseEndings)
        while (j - i >= 3 && caseComplement(this.ctx, i)) i++;
      if (j - i >= 2 && j - i <= 4 && !(i === untitled && this.afterArticle(i))) {
        // A run holding an institution noun names an institution ("Fédération de Russie", "Bank of Canada").
        let lastIsNoun = false;
        for (let k = i; k < j && !lastIsNoun; k++)
          lastIsNoun = this.ctx.lex.institutionNouns.matchAt(tokens, k).length > 0;
        const inst = this.ctx.lex.institutions.matchAt(tokens, i).length > 0;
        // A run closed by a place noun is a street or a place: "on Main St. The mayor said".
        // So is one closed by a calendar noun a date: "Since Labor Day, he has …".
        const place =
          this.ctx.lex.placeNouns.matchAt(tokens, j - 1).length > 0 ||
          this.ctx.lex.calendarNouns.matchAt(tokens, j - 1).length > 0;
        const full = this.ctx.text.slice(tokens[i]!.start, tokens[j - 1]!.end);
        // A run written all in capitals is an agency or a heading ("(EUROPA PRESS) -", "LA HAYA, 24 JUN"), not
        // a person's name.
        const shouting = full === full.toUpperCase() && full !== full.toLowerCase();
        if (!lastIsNoun && !inst && !place && !shouting && !cut) {
          this.persons.push({ full, words: foldedWords(full), start: tokens[i]!.start });
          // A gendered title right before the name gives it its gender: "der Bürgermeister Karl Wendt".
          const title = this.ctx.lex.roles.matchEndingAt(tokens, i - 1)[0]?.value.gender;
          if (title && title !== 'n' && !this.genderOf.has(full)) this.genderOf.set(full, title);
        }
      }
      i = j;
    }
  }

  /**
   * Is token `i` the first word of a quotation, after its opening marks (''Did Lee …'', ‘Did Lee …’), where a
   * quoted sentence starts?
   */
  private opensQuotation(i: number): boolean {
    const { tokens, quoteOf } = this.ctx;
    const q = quoteOf?.[i] ?? -1;
    if (q === -1) return false;
    let k = i - 1;
    while (k >= 0 && quoteOf![k] === q && tokens[k]!.kind === 'punct') k--;
    return k < i - 1 && (k < 0 || quoteOf![k] !== q);
  }

  /** Is token `k` an initial, one capital letter with its full stop right after it ("F." of "John F. Kennedy")? */
  private initialAt(k: number): boolean {
    const { tokens } = this.ctx;
    const t = tokens[k];
    const dot = tokens[k + 1];
    return t?.kind === 'word' && t.upper && t.end - t.start === 1 && dot?.fold === '.' && dot.start === t.end;
  }

  /**
   * Where every noun is capitalised (`capitalisedNouns`: German), is the particle at `j`, an article right
   * after a word of the run ("Einsatz der Bundeswehr", "Statistiken der Krankenhäuser"), a genitive linking
   * two nouns rather than part of a name? (In a name the article follows another particle: "von der Leyen".)
   */
  private genitiveLink(i: number, j: number): boolean {
    const { tokens, lex } = this.ctx;
    return (
      lex.lexicon.capitalisedNouns === true &&
      j > i &&
      lex.determiners.matchAt(tokens, j).length > 0 &&
      lex.nameParticles.matchAt(tokens, j - 1).length === 0
    );
  }

  /**
   * Where every noun is capitalised (`capitalisedNouns`: German), does an article stand before token `i`, right
   * before it or before one adjective ("der Evangelischen Kirchen", "die Herstellung von Ethanol")? Such a run is
   * a noun phrase: a person's name takes no article unless a title comes between ("der Minister Peter Lang").
   */
  private afterArticle(i: number): boolean {
    const { tokens, lex } = this.ctx;
    if (lex.lexicon.capitalisedNouns !== true || i === 0) return false;
    if (lex.determiners.matchEndingAt(tokens, i - 1).length > 0) return true;
    if ((lex.lexicon.obliqueDeterminers ?? []).includes(tokens[i - 1]!.fold)) return true;
    const adjective = tokens[i - 1]!;
    return (
      i >= 2 &&
      adjective.kind === 'word' &&
      !adjective.upper &&
      lex.determiners.matchEndingAt(tokens, i - 2).length > 0
    );
  }

  /**
   * A person taken up by a bare role ("министр", "der Minister") keeps the modifiers of the role they were
   * named with ("министр иностранных дел РФ"), so that a later role of another country ("Венгерский министр")
   * is not read as them because the bare role matched. Empty when the person was never described more fully.
   */
  private describedBefore(name: string, head: string | undefined): string[] {
    if (!name || head === undefined) return [];
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (
        h.speaker.name === name &&
        h.roleHead !== undefined &&
        sameHead(h.roleHead, head) &&
        h.roleModifiers?.length
      )
        return h.roleModifiers;
    }
    return [];
  }

  /**
   * The full name ending with `surname`, nearest before `at` (else the first after). A name in an oblique case
   * ("według ministra Sikorskiego", "за словами Зеленського", "Pawła Wrońskiego") is the one written in the
   * nominative: its last word's case endings are taken back (`Lexicon.caseEndings`), and a whole name's given
   * names must be the same words declined (same first three letters: "Pawła" / "Paweł").
   */
  private fullNameFor(words: string[], at: number): string | undefined {
    const last = words[words.length - 1];
    if (!last) return undefined;
    const given = words.slice(0, -1);
    const forms = nominatives(last, this.ctx.lex.lexicon.caseEndings);
    for (let n = 0; n < forms.length; n++) {
      let best: PersonMention | undefined;
      for (const p of this.personsByLast.get(forms[n]!) ?? []) {
        const fits =
          given.length === 0
            ? p.words.length > words.length
            : n > 0 &&
              p.words.length === words.length &&
              given.every((w, k) => w.slice(0, 3) === p.words[k]!.slice(0, 3));
        if (!fits) continue;
        if (p.start <= at) best = p;
        else {
          best ??= p;
          break;
        }
      }
      if (best) return best.full;
    }
    // A surname alone may take up a speaker whose name was read within a longer phrase ("Ekspert Ośrodka
    // Studiów Wschodnich Marek Orzeł", then "Zdaniem Orła").
    if (given.length === 0 && forms.length > 1) {
      const spoke = this.recent().find(
        (h) =>
          h.speaker.kind === 'person' && forms.slice(1).includes(foldedWords(h.speaker.name).pop() ?? ''),
      );
      if (spoke) return spoke.speaker.name;
    }
    return undefined;
  }

  private remember(
    speaker: ResolvedSpeaker,
    at: number,
    phrase: SpeakerPhrase,
    roleOnly = false,
  ): ResolvedSpeaker {
    if (speaker.name && speaker.gender) this.genderOf.set(speaker.name, speaker.gender);
    const gender = speaker.name ? (this.genderOf.get(speaker.name) ?? speaker.gender) : speaker.gender;
    const out = { ...speaker, gender };
    // The gender of an institution's noun, which a personal pronoun may take up (`determinerGenders`).
    const determiner = this.ctx.tokens[phrase.tokStart]?.fold ?? '';
    const nounGender =
      speaker.kind === 'institution' ? this.ctx.lex.lexicon.determinerGenders?.[determiner] : undefined;
    // The words before a name that closes its phrase all modify its role, a capitalised adjective opening the
    // sentence as well ("Угорський міністр закордонних справ Петер Сіярто", taken up by "Угорський міністр").
    const name = phrase.kind === 'person' ? (phrase.name ?? '') : '';
    const described =
      phrase.role && name && this.ctx.text.slice(phrase.end - name.length, phrase.end) === name
        ? this.ctx.text.slice(phrase.start, phrase.end - name.length)
        : phrase.role;
    const head = phrase.role ? roleHead(phrase.role, this.ctx) : undefined;
    const parties = phrase.role ? roleParties(phrase.role, this.ctx) : [];
    const modifiers = head !== undefined && described ? roleModifiers(described, head, this.ctx) : undefined;
    this.history.push({
      speaker: out,
      at,
      roleHead: head,
      roleModifiers: modifiers?.length === 0 ? this.describedBefore(out.name, head) : modifiers,
      ...(nounGender ? { nounGender } : {}),
      ...(roleOnly ? { roleOnly } : {}),
      ...(parties.length > 0 ? { roleParties: parties } : {}),
      ...(speaker.kind === 'institution' ? institutionNounOf(this.ctx, phrase) : {}),
      ...(speaker.kind === 'institution' || speaker.kind === 'person'
        ? { described: foldedWords(this.ctx.text.slice(phrase.start, phrase.end)) }
        : {}),
    });
    return out;
  }

  /**
   * "Die Gewerkschaft Verdi hat … . …, teilte die Gewerkschaft mit.": a definite institution noun alone names
   * the institution last named with it. Undefined when the phrase is more than determiner and noun.
   */
  private institutionByNoun(phrase: SpeakerPhrase): HistoryEntry | undefined {
    const { tokens, lex } = this.ctx;
    const det = lex.determiners.longestAt(tokens, phrase.tokStart);
    if (!det || phrase.tokEnd - phrase.tokStart !== det.length + 1) return undefined;
    const noun = tokens[phrase.tokStart + det.length]!;
    if (!lex.institutionNouns.longestAt(tokens, phrase.tokStart + det.length)) return undefined;
    return this.recent().find((h) => h.institutionNoun === noun.fold && h.speaker.name !== '');
  }

  /** The name a public figure or institution is shown under in the article's language (`aliases.ts`). */
  private canonical(name: string): string {
    let shown = this.canonicalNames.get(name);
    if (shown === undefined) {
      const entry = this.ctx.aliases?.byName(name, this.ctx.lex.lexicon.caseEndings);
      shown = entry ? aliasName(entry, this.ctx.lex.lexicon.lang) : name;
      this.canonicalNames.set(name, shown);
    }
    return shown;
  }
  /** Names already looked up in the alias table, for this article. */
  private canonicalNames = new Map<string, string>();

  /** The gender a cue form marks on its subject ("заявила" → f), from the lexicon's `cueGenderEndings`. */
  private cueGender(cue: string): Gender | undefined {
    const endings = this.ctx.lex.lexicon.cueGenderEndings;
    if (!endings || !cue) return undefined;
    const last = foldedWords(cue).pop() ?? '';
    return endings.find((e) => last.endsWith(e.ending))?.gender;
  }

  /**
   * Resolves a speaker phrase mentioned at `at`, and remembers it for later phrases. `cue` is the cue as
   * written, whose form may mark the speaker's gender.
   */
  resolve(phrase: SpeakerPhrase | null, at: number, cue = ''): ResolvedSpeaker {
    const known = this.history.length;
    const speaker = this.resolveSpeaker(phrase, at, cue);
    // (Remembered as an outlet that "газета", "видання" may take up later: `outlets.ts`.)
    const entry = this.history[this.history.length - 1];
    if (phrase && entry && this.history.length > known && namesOutlet(this.ctx, phrase, cue))
      entry.outlet = true;
    return speaker;
  }

  private resolveSpeaker(phrase: SpeakerPhrase | null, at: number, cue: string): ResolvedSpeaker {
    if (!phrase) return { name: '', kind: 'unknown' };
    // The verb agrees with the person, the role noun only with itself: "представитель МИД Мария Захарова
    // заявила" is a woman, so the cue's gender wins over the role's grammatical one.
    const roleGendered = phrase.gender !== undefined && phrase.gender === phrase.roleEntry?.gender;
    if ((!phrase.gender || roleGendered) && (phrase.kind === 'person' || phrase.kind === 'role')) {
      const marked = this.cueGender(cue);
      if (marked) phrase = { ...phrase, gender: marked };
    }
    // "Darin heißt es": the document named in the sentence before.
    const document = this.documentBefore(phrase);
    if (document) return this.remember({ name: document, kind: 'institution' }, at, phrase);
    // "по данным газеты", "il quotidiano": the last outlet named (`outlets.ts`).
    if (phrase.kind !== 'pronoun' && outletNounAlone(this.ctx, phrase)) {
      const outlet = this.recent().find((h) => h.outlet === true && h.speaker.name !== '');
      if (outlet) return this.remember(outlet.speaker, at, phrase);
    }
    // "das Unternehmen", "в сообщении ведомства": the last institution of that kind (`taken-up-institutions.ts`).
    const kind = takenUpKind(this.ctx, phrase);
    if (kind) {
      const named = this.recent().find((h) => h.speaker.name !== '' && ofKind(h.described ?? [], kind));
      if (named) return this.remember(named.speaker, at, phrase);
      const unheard = institutionNamedBefore(this.ctx, phrase.tokStart, kind);
      if (unheard) return this.remember(this.resolveSpeaker(unheard, at, ''), at, phrase);
    }
    // "la même source", "derselben Quelle": the last source, whatever the noun.
    if (phrase.kind !== 'pronoun' && phrase.kind !== 'person') {
      const { tokens, lex } = this.ctx;
      const det = lex.determiners.longestAt(tokens, phrase.tokStart)?.length ?? 0;
      const same =
        lex.sameReferents.longestAt(tokens, phrase.tokStart) ??
        lex.sameReferents.longestAt(tokens, phrase.tokStart + det);
      const last = same ? this.recent().find((h) => h.speaker.name !== '') : undefined;
      if (last) return this.remember(last.speaker, at, phrase);
    }
    const role = phrase.role;
    switch (phrase.kind) {
      case 'person': {
        const words = foldedWords(phrase.name ?? '');
        // A role and a place read as a name ("Przywódca Ukrainy") may denote a public figure as a whole.
        const det = this.ctx.lex.determiners.longestAt(this.ctx.tokens, phrase.tokStart);
        const from = det
          ? (this.ctx.tokens[phrase.tokStart + det.length]?.start ?? phrase.start)
          : phrase.start;
        const whole = role ? this.ctx.aliases?.byRole(this.ctx.text.slice(from, phrase.end)) : undefined;
        // A name in the case a source marker governs, with no nominative in the article ("Zdaniem generała
        // Rajmunda Andrzejczaka"), is brought back to it by the case endings.
        const governed = this.governedCase(phrase);
        const written = phrase.name ?? '';
        const nominative = governed ? this.nominativeName(written, governed) : written;
        const known = whole ? undefined : this.fullNameFor(words, at);
        // In a case language, a role's one-word complement in the genitive reads like a name ("Міністр
        // закордонних справ України заявив …"): when it is no one's surname, the role is named in the next
        // sentence as any role is ("… . Андрій Сибіга, який …").
        const ahead =
          !whole && !known && !governed && role && this.genitiveLike(words)
            ? this.namedInNextSentence(at, phrase.gender)
            : undefined;
        const name = whole
          ? aliasName(whole, this.ctx.lex.lexicon.lang)
          : this.canonical(ahead?.full ?? known ?? nominative);
        // (Where role nouns mark their holder's gender, the role gives the name its gender: "El ministro …,
        // Carlos Cuerpo"; `Lexicon.genderedRoles`.)
        // (A surname that marks its bearer's gender outweighs a role noun's grammatical one: "президент
        // ассоциации Ольга Лаптева"; `Lexicon.surnameGenders`.)
        // "В Минтрансе подтвердили", "У Мінфіні повідомили": one capitalised word that a speaker preposition
        // governs names an office, in the locative.
        if (!role && words.length === 1 && !known && this.afterSpeakerPreposition(phrase)) {
          const office = this.canonical(this.nominativeName(written, 'loc'));
          return this.remember({ name: office, kind: 'institution' }, at, phrase);
        }
        const bySurname = surnameGender(this.ctx, phrase.name);
        const fromRole = phrase.gender !== undefined && phrase.gender === phrase.roleEntry?.gender;
        const gender =
          (fromRole ? bySurname : undefined) ??
          phrase.gender ??
          (this.ctx.lex.lexicon.genderedRoles === true ? phrase.roleEntry?.gender : undefined) ??
          bySurname ??
          (governed ? genderOfFirstName(nominative) : undefined);
        return this.remember({ name, kind: 'person', gender, role }, at, phrase);
      }
      case 'institution': {
        // "her statement read", "its two-page statement said": a message speaks for its author.
        const author = this.messageAuthor(phrase);
        const byAuthor = author ? this.resolve(author, at, cue) : undefined;
        if (byAuthor?.name) return byAuthor;
        const named = this.institutionByNoun(phrase);
        if (named) return this.remember(named.speaker, at, phrase);
        let name = phrase.institution ?? '';
        if (phrase.alias) this.aliases.set(foldText(phrase.alias), name);
        // "У німецькому уряді заявили": the institution a speaker preposition governs, in the nominative
        // (`caseEndings.loc`).
        // (A known institution's canonical name is in the nominative already.)
        if (
          !phrase.institutionEntry &&
          this.afterSpeakerPreposition(phrase) &&
          !this.ctx.aliases?.byName(name, this.ctx.lex.lexicon.caseEndings)
        )
          name = this.nominativeName(name, 'loc');
        name = this.canonical(this.aliases.get(foldText(name)) ?? name);
        return this.remember({ name, kind: 'institution' }, at, phrase);
      }
      case 'group': {
        let name = this.ctx.text.slice(phrase.start, phrase.end);
        const det = this.ctx.lex.determiners.longestAt(this.ctx.tokens, phrase.tokStart);
        // A quantifier before a preposition is the head itself: "one of the players", "some of the staff".
        const partitive =
          det !== undefined &&
          (this.ctx.lex.prepositions.matchAt(this.ctx.tokens, phrase.tokStart + det.length).length > 0 ||
            this.ctx.lex.linkers.matchAt(this.ctx.tokens, phrase.tokStart + det.length).length > 0);
        if (det && !partitive)
          name = this.ctx.text.slice(
            this.ctx.tokens[phrase.tokStart + det.length]?.start ?? phrase.start,
            phrase.end,
          );
        return this.remember({ name, kind: 'group', plural: phrase.number === 'pl', role }, at, phrase);
      }
      case 'role': {
        const head = role ? roleHead(role, this.ctx) : '';
        const modifiers = role ? roleModifiers(role, head, this.ctx) : [];
        const parties = role ? roleParties(role, this.ctx) : [];
        // Someone of another party: "die Linken-Vorsitzende" is not "die Grünen-Fraktionschefin" (whatever
        // role the person spoke under last: "il leader di Forza Italia", then "Tajani").
        const partiesOf = (h: HistoryEntry): string[] =>
          h.speaker.name
            ? this.history
                .filter((e) => e.speaker.name === h.speaker.name)
                .flatMap((e) => e.roleParties ?? [])
            : (h.roleParties ?? []);
        const otherParty = (h: HistoryEntry) => {
          if (parties.length === 0) return false;
          const theirs = partiesOf(h);
          return theirs.length > 0 && !theirs.some((x) => parties.includes(x));
        };
        const sameRole = (theirs: string[] | undefined) =>
          !theirs ||
          theirs.length === 0 ||
          modifiers.length === 0 ||
          // (A country's adjective is its genitive: "польський міністр" is the "міністр … Польщі".)
          theirs.some((w) => modifiers.some((m) => m === w || sameStem(m, w)));
        // Offices (`Lexicon.offices`): "le Premier ministre" is not "le président" named before; "le chef de la
        // diplomatie" is "le ministre des Affaires étrangères".
        const office = officeOf(role, this.ctx);
        const otherOffice = (theirs: string | undefined) => {
          const their = office === undefined ? undefined : officeOf(theirs, this.ctx);
          return their !== undefined && their !== office;
        };
        const byRole = this.recent().find(
          (h) =>
            h.speaker.kind === 'person' &&
            h.speaker.name &&
            ((headsAgree(h.roleHead, head, this.ctx) && sameRole(h.roleModifiers)) ||
              (office !== undefined && h.roleHead !== head && officeOf(h.speaker.role, this.ctx) === office)),
        );
        const compatible = (g: Gender | undefined) => !phrase.gender || !g || g === phrase.gender;
        const bySpeaker = this.recent().find(
          (h) =>
            h.speaker.kind === 'person' &&
            h.speaker.name &&
            // (Not someone known only by another role: "An expert on Russia said … . The spokesman said …".)
            h.speaker.name !== h.speaker.role &&
            compatible(h.speaker.gender) &&
            // (Not someone known only by another role: "Der Minister sagte … Der Sprecher sagte" are two.)
            !(h.roleOnly && h.roleHead !== undefined && !sameHead(h.roleHead, head)) &&
            // (A more specific role is someone else than an unnamed holder of the general one: "Ein Sprecher
            // sagte … Der Kremlsprecher sagte".)
            !(h.roleOnly && h.roleHead !== undefined && head.length > h.roleHead.length) &&
            !otherParty(h) &&
            !otherOffice(h.speaker.role) &&
            // (Not the holder of the same office elsewhere: "der brasilianische Präsident" for "der venezolanische".)
            !(headsAgree(h.roleHead, head, this.ctx) && !sameRole(h.roleModifiers)),
        );
        // (Nor the name of the holder of the same office elsewhere, the last named.)
        const otherHolder = this.recent().find(
          (h) => headsAgree(h.roleHead, head, this.ctx) && !sameRole(h.roleModifiers),
        );
        const lastNamed = this.subjectOver(this.lastPersonIndexBefore(at));
        // (Of a gender that fits: "La vicepresidenta" is not the minister named before as "El ministro"; nor a
        // politician of another party.)
        const byMention =
          lastNamed &&
          lastNamed.full !== otherHolder?.speaker.name &&
          compatible(this.genderOf.get(lastNamed.full)) &&
          !this.recent().some(
            (h) =>
              (otherParty(h) || otherOffice(h.speaker.role)) &&
              h.speaker.name === this.canonical(lastNamed.full),
          )
            ? lastNamed
            : undefined;
        // With no one to point back to, the role itself names the speaker ("porte-parole du ministère").
        const det = this.ctx.lex.determiners.longestAt(this.ctx.tokens, phrase.tokStart);
        const bare = this.ctx.text.slice(
          det ? (this.ctx.tokens[phrase.tokStart + det.length]?.start ?? phrase.start) : phrase.start,
          phrase.end,
        );
        // A role that denotes one public figure by itself: "le chef du Kremlin", "the Kremlin spokesman".
        const known = this.ctx.aliases?.byRole(bare, true);
        const byAlias = known ? aliasName(known, this.ctx.lex.lexicon.lang) : undefined;
        // "A spokeswoman said": someone new, not anyone named before.
        const first = det ? this.ctx.tokens[phrase.tokStart] : undefined;
        const indefinite =
          det?.length === 1 &&
          first !== undefined &&
          (this.ctx.lex.lexicon.indefiniteDeterminers ?? []).some((d) => foldText(d) === first.fold);
        // A person named as a subject after that speaker is nearer: "X a dit … . Le chef de la diplomatie
        // russe, Y, a accusé … . Le ministre a ajouté …" → Y, whose own report was not read as one.
        const later = bySpeaker ? this.subjectMentionBetween(bySpeaker.at, at, phrase.gender) : undefined;
        // A speaker known to be of the role's party: "El líder del PP, X, …" then "el dirigente popular".
        const byParty =
          parties.length > 0
            ? this.recent().find(
                (h) =>
                  h.speaker.kind === 'person' &&
                  h.speaker.name !== '' &&
                  compatible(h.speaker.gender) &&
                  partiesOf(h).some((x) => parties.includes(x)),
              )
            : undefined;
        const laterName = later ? this.canonical(later.full) : undefined;
        const nearer =
          later &&
          !foldedWords(bySpeaker!.speaker.name).includes(later.words[later.words.length - 1] ?? '') &&
          // (Not someone known to be of another party.)
          !this.history.some((e) => e.speaker.name === laterName && otherParty(e))
            ? laterName
            : undefined;
        // With no one before to point back to, a full name opening the next sentence for the first time names
        // the role's holder: "La ministra de Defensa aseguró … . Margarita Robles, que intervino …, señaló …".
        const ahead =
          !indefinite && !byRole && !byAlias && !bySpeaker
            ? this.namedInNextSentence(at, phrase.gender)
            : undefined;
        // A person the same role introduced, who may not have spoken yet: "son gardien, Lucas Meyer" then
        // "le gardien de 24 ans".
        const holder =
          !indefinite && !byRole && !byAlias && head ? this.namedHolder(head, at, modifiers) : undefined;
        const byHolder =
          holder && compatible(this.genderOf.get(holder.full)) ? this.canonical(holder.full) : undefined;
        const name = indefinite
          ? (byAlias ?? bare)
          : (byRole?.speaker.name ??
            byAlias ??
            byHolder ??
            byParty?.speaker.name ??
            nearer ??
            bySpeaker?.speaker.name ??
            (ahead ? this.canonical(ahead.full) : undefined) ??
            byMention?.full ??
            bare);
        return this.remember(
          { name, kind: name ? 'person' : 'unknown', gender: phrase.gender, role },
          at,
          phrase,
          name === bare,
        );
      }
      case 'pronoun': {
        const p = phrase.pronoun!;
        // A subject left unsaid (`zeroSubject`: "«…», añadió.", "– йдеться у повідомленні") goes on with the last
        // speaker, an institution as well as a person ("El Ministerio informó que … . Añadió que …").
        if (p.form === '') {
          const last = this.recent().find(
            (h) => h.speaker.kind === 'institution' || (h.speaker.kind === 'person' && h.speaker.name),
          );
          if (last?.speaker.kind === 'institution') return last.speaker;
        }
        // "I" outside quotation marks is the writer (a column, a letter), whom the article does not name;
        // unless a person already spoke in its paragraph (a quotation mark lost: "“…,” Lee said. “That's I
        // think wrong. …").
        const quoteOf = this.ctx.quoteOf;
        if (p.person === 1 && p.number === 'sg' && quoteOf !== undefined && quoteOf[phrase.tokStart] === -1) {
          const paragraph = this.tokenStart(this.paragraphStartOf(phrase.tokStart));
          const speaker = this.recent().find((h) => h.speaker.kind === 'person' && h.speaker.name);
          return speaker && speaker.at >= paragraph ? speaker.speaker : { name: '', kind: 'unknown' };
        }
        if (p.indefinite) {
          const found = this.recent().find(
            (h) => h.speaker.kind === 'institution' || h.speaker.kind === 'group',
          );
          return found ? found.speaker : { name: '', kind: 'unknown' };
        }
        if ((p.person ?? 3) !== 3 || p.gender === 'n' || p.number === 'pl') {
          const want = p.gender === 'n' ? 'institution' : undefined;
          const found = this.recent().find((h) =>
            want
              ? h.speaker.kind === 'institution'
              : p.number === 'pl'
                ? h.speaker.plural || h.speaker.kind === 'institution' || h.speaker.kind === 'group'
                : // "I" is a person, not an institution or a group.
                  h.speaker.kind === 'person' && h.speaker.name !== '',
          );
          const resolved = found ? found.speaker : { name: '', kind: 'unknown' as const };
          return resolved;
        }
        // An attribution marker that holds a possessive of either gender ("à ses yeux", "a suo avviso"; the
        // phrase is the whole marker, more than one word) refers back to the last speaker, person or institution.
        if (!p.gender && phrase.tokEnd - phrase.tokStart > 1) {
          const last = this.recent().find(
            (h) => h.speaker.kind === 'institution' || (h.speaker.kind === 'person' && h.speaker.name),
          );
          if (last) return last.speaker;
        }
        const found = this.recent().find(
          (h) =>
            (h.speaker.kind === 'person' &&
              h.speaker.name &&
              (!p.gender || !h.speaker.gender || h.speaker.gender === p.gender)) ||
            (p.gender !== undefined && h.nounGender === p.gender && h.speaker.name !== ''),
        );
        // A person named as the subject of a sentence after the last compatible speaker is the nearer
        // antecedent: "Smith said … . Jones arrived later. He said …" → Jones.
        const later = found ? this.subjectMentionBetween(found.at, at, p.gender) : undefined;
        // A role opening a sentence after both stands for someone nearer still (`roleSubjectBetween`).
        const byRoleSubject = found
          ? this.roleSubjectBetween(later ? later.start : found.at, at, p.gender)
          : undefined;
        if (byRoleSubject && byRoleSubject !== found!.speaker.name)
          return this.remember({ name: byRoleSubject, kind: 'person', gender: p.gender }, at, phrase);
        if (later && !foldedWords(found!.speaker.name).includes(later.words[later.words.length - 1] ?? ''))
          return this.remember(
            { name: this.canonical(later.full), kind: 'person', gender: p.gender },
            at,
            phrase,
          );
        if (found) {
          if (p.gender && found.speaker.name) this.genderOf.set(found.speaker.name, p.gender);
          return { ...found.speaker, gender: p.gender ?? found.speaker.gender };
        }
        // No speaker yet: the nearest full name before, skipping those of the other gender.
        let mention: PersonMention | undefined;
        const newest = this.lastPersonIndexBefore(at);
        for (let k = newest; k >= 0 && k > newest - RECENT; k--) {
          const g = this.genderOf.get(this.persons[k]!.full);
          if (!p.gender || !g || g === p.gender) {
            mention = this.persons[k];
            break;
          }
        }
        if (mention)
          return this.remember({ name: mention.full, kind: 'person', gender: p.gender }, at, phrase);
        return { name: '', kind: 'unknown' };
      }
    }
  }

  /** Resolves a phrase without remembering it (addressees). */
  peek(phrase: SpeakerPhrase | undefined, at: number): string {
    if (!phrase) return '';
    if (phrase.kind === 'person') {
      const words = foldedWords(phrase.name ?? '');
      return this.fullNameFor(words, at) ?? phrase.name ?? '';
    }
    if (phrase.kind === 'institution') return phrase.institution ?? '';
    // Roles and groups without their determiner: "his counterpart" → "counterpart", "aux députés" → "députés".
    const det = this.ctx.lex.determiners.longestAt(this.ctx.tokens, phrase.tokStart);
    const from = det ? (this.ctx.tokens[phrase.tokStart + det.length]?.start ?? phrase.start) : phrase.start;
    return this.ctx.text.slice(from, phrase.end);
  }
}

/**
 * The common noun that opens an institution's phrase before its own name ("die Gewerkschaft Verdi", "der
 * Verband ADV"), folded, for `institutionByNoun`; none for a noun alone.
 */
function institutionNounOf(ctx: PhraseContext, phrase: SpeakerPhrase): { institutionNoun?: string } {
  const { tokens, lex } = ctx;
  const det = lex.determiners.longestAt(tokens, phrase.tokStart)?.length ?? 0;
  const k = phrase.tokStart + det;
  const noun = lex.institutionNouns.longestAt(tokens, k);
  if (!noun || k + noun.length >= phrase.tokEnd) return {};
  // (Its own name follows, in capitals: not "Campaign chairman John Podesta".)
  for (let j = k + noun.length; j < phrase.tokEnd; j++) if (!tokens[j]!.upper) return {};
  return { institutionNoun: tokens[k + noun.length - 1]!.fold };
}

/** The gender a name's last word marks by its ending (`Lexicon.surnameGenders`), if any. */
function surnameGender(ctx: PhraseContext, name: string | undefined): Gender | undefined {
  const endings = ctx.lex.lexicon.surnameGenders;
  if (!endings || !name) return undefined;
  const words = foldedWords(name);
  const last = words[words.length - 1] ?? '';
  // (A one-word name is often a surname in the genitive or a place: only a full name counts.)
  if (words.length < 2) return undefined;
  return endings.find((e) => last.length > e.ending.length + 2 && last.endsWith(foldText(e.ending)))?.gender;
}

/** A language's third-person singular pronouns and other forms that tell a gender, and which of them are subjects. */
interface GenderedForms {
  forms: Map<string, Gender>;
  subjects: Set<string>;
}

/** Folded once per lexicon: every text in the language asks for them. */
const genderedFormsByLexicon = new WeakMap<Lexicon, GenderedForms>();

function genderedForms(lexicon: Lexicon): GenderedForms {
  let known = genderedFormsByLexicon.get(lexicon);
  if (known) return known;
  known = { forms: new Map(), subjects: new Set() };
  for (const p of lexicon.pronouns)
    if ((p.person ?? 3) === 3 && p.number === 'sg' && (p.gender === 'm' || p.gender === 'f')) {
      known.forms.set(foldText(p.form), p.gender);
      known.subjects.add(foldText(p.form));
    }
  for (const f of lexicon.genderedForms ?? []) known.forms.set(foldText(f.form), f.gender);
  genderedFormsByLexicon.set(lexicon, known);
  return known;
}
