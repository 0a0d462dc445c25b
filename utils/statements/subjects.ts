/**
 * Who is the subject of a cue: the phrase before it (with relative antecedents, verb-final and verb-second
 * clauses, appositions), a subject shared with an earlier verb, the noun phrase after a trailing cue, the
 * subject named elsewhere in the clause, and the subjects that name nobody (the writer's own voice).
 */
import { postmodifiedEvidenceHead } from './evidence-head';
import { foldText } from '../text/normalize';
import type { CueMatch } from './cues';
import { isAbbreviation, type SentenceUnit } from './sentences';
import {
  parseSpeakerPhrase,
  quotedComplementEnd,
  speakerEndingAt,
  type SpeakerPhrase,
} from './speaker-phrase';
import {
  type AttributionContext,
  digitGroupAfter,
  inQuote,
  isWord,
  type RawStatement,
  SENTENCE_END,
  skipFillers,
  tokenAt,
  wordCount,
} from './attribution-base';
import {
  clauseWordAt,
  objectDeterminerAt,
  fillersEndingAt,
  nounPhrase,
  nounPhraseEnd,
  obliquePhrase,
  possessiveBefore,
  quotedName,
  wordRunStart,
} from './noun-phrases';
import { clauseOver, shortTail, subordinateWithin } from './content-bounds';
import { frontedOffice } from './fronted-office';
import { afterOpeningAdverbs } from './loose-subject';
import { conjunctionBefore, repeatsAuxiliary } from './coordinated-verbs';
import { institutionNounAlone, outletBeforeCue } from './outlet-addressee';

const TRAILING_LEAD = new Set([',', '-', '(']);

/**
 * A cue joined by a conjunction (and adverbs) to an earlier cue of its sentence that has a subject and a
 * noun-phrase object: the second verb of "called them “bandits” and described their raids as crimes",
 * "… and repeatedly urged …".
 */
export function coordinatedVerb(
  ctx: AttributionContext,
  cueTok: number,
  earlierCue: number | undefined,
): boolean {
  if (earlierCue === undefined || earlierCue >= cueTok) return false;
  const k = conjunctionBefore(ctx, cueTok, earlierCue);
  if (k < 0) return false;
  // After a clause ("acknowledged (that) they had erred and pledged …") the second verb may be the clause's
  // own: only a first verb with a noun-phrase object leaves the second to its subject, or a second verb that
  // repeats the first one's auxiliary ("has attacked rules that … and has called for …", `repeatsAuxiliary`).
  for (let j = earlierCue + 1; j < k; j++)
    if (ctx.lex.complementizers.longestAt(ctx.tokens, j) || ctx.lex.pronouns.longestAt(ctx.tokens, j))
      return repeatsAuxiliary(ctx, earlierCue, cueTok);
  return true;
}

/**
 * A cue right after "and"/"but" whose clause opens with its subject and a first verb that reports nothing: the
 * two verbs share that subject ("The mayor presented the budget and said …", "She left early but told …"). Not
 * when a clause of its own stands between (a complementizer, a pronoun, a relative pronoun, a quotation or a
 * cue, which `coordinatedVerb` reads).
 */
export function sharedSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  // (A noun-phrase object is a report only for some readings of the verb: "denied them chances", "demanded
  // she leave"; a participle after "and" heads no clause of its own.)
  if (cue.info.entry.objectContent && !cue.info.entry.infinitive) return null;
  const suffixes = lex.lexicon.progressiveSuffixes ?? [];
  if (suffixes.some((x) => tokens[cue.tokEnd - 1]!.fold.endsWith(foldText(x)))) return null;
  let k = cue.tokStart - 1;
  for (
    let guard = 0;
    guard < 2 && k > sentence.tokStart && lex.fillers.longestAt(tokens, k)?.length === 1;
    guard++
  )
    k--;
  if (k <= sentence.tokStart || inQuote(ctx, k) || lex.conjunctions.longestAt(tokens, k)?.length !== 1)
    return null;
  // (After a conjunction opening the sentence: "But he shook his head and said …".)
  const opening = lex.conjunctions.longestAt(tokens, sentence.tokStart)?.length ?? 0;
  const from = skipFillers(ctx, sentence.tokStart + opening, k);
  const subject = parseSpeakerPhrase(ctx, from, k);
  if (!subject || subject.kind === 'group' || subject.tokEnd >= k - 1) return null;
  const verb = subject.tokEnd;
  if (
    !isWord(ctx, verb) ||
    tokens[verb]!.upper ||
    lex.conjunctions.longestAt(tokens, verb) ||
    lex.prepositions.longestAt(tokens, verb)
  )
    return null;
  for (let j = verb; j < k; j++) {
    // (A cue form that is also a noun, opening no infinitive or clause, is that noun in the first verb's
    // object: "outlined his cybersecurity plan and vowed to …".)
    const noun =
      lex.nounHomographs.longestAt(tokens, j) &&
      !lex.infinitiveOpeners.longestAt(tokens, j + 1) &&
      !lex.complementizers.longestAt(tokens, j + 1);
    if (inQuote(ctx, j) || (lex.cues.longestAt(tokens, j) && !noun)) return null;
    if (lex.complementizers.longestAt(tokens, j) || lex.relativePronouns.longestAt(tokens, j)) return null;
    // (A pronoun right after the first verb is its object: "presented it and said".)
    if (j > verb + 1 && lex.pronouns.longestAt(tokens, j)) return null;
  }
  return subject;
}

/** Token index of the cue of the last statement read in `sentence` before `cue`, if any. */
export function earlierCueToken(
  ctx: AttributionContext,
  out: readonly RawStatement[],
  sentence: SentenceUnit,
  cue: CueMatch,
): number | undefined {
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i]!;
    if (r.sentence === sentence && r.cueStart < cue.start && !r.trailing)
      return tokenAt(ctx, r.cueStart, sentence.tokStart, sentence.tokEnd);
  }
  return undefined;
}

