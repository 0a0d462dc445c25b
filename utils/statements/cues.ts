/**
 * Cue finding: reporting verbs and periphrases in the token stream, with their auxiliaries ("a déclaré",
 * "has said", "ayant déclaré"), adverbs inside ("a notamment déclaré") and French inverted pronouns
 * ("a-t-il déclaré", "déclare-t-elle", "dit-il").
 */
import { foldText } from '../text/normalize';
import type { CompiledLexicon, CueInfo, PhraseMatch } from './lexicon/compile';
import type { CueEntry, PronounEntry } from './lexicon/types';
import type { Token } from './tokens';

export interface CueMatch {
  /** Token range [tokStart, tokEnd) of the whole cue, auxiliaries included. */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  info: CueInfo;
  /** The subject pronoun joined to the verb ("a-t-il", "dit-elle"), with its character range. */
  inverted?: { pronoun: PronounEntry; start: number; end: number };
  /** The separable particle that closes the cue's clause (German "teilte … mit"), as a token range. */
  particle?: { tokStart: number; tokEnd: number };
  /**
   * Verb second: the words between the auxiliary and a clause-final participle ("hat [den Abzug] angekündigt"),
   * as a token range; the cue then runs from the auxiliary to the participle.
   */
  bracket?: { tokStart: number; tokEnd: number };
  /**
   * A passive participle with its auxiliary (`CueEntry.passiveReports`), which stands right before it or
   * elsewhere in the clause ("after": "kritisiert wurde", "wurde … begrüßt."): the agent, if named, speaks.
   */
  passive?: 'before' | 'after';
}

/**
 * Verb second puts the auxiliary second and the participle at the end of the clause: "Der Minister hat den
 * Abzug angekündigt." The auxiliary is looked for at most twenty tokens back (a clause's adverbials and object
 * fill the bracket: "hat heute bei einem Besuch in Bagdad den Abzug der Truppen angekündigt"), with no
 * punctuation between but an ordinal's dot ("am 29. Juni") where the language writes one.
 */
function bracketAuxiliary(lex: CompiledLexicon, tokens: readonly Token[], k: number, floor: number): number {
  for (let j = k - 1; j >= Math.max(floor, k - 20); j--) {
    const t = tokens[j]!;
    const ordinal =
      t.fold === '.' && lex.lexicon.ordinalDot === true && /^\d{1,2}$/.test(tokens[j - 1]?.fold ?? '');
    if (t.kind !== 'word' && !ordinal) return -1;
    const aux = lex.auxiliaries.matchEndingAt(tokens, j)[0];
    // "werden … hervorgehoben" is a passive, whose subject does not speak.
    if (aux) return lex.passives.matchEndingAt(tokens, j).length > 0 ? -1 : j - aux.length + 1;
  }
  return -1;
}

/**
 * The separable particle of a cue (`CueEntry.particles`) at the end of its clause: the words right before
 * the first comma, colon, full stop, bracket, dash or quotation after the cue ("teilte die Polizei am Montag
 * mit, dass …"; "wies die Vorwürfe zurück."). A comma may also close an apposition, so later commas are tried.
 */
function particleAfter(
  tokens: readonly Token[],
  k: number,
  to: number,
  inQuote: (i: number) => boolean,
  particles: readonly string[],
  conjunctions: CompiledLexicon['conjunctions'],
): { tokStart: number; tokEnd: number } | null {
  const limit = Math.min(to, k + 30);
  for (let j = k; j <= limit; j++) {
    const t = tokens[j];
    // A coordinating conjunction may close the clause too ("wirft ihm Betrug vor und verlangt …"): the words
    // before it are tried, and the search goes on when they hold no particle.
    const conjunction = j < limit && t !== undefined && !inQuote(j) && conjunctions.longestAt(tokens, j);
    const boundary = j >= limit || !t || t.kind !== 'word' || inQuote(j) || conjunction;
    if (!boundary) continue;
    // A quotation inside the clause, words after it: "wies die Vorwürfe als „haltlos“ zurück".
    if (j < limit && inQuote(j) && (j === k || !inQuote(j - 1))) {
      let m = j;
      while (m < limit && inQuote(m)) m++;
      if (m < limit && tokens[m]?.kind === 'word') {
        j = m - 1;
        continue;
      }
    }
    for (const particle of particles) {
      const words = foldText(particle).split(' ');
      const n = words.length;
      if (j - n < k) continue;
      if (words.every((w, x) => tokens[j - n + x]!.kind === 'word' && tokens[j - n + x]!.fold === w))
        return { tokStart: j - n, tokEnd: j };
    }
    if (conjunction) continue;
    if (j >= limit || !t || t.fold !== ',' || inQuote(j)) return null;
  }
  return null;
}

