/**
 * The speaker of a cue: an inverted pronoun, the subject before it (over obliques and shared subjects), in
 * verb-second languages the subject after the verb or after a fronted phrase, the document of an impersonal
 * cue; then what follows the cue (afterCue) and the checks that make a homograph a noun.
 */
import { foldText } from '../text/normalize';
import type { CueMatch } from './cues';
import { parseSpeakerPhrase, speakerEndingAt, type SpeakerPhrase } from './speaker-phrase';
import { inQuote, isWord, skipFillers, wordCount } from './attribution-base';
import {
  invertedPronounPhrase,
  lowerCaseAdverb,
  nounPhrase,
  nounPhraseEnd,
  objectClitic,
  obliquePhrase,
  wordRunStart,
} from './noun-phrases';
import {
  evidenceSubject,
  frontedPredicative,
  frontedTail,
  frontedWithRelative,
  impersonalCue,
  namedSubject,
  sharedSubject,
  subjectAfterFrontedQuote,
  subjectBefore,
  trailingLead,
  trailingNounSubject,
} from './subjects';
import { afterCue } from './complement';
import { toldBeforeCue } from './outlet-addressee';
import { objectBeforeRelativeCue } from './relative-clause';
import { possessiveDeterminerBefore, possessorSource } from './possessor-source';
import {
  clauseBoundaryBefore,
  pluralSubjectBefore,
  reportOpensAfter,
  subordinateWithin,
} from './content-bounds';
import { conjoinedClauseSubject } from './conjoined-subject';
import { evidencePhraseBefore } from './evidence-head';
import { shareSubjectBefore } from './position-subject';
import type { CueSpeaker, SentenceReading } from './cue-reading';

/**
 * The speaker of a cue (an inverted pronoun, the subject before it, in verb-second languages the subject after
 * it or after a fronted phrase) and what follows the cue (`afterCue`); null when the cue reports nothing (a noun
 * homograph).
 */