/**
 * A word in -ing after a parenthetical attribution is a participle of the attribution ("…, he said, smiling.",
 * "…, she said, pointing to the map") unless an auxiliary follows it before the next comma: then it is a
 * gerund opening the rest of the content ("…, he said, replacing the chair would be harder").
 */
export function gerundSubject(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  for (let j = k + 1; j < end && j - k <= 12; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || inQuote(ctx, j)) return false;
    if (lex.cues.longestAt(tokens, j)) return false;
    if (lex.auxiliaries.longestAt(tokens, j)) return true;
  }
  return false;
}

/**
 * Does a bare plural noun phrase open at `p` ("officials need …", "government officials need …")? Its first
 * two lower-case words, before any preposition or punctuation: one of them carries a plural suffix.
 */
export function pluralSubjectAt(ctx: AttributionContext, p: number, end: number): boolean {
  const { lex, tokens } = ctx;
  const suffixes = lex.lexicon.pluralSuffixes ?? [];
  for (let k = p; k < end && k < p + 2; k++) {
    if (!isWord(ctx, k) || tokens[k]!.upper || lex.prepositions.longestAt(tokens, k)) return false;
    if (suffixes.some((x) => tokens[k]!.fold.endsWith(x))) return true;
    // A plural people noun without the suffix: "said police fired back", "said people were angry".
    if (lex.roles.matchAt(tokens, k).some((r) => r.length === 1 && r.value.number === 'pl')) return true;
    // A number other than one counts many: "said (approximately) 1,300 people attended".
    if (/^\d/.test(tokens[k]!.fold)) return tokens[k]!.fold !== '1' || digitGroupAfter(ctx, k);
  }
  return false;
}

/** English-style clitics of "are", "will", "would"/"had", "have", "am" (the tokenizer splits them off). */
const CONTRACTED_AUXILIARIES = new Set(['re', 'll', 'd', 've', 'm']);

/**
 * Without a complementizer, a noun phrase after the cue is its object ("confirmed the move") unless a verb
 * follows it soon: an auxiliary or modal within eight words ("said the station had been …").
 */
export function auxiliarySoon(ctx: AttributionContext, p: number, end: number): boolean {
  let words = 0;
  for (let k = p; k < end && words < 12; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') {
      if ((t.fold === ',' && !digitGroupAfter(ctx, k - 1)) || t.fold === ';' || t.fold === ':') return false;
      continue;
    }
    // A contracted auxiliary glued to the word before ("there's", "it'll", "they've", "we'd"): "'s" only
    // after the clause's first word, since further on it is mostly a possessive ("the party's plan").
    if (k > p && ctx.tokens[k - 1]!.fold === "'" && ctx.tokens[k - 1]!.start === ctx.tokens[k - 2]?.end) {
      if (CONTRACTED_AUXILIARIES.has(t.fold) || (t.fold === 's' && k - 2 === p)) return true;
    }
    words++;
    if (k > p && ctx.lex.auxiliaries.matchAt(ctx.tokens, k).some((m) => m.length === 1)) return true;
  }
  return false;
}

/**
 * The antecedent of a relative clause that ends at the comma `comma` and holds at least one comma itself
 * (", qui …, …,"): the speaker phrase right before ", <relative pronoun>", or null. The clause may not hold a
 * quotation, a colon or another cue-free sentence break; it spans at most 30 tokens.
 */
function relativeAntecedent(
  ctx: AttributionContext,
  comma: number,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  let inner = 0;
  for (let j = comma - 1; j > sentence.tokStart && comma - j <= 30; j--) {
    const t = tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break' || t.fold === ':' || t.fold === ';') return null;
    if (t.fold !== ',') continue;
    if (lex.relativePronouns.longestAt(tokens, j + 1)) {
      if (inner === 0) return null;
      const head = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
      return head && head.kind !== 'pronoun' ? head : null;
    }
    inner++;
  }
  return null;
}

/**
 * Verb second: a subordinate clause puts its verb last, so its subject may stand far before the cue. After a
 * subordinating conjunction, a personal pronoun right after it ("…, indem sie den Senat zum Handeln
 * aufforderte: …"); and ("…, Peter Schulze, der am Montag vor dem Ausschuss betonte, …") when the cue's clause
 * opens (after a comma) with a relative pronoun that is its subject — no oblique form ("dem", "den"), not followed by a determiner, a
 * pronoun or a capitalised noun, which would make it an object or a genitive ("die er traf", "dessen
 * Sprecher") — the speaker is the antecedent before the comma.
 */
function verbFinalSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (!lex.lexicon.verbSecond) return null;
  let j = cue.tokStart - 1;
  while (j > sentence.tokStart && cue.tokStart - j <= 16 && isWord(ctx, j) && !inQuote(ctx, j)) j--;
  if (j <= sentence.tokStart || tokens[j]!.fold !== ',' || j + 2 >= cue.tokStart) return null;
  // A subordinate clause has its subject right after the conjunction: "…, indem sie den Senat zum Handeln
  // aufforderte: …" (a pronoun; a noun phrase is found before the cue as it is).
  const conjunction = lex.subordinators.longestAt(tokens, j + 1);
  if (conjunction) {
    const k = j + 1 + conjunction.length;
    const pronoun = lex.pronouns.longestAt(tokens, k);
    if (!pronoun || (pronoun.value.person ?? 3) !== 3 || pronoun.value.gender === 'n') return null;
    return parseSpeakerPhrase(ctx, k, k + pronoun.length);
  }
  const rel = lex.relativePronouns.longestAt(tokens, j + 1);
  const next = j + 1 + (rel?.length ?? 0);
  if (
    !rel ||
    (lex.lexicon.obliqueDeterminers ?? []).includes(tokens[j + 1]!.fold) ||
    tokens[next]!.upper ||
    lex.determiners.longestAt(tokens, next) ||
    lex.pronouns.longestAt(tokens, next) ||
    lex.relativePronouns.longestAt(tokens, next)
  )
    return null;
  const head = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
  return head && head.kind !== 'pronoun' ? head : null;
}