/**
 * The passive auxiliary of a participle at tokens [i, j), or -1: right before it ("wird kritisiert"), right
 * after it ("kritisiert wurde"), or opening its verb bracket when the participle closes the clause ("wurde
 * der Plan von der Regierung begrüßt.").
 */
function passiveAuxiliary(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  i: number,
  j: number,
  from: number,
  to: number,
  inQuote: (k: number) => boolean,
): number {
  const before = lex.passives.matchEndingAt(tokens, i - 1)[0];
  if (before && i - before.length >= from) return i - before.length;
  if (lex.auxiliaries.matchEndingAt(tokens, i - 1).length > 0) return -1;
  // (Verb-final, the auxiliary after the participle: only in the sentence's first clause, "Besonders kritisiert
  // wurde …"; in a subordinate clause the passive is part of another statement.)
  if (j < to && lex.passives.longestAt(tokens, j) && !inQuote(j)) {
    for (let k = from; k < i; k++) if (tokens[k]!.kind !== 'word' && !inQuote(k)) return -1;
    return j;
  }
  const after = tokens[j];
  if (after && after.kind === 'word' && !inQuote(j)) return -1;
  for (let k = i - 1; k >= Math.max(from, i - 20); k--) {
    if (tokens[k]!.kind !== 'word' || inQuote(k)) return -1;
    if (lex.passives.longestAt(tokens, k)) return k;
    if (lex.auxiliaries.longestAt(tokens, k)) return -1;
  }
  return -1;
}

/**
 * Is one of the prepositions a cue governs (`CueEntry.governs`) near the verb at tokens [i, j) of a sentence
 * opening at `from`: at most eight words before a participle ("von … gesprochen"), after a finite form
 * ("sprach der Präsident von …") or opening the sentence before it ("Mit Sturm rechnet …")? Only words
 * between, no punctuation or quotation.
 */
function governedNear(
  tokens: readonly Token[],
  i: number,
  j: number,
  from: number,
  to: number,
  inQuote: (k: number) => boolean,
  governs: readonly string[],
  participle: boolean,
): boolean {
  const folded = governs.map((g) => foldText(g));
  const look = (start: number, step: number): number => {
    for (let k = start, n = 0; k >= from && k < to && n < 8; k += step, n++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || inQuote(k)) return -1;
      if (folded.includes(t.fold)) return k;
    }
    return -1;
  };
  const before = look(i - 1, -1);
  if (participle) return before >= 0;
  // A finite form follows a fronted object that opens the sentence ("Mit Sturm rechnet der Wetterdienst");
  // verb-final after it, the verb is in a subordinate clause ("…, dass sie von Standards sprächen").
  return before === from || look(j, 1) >= 0;
}

/** Does one of `words` stand outside [i, j) within six tokens of it, inside the sentence [from, to)? */
function objectNear(
  tokens: readonly Token[],
  i: number,
  j: number,
  from: number,
  to: number,
  words: readonly string[],
): boolean {
  const folded = words.map((w) => foldText(w));
  const near = (k: number): boolean => {
    const t = tokens[k]!;
    return t.kind === 'word' && folded.includes(t.fold);
  };
  for (let k = Math.max(from, i - 6); k < i; k++) if (near(k)) return true;
  for (let k = j; k < Math.min(to, j + 6); k++) if (near(k)) return true;
  return false;
}

/** The cue at token `i`, longest first; an entry with separable particles counts only with its particle. */
function cueAt(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  i: number,
  to: number,
  inQuote: (i: number) => boolean,
  from: number,
): { match: PhraseMatch<CueInfo>; particle?: { tokStart: number; tokEnd: number } } | null {
  for (const m of lex.cues.matchAt(tokens, i)) {
    if (i + m.length > to) continue;
    const governs = m.value.entry.governs;
    if (governs && !governedNear(tokens, i, i + m.length, from, to, inQuote, governs, m.value.participle))
      continue;
    const particles = m.value.entry.particles;
    if (!particles || particles.length === 0 || m.value.participle) return { match: m };
    const particle = particleAfter(tokens, i + m.length, to, inQuote, particles, lex.conjunctions);
    if (particle) return { match: m, particle };
  }
  return null;
}

function single(fold: string): Token[] {
  return [{ start: 0, end: fold.length, kind: 'word', fold, upper: false }];
}