export function cueSpeaker(s: SentenceReading, cue: CueMatch): CueSpeaker | null {
  const { ctx, sentence } = s;
  const { tokens, lex } = ctx;
  const end = sentence.tokEnd;
  // "Die Ministerin, die Reformen angekündigt hatte, sagte …": the main clause after the comma is not said.
  if (objectBeforeRelativeCue(ctx, cue, sentence)) return null;
  let speaker: SpeakerPhrase | null = null;
  if (cue.inverted) speaker = invertedPronounPhrase(cue);
  let left = speaker ? null : subjectBefore(ctx, cue, sentence);
  // An object pronoun right before the cue, after a comma or a quotation, is the addressee; the subject follows
  // the verb: "« … », lui a répondu Christophe Durand" (`Lexicon.objectClitics`).
  if (left && objectClitic(ctx, left, cue.tokStart)) left = null;
  if (!speaker && lex.lexicon.verbSecond !== true) left = sharedSubject(ctx, cue, sentence) ?? left;
  // A noun phrase in the dative or accusative is no subject ("dem Richter", "den Bericht"): the subject is the
  // phrase before it in a verb-final clause ("nachdem die Anwältin dem Richter mitgeteilt hatte"), else it
  // follows the verb ("Den Bericht bestätigte die Polizei").
  let obliqueFronted = false;
  if (left && obliquePhrase(ctx, left)) {
    const earlier =
      left.tokStart > sentence.tokStart && isWord(ctx, left.tokStart - 1)
        ? speakerEndingAt(ctx, wordRunStart(ctx, left.tokStart, sentence.tokStart), left.tokStart)
        : null;
    // Or a name in apposition after it, before the verb: "… in der gesetzgebenden Versammlung, Anna Li, urteilte".
    const apposition =
      tokens[left.tokEnd]?.fold === ',' && tokens[cue.tokStart - 1]?.fold === ','
        ? parseSpeakerPhrase(ctx, left.tokEnd + 1, cue.tokStart - 1)
        : null;
    if (apposition && apposition.kind === 'person' && apposition.tokEnd === cue.tokStart - 1)
      left = apposition;
    else if (earlier && !obliquePhrase(ctx, earlier) && earlier.kind !== 'group') left = earlier;
    else {
      left = null;
      obliqueFronted = lex.lexicon.verbSecond === true;
    }
  }
  // A role or group with a name in apposition before the verb: the name speaks ("Eine der Verurteilten, die
  // Studentin Lea Hartmann, kündigte an", "One of the defendants, Lea Hartmann, said").
  if (
    left &&
    !speaker &&
    // (Or a noun with its article read as a name: "der Verurteilten".)
    (left.kind === 'role' ||
      left.kind === 'group' ||
      (left.kind === 'person' &&
        !left.role &&
        lex.determiners.longestAt(tokens, left.tokStart) !== undefined)) &&
    tokens[left.tokEnd]?.fold === ',' &&
    tokens[cue.tokStart - 1]?.fold === ',' &&
    left.tokEnd + 1 < cue.tokStart - 1
  ) {
    // (The name with its role, over words the role grammar does not read: "die 27-jährige Studentin X".)
    const from = left.tokEnd + 1;
    const apposition = speakerEndingAt(ctx, from, cue.tokStart - 1);
    // (Only an article and an adjective or two before it: "die 27-jährige Studentin …".)
    const opening = apposition ? apposition.tokStart - from : -1;
    let bare = opening === 0;
    if (opening > 0 && opening <= 4 && lex.determiners.longestAt(tokens, from) !== undefined) {
      bare = true;
      for (let k = from; k < from + opening; k++) if (tokens[k]!.fold === ',') bare = false;
    }
    // The phrase keeps its start, so that the attribution covers the whole subject.
    if (apposition?.kind === 'person' && bare && apposition.tokEnd === cue.tokStart - 1)
      left = { ...apposition, start: left.start, tokStart: left.tokStart };
  }
  // A subject read short of its clause's comma ("…, the news agency said" read as "agency") gives way to the
  // whole noun phrase after the comma; not a name ("…, an experience Grizzle described": a relative clause).
  if (
    !speaker &&
    (!left || (left.kind !== 'person' && trailingLead(ctx, left.tokStart, sentence) < 0)) &&
    lex.lexicon.verbSecond !== true
  )
    left = trailingNounSubject(ctx, cue, sentence) ?? left;
  // Verb second: after a fronted prepositional phrase the subject follows the verb ("Am Montag sagte der
  // Minister, …", "In seiner Rede unterstrich General X …"), so what precedes the cue is not its subject.
  const v2 = lex.lexicon.verbSecond === true && !speaker && cue.tokStart > sentence.tokStart;
  // (A subordinate clause opening the sentence puts its verb last, its subject right after the conjunction,
  // which may also be a preposition: "Während Kanzler X betonte, …", `Lexicon.clauseOpeners`.)
  // (Not the preposition of the same form, after which the verb comes second: "Während der Sitzung sagte …".)
  const subordinateSubject =
    left !== null &&
    tokens[cue.particle?.tokEnd ?? cue.tokEnd]?.fold === ',' &&
    lex.clauseOpeners.longestAt(tokens, sentence.tokStart)?.length === left.tokStart - sentence.tokStart;
  let frontedPhrase = false;
  // (Only in the clause the phrase opens: "Bei X handelt es sich um Y, von dem die Polizei glaubt, …".)
  if (
    v2 &&
    left &&
    !subordinateSubject &&
    (lex.prepositions.longestAt(tokens, sentence.tokStart) || frontedPredicative(ctx, sentence, cue)) &&
    left.tokStart >= sentence.tokStart &&
    !subordinateWithin(ctx, sentence.tokStart, left.tokStart)
  ) {
    left = null;
    frontedPhrase = true;
  }
  // A fronted prepositional phrase may hold a relative clause: "Trotz der Kritik, die laut geworden war, plant
  // die Regierung, …": the cue right after its comma is the verb second, not a trailing attribution.
  const frontedRelative = v2 && !cue.inverted && frontedWithRelative(ctx, sentence, cue.tokStart);
  if (frontedRelative) {
    left = null;
    frontedPhrase = true;
  }
  // A subject pronoun right after the verb (or its auxiliary) is the subject when something else was fronted:
  // a single capitalised adverbial ("Gleichzeitig vermutet er …", "Unterdessen sagte sie …") or a phrase
  // that does not open the sentence ("Die Pläne der Regierung, …, bezeichnete er als …").
  // (Or, with no phrase read, a fronted clause or phrase closed by a comma: "Die Pläne, unter X die Macht zu
  // halten, bezeichnete er als …".)
  let pronounBeforeComplement = -1;
  if (
    v2 &&
    ((left &&
      left.kind !== 'pronoun' &&
      ((left.tokStart === sentence.tokStart && left.tokEnd - left.tokStart === 1) ||
        left.tokStart > skipFillers(ctx, sentence.tokStart, left.tokStart) ||
        (left.tokEnd < cue.tokStart && tokens[cue.tokStart - 1]!.fold === ','))) ||
      (!left && !frontedPhrase && tokens[cue.tokStart - 1]?.fold === ',' && !inQuote(ctx, cue.tokStart - 1)))
  ) {
    const k = skipFillers(ctx, cue.bracket ? cue.bracket.tokStart : cue.tokEnd, end);
    const pronoun = lex.pronouns.longestAt(tokens, k);
    if (pronoun && (pronoun.value.person ?? 3) === 3 && pronoun.value.gender !== 'n' && !inQuote(ctx, k)) {
      left = parseSpeakerPhrase(ctx, k, k + pronoun.length);
      if (left && !cue.bracket && tokens[left.tokEnd]?.kind === 'punct')
        pronounBeforeComplement = left.tokEnd;
    }
  }
  // One constituent stands before a verb-second cue: when the phrase read before it does not open the
  // clause but ends a longer fronted adverbial ("Erst vergangene Woche kündigte der Konzern an", "Bereits vor
  // zwei Wochen hatte die Gewerkschaft erklärt"), the subject follows the verb (or its auxiliary).
  // Only adverbs before the verb ("Dort will die Gruppe …", "Darüber hinaus kündigte die Partei an, …"), or
  // one lower-case word that is no pronoun ("so charakterisierte ihn der Sprecher").
  if (v2 && left && lowerCaseAdverb(ctx, left)) left = null;
  const frontedAdverbs =
    v2 &&
    !left &&
    !cue.bracket &&
    (skipFillers(ctx, sentence.tokStart, cue.tokStart) === cue.tokStart ||
      (cue.tokStart > sentence.tokStart &&
        isWord(ctx, cue.tokStart - 1) &&
        !tokens[cue.tokStart - 1]!.upper &&
        !lex.conjunctions.longestAt(tokens, cue.tokStart - 1) &&
        (cue.tokStart - 1 === sentence.tokStart || !isWord(ctx, cue.tokStart - 2))));
  if (
    v2 &&
    !subordinateSubject &&
    ((left && frontedTail(ctx, left, sentence)) || frontedPhrase || obliqueFronted || frontedAdverbs)
  ) {
    const k = skipFillers(ctx, cue.bracket ? cue.bracket.tokStart : cue.tokEnd, end);
    let np = isWord(ctx, k) && !inQuote(ctx, k) ? parseSpeakerPhrase(ctx, k, end) : null;
    // A bare plural with its adjectives, which the speaker grammar does not read ("Nun melden
    // französische Zeitungen, dass …"): the capitalised noun phrase, followed by the clause's comma.
    if (!np && isWord(ctx, k) && !inQuote(ctx, k) && !tokens[k]!.upper) {
      const npEnd = nounPhraseEnd(ctx, k, end);
      if (npEnd > k + 1 && tokens[npEnd]?.fold === ',') np = nounPhrase(ctx, k, npEnd);
    }
    const pronoun = np?.kind === 'pronoun' ? lex.pronouns.longestAt(tokens, k)?.value : undefined;
    if (np && np.kind !== 'group' && (!pronoun || ((pronoun.person ?? 3) === 3 && pronoun.gender !== 'n'))) {
      left = np;
      if (!cue.bracket && tokens[np.tokEnd]?.kind === 'punct') pronounBeforeComplement = np.tokEnd;
      // The subject's prepositional complement runs on to the comma before the complement: "plant die
      // Regierung aus Union und SPD, die Befugnisse … zu erweitern".
      else if (!cue.bracket && lex.prepositions.longestAt(tokens, np.tokEnd)) {
        for (let k = np.tokEnd + 1; k < end && k - np.tokEnd <= 8 && !inQuote(ctx, k); k++) {
          if (tokens[k]!.fold === ',') pronounBeforeComplement = k;
          if (!isWord(ctx, k)) break;
        }
      }
    } else left = null;
  }
  // An impersonal cue ("In dem Bericht heißt es, …", "Im Urteil hieß es: …") is said by the document named in
  // the fronted prepositional phrase.
  if (v2 && !left && impersonalCue(ctx, cue)) {
    const prep = lex.prepositions.longestAt(tokens, sentence.tokStart);
    const from = sentence.tokStart + (prep?.length ?? 0);
    if (
      prep &&
      from < cue.tokStart &&
      wordCount(ctx, tokens[from]!.start, tokens[cue.tokStart - 1]!.end) >= 1
    ) {
      let clean = true;
      for (let k = from; k < cue.tokStart; k++) if (!isWord(ctx, k) && !inQuote(ctx, k)) clean = false;
      if (clean) left = nounPhrase(ctx, from, cue.tokStart);
    }
    // Or the document after the cue: "So heißt es in dem Schreiben: …".
    const after = skipFillers(ctx, cue.tokEnd, end);
    const inside = !left ? lex.prepositions.longestAt(tokens, after) : undefined;
    if (inside) {
      const npEnd = nounPhraseEnd(ctx, after + inside.length, end);
      if (npEnd > after + inside.length) left = nounPhrase(ctx, after + inside.length, npEnd);
    }
  }
  // An adverbial cue ("mit den Worten") has no subject of its own: the clause's subject speaks.
  if (cue.info.entry.adverbial) left = namedSubject(ctx, sentence) ?? subjectAfterFrontedQuote(ctx, cue, end);
  if (left) speaker = left;
  // A finding's subject may be a long phrase whose head stands far from the verb, a name or a noun of its
  // postmodifier closer to it ("research conducted by the center found …"): the whole phrase speaks.
  if (!v2 && cue.info.entry.evidence) {
    const finding = evidencePhraseBefore(ctx, cue.tokStart, sentence.tokStart);
    // (It is the subject, a trailing one too: "…, an analysis of campaign reports shows.")
    if (finding && (!speaker || speaker.tokStart > finding.tokStart)) speaker = left = finding;
  }
  // A stance given by a poll's share: "…, while 5 percent prefer …" (a figure, which the speaker grammar does
  // not read as a subject).
  const share =
    !speaker && !v2 && cue.info.entry.class === 'position'
      ? shareSubjectBefore(ctx, cue.tokStart, sentence.tokStart)
      : null;
  if (share) speaker = nounPhrase(ctx, share[0], share[1]);
  // A clause of its own after a comma and a conjunction, its subject a plain noun phrase: "…, and engineers
  // warned that …" (not a word of the first report's content).
  if (!speaker && !v2 && !cue.inverted) speaker = conjoinedClauseSubject(ctx, sentence, cue.tokStart);
  // Verb second: a trailing attribution puts its verb right after the comma ("…, sagte der Minister."); a
  // subject there opens a clause of its own ("…, sie habe einen falschen Namen angegeben, …").
  const subjectFirst = v2 && left !== null && left.tokEnd <= cue.tokStart && left.kind !== 'group';
  const lead = subjectFirst ? -1 : trailingLead(ctx, left ? left.tokStart : cue.tokStart, sentence);
  // Verb second: a finite cue right after "und" shares the subject of the clause before it ("sprachen von
  // „…“ und forderten die Regierung auf, …"): the phrase after it is its object, not an inverted subject.
  const coordinated =
    v2 &&
    !cue.bracket &&
    cue.tokStart - 1 > sentence.tokStart &&
    lex.conjunctions.longestAt(tokens, cue.tokStart - 1) !== undefined &&
    !inQuote(ctx, cue.tokStart - 1);
  const after = afterCue(ctx, cue, end, !speaker && !coordinated && (lead >= 0 || v2));
  if (after.speaker) speaker = after.speaker;
  // The outlet told between the subject and the cue: "В Кремле ТАСС сообщили, что …".
  after.addressee ??= toldBeforeCue(ctx, cue, sentence, speaker);
  // Verb second: a phrase in the dative or accusative after the verb is its object, not a trailing subject: in
  // "Der Sprecher der Fraktion, Tobias Brandt, sagt dem SPIEGEL, …" the words before the comma are the
  // subject when they read as one speaker phrase, and report nothing.
  let subjectLead = lead;
  if (v2 && after.speaker && obliquePhrase(ctx, after.speaker) && tokens[cue.tokStart - 1]?.fold === ',') {
    const before = parseSpeakerPhrase(ctx, sentence.tokStart, cue.tokStart - 1);
    if (
      before &&
      before.tokEnd === cue.tokStart - 1 &&
      before.kind !== 'group' &&
      before.kind !== 'pronoun'
    ) {
      speaker = before;
      subjectLead = -1;
    }
  }
  // "Gleichzeitig betonte sie, …": the complement starts after the pronoun.
  if (pronounBeforeComplement > after.at) after.at = pronounBeforeComplement;
  // After a possessive the homograph is a noun ("the editor's note: …", "the mayor's remarks"); only a
  // complementizer makes it report ("Trump's claim that …"), or the infinitive of an intention ("the
  // governor's decision to close …"), and the possessor is its source. A noun cue (`possessed`) reports only so.
  const possessive =
    (cue.tokStart >= sentence.tokStart + 2 &&
      tokens[cue.tokStart - 2]!.fold === "'" &&
      tokens[cue.tokStart - 2]!.end === tokens[cue.tokStart - 1]!.start) ||
    // (Or a possessive determiner: "his claim that".)
    possessiveDeterminerBefore(ctx, cue, sentence);
  if (cue.info.entry.possessed || (possessive && lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1))) {
    const clause = lex.complementizers.longestAt(tokens, after.at) !== undefined;
    const infinitive =
      cue.info.entry.infinitive === true && lex.infinitiveOpeners.longestAt(tokens, after.at) !== undefined;
    if (!clause && !infinitive) return null;
    const owner = possessorSource(ctx, cue, sentence);
    if (cue.info.entry.possessed && !owner) return null;
    speaker = owner ?? speaker;
  }
  if (
    !speaker &&
    lead < 0 &&
    lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
    !clauseBoundaryBefore(ctx, cue, sentence) &&
    !reportOpensAfter(ctx, after.at, end) &&
    !pluralSubjectBefore(ctx, cue, after.at, end) &&
    !(cue.info.entry.evidence && evidenceSubject(ctx, cue.tokStart, sentence.tokStart))
  )
    return null;
  // The subject ends before the preposition its verb governs: "spricht die Polizei | von weniger Krawallen".
  if (speaker && cue.info.entry.governs && speaker.tokStart >= cue.tokEnd) {
    const governs = cue.info.entry.governs.map((g) => foldText(g));
    for (let k = speaker.tokStart + 1; k < speaker.tokEnd; k++) {
      if (!governs.includes(tokens[k]!.fold)) continue;
      speaker = parseSpeakerPhrase(ctx, speaker.tokStart, k) ?? speaker;
      break;
    }
  }
  return { speaker, lead: subjectLead, coordinated, after };
}