/** The subject before the cue: a phrase ending right before it (fillers allowed), or after "X, qui …,". */
export function subjectBefore(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const end = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  if (end <= sentence.tokStart) return null;
  // "Al ministero della Difesa fanno sapere che …" (`fronted-office.ts`).
  const office = frontedOffice(ctx, cue, sentence);
  if (office) return office;
  // The subject right after the conjunction of a subordinate clause opening the sentence, verb last: "Während
  // Kanzler X betonte, …" (`Lexicon.clauseOpeners`).
  const opener = lex.clauseOpeners.longestAt(tokens, sentence.tokStart);
  // (Where the verb comes second, only a verb-final clause: "Während der Sitzung sagte …" has a preposition.)
  const verbLast = !lex.lexicon.verbSecond || tokens[cue.particle?.tokEnd ?? cue.tokEnd]?.fold === ',';
  if (opener && verbLast && sentence.tokStart + opener.length < end) {
    const phrase = parseSpeakerPhrase(ctx, sentence.tokStart + opener.length, end);
    if (phrase && phrase.tokEnd === end && phrase.kind !== 'pronoun') return phrase;
  }
  // An institution's name in quotation marks after a speaker preposition: "В «Укренерго» повідомили, що …".
  const q = ctx.quoteOf[end - 1] ?? -1;
  if (q !== -1 && tokens[end - 1]!.start === ctx.quotes[q]!.close) {
    let open = end - 1;
    while (open > sentence.tokStart && ctx.quoteOf[open - 1] === q) open--;
    const through = (lex.lexicon.speakerPrepositions ?? []).includes(tokens[open - 1]?.fold ?? '');
    if (through && quotedName(ctx, open) === end && open + 1 < end - 1) {
      const name = nounPhrase(ctx, open + 1, end - 1);
      return {
        ...name,
        tokStart: open - 1,
        start: tokens[open - 1]!.start,
        end: tokens[end - 1]!.end,
        tokEnd: end,
      };
    }
    // After an institution noun alone, the quoted name is its genitive: "В пресс-службе «Аэрофлота» сообщили"
    // (`institutionNounAlone`).
    if (quotedName(ctx, open) === end && institutionNounAlone(ctx, open - 1, open)) {
      const office = tokens[open - 1]!;
      return {
        tokStart: open - 1,
        tokEnd: end,
        start: office.start,
        end: tokens[end - 1]!.end,
        kind: 'institution',
        institution: ctx.text.slice(office.start, tokens[end - 1]!.end),
        number: 'sg',
      };
    }
    // With nothing but adverbs before it, a quoted name is the subject itself: "Ранее «Ведомости» писали, что
    // …". (A title's later words may be lower case: "«Новая газета» сообщила", "«Українська правда» писала".)
    const opening =
      !through && shortTitle(ctx, open, end) && afterOpeningAdverbs(ctx, sentence.tokStart, open) === open;
    if (opening && open > sentence.tokStart) {
      const name = nounPhrase(ctx, open + 1, end - 1);
      return { ...name, tokStart: open, start: tokens[open]!.start, end: tokens[end - 1]!.end, tokEnd: end };
    }
  }
  // Where the one told stands in the bare dative, an outlet named right before the cue is told, and the
  // subject stands before it: "В Минтрансе «Ъ» подтвердили, что …", "В Кремле ТАСС сообщили, что …"
  // (`outletBeforeCue`).
  const told = outletBeforeCue(ctx, cue, sentence);
  if (told) return subjectBefore(ctx, { ...cue, tokStart: told.tokStart, start: told.start }, sentence);
  // "…, Igor Dodon, qui a déclaré que …" / "Smith, who said …": the antecedent of the relative pronoun.
  const rel = lex.relativePronouns.matchEndingAt(tokens, end - 1)[0];
  if (rel && !inQuote(ctx, end - 1)) {
    let k = end - rel.length;
    if (tokens[k - 1]?.fold === ',') k--;
    if (k <= sentence.tokStart || tokens[k - 1]!.kind !== 'word') return null;
    return speakerEndingAt(ctx, wordRunStart(ctx, k, Math.max(sentence.tokStart, k - 16)), k);
  }
  const verbFinal = verbFinalSubject(ctx, cue, sentence);
  if (verbFinal) return verbFinal;
  // Verb second: a cue right after "und" is the second verb of two main clauses sharing their subject ("Er
  // akzeptierte das Urteil und erklärte, …"): the phrase before the first verb, not the first verb's object.
  if (lex.lexicon.verbSecond && lex.conjunctions.matchEndingAt(tokens, end - 1).length > 0) {
    const first = parseSpeakerPhrase(ctx, sentence.tokStart, end);
    const verb = first ? tokens[first.tokEnd] : undefined;
    const plainClause =
      first !== null &&
      verb !== undefined &&
      isWord(ctx, first.tokEnd) &&
      !verb.upper &&
      !lex.conjunctions.longestAt(tokens, first.tokEnd) &&
      !tokens.slice(first.tokEnd, end).some((t, k) => !isWord(ctx, first.tokEnd + k));
    return plainClause ? first : null;
  }
  const before = tokens[end - 1]!;
  if (before.kind === 'word' && !inQuote(ctx, end - 1)) {
    const floor = Math.max(sentence.tokStart, end - 16);
    let from = wordRunStart(ctx, end, floor);
    // A connective opening the sentence is no part of its subject, though capitalised there it reads like a
    // name's first word: "При этом генсек добавил", "Вместе с тем министр заявил".
    if (from === sentence.tokStart) {
      const after = afterOpeningAdverbs(ctx, from, end);
      if (after > from && after < end) from = after;
      // So is the conjunction of a subordinate clause ahead of the main one: "Mientras el Kremlin insistió en
      // que …, el Gobierno polaco aseguró …" (`Lexicon.clauseOpeners`).
      const opener = lex.clauseOpeners.longestAt(tokens, from);
      if (opener && from + opener.length < end) from += opener.length;
    }
    // An organisation's quoted name inside the subject: "Президент ассоциации «Аэропорты регионов» Ольга
    // Лаптева считает" (`quotedComplementEnd`).
    const q = from > floor ? ctx.quoteOf[from - 1]! : -1;
    if (q !== -1 && tokens[from - 1]!.start === ctx.quotes[q]!.close) {
      let open = from - 1;
      while (open > floor && ctx.quoteOf[open - 1] === q) open--;
      const earlier = quotedComplementEnd(ctx, open, end) === from ? wordRunStart(ctx, open, floor) : open;
      const whole = earlier < open ? speakerEndingAt(ctx, earlier, end) : null;
      if (whole && whole.tokStart < open) return whole;
    }
    return speakerEndingAt(ctx, from, end);
  }
  if (before.fold === ',' || before.fold === ')') {
    // A relative clause that holds commas itself: "El mandatario, que se reunió con el primer ministro, Keir
    // Starmer, insistió …" → the antecedent before the relative pronoun.
    const antecedent = relativeAntecedent(ctx, end - 1, sentence);
    if (antecedent) return antecedent;
    // "Reagan Ruslim, who joined the board last month, said" / "X, le ministre, a déclaré": skip the
    // relative clause or apposition between commas and take the phrase before it.
    let j = end - 2;
    while (j > sentence.tokStart && tokens[j]!.fold !== ',' && tokens[j]!.fold !== '(' && !inQuote(ctx, j))
      j--;
    if (j <= sentence.tokStart || inQuote(ctx, j)) return null;
    const opener = appositionsOpener(ctx, sentence, j, end - 1);
    if (opener) return opener;
    const segStart = j + 1;
    const rel = lex.relativePronouns.longestAt(tokens, segStart);
    const appos = parseSpeakerPhrase(ctx, segStart, end - 1);
    // An apposition opening with a determiner ("Buckley, the school's graduate, said"), if short.
    const determined = lex.determiners.longestAt(tokens, segStart) !== undefined && end - 1 - segStart <= 10;
    // An age or a number between commas: "John Smith, 45, said".
    const numeric = end - 1 - segStart === 1 && /^\d+$/.test(tokens[segStart]!.fold);
    // Any short insertion after a name: "Megan Hester, senior associate at the institute, said",
    // "Clinton, at a later press gaggle, said", "Sen. Lindsey Graham (R-S.C.) told".
    const headBefore = speakerEndingAt(ctx, wordRunStart(ctx, j, Math.max(sentence.tokStart, j - 16)), j);
    // (Not when the cue has its subject after it: "…, ont signé, a déclaré le ministre.")
    const afterCueTok = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
    const invertedNp = parseSpeakerPhrase(ctx, afterCueTok, sentence.tokEnd);
    // (A contraction after a pronoun goes on with its clause: "said it's …".)
    const contracted = tokens[invertedNp?.tokEnd ?? -1]?.fold === "'" && invertedNp?.kind === 'pronoun';
    // (Up to the separable particle that closes the clause: "…, teilten die Vereinten Nationen mit.")
    // (Verb second, a quotation right after the phrase makes it an object with its quoted name: "…, verteidigte
    // die Bezeichnung „Chaoten“".)
    const quotedAfter =
      lex.lexicon.verbSecond === true && invertedNp !== null && inQuote(ctx, invertedNp.tokEnd);
    const invertedSubject =
      invertedNp !== null &&
      !contracted &&
      !quotedAfter &&
      (clauseOver(ctx, invertedNp.tokEnd, sentence.tokEnd) ||
        (cue.particle !== undefined &&
          // (Times and places may stand before the particle: "teilte die Gewerkschaft am Dienstag mit".)
          skipFillers(ctx, invertedNp.tokEnd, cue.particle.tokStart) === cue.particle.tokStart &&
          !obliquePhrase(ctx, invertedNp) &&
          clauseOver(ctx, cue.particle.tokEnd, sentence.tokEnd)));
    // (Where the verb comes second an insertion before it is an apposition, which ends on a noun: a clause
    // ending on a verb, "…, sich dagegen zu wehren, schreibt der Verein", leaves the subject after the verb.)
    const nounEnd = !lex.lexicon.verbSecond || (isWord(ctx, end - 2) && tokens[end - 2]!.upper);
    const inserted =
      !invertedSubject &&
      nounEnd &&
      end - 1 - segStart <= 14 &&
      headBefore !== null &&
      headBefore.kind !== 'pronoun' &&
      headBefore.kind !== 'group';
    // (Where the verb comes second, a subject after it leaves the relative clause to the content: "…, die
    // geflohen waren, teilten die Vereinten Nationen mit.")
    if (
      (rel && !(lex.lexicon.verbSecond && invertedSubject)) ||
      (!invertedSubject && (determined || numeric || inserted || (appos && appos.tokEnd === end - 1)))
    ) {
      // (An acronym in parentheses may close the head: "Die Partei Bewegung für Wandel (MDC), die …".)
      let headEnd = j;
      if (tokens[j - 1]?.fold === ')') {
        for (let b = j - 2; b > sentence.tokStart && j - b <= 6; b--)
          if (tokens[b]!.fold === '(') {
            headEnd = b;
            break;
          }
      }
      const from = wordRunStart(ctx, headEnd, Math.max(sentence.tokStart, headEnd - 16));
      const head = speakerEndingAt(ctx, from, headEnd);
      if (head && appos && appos.tokEnd === end - 1 && head.kind === 'person' && appos.role && !appos.name) {
        return {
          ...head,
          role: appos.role,
          roleEntry: appos.roleEntry,
          end: appos.end,
          tokEnd: appos.tokEnd,
        };
      }
      // The name in apposition to a role or a group's member: "El presidente del Gobierno, Pedro Sánchez,
      // afirmó" (EFE, ANSA, PAP), "one of the family's lawyers, Sam Idris, said"; also after a role whose
      // linked complement ends on a name, the organisation's, not the holder's: "El líder del opositor Bloque
      // Patriótico, Ígor Dodon, sostuvo"; with a title of its own after a role: "Le porte-parole de l'armée, le
      // colonel Denis Arnaud, a affirmé".
      const roleHead = head !== null && (head.kind === 'role' || head.kind === 'group') && !head.name;
      const organisationHead =
        head !== null &&
        head.kind === 'person' &&
        head.role !== undefined &&
        linkedComplement(ctx, head) &&
        appos?.name?.includes(' ') === true;
      // Or an institution read alone from a role's complement: "The chair of the city council, Adrienne
      // Brennan, said" (`institutionAfterRole`).
      const complementHead = head !== null && institutionAfterRole(ctx, head, from);
      if (
        head &&
        appos &&
        appos.tokEnd === end - 1 &&
        (roleHead || organisationHead || complementHead) &&
        appos.kind === 'person' &&
        appos.name &&
        (!appos.role || head.kind === 'role')
      ) {
        return {
          ...appos,
          role: head.role,
          roleEntry: head.roleEntry,
          tokStart: complementHead ? from : head.tokStart,
          start: complementHead ? tokens[from]!.start : head.start,
        };
      }
      return head;
    }
  }
  return null;
}