/** Splits "a-t-il" into its verb part and pronoun, when the lexicon has inversion joiners. */
function invertedParts(
  lex: CompiledLexicon,
  fold: string,
): { verb: string; pronoun: PronounEntry; pronounLength: number } | null {
  for (const joiner of lex.inversionJoiners) {
    const at = fold.lastIndexOf(joiner);
    if (at <= 0) continue;
    const pron = fold.slice(at + joiner.length);
    const entry = lex.pronounByFold.get(pron);
    if (entry) return { verb: fold.slice(0, at), pronoun: entry, pronounLength: pron.length };
  }
  return null;
}

/** Words of a multiword cue after the verb that an inverted pronoun splits off ("fait-on | valoir"). */
const MAX_SPLIT_CUE_TAIL = 3;

/**
 * A finite cue of several words whose first word is the verb of an inversion (`verb`, "fait" of "fait-on") and
 * whose others follow it from token `next` ("valoir"): where the cue ends and what it is, or null.
 */
function splitCue(
  lex: CompiledLexicon,
  verb: Token[],
  tokens: readonly Token[],
  next: number,
  limit: number,
): { tokEnd: number; info: CueInfo } | null {
  const joined = [...verb, ...tokens.slice(next, Math.min(limit, next + MAX_SPLIT_CUE_TAIL))];
  const match = lex.cues.longestAt(joined, 0);
  if (!match || match.length < 2 || match.value.participle) return null;
  return { tokEnd: next + match.length - 1, info: match.value };
}

function skipFillersForward(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  k: number,
  limit: number,
): number {
  for (let guard = 0; guard < 4 && k < limit; guard++) {
    const f = lex.fillers.longestAt(tokens, k);
    if (!f) break;
    k += f.length;
  }
  return k;
}

/** Does token `i` follow a word or an abbreviated title ("Ms."), so that its capital marks a name? */
function nameContext(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind === 'word') return true;
  const title = tokens[i - 2];
  return (
    prev?.fold === '.' &&
    title?.kind === 'word' &&
    title.upper &&
    title.end === prev.start &&
    title.end - title.start <= 3
  );
}

/**
 * Start of the auxiliary chain ending right before token `k` (fillers allowed between), or -1. Where negated
 * cues report (`Lexicon.negatedCuesReport`), a one-word negation may stand in the chain or open it ("did not
 * address", "could not resist pointing out", "never criticized"): it is then part of the cue.
 */
function auxiliaryBefore(lex: CompiledLexicon, tokens: readonly Token[], k: number, floor: number): number {
  const negationAt = (at: number): number =>
    lex.lexicon.negatedCuesReport === true && at >= floor
      ? (lex.negations.matchEndingAt(tokens, at).find((n) => n.length === 1)?.length ?? 0)
      : 0;
  let j = k - 1;
  let negation = -1;
  for (let guard = 0; guard < 3 && j >= floor; guard++) {
    const aux = lex.auxiliaries.matchEndingAt(tokens, j)[0];
    if (aux) {
      let s = j - aux.length + 1;
      // A capitalised auxiliary inside a sentence is a name: "Ms. May said", "Theresa May said".
      if (tokens[s]!.upper && nameContext(tokens, s)) return -1;
      // Chains: "would have said", "aurait été", "would not have said".
      // (Not a word that is also a conjunction: Italian "e" folds like "è" in "… Roma e ha chiesto".)
      const negated = negationAt(s - 1);
      const more = lex.auxiliaries.matchEndingAt(tokens, s - 1 - negated)[0];
      const conjunction =
        more !== undefined && lex.conjunctions.matchEndingAt(tokens, s - 1 - negated).length > 0;
      if (more && !conjunction && s - negated - more.length >= floor) s -= negated + more.length;
      return s >= floor ? s : -1;
    }
    const filler = lex.fillers.matchEndingAt(tokens, j)[0];
    const negated = filler ? 0 : negationAt(j);
    if (negated > 0) negation = j;
    else if (!filler) return negation;
    j -= filler ? filler.length : negated;
  }
  return negation;
}

/**
 * Is the last auxiliary of the chain from `aux` to the cue at `i` (fillers between) a passive form of "be"
 * ("was also found", not "has also found")?
 */
function lastAuxIsBe(lex: CompiledLexicon, tokens: readonly Token[], aux: number, i: number): boolean {
  let last = -1;
  for (let k = aux; k < i; k++) if (lex.auxiliaries.matchAt(tokens, k).length > 0) last = k;
  return last >= 0 && lex.passives.matchAt(tokens, last).length > 0;
}

