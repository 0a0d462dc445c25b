/**
 * The statements a cue reports, one reporting pattern per function, called in order for each cue of a
 * sentence: guards that rule a cue out, the quotation opening the sentence, the speaker (cue-speaker.ts),
 * the trailing attribution, then the content after the cue (cue-complement.ts); and, after all cues,
 * passives with no agent and attributions inside a quotation.
 */
import { plainSubjectBefore } from './position-subject';
import { relativeAntecedent, restrictiveAntecedent } from './relative-antecedent';
import { foldText } from '../text/normalize';
import { type CueMatch, findCues } from './cues';
import { coordinatedSubject, withoutConjunction } from './coordinated-clauses';
import { innerRange } from './quote-spans';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';
import {
  type AttributionContext,
  cueText,
  inQuote,
  isWord,
  opensWithDash,
  quotedWithin,
  quoteEndToken,
  quoteInner,
  type RawStatement,
  tokenAt,
  trimRange,
  wordCount,
  zeroSubject,
} from './attribution-base';
import { anaphoricAttribution, asAttribution, passiveStatement } from './marked-sources';
import { invertedPronounPhrase, lowerCaseAdverb, objectClitic } from './noun-phrases';
import {
  coordinatedVerb,
  documentSpeaker,
  earlierCueToken,
  evidenceSubject,
  gerundSubject,
  ownVoice,
  pluralSubjectAt,
  subjectBefore,
} from './subjects';
import { afterCue, classify } from './complement';
import { toldBeforeCue } from './outlet-addressee';
import {
  appositionEnd,
  clauseGoesOn,
  clauseOver,
  openBracketBefore,
  secondPart,
  shortTail,
} from './content-bounds';
import type { CueReading, SentenceReading } from './cue-reading';
import { cueSpeaker } from './cue-speaker';
import { clauseOrQuotationAfterCue, infinitiveOrObject, objectOrBareClause } from './cue-complement';

/**
 * A complementizer at `k` right before a verb in the past (`Lexicon.pastForms`) is a relative pronoun, its
 * subject: "a show that aired on Thursday" (a that-clause opens with its own subject: "a claim that he lied").
 */
function relativeAt(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const past = lex.lexicon.pastForms;
  const verb = tokens[k + 1];
  if (!past || verb?.kind !== 'word' || verb.upper) return false;
  return past.irregular.includes(verb.fold) || past.suffixes.some((x) => verb.fold.endsWith(x));
}

/**
 * A homograph in its base form after an indefinite article and at most two modifiers is a noun ("It's a fair
 * question: …", "an even murkier question"): a verb there would agree with a singular subject ("a critic
 * questions"). Modifiers ending like plurals may be that subject ("a few critics question whether"), and a
 * complementizer after it still reports ("a claim that …" stays out of this rule's reach).
 */
function nounAfterArticle(ctx: AttributionContext, cue: CueMatch, floor: number, after: number): boolean {
  const { tokens, lex } = ctx;
  if (cue.tokEnd - cue.tokStart !== 1 || !lex.nounHomographs.longestAt(tokens, cue.tokStart)) return false;
  const plural = (fold: string) => (lex.lexicon.pluralSuffixes ?? []).some((x) => fold.endsWith(foldText(x)));
  if (
    plural(tokens[cue.tokStart]!.fold) ||
    (lex.complementizers.longestAt(tokens, after) && !relativeAt(ctx, after))
  )
    return false;
  const indefinite = (lex.lexicon.indefiniteDeterminers ?? []).map(foldText);
  for (let k = cue.tokStart - 1; k >= Math.max(floor, cue.tokStart - 3); k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || inQuote(ctx, k)) return false;
    if (indefinite.includes(t.fold)) return true;
    if (plural(t.fold)) return false;
    // A singular form after a determiner and its modifiers is a noun too: "made the following comment:".
    if (k < cue.tokStart - 1 && lex.determiners.longestAt(tokens, k)) return true;
  }
  return false;
}

/**
 * The first cue after a quotation that opens the sentence (at most 30 tokens after it, no other quotation),
 * and the token where that quotation ends (-1 if none opens the sentence).
 */