/**
 * Is `head` an institution that a linker joins to a role before it or inside it, from token `from` on ("The
 * chair | of | the city council", "The president of the New York City Council")? The institution is then the
 * role's complement, not the subject.
 */
function institutionAfterRole(ctx: AttributionContext, head: SpeakerPhrase, from: number): boolean {
  const { lex, tokens } = ctx;
  if (head.kind !== 'institution') return false;
  // (The role inside the phrase read, or before it.)
  for (let k = from; k < head.tokEnd; k++) {
    const role = lex.roles.longestAt(tokens, k);
    const link = role ? k + role.length : -1;
    if (role && link < head.tokEnd && lex.linkers.longestAt(tokens, link)) return true;
  }
  return false;
}

/**
 * Is the quotation from token `open` (its opening mark) to `end` (after its closing mark) a title: one to four
 * words, the first capitalised, with no punctuation inside ("«Новая газета»", "„Rzeczpospolita”")?
 */
function shortTitle(ctx: AttributionContext, open: number, end: number): boolean {
  const inner = ctx.tokens.slice(open + 1, end - 1);
  return inner.length >= 1 && inner.length <= 4 && inner[0]!.upper && inner.every((t) => t.kind === 'word');
}

/** Does a linker stand inside the phrase (a role with its complement: "líder del opositor Bloque Patriótico")? */
function linkedComplement(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  for (let k = phrase.tokStart; k < phrase.tokEnd; k++)
    if (ctx.lex.linkers.longestAt(ctx.tokens, k)) return true;
  return false;
}