/**
 * After a form of "be" in an auxiliary chain, is this cue form a passive participle ("was told") rather than
 * a progressive ("was saying")? Only for languages that list `progressiveSuffixes`.
 */
function passiveForm(lex: CompiledLexicon, fold: string): boolean {
  const suffixes = lex.lexicon.progressiveSuffixes;
  return suffixes !== undefined && !suffixes.some((s) => fold.endsWith(s));
}

/** Capitalised word pairs of a text (their folds), to the token index of each second word; built once per text. */
const CAPITALISED_PAIRS = new WeakMap<readonly Token[], Map<string, number[]>>();

/**
 * Do the capitalised words at `i - 1` and `i` also stand together outside [from, to), the second one capitalised
 * inside its sentence (after another capitalised word)?
 */
function namedElsewhere(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  let pairs = CAPITALISED_PAIRS.get(tokens);
  if (!pairs) {
    pairs = new Map();
    for (let k = 1; k < tokens.length; k++) {
      const a = tokens[k - 1]!;
      const b = tokens[k]!;
      if (a.kind !== 'word' || b.kind !== 'word' || !a.upper || !b.upper) continue;
      const key = `${a.fold} ${b.fold}`;
      const list = pairs.get(key);
      if (list) list.push(k);
      else pairs.set(key, [k]);
    }
    CAPITALISED_PAIRS.set(tokens, pairs);
  }
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || !prev.upper) return false;
  return (pairs.get(`${prev.fold} ${tokens[i]!.fold}`) ?? []).some((k) => k < from || k >= to);
}

/**
 * Is [from, to) a headline in title case: a line of its own (a break or the text's edge on both sides) of at
 * least four words outside quotations, of which at most one short word in four starts in lower case?
 */
function isTitleCase(
  tokens: readonly Token[],
  from: number,
  to: number,
  inQuote: (i: number) => boolean,
): boolean {
  if (from > 0 && tokens[from - 1]!.kind !== 'break') return false;
  let last = to;
  while (last > from && tokens[last - 1]!.kind === 'punct') last--;
  if (to < tokens.length && tokens[to]!.kind !== 'break') return false;
  let words = 0;
  let lower = 0;
  for (let k = from; k < last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || inQuote(k)) continue;
    words++;
    if (!t.upper) {
      // Short function words stay in lower case in title case ("of", "to", "in", "and").
      if (t.end - t.start > 3) return false;
      lower++;
    }
  }
  return words >= 4 && lower * 4 <= words;
}

/**
 * A cue form that is also a noun, right after a preposition, is the noun: "pointed to reports that …",
 * "amid claims that …", "because of fears that …". After a word that also opens an infinitive ("to") only
 * a plural is ("to reports"; "to report that" is a verb).
 */
function homographAfterPreposition(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  i: number,
  length: number,
): boolean {
  if (!lex.nounHomographs.matchAt(tokens, i).some((h) => h.length === length)) return false;
  const before = i - 1;
  if (lex.prepositions.matchEndingAt(tokens, before).length > 0) return true;
  if (lex.linkers.matchEndingAt(tokens, before).length === 0) return false;
  if (lex.infinitiveOpeners.matchEndingAt(tokens, before).length === 0) return true;
  const last = tokens[i + length - 1]!.fold;
  return (lex.lexicon.pluralSuffixes ?? []).some((x) => last.length > x.length + 2 && last.endsWith(x));
}

/**
 * A cue form that is also a noun, right before a title (a role, or a capitalised abbreviation with its full
 * stop before a name), modifies that title: "state Sen. Ana Price", "state Del. Tom Hale".
 */
function homographBeforeTitle(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  i: number,
  length: number,
): boolean {
  if (!lex.nounHomographs.matchAt(tokens, i).some((h) => h.length === length)) return false;
  const title = tokens[i + length];
  if (title?.kind !== 'word' || !title.upper) return false;
  if (lex.roles.matchAt(tokens, i + length).length > 0) return true;
  // (Not an honorific, which a verb's object may open: "The reports state Mr. Lee lied.")
  if (lex.honorifics.matchAt(tokens, i + length).length > 0) return false;
  const dot = tokens[i + length + 1];
  const name = tokens[i + length + 2];
  return dot?.fold === '.' && dot.start === title.end && name?.kind === 'word' && name.upper;
}