export function cueAfterOpeningQuote(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cues: CueMatch[],
): { firstCueAfterOpening: CueMatch | undefined; openingEnd: number } {
  const { tokens } = ctx;
  const end = sentence.tokEnd;
  let firstCueAfterOpening: CueMatch | undefined;
  let openingEnd = -1;
  const opening = ctx.quoteOf[sentence.tokStart]!;
  if (opening !== -1 && tokens[sentence.tokStart]!.start === ctx.quotes[opening]!.open) {
    openingEnd = quoteEndToken(ctx, sentence.tokStart, end);
    const first = cues.find((c) => c.tokStart >= openingEnd);
    if (first && first.tokStart - openingEnd <= 30) {
      let clean = true;
      for (let k = openingEnd; k < first.tokStart; k++)
        if (inQuote(ctx, k) || tokens[k]!.kind === 'break') clean = false;
      // The quotation must end its clause: "“Q,” he said" / "« Q », a dit X" / "“Q” – Smith said".
      const after = tokens[openingEnd];
      // (Its last punctuation may stand inside a nested quotation's marks: "… labels of ‘thug,’”".)
      const innerEnd = innerRange(ctx.quotes[opening]!)[1];
      const innerText = ctx.text.slice(Math.max(0, innerEnd - 4), innerEnd).replace(/[’'"”»›]+$/u, '');
      const prevInside = innerText[innerText.length - 1] ?? '';
      if (
        clean &&
        (after?.kind === 'punct' || /[,.!?…]/.test(prevInside) || first.tokStart - openingEnd <= 3)
      )
        firstCueAfterOpening = first;
    }
  }
  return { firstCueAfterOpening, openingEnd };
}

/**
 * Does the cue opening `sentence` head a participial clause ("Asked about the final, Lee laughed.", "Pressed
 * on the budget, the minister smiled.")? Only where a finite verb always has its subject before it (neither
 * `dropsSubject` nor `verbSecond`): the cue is followed, after a comma outside quotations, by a subject and a
 * lower-case word, the main clause's verb.
 */
function participialOpener(ctx: AttributionContext, cue: CueMatch, sentence: SentenceUnit): boolean {
  const { tokens, lex } = ctx;
  if (lex.lexicon.dropsSubject === true || lex.lexicon.verbSecond === true) return false;
  if (!tokens[cue.tokStart]!.upper) return false;
  for (let k = cue.tokEnd; k < sentence.tokEnd - 2; k++) {
    if (tokens[k]!.fold !== ',' || inQuote(ctx, k)) continue;
    const subject = parseSpeakerPhrase(ctx, k + 1, sentence.tokEnd);
    const verb = subject ? tokens[subject.tokEnd] : undefined;
    if (verb?.kind === 'word' && !verb.upper && !inQuote(ctx, subject!.tokEnd)) return true;
  }
  return false;
}

/**
 * The statements one cue reports (if any), pushed to `s.out`: the guards that rule a cue out, the patterns with
 * a marker of their own, the quotation opening the sentence, then the cue's speaker, and its content before it
 * (trailing attribution) or after it (infinitive, object, clause or quotation).
 */
export function cueStatements(s: SentenceReading, cue: CueMatch): void {
  const { ctx, sentence, cues, out, subjects, firstCueAfterOpening } = s;
  const { tokens, lex } = ctx;
  // A cue in its base form opening the sentence has no subject (`baseFormFirst`): an imperative, the writer's own ("Note that
  // …"), or the first word of a name ("Hope Hicks, a spokeswoman, …"); nobody is reported.
  if (
    lex.lexicon.baseFormFirst === true &&
    cue.tokStart === sentence.tokStart &&
    cue.tokEnd - cue.tokStart === 1 &&
    tokens[cue.tokStart]!.fold === foldText(cue.info.entry.forms[0] ?? '')
  )
    return;
  // (With no agent named, the passive is read like any cue: its subject, if any, and its complement.)
  const passive = cue.passive ? passiveStatement(ctx, cue, sentence) : null;
  if (passive || cue.passive === 'after') {
    if (passive) out.push(passive);
    return;
  }
  // A participle opening the sentence ("Asked whether he would resign, Johnson said: …") heads a
  // subordinate clause when another cue follows: that one is the attribution. Where a finite verb always has
  // its subject before it (no dropped subject, no verb second), it does even with no cue after it: "Asked
  // about the final, Lee laughed." reports the reporter's question, which no one in the sentence said.
  if (
    cue.tokStart === sentence.tokStart &&
    !cue.inverted &&
    (cues.some((c) => c.tokStart > cue.tokEnd) || participialOpener(ctx, cue, sentence))
  )
    return;
  // So does one set off after the subject that opens the sentence, before that subject's own cue: "Lee,
  // asked about the plan, said: …". (Not a finite verb with its auxiliary, after the subject's apposition:
  // "Son homologue, Péter Szijjártó, a jugé …, tandis que le ministre, Juraj Blanár, a estimé …".)
  if (
    cue.tokStart >= sentence.tokStart + 2 &&
    !lex.auxiliaries.longestAt(tokens, cue.tokStart) &&
    tokens[cue.tokStart - 1]!.fold === ',' &&
    !inQuote(ctx, cue.tokStart - 1) &&
    parseSpeakerPhrase(ctx, sentence.tokStart, cue.tokStart - 1)?.tokEnd === cue.tokStart - 1 &&
    cues.some((c) => c.tokStart > cue.tokEnd && tokens[c.tokStart - 1]?.fold === ',')
  )
    return;
  const introduces = cue.info.entry.introduces ?? {};
  const clauseOk = introduces.clause !== false;
  const directOk = introduces.direct !== false;
  const parenthetical = clauseOk ? asAttribution(ctx, cue, sentence) : null;
  if (parenthetical) {
    out.push(parenthetical);
    return;
  }
  const previous = clauseOk ? anaphoricAttribution(ctx, cue, sentence) : null;
  if (previous) {
    out.push(previous);
    return;
  }
  // A clitic that takes up what was said, opening the sentence before the cue ("Lo ha detto …"), is no
  // subject: with no statement read back, the cue reports nothing here.
  const clitic = lex.anaphoricContent.longestAt(tokens, sentence.tokStart);
  if (
    clitic &&
    sentence.tokStart + clitic.length === cue.tokStart &&
    lex.determiners.longestAt(tokens, sentence.tokStart)
  )
    return;
  // A quotation opening the sentence belongs to its first cue, whatever follows the cue:
  // "“Q,” Guenther Schuh, e.GO's founder, said inside his factory …", "« Q », a déclaré X à Paris".
  if (directOk && cue === firstCueAfterOpening) {
    openingQuotation(s, cue);
    return;
  }
  const read = cueSpeaker(s, cue);
  if (!read) return;
  // A verb that reports only what a document says ("Darin steht: …") is another verb elsewhere.
  if (cue.info.entry.documentOnly && !documentSpeaker(ctx, read.speaker)) return;
  const { lead, coordinated, after } = read;
  // ("…, а официальный представитель МИД X добавила": the conjunction is the writer's.)
  // (A stance or an intention in a restrictive relative clause is its antecedent's: "counties that may not want
  // to pay".)
  const relativeSubject =
    cue.info.entry.class === 'position' ? restrictiveAntecedent(ctx, sentence, cue.tokStart) : null;
  // (In the positions mode, any cue's relative subject after a comma is its antecedent's: "…, the two largest
  // economies, which vowed to …".)
  const commaRelative =
    !read.speaker && lex.lexicon.relativeSubjectsReport === true
      ? (relativeAntecedent(ctx, sentence, cue.tokStart) ?? null)
      : null;
  const speaker = read.speaker ? withoutConjunction(ctx, read.speaker) : (relativeSubject ?? commaRelative);
  if (nounAfterArticle(ctx, cue, sentence.tokStart, after.at)) return;
  if (ownVoice(ctx, cue, speaker)) return;
  const p = after.at;
  const attrStart = Math.min(cue.start, speaker?.start ?? cue.start);
  const attrEnd = Math.max(cue.end, speaker?.end ?? 0, after.addressee?.end ?? 0);
  const base: Omit<RawStatement, 'parts' | 'kind' | 'trailing'> = {
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    addressee: after.addressee,
    attribution: [attrStart, attrEnd] as [number, number],
    inherits: !speaker,
    sentence,
  };
  if (speaker) subjects.push({ at: cue.tokStart, speaker });
  else {
    const earlier = subjects[subjects.length - 1];
    if (earlier) base.fallbackSpeaker = earlier.speaker;
  }
  const t = tokens[p];
  const entry = cue.info.entry;
  const r: CueReading = {
    cue,
    speaker,
    lead,
    coordinated,
    after,
    p,
    t,
    base,
    attrStart,
    introduces,
    clauseOk,
    directOk,
    entry,
  };
  if (trailingStatement(s, r)) return;
  // Only a verb with a subject, stated or inherited: not a noun ("the demand for coal", "a call for calm").
  const beforeCue = cue.tokStart - 1;
  const evidence = entry.evidence === true && evidenceSubject(ctx, cue.tokStart, sentence.tokStart);
  // (A noun cue reads its possessor as its speaker, the determiner before it included: "her decision to …".)
  const verbal =
    (entry.possessed === true && speaker !== null) ||
    ((speaker !== null ||
      evidence ||
      lead >= 0 ||
      beforeCue < sentence.tokStart ||
      tokens[beforeCue]!.fold === ',' ||
      coordinatedVerb(ctx, cue.tokStart, subjects[subjects.length - 1]?.at) ||
      // (Or after a report whose subject is read later, a plain noun phrase: "The family said … and urged …".)
      coordinatedVerb(ctx, cue.tokStart, earlierCueToken(ctx, out, sentence, cue)) ||
      // (Or, for a stance or an intention, a plain plural noun right before it, whose phrase the statement's
      // speaker is read from later: "many countries agreed to …", "unions want to …".)
      (entry.class === 'position' &&
        beforeCue >= sentence.tokStart &&
        (pluralSubjectAt(ctx, beforeCue, cue.tokStart) ||
          // (Or a determiner and a noun opening the clause: "The jury decided to …".)
          plainSubjectBefore(ctx, cue.tokStart, sentence.tokStart)))) &&
      !(
        beforeCue >= sentence.tokStart &&
        !relativeSubject &&
        (lex.determiners.longestAt(tokens, beforeCue) || lex.prepositions.longestAt(tokens, beforeCue))
      ));
  // An infinitive after the cue or its object: "vowed to fight on", "urged Congress to act".
  if (infinitiveOrObject(s, r, verbal)) return;
  if (clauseOrQuotationAfterCue(s, r)) return;
  objectOrBareClause(s, r, verbal, evidence);
}

/**
 * A quotation opening the sentence belongs to its first cue, whatever follows the cue: "“Q,” Guenther Schuh,
 * e.GO's founder, said inside his factory …", "« Q », a déclaré X à Paris".
 */
function openingQuotation(s: SentenceReading, cue: CueMatch): void {
  const { ctx, sentence, out, subjects, openingEnd } = s;
  const { tokens, text } = ctx;
  const end = sentence.tokEnd;
  const q = ctx.quoteOf[sentence.tokStart]!;
  let speaker: SpeakerPhrase | null = null;
  if (cue.inverted) speaker = invertedPronounPhrase(cue);
  speaker ??= subjectBefore(ctx, cue, sentence);
  if (speaker && (lowerCaseAdverb(ctx, speaker) || objectClitic(ctx, speaker, cue.tokStart))) speaker = null;
  const after = afterCue(ctx, cue, end, !speaker, true);
  // (An indefinite inverted pronoun gives way to the source named after it: "indique-t-on à Matignon".)
  if (after.speaker && speaker?.kind === 'pronoun' && speaker.pronoun?.indefinite) speaker = after.speaker;
  speaker ??= after.speaker;
  // The outlet told between the subject and the cue: "«…», — В Кремле ТАСС сообщили."
  after.addressee ??= toldBeforeCue(ctx, cue, sentence, speaker);
  // Or the name right after the quotation, before an apposition: "“Q,” Schuh, the founder, said".
  if (!speaker) {
    let k = openingEnd;
    if (tokens[k]?.fold === ',') k++;
    const np = parseSpeakerPhrase(ctx, k, cue.tokStart);
    if (np && np.kind !== 'group' && (tokens[np.tokEnd]?.fold === ',' || np.tokEnd === cue.tokStart))
      speaker = np;
  }
  const parts: [number, number][] = [trimRange(text, ...quoteInner(ctx, q))];
  const second = secondPart(ctx, after.at, end);
  if (second) parts.push(second);
  if (speaker) subjects.push({ at: cue.tokStart, speaker });
  // A dropped subject ("«…», añadió.", "\"…\", ha aggiunto."): the last speaker, like a pronoun.
  if (
    !speaker &&
    cue.tokStart === openingEnd + (tokens[openingEnd]?.fold === ',' ? 1 : 0) &&
    clauseOver(ctx, after.at, end) &&
    !out.some((o) => o.sentence === sentence)
  ) {
    speaker = zeroSubject(cue.start, cue.tokStart);
  }
  const attrStart = Math.min(cue.start, speaker?.start ?? cue.start);
  out.push({
    speaker,
    cue: cueText(ctx, cue),
    cueClass: cue.info.entry.class,
    cueStart: cue.start,
    addressee: after.addressee,
    attribution: [attrStart, Math.max(cue.end, speaker?.end ?? 0, after.addressee?.end ?? 0)],
    inherits: !speaker,
    sentence,
    parts,
    kind: 'direct',
    trailing: true,
  });
}

/**
 * Trailing attribution: the content is what comes before the cue in the sentence ("« … », a déclaré X", "…,
 * Smith said in a statement"), with a split quotation's second part or a parenthetical's tail. True when the
 * cue is done with (a statement pushed, or the content already taken by an earlier cue).
 */
function trailingStatement(s: SentenceReading, r: CueReading): boolean {
  const { ctx, sentence, out } = s;
  const { cue, speaker, lead, after, p, base, clauseOk } = r;
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  // A subordinate clause opening the sentence with a report of its own is no content of a later cue: "Während
  // X betonte, …, warnte Y, …" (`Lexicon.clauseOpeners`); that cue reports what follows it.
  const opener = lex.clauseOpeners.longestAt(tokens, sentence.tokStart);
  if (
    opener &&
    out.some(
      (o) =>
        o.sentence === sentence &&
        o.cueStart < cue.start &&
        !o.trailing &&
        o.speaker?.tokStart === sentence.tokStart + opener.length,
    )
  )
    return false;
  // Trailing attribution: the content is what comes before it in the sentence.
  const inverted = !!cue.inverted || !!after.speaker;
  // "Asked about it, O'Neill said, “Not going to go into that.”": a quotation after the comma is the
  // content unless what comes before is itself quoted (a split quotation).
  const quoteAfterComma =
    tokens[p]?.fold === ',' &&
    inQuote(ctx, p + 1) &&
    tokens[p + 1]!.start === ctx.quotes[ctx.quoteOf[p + 1]!]!.open;
  const quoteBefore = lead >= 0 && quotedWithin(ctx, sentence.start, lead + 1);
  const quoteOpensAt =
    p === cue.tokEnd && inQuote(ctx, p) && tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
  // "…, writing “Q”" / "…, adding “Q”": a subjectless participle after a comma introduces the quotation
  // that opens right after it, unless a quotation stands before it (a split quotation).
  const participleIntroduces =
    !speaker &&
    !quoteBefore &&
    cue.tokEnd - cue.tokStart === 1 &&
    (lex.lexicon.progressiveSuffixes ?? []).some((x) => tokens[cue.tokStart]!.fold.endsWith(x)) &&
    inQuote(ctx, p) &&
    tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
  // "X выступил на митинге, заявив, что …": a subjectless cue followed by its complementizer reports what
  // follows, not the clause before it (after a statement of the sentence it continues that one: "«…», -
  // заявила она, добавив, что …").
  // So does a cue with its subject when nothing before it is quoted and the complementizer is no relative
  // pronoun: "Pytany o termin, prezydent X odpowiedział, że …" (the clause before is a setting), but not a
  // cleft: "It is on his watch, Scheer said, that …".
  const complementizer = tokens[p]?.fold === ',' ? lex.complementizers.longestAt(tokens, p + 1) : undefined;
  const clauseFollows =
    (!speaker ||
      (!quoteBefore &&
        complementizer !== undefined &&
        !lex.lexicon.relativePronouns.includes(tokens[p + 1]!.fold))) &&
    tokens[p]?.fold === ',' &&
    !inQuote(ctx, p) &&
    complementizer &&
    (!out.some((o) => o.sentence === sentence) || (speaker !== null && coordinatedSubject(ctx, speaker)));
  if (
    lead >= 0 &&
    !participleIntroduces &&
    !clauseFollows &&
    !(quoteAfterComma && !quoteBefore) &&
    // (A quotation right after the cue, with none before it, is what the cue introduces: "Meanwhile,
    // officials had admitted “…”".)
    !(quoteOpensAt && !quoteBefore) &&
    ((clauseOver(ctx, p, end) && tokens[p]?.fold !== ':') ||
      (inQuote(ctx, p) && tokens[p]!.start === ctx.quotes[ctx.quoteOf[p]!]!.open) ||
      (speaker &&
        // (After its object, the infinitive opener of a cue that takes one opens the content: "warned
        // officials to boost …".)
        !(after.addressee && cue.info.entry.infinitive && lex.infinitiveOpeners.longestAt(tokens, p)) &&
        (shortTail(ctx, p, end, !inverted, false) ||
          // After a setting or an addressee, any short tail: "…, Smith said in a statement released by
          // her office."
          (p > cue.tokEnd && !inQuote(ctx, p - 1) && shortTail(ctx, p, end, false, false)))))
  ) {
    const contentEnd = lead;
    // An attribution inside brackets attributes what the brackets hold: "… (and yes, beards are in, says
    // Lee.)".
    const bracket = openBracketBefore(ctx, sentence.tokStart, cue.tokStart);
    const fromTok = bracket >= 0 ? bracket + 1 : sentence.tokStart;
    const fromChar = fromTok < cue.tokStart ? tokens[fromTok]!.start : sentence.start;
    if (contentEnd > fromChar) {
      const lastTok = tokenAt(ctx, contentEnd, sentence.tokStart, end);
      const { kind, range } = classify(ctx, fromChar, contentEnd, fromTok, lastTok, true);
      // A split quotation already taken by an earlier cue goes on after this one ("“Q1,” Dale said,
      // adding, “Q2”"): this cue only continues it.
      if (
        out.some(
          (o) =>
            o.trailing &&
            o.parts.length > 1 &&
            o.cueStart >= range[0] &&
            o.cueStart < range[1] &&
            o.parts[o.parts.length - 1]![0] > cue.start,
        )
      )
        return true;
      // (Reported words hold a lower-case word, a verb at least: capitalised words and commas alone are the
      // subject and its apposition, "Der Minister, Paul Roth, verteidigte …", or, before a cue whose clause
      // follows it, a dateline or a first title, "Warszawa (PAP) – Prezydent X zapowiedział, że …",
      // "Wicepremier, minister X ocenił, że …"; a headline may be in capitals otherwise.)
      const clauseAfter =
        !inQuote(ctx, p) &&
        (lex.complementizers.longestAt(tokens, p) !== undefined ||
          (tokens[p]?.fold === ',' && lex.complementizers.longestAt(tokens, p + 1) !== undefined));
      const namesOnly =
        kind === 'indirect' &&
        (lex.lexicon.capitalisedNouns === true || clauseAfter) &&
        !tokens
          .slice(fromTok, lastTok)
          .some((t, j) => t.kind === 'word' && !t.upper && !inQuote(ctx, fromTok + j));
      if (range[1] > range[0] && (kind !== 'indirect' || clauseOk) && !namesOnly) {
        const parts: [number, number][] = [range];
        // Split quotation: "« Q1 », a déclaré X, « Q2 »."
        const second = kind === 'direct' ? secondPart(ctx, p, end) : null;
        if (second) parts.push(second);
        // A parenthetical attribution inside a sentence: "Climate change, Mr. Obama often says, is the
        // greatest threat" → the words on both sides (the second may hold a quoted fragment: mixed).
        let tailQuoted = false;
        // The attribution may end on a short adverbial: "These rules, Lee explained at the hearing, are …".
        let comma = p;
        if (isWord(ctx, p) && (lex.prepositions.longestAt(tokens, p) || lex.fillers.longestAt(tokens, p))) {
          for (let k = p + 1; k < end && k - p <= 8; k++) {
            if (tokens[k]!.fold === ',') comma = k;
            if (comma !== p || !isWord(ctx, k)) break;
          }
        }
        if (kind !== 'direct' && !second && tokens[comma]?.fold === ',' && !inQuote(ctx, comma + 1)) {
          let rest = comma + 1;
          // After an inverted subject the comma may open its apposition: the tail follows it ("…, says Jo
          // Li, a judge, the rules are clear"), or there is none ("…, said Jo Li, a lawyer who …").
          const apposition = inverted ? appositionEnd(ctx, rest, end) : -1;
          if (apposition >= 0) rest = tokens[apposition]?.fold === ',' ? apposition + 1 : end;
          const t0 = tokens[rest];
          const startsOk =
            t0 !== undefined &&
            t0.kind === 'word' &&
            !lex.cues.longestAt(tokens, rest) &&
            // (A preposition opens the attribution's adverbial, "…, he said, in a statement", unless a
            // question word follows it: "a model, he said, for how the mill can …".)
            (!lex.prepositions.longestAt(tokens, rest) ||
              (lex.prepositions.longestAt(tokens, rest)!.length === 1 &&
                lex.questionWords.longestAt(tokens, rest + 1) !== undefined) ||
              clauseGoesOn(ctx, rest, end)) &&
            (!lex.conjunctions.longestAt(tokens, rest) || clauseGoesOn(ctx, rest, end)) &&
            // (A relative clause after the speaker describes the speaker: "…, said Lee, whose shop …".)
            // ("that" goes on with the content: "It is on his watch, he said, that …".)
            !(lex.relativePronouns.longestAt(tokens, rest) && !lex.complementizers.longestAt(tokens, rest)) &&
            (!/(ing|ant)$/.test(t0.fold) || gerundSubject(ctx, rest, end));
          if (startsOk) {
            const tail = trimRange(text, t0.start, sentenceEndChar);
            if (tail[1] > tail[0] && wordCount(ctx, tail[0], tail[1]) >= 3) {
              parts.push(tail);
              tailQuoted = quotedWithin(ctx, tail[0], tail[1]);
            }
          }
        }
        // Dialogue dashes open direct speech without quote marks: "— Текст, — сказал он.", "– Tekst – dodał."
        const dialogue =
          kind === 'indirect' && lex.lexicon.dashDialogue === true && opensWithDash(text, sentence.start);
        // No subject and nothing before it in the sentence: a dropped subject ("«…», añadió."), resolved like
        // a pronoun to the last speaker rather than to whatever opens the sentence.
        const dropped =
          !speaker && !out.some((o) => o.sentence === sentence) ? zeroSubject(cue.start, cue.tokStart) : null;
        out.push({
          ...base,
          ...(dropped ? { speaker: dropped } : {}),
          parts,
          kind: dialogue ? 'direct' : tailQuoted ? 'mixed' : kind,
          trailing: true,
          inherits: !speaker && !dropped,
        });
        return true;
      }
    }
  }

  return false;
}

/**
 * The subject of a passive with no agent ("Der Kommission wird Verschleppung vorgeworfen") is not the speaker:
 * the speaker is the one reported last, as for a dropped subject.
 */
export function agentlessPassives(ctx: AttributionContext, cues: CueMatch[], out: RawStatement[]): void {
  const { tokens, lex } = ctx;
  for (const cue of cues) {
    if (!cue.passive) continue;
    const agentMarkers = lex.lexicon.agentMarkers ?? [];
    for (const r of out)
      if (
        r.cueStart === cue.start &&
        r.speaker &&
        r.speaker.tokEnd > r.speaker.tokStart &&
        !agentMarkers.includes(tokens[r.speaker.tokStart - 1]?.fold ?? '')
      ) {
        r.speaker = zeroSubject(cue.start, cue.tokStart);
        r.inherits = false;
      }
  }
}

/** Attribution inside a quotation: "« Q1, a-t-il dit. Q2 »" (French inverted pronoun only: unambiguous). */
export function inversionInQuotations(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  for (let i = sentence.tokStart; i < end; i++) {
    const q = ctx.quoteOf[i]!;
    if (q === -1 || ctx.tokens[i]!.fold !== ',') continue;
    const span = ctx.quotes[q]!;
    const inner = findCues(lex, tokens, i + 1, Math.min(end, i + 6), () => false).find(
      (c) => c.inverted && c.tokStart === i + 1,
    );
    if (!inner) continue;
    const after = tokens[inner.tokEnd];
    if (!after || !['.', ','].includes(after.fold) || after.start >= span.close) continue;
    const first = trimRange(text, innerRange(span)[0], tokens[i]!.start);
    const second = trimRange(text, after.end, innerRange(span)[1]);
    if (first[1] <= first[0] || second[1] <= second[0]) continue;
    out.push({
      speaker: invertedPronounPhrase(inner),
      cue: text.slice(inner.start, inner.end),
      cueClass: inner.info.entry.class,
      cueStart: inner.start,
      attribution: [inner.start, inner.end],
      inherits: false,
      sentence,
      parts: [first, second],
      kind: 'direct',
      trailing: false,
    });
  }
}