/**
 * Verb second: is `left` (a noun phrase read right before a cue) only the end of a fronted adverbial? True when
 * lower-case words that cannot belong to a name (no linkers, particles or determiners: "Erst vergangene
 * Woche", "Bereits vor zwei Wochen") stand before it in its sentence, fillers aside, with no punctuation
 * between. (A prepositional phrase after a capitalised noun may belong
 * to the subject: "Experten vor Ort schlossen …".)
 */
export function frontedTail(ctx: AttributionContext, left: SpeakerPhrase, sentence: SentenceUnit): boolean {
  const { lex, tokens } = ctx;
  if (left.kind === 'pronoun') return false;
  const from = skipFillers(ctx, sentence.tokStart, left.tokStart);
  if (from >= left.tokStart) return false;
  for (let k = from; k < left.tokStart; k++) {
    const t = tokens[k]!;
    if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
    // The sentence's first word is capitalised by position: a common word when the text also writes it in
    // lower case ("Erst"), or a preposition ("Bis Mittwoch sagte sie").
    const common =
      !t.upper ||
      (k === sentence.tokStart && (ctx.lowercase?.has(t.fold) || lex.prepositions.longestAt(tokens, k)));
    if (
      !common ||
      lex.linkers.longestAt(tokens, k) ||
      lex.nameParticles.longestAt(tokens, k) ||
      lex.determiners.longestAt(tokens, k)
    )
      return false;
  }
  return true;
}

/**
 * Verb second: does the sentence open with a prepositional phrase whose noun phrase is closed by a relative
 * clause ending right before token `cue` ("Trotz der Kritik der Verbände, die … laut geworden war, | plant …")?
 */
export function frontedWithRelative(ctx: AttributionContext, sentence: SentenceUnit, cue: number): boolean {
  const { lex, tokens } = ctx;
  const prep = lex.prepositions.longestAt(tokens, sentence.tokStart);
  if (!prep || tokens[cue - 1]?.fold !== ',') return false;
  const npEnd = nounPhraseEnd(ctx, sentence.tokStart + prep.length, cue);
  if (npEnd < 0 || tokens[npEnd]?.fold !== ',' || inQuote(ctx, npEnd)) return false;
  return subordinateWithin(ctx, npEnd, cue - 1);
}

/**
 * Verb second: does a predicative phrase open the sentence before the cue ("Als Grund für die Absage gab die
 * Schule an, …")? A `predicativeMarkers` word before a noun, no comma before the cue (a subordinate "als"
 * clause ends with one: "Als er kam, sagte er …").
 */
export function frontedPredicative(ctx: AttributionContext, sentence: SentenceUnit, cue: CueMatch): boolean {
  const { lex, tokens } = ctx;
  const marker = lex.predicativeMarkers.longestAt(tokens, sentence.tokStart);
  if (!marker) return false;
  const next = sentence.tokStart + marker.length;
  if (!isWord(ctx, next) || !tokens[next]!.upper || lex.pronouns.longestAt(tokens, next)) return false;
  for (let k = next; k < cue.tokStart; k++) if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return true;
}

/**
 * Does the cue hold an impersonal (neuter third-person) pronoun as its subject ("heißt es", "hieß es"), or
 * report only what a document says (`documentOnly`: "Im Bericht steht, …")?
 */
export function impersonalCue(ctx: AttributionContext, cue: CueMatch): boolean {
  if (cue.info.entry.documentOnly) return true;
  for (let k = cue.tokStart; k < cue.tokEnd; k++) {
    const p = ctx.lex.pronouns.longestAt(ctx.tokens, k)?.value;
    if (p && p.gender === 'n' && (p.person ?? 3) === 3 && p.number === 'sg') return true;
  }
  return false;
}