/** Does the cue at `i` follow an infinitive opener that opens its sentence, after a conjunction at most? */
function infinitiveSubject(lex: CompiledLexicon, tokens: readonly Token[], i: number, from: number): boolean {
  const opener = lex.infinitiveOpeners.matchEndingAt(tokens, i - 1)[0];
  if (!opener) return false;
  let k = i - opener.length;
  const conjunction = k > from ? lex.conjunctions.matchEndingAt(tokens, k - 1)[0] : undefined;
  if (conjunction) k -= conjunction.length;
  return k === from;
}

/** A form that may be a past participle: no present ending ("claims") nor progressive one ("saying"). */
function participleLike(lex: CompiledLexicon, fold: string): boolean {
  const { pluralSuffixes = [], progressiveSuffixes = [] } = lex.lexicon;
  return ![...pluralSuffixes, ...progressiveSuffixes].some((x) => fold.endsWith(x));
}

/** An infinitive opener then a form of "be" or "have" at `k` ("to be", "to have been"). */
function raisedInfinitive(lex: CompiledLexicon, tokens: readonly Token[], k: number, to: number): boolean {
  const opener = lex.infinitiveOpeners.longestAt(tokens, k);
  if (!opener || k + opener.length >= to) return false;
  const verb = k + opener.length;
  return lex.passives.matchAt(tokens, verb).length > 0 || lex.auxiliaries.matchAt(tokens, verb).length > 0;
}

/**
 * Does a negated speech cue still report, a reported question at `k` right after it, in the positions mode
 * (`Lexicon.negatedSpeechReports`): "has not said when the vote is", "could not explain why …" leave a position
 * open; its object ("wouldn't answer the questions") is an act withheld, not reported.
 */
function negatedQuestionReports(lex: CompiledLexicon, tokens: readonly Token[], k: number): boolean {
  return lex.lexicon.negatedSpeechReports === true && lex.questionWords.longestAt(tokens, k) !== undefined;
}

/**
 * Does a negated cue of the positions mode still report (`Lexicon.negatedCuesReport`): a stance or an act on an
 * object of `positionCues` withheld is a position taken ("has not mentioned the rally", "did not respond to
 * requests for comment"); speech withheld ("did not say that …") reports nothing.
 */
function negatedPositionReports(lex: CompiledLexicon, entry: CueEntry): boolean {
  return lex.lexicon.negatedCuesReport === true && (lex.lexicon.positionCues ?? []).includes(entry);
}

/** The last token before token `i` that is no filler, down to `floor` ("did not | immediately respond"). */
function fillersBefore(lex: CompiledLexicon, tokens: readonly Token[], i: number, floor: number): number {
  let j = i - 1;
  for (let guard = 0; guard < 3 && j >= floor; guard++) {
    const filler = lex.fillers.matchEndingAt(tokens, j)[0];
    if (!filler) break;
    j -= filler.length;
  }
  return j;
}

/**
 * A determiner standing alone as the subject right before the cue or its auxiliary ("Some said", "Many have
 * argued", "the mother of three said"; `Lexicon.standaloneDeterminers`): the cue is a verb unless its form is
 * also a noun ("some reports", "two claims").
 */
function standaloneSubject(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  startTok: number,
  i: number,
  length: number,
): boolean {
  const standalone = lex.lexicon.standaloneDeterminers;
  if (!standalone || !standalone.includes(tokens[startTok - 1]!.fold)) return false;
  return startTok < i || lex.nounHomographs.matchAt(tokens, i).every((h) => h.length !== length);
}

/**
 * Does the participle at token `i` share the auxiliary of the cue before it, joined to it by a conjunction (and
 * adverbs): "a affirmé que … et averti que …", "has criticized … and urged …"? Not where the participle closes
 * its clause (verb second: "hat … gesagt und … betont" reads its own auxiliary).
 */
function sharesAuxiliary(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  previous: CueMatch | undefined,
  i: number,
  inQuote: (i: number) => boolean,
): boolean {
  if (!previous || lex.lexicon.verbSecond === true || previous.bracket) return false;
  if (!lex.auxiliaries.longestAt(tokens, previous.tokStart)) return false;
  let k = i - 1;
  for (
    let guard = 0;
    guard < 2 && k > previous.tokEnd && lex.fillers.longestAt(tokens, k)?.length === 1;
    guard++
  )
    k--;
  return k >= previous.tokEnd && !inQuote(k) && lex.conjunctions.longestAt(tokens, k)?.length === 1;
}

/**
 * The positions mode: is the word before the stance or intention at `startTok` a relative pronoun that is also a
 * determiner ("that"), its subject after a noun ("counties that support the levy", "a group that intends to
 * …")? After a cue ("said that …"), a function word or the sentence's start it is a determiner or a
 * complementizer, and the cue form a noun ("because that support …").
 */
function relativeThatSubject(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  startTok: number,
  from: number,
  position: boolean,
  inQuote: (i: number) => boolean,
): boolean {
  if (!position || startTok - 2 < from) return false;
  if (!lex.relativePronouns.matchEndingAt(tokens, startTok - 1).some((r) => r.length === 1)) return false;
  const noun = startTok - 2;
  const t = tokens[noun]!;
  if (t.kind !== 'word' || inQuote(noun)) return false;
  return ![
    lex.determiners,
    lex.prepositions,
    lex.auxiliaries,
    lex.conjunctions,
    lex.complementizers,
    lex.relativePronouns,
    lex.pronouns,
    lex.negations,
    lex.cues,
  ].some((list) => list.matchAt(tokens, noun).length > 0 && !lex.nounHomographs.matchAt(tokens, noun).length);
}

/** Cues of tokens [from, to) whose tokens are outside quotations (`inQuote(i)` false). */
export function findCues(
  lex: CompiledLexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  inQuote: (i: number) => boolean,
): CueMatch[] {
  const cues: CueMatch[] = [];
  let titleCase: boolean | undefined;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || inQuote(i)) continue;
    // French inversion: "a-t-il déclaré", "déclare-t-il".
    if (lex.inversionJoiners.length > 0 && t.fold.includes('-')) {
      const parts = invertedParts(lex, t.fold);
      if (parts) {
        const pronoun = { pronoun: parts.pronoun, start: t.end - parts.pronounLength, end: t.end };
        const verb = single(parts.verb);
        const finite = lex.cues.longestAt(verb, 0);
        if (finite && finite.length === 1 && !finite.value.participle) {
          cues.push({
            tokStart: i,
            tokEnd: i + 1,
            start: t.start,
            end: t.end,
            info: finite.value,
            inverted: pronoun,
          });
          continue;
        }
        // A cue of several words split by the pronoun: "fait-on valoir", "fait-il savoir".
        const split = splitCue(lex, verb, tokens, i + 1, to);
        if (split) {
          cues.push({
            tokStart: i,
            tokEnd: split.tokEnd,
            start: t.start,
            end: tokens[split.tokEnd - 1]!.end,
            info: split.info,
            inverted: pronoun,
          });
          i = split.tokEnd - 1;
          continue;
        }
        if (lex.auxiliaries.longestAt(verb, 0)) {
          const k = skipFillersForward(lex, tokens, i + 1, to);
          const participle = lex.cues.longestAt(tokens, k);
          if (participle && k + participle.length <= to) {
            const endTok = k + participle.length;
            cues.push({
              tokStart: i,
              tokEnd: endTok,
              start: t.start,
              end: tokens[endTok - 1]!.end,
              info: participle.value,
              inverted: pronoun,
            });
            i = endTok - 1;
            continue;
          }
        }
      }
    }
    const found = cueAt(lex, tokens, i, to, inQuote, from);
    if (!found) continue;
    const m = found.match;
    // A capitalised verb form inside a sentence is part of a name or title ("Question Period"), unless the
    // whole line is written in title case (a headline: "Graham Says Trump Could Address Clean Energy"); at
    // its start, before a colon, a label ("Warning: …").
    // (After a colon a clause opens: "reagierte gelassen: Mit den Worten „…“ eröffnete sie …".)
    const opensClause = tokens[i - 1]?.fold === ':' && !inQuote(i - 1);
    if (t.upper && i > from && !opensClause && !(titleCase ??= isTitleCase(tokens, from, to, inQuote)))
      continue;
    // In a headline, a capitalised verb form that the text writes elsewhere as part of a name is that name's
    // word: "Boston Post Hit Piece …" beside "The Boston Post ran a feature".
    if (t.upper && i > from && namedElsewhere(tokens, i, from, to)) continue;
    if (t.upper && tokens[i + m.length]?.fold === ':') continue;
    let startTok = i;
    let aux = auxiliaryBefore(lex, tokens, i, from);
    let bracket: { tokStart: number; tokEnd: number } | undefined;
    // A form that is both finite and a participle ("erklärt") closing a clause opened by an auxiliary
    // ("Rice hatte in Kiew erklärt, …") is the participle.
    const formText = tokens
      .slice(i, i + m.length)
      .map((t) => t.fold)
      .join(' ');
    const alsoParticiple = (m.value.entry.participles ?? []).some((p) => foldText(p) === formText);
    if ((m.value.participle || alsoParticiple) && aux < 0 && lex.lexicon.verbSecond) {
      const after = tokens[i + m.length];
      const far = !after || after.kind === 'punct' ? bracketAuxiliary(lex, tokens, i, from) : -1;
      if (far >= 0) {
        aux = far;
        bracket = { tokStart: far + 1, tokEnd: i };
      }
    }
    // "meldete sich", "meldete er sich": another verb, which reports nothing (`CueEntry.notBefore`).
    const notBefore = m.value.entry.notBefore;
    if (notBefore) {
      const next = i + m.length;
      const skip = lex.pronouns.longestAt(tokens, next)?.length ?? 0;
      const word = tokens[next + skip];
      if (word && word.kind === 'word' && notBefore.some((w) => foldText(w) === word.fold)) continue;
    }
    // "forderte 35 Tote": another verb, told by its object near it (`CueEntry.notWith`).
    const notWith = m.value.entry.notWith;
    if (notWith && objectNear(tokens, i, i + m.length, from, to, notWith)) continue;
    // Verb second puts the finite auxiliary last in a subordinate clause: "nachdem sie dem Richter mitgeteilt
    // hatte, dass …", "bei dem er gesagt hatte, …" (a passive auxiliary after it reports nothing: "gesagt wurde").
    let trailingAux = 0;
    if (m.value.participle && aux < 0 && lex.lexicon.verbSecond && !inQuote(i + m.length)) {
      const next = lex.auxiliaries.longestAt(tokens, i + m.length);
      if (next && !lex.passives.longestAt(tokens, i + m.length) && i + m.length + next.length <= to)
        trailingAux = next.length;
    }
    // A passive whose agent may be named still reports (`CueEntry.passiveReports`): "wurde von der Regierung
    // begrüßt", "Besonders kritisiert wurde …"; the attribution looks for the agent.
    if ((m.value.participle || alsoParticiple) && m.value.entry.passiveReports && lex.lexicon.verbSecond) {
      const passive = passiveAuxiliary(lex, tokens, i, i + m.length, from, to, inQuote);
      if (passive >= 0) {
        const first = Math.min(passive, i);
        const last = Math.max(passive + 1, i + m.length);
        cues.push({
          tokStart: first,
          tokEnd: last,
          start: tokens[first]!.start,
          end: tokens[last - 1]!.end,
          info: m.value,
          passive: passive < i ? 'before' : 'after',
          ...(passive < i - 1 ? { bracket: { tokStart: passive + 1, tokEnd: i } } : {}),
        });
        i = last - 1;
        continue;
      }
    }
    if (
      m.value.participle &&
      aux < 0 &&
      trailingAux === 0 &&
      !sharesAuxiliary(lex, tokens, cues[cues.length - 1], i, inQuote)
    )
      continue;
    if (aux >= 0) startTok = aux;
    // Negated ("won't say", "ne dit pas", "did not immediately say") or passive ("is said to", "were advised")
    // cues report nothing; a negated stance or view is one still, in the positions mode ("didn't know what to
    // make of it", "voters don't expect a new mayor to …"), and so is an act on an object withheld ("has not
    // mentioned the rally").
    const negated =
      lex.negations.matchEndingAt(tokens, fillersBefore(lex, tokens, i, startTok)).length > 0 ||
      lex.negations.matchAt(tokens, i + m.length).length > 0 ||
      (startTok > from && lex.negations.matchEndingAt(tokens, startTok - 1).length > 0);
    if (
      (negated &&
        m.value.entry.class !== 'position' &&
        !negatedPositionReports(lex, m.value.entry) &&
        !negatedQuestionReports(lex, tokens, i + m.length)) ||
      (lex.passives.matchEndingAt(tokens, i - 1).length > 0 && (aux < 0 || passiveForm(lex, t.fold))) ||
      // "was also found", "is now expected": the passive auxiliary before adverbs.
      (aux >= 0 &&
        lex.passives.matchAt(tokens, aux).length > 0 &&
        passiveForm(lex, t.fold) &&
        lastAuxIsBe(lex, tokens, aux, i))
    )
      continue;
    // "To say that … is wrong", "But to claim that …": an infinitive opening the sentence is its subject, a
    // saying in general, with nobody to report it.
    if (startTok === i && infinitiveSubject(lex, tokens, i, from)) continue;
    // "It's worth noting that …": the writer's aside, with nobody to report it.
    if (startTok > from && lex.lexicon.subjectlessAfter?.includes(tokens[startTok - 1]!.fold)) continue;
    // A determiner before the cue makes it a noun ("la déclaration", "the report said": "report").
    // (A demonstrative that is also a pronoun is the subject when the cue ends its clause: "Diese bestätigte,
    // dass …".)
    const before = tokens[startTok - 1];
    const afterCue = tokens[i + m.length + trailingAux];
    const pronounSubject =
      lex.pronouns.matchEndingAt(tokens, startTok - 1).length > 0 &&
      (afterCue === undefined || (afterCue.kind === 'punct' && !inQuote(i + m.length + trailingAux)));
    // (Before an auxiliary, a word that is both an article and the clitic taking up what was said is the
    // clitic: "Lo ha detto il ministro", "Lo ha anunciado el Gobierno".)
    // (Nor an object pronoun that is also a possessive: "« … », leur a répondu le maire".)
    const cliticBeforeAuxiliary =
      aux >= 0 &&
      startTok === aux &&
      (lex.anaphoricContent.matchEndingAt(tokens, startTok - 1).length > 0 ||
        lex.objectClitics.matchEndingAt(tokens, startTok - 1).length > 0);
    // (Verb second, the same word opening the sentence right before a finite verb is the fronted demonstrative
    // taking up what was said, no article: "Das sagte X", "Das teilte X mit"; a noun would be capitalised.)
    const frontedDemonstrative =
      lex.lexicon.verbSecond === true &&
      startTok - 1 === from &&
      !tokens[startTok]!.upper &&
      lex.anaphoricContent.matchEndingAt(tokens, startTok - 1).length > 0;
    // (Verb second, the same word after a comma before a lower-case verb is a relative pronoun, the subject of
    // a relative clause: "Der Minister, der betonte, dass …"; an article would stand before a capitalised noun.)
    const relativeSubject =
      lex.lexicon.verbSecond === true &&
      startTok - 2 >= from &&
      tokens[startTok - 2]!.fold === ',' &&
      !tokens[startTok]!.upper &&
      lex.relativePronouns.matchEndingAt(tokens, startTok - 1).some((r) => r.length === 1);
    // (A noun cue stands after its possessive determiner: "her decision to …".)
    if (
      before &&
      before.kind === 'word' &&
      !m.value.entry.possessed &&
      lex.determiners.matchEndingAt(tokens, startTok - 1).length > 0 &&
      startTok - 1 >= from &&
      !pronounSubject &&
      !cliticBeforeAuxiliary &&
      !frontedDemonstrative &&
      !relativeSubject &&
      !relativeThatSubject(lex, tokens, startTok, from, m.value.entry.class === 'position', inQuote) &&
      !standaloneSubject(lex, tokens, startTok, i, m.length)
    )
      continue;
    if (startTok === i && startTok - 1 >= from && homographAfterPreposition(lex, tokens, i, m.length))
      continue;
    if (startTok === i && !t.upper && homographBeforeTitle(lex, tokens, i, m.length)) continue;
    // A form that is also a noun, right before an auxiliary, is that verb's subject: "the Baltic states would
    // push for …", "the claims were denied".
    if (
      startTok === i &&
      lex.nounHomographs.matchAt(tokens, i).some((h) => h.length === m.length) &&
      lex.auxiliaries.matchAt(tokens, i + m.length).length > 0
    )
      continue;
    // "people believed to have been inside", "a man thought to be in his forties": a passive participle
    // before a verb's infinitive describes its noun (a cue that takes an infinitive itself, "vowed to be",
    // reports, and so does a finite form: "as rich as he claims to be").
    if (
      aux < 0 &&
      !m.value.entry.infinitive &&
      participleLike(lex, tokens[i + m.length - 1]!.fold) &&
      raisedInfinitive(lex, tokens, i + m.length, to)
    )
      continue;
    let endTok = i + m.length + trailingAux;
    // The governed preposition right after the verb belongs to the cue as written: "spricht von".
    const governed = m.value.entry.governs;
    if (governed && !m.value.participle && governed.some((g) => foldText(g) === tokens[endTok]?.fold))
      endTok++;
    const particle = found.particle;
    // A particle right after the verb (fillers allowed) belongs to the cue: "teilte mit", "gab gestern bekannt".
    if (particle && skipFillersForward(lex, tokens, endTok, to) === particle.tokStart)
      endTok = particle.tokEnd;
    cues.push({
      tokStart: startTok,
      tokEnd: endTok,
      start: tokens[startTok]!.start,
      end: tokens[endTok - 1]!.end,
      info: m.value,
      ...(particle && particle.tokEnd > endTok ? { particle } : {}),
      ...(bracket ? { bracket } : {}),
    });
    i = endTok - 1;
  }
  return cues;
}