/** Longest insertion between a sentence-opening name and its cue, in tokens. */
const MAX_APPOSITIONS = 40;

/**
 * "Tareq Hadad, the co-founder of a company based in Antigonish, N.S., says": a name that opens the sentence,
 * then an apposition holding commas of its own, then the cue. The subject is the opening name, not the last
 * name inside the apposition. `lastComma` is the comma before the last segment, `cueComma` the one before
 * the cue. Only when the insertion opens like an apposition or a relative clause (a determiner, a role, a
 * relative pronoun or a lower-case word), so a list of names ("Ames, Boyd, Cole said") is left alone.
 */
function appositionsOpener(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  lastComma: number,
  cueComma: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (cueComma - sentence.tokStart > MAX_APPOSITIONS) return null;
  let comma = sentence.tokStart;
  while (comma < lastComma && tokens[comma]!.fold !== ',') comma++;
  if (comma >= lastComma) return null;
  const head = speakerEndingAt(ctx, sentence.tokStart, comma);
  if (!head || head.tokStart !== sentence.tokStart || (head.kind !== 'person' && head.kind !== 'institution'))
    return null;
  // A dateline is no subject: "MOSCOW, May 3 – …".
  const written = ctx.text.slice(head.start, head.end);
  if (written === written.toUpperCase()) return null;
  const next = tokens[comma + 1];
  const opensApposition =
    next?.kind === 'word' &&
    !/^\d/.test(next.fold) &&
    (!next.upper ||
      lex.determiners.longestAt(tokens, comma + 1) !== undefined ||
      lex.roles.longestAt(tokens, comma + 1) !== undefined ||
      lex.relativePronouns.longestAt(tokens, comma + 1) !== undefined);
  if (!opensApposition) return null;
  for (let k = comma; k < cueComma; k++) if (inQuote(ctx, k)) return null;
  return head;
}

/**
 * "…, the utility said." / "…, the school's defenders say.": a determiner and a few words between a comma (or
 * a dash) and a cue that closes the sentence are the cue's subject whatever their noun, since the content
 * stands before the comma and nothing else can be the one who speaks. Or null.
 */
export function trailingNounSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const end = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  let from = end;
  while (from > sentence.tokStart && end - from < 8 && !inQuote(ctx, from - 1)) {
    const t = tokens[from - 1]!;
    const possessive = t.fold === "'" && t.start === tokens[from - 2]?.end;
    if (!possessive && t.kind !== 'word') break;
    from--;
  }
  if (from >= end || from <= sentence.tokStart || inQuote(ctx, from - 1)) return null;
  // A determiner opens the phrase, or a named owner does: "…, North Korea's state news agency said."
  let owner = from;
  while (owner < end && isWord(ctx, owner) && tokens[owner]!.upper) owner++;
  const possessive =
    owner > from &&
    tokens[owner]?.fold === "'" &&
    tokens[owner]!.start === tokens[owner - 1]!.end &&
    tokens[owner + 1]?.fold === 's' &&
    owner + 2 < end;
  if (!TRAILING_LEAD.has(tokens[from - 1]!.fold) || (!lex.determiners.longestAt(tokens, from) && !possessive))
    return null;
  for (let k = from + 1; k < end; k++) {
    if (clauseWordAt(ctx, k)) return null;
  }
  const after = skipFillers(ctx, cue.tokEnd, sentence.tokEnd);
  if (!clauseOver(ctx, after, sentence.tokEnd) && !shortTail(ctx, after, sentence.tokEnd, true)) return null;
  return nounPhrase(ctx, from, end);
}

/** Is token `k` the start of a trailing position: after a comma, a dash or a closing quotation mark? */
export function trailingLead(ctx: AttributionContext, k: number, sentence: SentenceUnit): number {
  // Returns the char offset where the preceding content ends, or -1.
  const prev = ctx.tokens[k - 1];
  if (!prev || k - 1 < sentence.tokStart) return -1;
  if (TRAILING_LEAD.has(prev.fold) && !inQuote(ctx, k - 1)) return prev.start;
  // A title the speaker phrase leaves out stands before it: "…, Sen. Jane Ortiz said." / "…, Dr. Lee said."
  if (prev.fold === '.' && k - 2 > sentence.tokStart && isAbbreviation(ctx.tokens, k - 1, ctx.lex))
    return trailingLead(ctx, k - 2, sentence);
  // So does a one-word owner the phrase leaves out: "…,” Acme’s U.K. managing director Jo Lee said."
  if (
    k - 3 > sentence.tokStart &&
    ctx.tokens[k - 3]!.upper &&
    possessiveBefore(ctx, k - 1, sentence.tokStart) &&
    !inQuote(ctx, k - 3)
  )
    return trailingLead(ctx, k - 3, sentence);
  if (inQuote(ctx, k - 1)) {
    const span = ctx.quotes[ctx.quoteOf[k - 1]!]!;
    if (prev.start === span.close) return span.close + 1;
  }
  return -1;
}

/**
 * The words right before a cue in its clause, as a plain noun phrase, when the speaker grammar found no
 * subject there ("environmentalists worry that", "Several former staff members have complained"): at most
 * five words after the clause's start (the sentence's start or punctuation), none of them a cue, a
 * complementizer, a relative or personal pronoun, an auxiliary, a negation or an infinitive particle, not
 * opening with a preposition. Or null.
 */
export function clauseSubject(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cueStart: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  // Adverbs and times right before the cue are not its subject ("…» недавно сказал", "…, dann sagte").
  let cueTok = fillersEndingAt(
    ctx,
    tokenAt(ctx, cueStart, sentence.tokStart, sentence.tokEnd),
    sentence.tokStart,
  );
  // A short quoted aside between the subject and its verb: "Один из ректоров "не для записи" заявил: …".
  if (cueTok > sentence.tokStart && inQuote(ctx, cueTok - 1)) {
    const q = ctx.quoteOf[cueTok - 1]!;
    let open = cueTok - 1;
    while (open > sentence.tokStart && ctx.quoteOf[open - 1] === q) open--;
    const aside = cueTok - open <= 6 && wordCount(ctx, tokens[open]!.start, tokens[cueTok - 1]!.end) <= 4;
    if (aside && open > sentence.tokStart && isWord(ctx, open - 1) && !inQuote(ctx, open - 1)) cueTok = open;
  }
  let from = cueTok;
  for (;;) {
    while (from > sentence.tokStart && isWord(ctx, from - 1) && !inQuote(ctx, from - 1) && cueTok - from < 7)
      from--;
    // A possessive inside the phrase ("the school's defenders"), not a pronoun's contraction ("it's").
    if (!possessiveBefore(ctx, from, sentence.tokStart) || cueTok - from >= 7) break;
    from -= 2;
  }
  if (from > sentence.tokStart && isWord(ctx, from - 1)) return null;
  // An abbreviation's full stop is no clause start ("a researcher at St. Michael's Hospital said").
  if (from > sentence.tokStart && tokens[from - 1]!.fold === '.' && isAbbreviation(tokens, from - 1, lex))
    return null;
  // A possessive or contraction split off before ("Editor’s note", "it’s") is no clause start.
  if (from > sentence.tokStart && tokens[from - 1]!.fold === "'") return null;
  if (lex.conjunctions.longestAt(tokens, from)) from++;
  if (from >= cueTok || cueTok - from > 5 || lex.prepositions.longestAt(tokens, from)) return null;
  // A conjunction right before the cue joins it to an earlier verb of the same subject, which opens the run
  // when it is there ("Scott beamed and asked …"); the words between are that verb's object ("…, María Catalá,
  // visitó la zona y subrayó que …").
  if (lex.conjunctions.matchEndingAt(tokens, cueTok - 1)[0]?.length === 1) {
    const first = parseSpeakerPhrase(ctx, from, cueTok - 1);
    const verb = first ? tokens[first.tokEnd] : undefined;
    return first && first.kind !== 'pronoun' && verb?.kind === 'word' && !verb.upper ? first : null;
  }
  for (let k = from; k < cueTok; k++) {
    if (clauseWordAt(ctx, k) || objectDeterminerAt(ctx, k, from)) return null;
  }
  const phrase = nounPhrase(ctx, from, cueTok);
  // Common nouns with no name among them are people or things named by description, not an institution
  // ("The mother of three said", "Environmentalists worry"): a group, shown without its determiner.
  // (A quantifier stays with it: "Several longtime captains".)
  if (phrase.kind !== 'institution' || phrase.institutionEntry) return phrase;
  if (lex.lexicon.standaloneDeterminers?.includes(tokens[from]!.fold)) return phrase;
  for (let k = from + 1; k < cueTok; k++) if (tokens[k]!.upper) return phrase;
  const last = tokens[cueTok - 1]!.fold;
  const plural = (lex.lexicon.pluralSuffixes ?? []).some(
    (x) => last.length > x.length + 2 && last.endsWith(x),
  );
  return { ...phrase, kind: 'group', institution: undefined, number: plural ? 'pl' : 'sg' };
}

/**
 * End of the noun phrase a fronted preposition governs from token `i`: a capitalised-noun phrase, or a whole
 * quotation after an optional determiner ("Gegen den „Verein freier Schulträger“ ermittelt …"); -1 if none.
 */
function fronted(ctx: AttributionContext, i: number, end: number): number {
  const np = nounPhraseEnd(ctx, i, end);
  if (np >= 0) return np;
  const k = i + (ctx.lex.determiners.longestAt(ctx.tokens, i)?.length ?? 0);
  const q = ctx.quoteOf[k] ?? -1;
  if (k >= end || q === -1 || ctx.tokens[k]!.start !== ctx.quotes[q]!.open) return -1;
  let after = k;
  while (after < end && ctx.quoteOf[after] === q) after++;
  return after;
}

/**
 * The speaker a sentence names as its subject, for a reported sentence after it: the noun phrase that opens
 * it, or, after a fronted prepositional phrase or object and the verb, the one after the verb ("Gegen den
 * Verein ermittelt die Staatsanwaltschaft." → "die Staatsanwaltschaft").
 */
export function namedSubject(ctx: AttributionContext, unit: SentenceUnit): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  const end = unit.tokEnd;
  let k = skipFillers(ctx, unit.tokStart, end);
  if (k >= end || inQuote(ctx, k)) return null;
  // Only adverbs before the verb ("Zudem prognostizierte der Verband …"): the subject follows it.
  if (k > unit.tokStart && isWord(ctx, k) && !tokens[k]!.upper) return subjectAfterVerb(ctx, k, end);
  const prep = lex.prepositions.longestAt(tokens, k);
  const opening = prep ? null : parseSpeakerPhrase(ctx, k, end);
  const oblique = opening !== null && obliquePhrase(ctx, opening);
  if (opening && !oblique) return opening.kind === 'pronoun' ? null : opening;
  if (prep) k = fronted(ctx, k + prep.length, end);
  else if (opening && isWord(ctx, opening.tokEnd) && !tokens[opening.tokEnd]!.upper) k = opening.tokEnd;
  else if ((lex.lexicon.obliqueDeterminers ?? []).includes(tokens[k]!.fold)) {
    // A long fronted object the grammar does not read ("Den vom Minister vorgeschlagenen Einsatz der Armee hat
    // die Gewerkschaft abgelehnt."): the auxiliary after its noun is the finite verb.
    // (Words and brackets only: "Den von Peter Lang (CDU) vorgeschlagenen Einsatz".)
    const inPhrase = (v: number) =>
      isWord(ctx, v) || ((tokens[v]!.fold === '(' || tokens[v]!.fold === ')') && !inQuote(ctx, v));
    let v = k + 1;
    while (
      v < end &&
      v - k <= 20 &&
      inPhrase(v) &&
      !(lex.auxiliaries.longestAt(tokens, v) && !tokens[v]!.upper && tokens[v - 1]!.upper)
    )
      v++;
    if (v >= end || v - k > 20 || !isWord(ctx, v)) return null;
    k = v;
  } else return null;
  return subjectAfterVerb(ctx, k, end);
}

/**
 * Verb second: the subject of a clause that an adverbial cue and its quotation open ("Mit den Worten „…“
 * eröffnete sie die Sitzung", also after a colon): after the quotation (and a comma), the finite verb, then
 * the subject, a pronoun included; or null.
 */
export function subjectAfterFrontedQuote(
  ctx: AttributionContext,
  cue: CueMatch,
  end: number,
): SpeakerPhrase | null {
  const { tokens } = ctx;
  const before = tokens[cue.tokStart - 1];
  const opensClause =
    !before || before.kind === 'break' || SENTENCE_END.has(before.fold) || before.fold === ':';
  const q = ctx.quoteOf[cue.tokEnd] ?? -1;
  if (!ctx.lex.lexicon.verbSecond || !opensClause || q === -1) return null;
  let k = cue.tokEnd;
  while (k < end && ctx.quoteOf[k] === q) k++;
  if (tokens[k]?.fold === ',') k++;
  if (k >= end || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k)) return null;
  const at = skipFillers(ctx, k + 1, end);
  const subject = isWord(ctx, at) && !inQuote(ctx, at) ? parseSpeakerPhrase(ctx, at, end) : null;
  return subject && !obliquePhrase(ctx, subject) ? subject : null;
}

/** `namedSubject` after what was fronted: the finite verb at token `k`, then the subject, or null. */
function subjectAfterVerb(ctx: AttributionContext, k: number, end: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (k < 0 || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k)) return null;
  k = skipFillers(ctx, k + 1, end);
  // Adverbials may stand between the verb and its subject: "ermittelt seit Mai die Staatsanwaltschaft".
  for (let round = 0; round < 2 && k < end; round++) {
    const adverbial = lex.prepositions.longestAt(tokens, k);
    const after = adverbial ? nounPhraseEnd(ctx, k + adverbial.length, end) : -1;
    if (after < 0) break;
    k = skipFillers(ctx, after, end);
  }
  const subject = isWord(ctx, k) && !inQuote(ctx, k) ? parseSpeakerPhrase(ctx, k, end) : null;
  return subject && subject.kind !== 'pronoun' && !obliquePhrase(ctx, subject) ? subject : null;
}

/**
 * Whether the subject right before the cue (over its auxiliaries and adverbs: "polls have consistently shown")
 * is headed by an evidence noun, for cues marked `evidence`.
 */
export function evidenceSubject(ctx: AttributionContext, cueTok: number, sentenceTokStart: number): boolean {
  const { tokens, lex } = ctx;
  let k = cueTok - 1;
  while (
    k >= sentenceTokStart &&
    cueTok - k <= 4 &&
    (lex.auxiliaries.longestAt(tokens, k) || lex.fillers.longestAt(tokens, k))
  )
    k--;
  if (k < sentenceTokStart || inQuote(ctx, k)) return false;
  if (lex.evidenceNouns.longestAt(tokens, k)) return true;
  // Or the head before a short prepositional complement: "an analysis of new filings shows …".
  for (let j = k - 1; j >= sentenceTokStart && k - j <= 8; j--) {
    if (tokens[j]!.kind !== 'word' || inQuote(ctx, j)) break;
    if (lex.prepositions.longestAt(tokens, j + 1) && lex.evidenceNouns.longestAt(tokens, j)) return true;
  }
  return postmodifiedEvidenceHead(ctx, k + 1, sentenceTokStart) !== null;
}

/**
 * A subject phrase that opens with a presentative ("Here's a sentence …", "Here's hoping …", "There remains a
 * consensus …", `Lexicon.presentatives`) outside quotation marks: it names no speaker.
 */
export function presentational(ctx: AttributionContext, phrase: SpeakerPhrase | null | undefined): boolean {
  if (!phrase || inQuote(ctx, phrase.tokStart)) return false;
  const opening = ctx.tokens[phrase.tokStart]?.fold;
  return (ctx.lex.lexicon.presentatives ?? []).some((w) => foldText(w) === opening);
}

/**
 * The article's own voice, outside quotation marks: a presentational subject ("Here's a sentence I never
 * thought I'd write: …", "Here's hoping …"), the writer's view ("I believe our media …", "I do think
 * …": a verb of opinion with a first-person subject) or words put in the reader's mouth ("When you say you
 * hate it", "Tell him why you think …": a second-person subject, hypothetical). Neither reports a statement.
 */
export function ownVoice(ctx: AttributionContext, cue: CueMatch, speaker: SpeakerPhrase | null): boolean {
  if (!speaker || inQuote(ctx, speaker.tokStart)) return false;
  if (presentational(ctx, speaker)) return true;
  const pronoun = speaker.pronoun;
  if (!pronoun) return false;
  if (pronoun.person === 2) return true;
  return pronoun.person === 1 && cue.info.entry.opinion === true;
}

/**
 * A speaker that is a document: a document adverb alone ("Darin steht"), or a phrase holding a document noun
 * ("In dem Papier steht", `Lexicon.documentAdverbs`).
 */
export function documentSpeaker(ctx: AttributionContext, speaker: SpeakerPhrase | null): boolean {
  if (!speaker) return false;
  const { lex, tokens } = ctx;
  // (The adverb takes up a document named in the sentence before: with none, "Darin" stands for nothing.)
  if (speaker.tokEnd - speaker.tokStart === 1 && lex.documentAdverbs.longestAt(tokens, speaker.tokStart)) {
    let sentences = 0;
    for (let j = speaker.tokStart - 1; j >= 0 && speaker.tokStart - j <= 60; j--) {
      const t = tokens[j]!;
      if (t.kind === 'break' || (t.kind === 'punct' && /^[.!?…]$/.test(t.fold) && ++sentences > 1)) break;
      if (t.kind === 'word' && t.upper && lex.documentNouns.longestAt(tokens, j)) return true;
    }
    return false;
  }
  for (let k = speaker.tokStart; k < speaker.tokEnd; k++)
    if (lex.documentNouns.longestAt(tokens, k)) return true;
  return false;
}
