/**
 * Attribution patterns within a sentence unit, turning cues, quotations and "according to" markers into raw
 * statements (speaker phrases not yet resolved):
 * - cue + complement: "X a déclaré (à Y) que …", "X said (that) …", "X told Y …", "X a déclaré : « … »";
 * - trailing attribution: "« … », a déclaré X", "“…,” X said", "…, a-t-il dit", "…, sources said";
 * - split quotations: "« Q1 » …, a déclaré X, « Q2 »" and "« Q1, a-t-il dit. Q2 »";
 * - verbless markers: "selon X, …", "…, according to X";
 * - colon quotations: "X : « … »";
 * - participial cues: "…, Poutine ayant déclaré à Macron qu'…", "…, noting …".
 */
import { foldText } from '../text/normalize';
import { type CueMatch, findCues } from './cues';
import { innerRange } from './quote-spans';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, speakerEndingAt, type SpeakerPhrase } from './speaker-phrase';
import type { CueClass } from './lexicon/types';
import {
  type AttributionContext,
  cueText,
  fillerAt,
  inQuote,
  isWord,
  opensWithDash,
  quotedWithin,
  quoteEndToken,
  quoteInner,
  type RawStatement,
  SENTENCE_END,
  skipFillers,
  tokenAt,
  trimRange,
  wordCount,
  zeroSubject,
} from './attribution-base';
import { labelStatement, paragraphEnd, paragraphStart, signedParagraph, signedQuotations } from './signed';
import { anaphoricAttribution, asAttribution, passiveStatement } from './marked-sources';
import {
  invertedPronounPhrase,
  lowerCaseAdverb,
  nounPhrase,
  nounPhraseEnd,
  obliquePhrase,
  wordRunStart,
} from './noun-phrases';
import {
  auxiliarySoon,
  clauseSubject,
  coordinatedVerb,
  earlierCueToken,
  evidenceSubject,
  frontedPredicative,
  frontedTail,
  frontedWithRelative,
  gerundSubject,
  impersonalCue,
  namedSubject,
  ownVoice,
  pluralSubjectAt,
  sharedSubject,
  subjectAfterFrontedQuote,
  subjectBefore,
  trailingLead,
  trailingNounSubject,
} from './subjects';
import {
  afterCue,
  blockQuoteAt,
  bracketedObject,
  classify,
  colonQuoteAfter,
  complementizerAfterComma,
  infinitiveClause,
  infinitiveContent,
  speechActContent,
  verbSecondClause,
} from './complement';
import {
  appositionEnd,
  clauseBoundaryBefore,
  clauseEndTok,
  clauseGoesOn,
  clauseOver,
  clauseStop,
  endBeforeReportApposition,
  finiteVerbAfterPrefield,
  finiteVerbAt,
  headedBy,
  objectEnd,
  openBracketBefore,
  reportedClauseOpens,
  reportOpensAfter,
  secondPart,
  shortTail,
  subordinateEnd,
  subordinateOpens,
  subordinateWithin,
} from './content-bounds';
import { reportiveWithin } from './reportive';
export { clauseSubject, namedSubject, presentational } from './subjects';
export { obliquePhrase } from './noun-phrases';
export {
  opensWithDash,
  quotedWithin,
  trimRange,
  zeroSubject,
  type AttributionContext,
  type RawStatement,
} from './attribution-base';
export { reportiveMainClause } from './reportive';

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
  if (plural(tokens[cue.tokStart]!.fold) || lex.complementizers.longestAt(tokens, after)) return false;
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

export function statementsInSentence(ctx: AttributionContext, sentence: SentenceUnit): RawStatement[] {
  const { tokens, lex, text } = ctx;
  const out: RawStatement[] = [];
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  // A link to another story ("READ MORE: Minister says …"): its headline is not said here.
  const label = paragraphStart(text, sentence.start)
    ? lex.linkLabels.longestAt(tokens, sentence.tokStart)
    : undefined;
  if (label && tokens[sentence.tokStart + label.length]?.fold === ':') return [];
  // A speaker's label opening a paragraph, with no quotation: transcripts ("SMITH: Well, look, …") and
  // headlines ("Smith: Talks Have Failed") attribute the rest of the paragraph, whatever cues it holds.
  if ((lex.lexicon.colonQuotes ?? true) && paragraphStart(text, sentence.start)) {
    const labelled = labelStatement(ctx, sentence);
    if (labelled) return [labelled];
    // A quoted transcript: each of its paragraphs opens with a mark, then a label ("“WALLACE: …¶“PENCE: …").
    const q = ctx.quoteOf[sentence.tokStart]!;
    if (q !== -1 && tokens[sentence.tokStart]!.start === ctx.quotes[q]!.open) {
      const labels: RawStatement[] = [];
      for (let k = sentence.tokStart; k < end; k++) {
        if (k !== sentence.tokStart && tokens[k - 1]!.kind !== 'break') continue;
        const from = tokens[k]!.kind === 'punct' && tokens[k]!.fold === '"' ? k + 1 : k;
        const label = from < end ? labelStatement(ctx, sentence, from, true) : null;
        if (label) labels.push(label);
      }
      if (labels.length > 0) return labels;
    }
  }
  const cues = findCues(lex, tokens, sentence.tokStart, end, (i) => inQuote(ctx, i));
  const subjects: { at: number; speaker: SpeakerPhrase }[] = [];
  // The first cue after a quotation that opens the sentence (at most 20 tokens after it, no other quotation).
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

  for (const cue of cues) {
    // A cue in its base form opening the sentence has no subject (`baseFormFirst`): an imperative, the writer's own ("Note that
    // …"), or the first word of a name ("Hope Hicks, a spokeswoman, …"); nobody is reported.
    if (
      lex.lexicon.baseFormFirst === true &&
      cue.tokStart === sentence.tokStart &&
      cue.tokEnd - cue.tokStart === 1 &&
      tokens[cue.tokStart]!.fold === foldText(cue.info.entry.forms[0] ?? '')
    )
      continue;
    // (With no agent named, the passive is read like any cue: its subject, if any, and its complement.)
    const passive = cue.passive ? passiveStatement(ctx, cue, sentence) : null;
    if (passive || cue.passive === 'after') {
      if (passive) out.push(passive);
      continue;
    }
    // A participle opening the sentence ("Asked whether he would resign, Johnson said: …") heads a
    // subordinate clause when another cue follows: that one is the attribution.
    if (cue.tokStart === sentence.tokStart && !cue.inverted && cues.some((c) => c.tokStart > cue.tokEnd))
      continue;
    // So does one set off after the subject that opens the sentence, before that subject's own cue: "Lee,
    // asked about the plan, said: …".
    if (
      cue.tokStart >= sentence.tokStart + 2 &&
      tokens[cue.tokStart - 1]!.fold === ',' &&
      !inQuote(ctx, cue.tokStart - 1) &&
      parseSpeakerPhrase(ctx, sentence.tokStart, cue.tokStart - 1)?.tokEnd === cue.tokStart - 1 &&
      cues.some((c) => c.tokStart > cue.tokEnd && tokens[c.tokStart - 1]?.fold === ',')
    )
      continue;
    const introduces = cue.info.entry.introduces ?? {};
    const clauseOk = introduces.clause !== false;
    const directOk = introduces.direct !== false;
    const parenthetical = clauseOk ? asAttribution(ctx, cue, sentence) : null;
    if (parenthetical) {
      out.push(parenthetical);
      continue;
    }
    const previous = clauseOk ? anaphoricAttribution(ctx, cue, sentence) : null;
    if (previous) {
      out.push(previous);
      continue;
    }
    // A quotation opening the sentence belongs to its first cue, whatever follows the cue:
    // "“Q,” Guenther Schuh, e.GO's founder, said inside his factory …", "« Q », a déclaré X à Paris".
    if (directOk && cue === firstCueAfterOpening) {
      const q = ctx.quoteOf[sentence.tokStart]!;
      let speaker: SpeakerPhrase | null = null;
      if (cue.inverted) speaker = invertedPronounPhrase(cue);
      speaker ??= subjectBefore(ctx, cue, sentence);
      if (speaker && lowerCaseAdverb(ctx, speaker)) speaker = null;
      const after = afterCue(ctx, cue, end, !speaker, true);
      speaker ??= after.speaker;
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
      continue;
    }
    let speaker: SpeakerPhrase | null = null;
    if (cue.inverted) speaker = invertedPronounPhrase(cue);
    let left = speaker ? null : subjectBefore(ctx, cue, sentence);
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
    let frontedPhrase = false;
    // (Only in the clause the phrase opens: "Bei X handelt es sich um Y, von dem die Polizei glaubt, …".)
    if (
      v2 &&
      left &&
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
        (!left &&
          !frontedPhrase &&
          tokens[cue.tokStart - 1]?.fold === ',' &&
          !inQuote(ctx, cue.tokStart - 1)))
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
      if (
        np &&
        np.kind !== 'group' &&
        (!pronoun || ((pronoun.person ?? 3) === 3 && pronoun.gender !== 'n'))
      ) {
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
    if (cue.info.entry.adverbial)
      left = namedSubject(ctx, sentence) ?? subjectAfterFrontedQuote(ctx, cue, end);
    if (left) speaker = left;
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
    // "Gleichzeitig betonte sie, …": the complement starts after the pronoun.
    if (pronounBeforeComplement > after.at) after.at = pronounBeforeComplement;
    if (
      !speaker &&
      lead < 0 &&
      lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      !clauseBoundaryBefore(ctx, cue, sentence) &&
      !reportOpensAfter(ctx, after.at, end) &&
      !(cue.info.entry.evidence && evidenceSubject(ctx, cue.tokStart, sentence.tokStart))
    )
      continue;
    // After a possessive the homograph is a noun ("the editor's note: …", "the mayor's remarks"); only a
    // complementizer makes it report ("Trump's claim that …").
    if (
      lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      cue.tokStart >= sentence.tokStart + 2 &&
      tokens[cue.tokStart - 2]!.fold === "'" &&
      tokens[cue.tokStart - 2]!.end === tokens[cue.tokStart - 1]!.start &&
      !lex.complementizers.longestAt(tokens, after.at)
    )
      continue;
    // The subject ends before the preposition its verb governs: "spricht die Polizei | von weniger Krawallen".
    if (speaker && cue.info.entry.governs && speaker.tokStart >= cue.tokEnd) {
      const governs = cue.info.entry.governs.map((g) => foldText(g));
      for (let k = speaker.tokStart + 1; k < speaker.tokEnd; k++) {
        if (!governs.includes(tokens[k]!.fold)) continue;
        speaker = parseSpeakerPhrase(ctx, speaker.tokStart, k) ?? speaker;
        break;
      }
    }
    if (nounAfterArticle(ctx, cue, sentence.tokStart, after.at)) continue;
    if (ownVoice(ctx, cue, speaker)) continue;
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
    const clauseFollows =
      !speaker &&
      tokens[p]?.fold === ',' &&
      !inQuote(ctx, p) &&
      lex.complementizers.longestAt(tokens, p + 1) &&
      !out.some((o) => o.sentence === sentence);
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
          continue;
        // (Where every noun is capitalised, reported words hold a lower-case word, a verb at least: capitalised
        // words and commas alone are the subject and its apposition, "Der Minister, Paul Roth, verteidigte …".)
        const namesOnly =
          kind === 'indirect' &&
          lex.lexicon.capitalisedNouns === true &&
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
              !(
                lex.relativePronouns.longestAt(tokens, rest) && !lex.complementizers.longestAt(tokens, rest)
              ) &&
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
            !speaker && !out.some((o) => o.sentence === sentence)
              ? zeroSubject(cue.start, cue.tokStart)
              : null;
          out.push({
            ...base,
            ...(dropped ? { speaker: dropped } : {}),
            parts,
            kind: dialogue ? 'direct' : tailQuoted ? 'mixed' : kind,
            trailing: true,
            inherits: !speaker && !dropped,
          });
          continue;
        }
      }
    }

    // An infinitive after the cue or its object: "vowed to fight on", "urged Congress to act".
    const entry = cue.info.entry;
    // Only a verb with a subject, stated or inherited: not a noun ("the demand for coal", "a call for calm").
    const beforeCue = cue.tokStart - 1;
    const evidence = entry.evidence === true && evidenceSubject(ctx, cue.tokStart, sentence.tokStart);
    const verbal =
      (speaker !== null ||
        evidence ||
        lead >= 0 ||
        beforeCue < sentence.tokStart ||
        tokens[beforeCue]!.fold === ',' ||
        coordinatedVerb(ctx, cue.tokStart, subjects[subjects.length - 1]?.at) ||
        // (Or after a report whose subject is read later, a plain noun phrase: "The family said … and urged …".)
        coordinatedVerb(ctx, cue.tokStart, earlierCueToken(ctx, out, sentence, cue))) &&
      !(
        beforeCue >= sentence.tokStart &&
        (lex.determiners.longestAt(tokens, beforeCue) || lex.prepositions.longestAt(tokens, beforeCue))
      );
    // A demand made to someone after a plain noun phrase opening the clause: "The family has called on police
    // to …" (not a noun: "challenges and demands around …").
    const demandSubject =
      entry.infinitive === true &&
      entry.addresseeObject === true &&
      !lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
      clauseSubject(ctx, sentence, cue.start) !== null;
    if (entry.infinitive && (verbal || demandSubject)) {
      const content = infinitiveContent(ctx, p, end, after.addressee);
      if (content >= 0) {
        const first = tokenAt(ctx, content, sentence.tokStart, end);
        const { kind, range } = classify(
          ctx,
          content,
          clauseStop(ctx, first, end, sentenceEndChar, sentence.tokStart),
          first,
          end,
        );
        if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
          // The object belongs to the content, not to the attribution.
          const attribution: [number, number] = [attrStart, Math.max(cue.end, speaker?.end ?? 0)];
          out.push({ ...base, addressee: undefined, attribution, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    // A speech act whose object stands inside a verb bracket and that ends its clause: "X kündigte den Abzug
    // an.", "X hat seinen Rücktritt bekannt gegeben.", "X wies die Vorwürfe zurück." (`objectReports`).
    if (
      lex.lexicon.objectReports &&
      introduces.object !== false &&
      speaker &&
      speaker.kind !== 'pronoun' &&
      cue.tokStart > sentence.tokStart &&
      (!t || (t.kind === 'punct' && SENTENCE_END.has(t.fold) && !inQuote(ctx, p))) &&
      bracketedObject(ctx, cue, speaker, end)
    ) {
      const objectEnd = cue.particle?.tokStart ?? cue.bracket?.tokEnd ?? p;
      let content = speechActContent(ctx, sentence, objectEnd);
      // A second predicate sharing the subject reports its own part, from the conjunction on: "spricht von
      // einer „…“ | und sieht dies als Zeichen der Hilfsbereitschaft".
      if (!speaker && content.kind !== 'direct') {
        const range = trimRange(text, tokens[cue.tokStart - 1]!.start, sentenceEndChar);
        content = { parts: [range], kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect' };
      }
      if (!entry.quotedObjectOnly || content.kind === 'direct') {
        out.push({ ...base, ...content, trailing: false });
        continue;
      }
    }
    if (!t) continue;
    // Complementizer: "a déclaré que …", "said that …"; German and the Slavic languages put a comma before
    // it ("sagte, dass …", "заявил, что …", "powiedział, że …").
    let pc = t.fold === ',' && !inQuote(ctx, p) && lex.complementizers.longestAt(tokens, p + 1) ? p + 1 : p;
    // Verb second puts adverbials and appositions between the cue and its clause: "sagte zu den
    // Anschuldigungen, dass …", "sagte General X, Kommandant des Corps, ohne … zu verweisen, dass …".
    if (lex.lexicon.verbSecond && !lex.complementizers.longestAt(tokens, pc)) {
      const far = complementizerAfterComma(ctx, p, end);
      if (far >= 0) pc = far;
    } else if (t.fold === ',' && pc === p && !inQuote(ctx, p)) {
      // Elsewhere an adverbial set off by commas may part them: "said, in a rare interview, that …".
      const far = complementizerAfterComma(ctx, p + 1, Math.min(end, p + 14));
      let plain = far >= 0;
      for (let k = p + 1; plain && k < far; k++) if (lex.cues.longestAt(tokens, k)) plain = false;
      if (plain) pc = far;
    }
    // A short prepositional phrase before the complementizer: "avait révélé à la mi-août que",
    // "said on its website that".
    if (
      !lex.complementizers.longestAt(tokens, pc) &&
      !inQuote(ctx, pc) &&
      (lex.prepositions.longestAt(tokens, pc) || lex.addresseeMarkers.longestAt(tokens, pc))
    ) {
      // Commas may set off a place name inside it: "said at a rally in Toledo, Ohio, that …".
      for (let k = pc + 1; k < Math.min(end, pc + 12); k++) {
        if (
          tokens[k]!.fold === ',' &&
          tokens[k - 1]!.upper &&
          isWord(ctx, k + 1) &&
          (tokens[k + 1]!.upper || lex.complementizers.longestAt(tokens, k + 1))
        )
          continue;
        // A possessive inside it: "said in his New Year's speech he was ready".
        if (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]!.end && isWord(ctx, k + 1))
          continue;
        if (tokens[k]!.kind !== 'word' || inQuote(ctx, k)) break;
        // Or, where the complementizer may be dropped, a subject pronoun: "said in his speech he was ready".
        const pronoun = lex.pronouns.longestAt(tokens, k);
        if (
          lex.complementizers.longestAt(tokens, k) ||
          (lex.lexicon.zeroComplementizer && pronoun && (pronoun.value.person ?? 3) === 3 && clauseOk)
        ) {
          pc = k;
          break;
        }
      }
    }
    // A reported question keeps its question word: "asked whether the plant would close".
    const question = !inQuote(ctx, pc) && clauseOk ? lex.questionWords.longestAt(tokens, pc) : undefined;
    if (question && isWord(ctx, pc + question.length)) {
      const stop = clauseStop(ctx, pc, end, sentenceEndChar, sentence.tokStart);
      const { kind, range } = classify(ctx, tokens[pc]!.start, stop, pc, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    const comp = !inQuote(ctx, pc) ? lex.complementizers.longestAt(tokens, pc) : undefined;
    if (comp && clauseOk) {
      // "said that's wrong": a complementizer carrying a clitic is a demonstrative, the content's subject.
      const next = tokens[pc + comp.length];
      const subject = next?.fold === "'" && next.start === tokens[pc + comp.length - 1]!.end;
      const from = subject ? tokens[pc]!.start : (next?.start ?? sentenceEndChar);
      const stop = clauseStop(ctx, pc + comp.length, end, sentenceEndChar, sentence.tokStart);
      const classified = classify(ctx, from, stop, pc + comp.length, end);
      // "said that “…”": the complementizer is the reporter's syntax around the quoted words, so the
      // statement may count as mixed (marks kept) rather than direct (`quotedClauseIsMixed`).
      const { kind, range } =
        classified.kind === 'direct' && lex.lexicon.quotedClauseIsMixed === true
          ? { kind: 'mixed' as const, range: trimRange(text, from, stop) }
          : classified;
      if (range[1] > range[0]) out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    if (pc !== p && clauseOk && !inQuote(ctx, pc) && lex.pronouns.longestAt(tokens, pc)) {
      const { kind, range } = classify(
        ctx,
        tokens[pc]!.start,
        clauseStop(ctx, pc, end, sentenceEndChar, sentence.tokStart),
        pc,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // A clause after a comma with no complementizer, marked as reported by its verb form (German Konjunktiv
    // I: "sagte, die Regierung werde …"; `reportiveMarkers`).
    if (
      t.fold === ',' &&
      clauseOk &&
      !inQuote(ctx, p) &&
      p + 1 < end &&
      (reportiveWithin(ctx, p + 1, end) ||
        reportiveWithin(ctx, p + 1, end, true) ||
        infinitiveClause(ctx, p + 1, end) ||
        verbSecondClause(ctx, p + 1, end))
    ) {
      const { kind, range } = classify(
        ctx,
        tokens[p + 1]!.start,
        clauseStop(ctx, p + 1, end, sentenceEndChar, sentence.tokStart),
        p + 1,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // Colon, then a quotation or a clause: "a déclaré : « … »".
    let k = p;
    if ((t.fold === ':' || t.fold === ',') && !inQuote(ctx, p)) k = p + 1;
    if (inQuote(ctx, k) && tokens[k]!.start === ctx.quotes[ctx.quoteOf[k]!]!.open && directOk) {
      const qEnd = quoteEndToken(ctx, k, end);
      const q = ctx.quoteOf[k]!;
      // (A cue that introduces nothing but a quotation takes the one right after it whole, whatever follows:
      // "versuchte mit den Worten „…“ zu beruhigen".)
      if (clauseOver(ctx, qEnd, end) || (!clauseOk && !introduces.object)) {
        out.push({
          ...base,
          parts: [trimRange(text, ...quoteInner(ctx, q))],
          kind: 'direct',
          trailing: false,
        });
      } else if (clauseOk || introduces.object) {
        const { kind, range } = classify(ctx, tokens[k]!.start, sentenceEndChar, k, end);
        if (range[1] > range[0]) out.push({ ...base, parts: [range], kind, trailing: false });
      }
      continue;
    }
    // A colon that ends the paragraph introduces a block quotation opening the next one: "X reports:¶“…”".
    const block = t.fold === ':' && directOk && !inQuote(ctx, p) ? blockQuoteAt(ctx, p + 1, p + 1) : -1;
    if (block >= 0) {
      out.push({
        ...base,
        parts: [trimRange(text, ...quoteInner(ctx, ctx.quoteOf[block]!))],
        kind: 'direct',
        trailing: false,
      });
      continue;
    }
    // Or a block quotation set without marks (a page's blockquote): the next paragraph, the colon ending this one.
    if (
      t.fold === ':' &&
      clauseOk &&
      !entry.needsComplementizer &&
      !inQuote(ctx, p) &&
      tokens[p + 1]?.kind === 'break'
    ) {
      const first = p + 2;
      const last = first < tokens.length ? paragraphEnd(ctx, first) : first;
      const stopChar = last < tokens.length ? tokens[last]!.start : text.length;
      const { kind, range } =
        first < last
          ? classify(ctx, tokens[first]!.start, stopChar, first, last)
          : { kind: 'indirect' as const, range: [0, 0] as [number, number] };
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    if (t.fold === ':' && clauseOk && !entry.needsComplementizer && !inQuote(ctx, p)) {
      const from = tokens[p + 1]?.start ?? sentenceEndChar;
      const { kind, range } = classify(ctx, from, sentenceEndChar, p + 1, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
      continue;
    }
    // A colon quotation further on in the cue's clause: "sagte zu den Überschwemmungen: „…“", "kommentierte
    // den Sachverhalt mit den Worten: „…“", "said in a statement on Monday: “…”".
    const colon = directOk && !inQuote(ctx, p) ? colonQuoteAfter(ctx, p, end) : -1;
    if (colon >= 0) {
      out.push({
        ...base,
        parts: [trimRange(text, ...quoteInner(ctx, ctx.quoteOf[colon]!))],
        kind: 'direct',
        trailing: false,
      });
      continue;
    }
    // A colon after the cue's short object opens the clause: "предупредил журналистов: ситуация …".
    if (clauseOk && !entry.needsComplementizer && isWord(ctx, p) && !inQuote(ctx, p)) {
      let j = p;
      while (
        j < end &&
        j - p < 4 &&
        isWord(ctx, j) &&
        !inQuote(ctx, j) &&
        !lex.complementizers.longestAt(tokens, j) &&
        !lex.cues.longestAt(tokens, j)
      )
        j++;
      if (
        j > p &&
        tokens[j]?.fold === ':' &&
        !inQuote(ctx, j) &&
        isWord(ctx, j + 1) &&
        !inQuote(ctx, j + 1)
      ) {
        const { kind, range } = classify(ctx, tokens[j + 1]!.start, sentenceEndChar, j + 1, end);
        if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    if (t.kind !== 'word' || inQuote(ctx, p)) continue;
    // Verb second: after a closed verb bracket ("hat angekündigt", "kündigte … an") an infinitive clause may
    // follow without its comma: "hatte angekündigt bei der Wahl erneut anzutreten".
    if (
      lex.lexicon.verbSecond &&
      clauseOk &&
      (cue.info.participle || cue.particle) &&
      !inQuote(ctx, p) &&
      !lex.complementizers.longestAt(tokens, p) &&
      infinitiveClause(ctx, p, clauseEndTok(ctx, p, end))
    ) {
      const stop = clauseEndTok(ctx, p, end);
      const { kind, range } = classify(
        ctx,
        tokens[p]!.start,
        tokens[stop]?.start ?? sentenceEndChar,
        p,
        stop,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // A naming verb where speech acts report their whole clause (`objectReports`): "bezeichnete den Plan als
    // Irrweg" → the clause; a quoted name alone is the quotation ("nannte ihn einen „Verräter“").
    const naming = entry.objectAs === true && lex.lexicon.objectReports === true;
    if (naming && verbal && !inQuote(ctx, p) && !lex.prepositions.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      let marker = -1;
      for (let k = p + 1; k < stop && k - p <= 10 && marker < 0; k++)
        if (lex.predicativeMarkers.longestAt(tokens, k) && !inQuote(ctx, k)) marker = k;
      // The quotation closes the clause, or the predicate after "als" is one and a conjunction follows it
      // ("als „Zumutung“ und kündigte an, …").
      let q = stop - 1 > p ? ctx.quoteOf[stop - 1]! : -1;
      let quotedName = q !== -1 && tokens[stop - 1]!.start === ctx.quotes[q]!.close;
      if (!quotedName && marker > p) {
        const k = marker + 1 + (lex.determiners.longestAt(tokens, marker + 1)?.length ?? 0);
        const after =
          inQuote(ctx, k) && tokens[k]!.start === ctx.quotes[ctx.quoteOf[k]!]!.open
            ? quoteEndToken(ctx, k, end)
            : -1;
        if (after > k && (clauseOver(ctx, after, end) || lex.conjunctions.longestAt(tokens, after))) {
          q = ctx.quoteOf[k]!;
          quotedName = true;
        }
      }
      if (quotedName) {
        const inner = trimRange(text, ...quoteInner(ctx, q));
        if (inner[1] > inner[0]) {
          out.push({ ...base, parts: [inner], kind: 'direct', trailing: false });
          continue;
        }
      } else if (marker > p && isWord(ctx, marker + 1)) {
        // (A second predicate sharing the subject reports from its conjunction on: "… und sieht dies als …".)
        const from = !speaker && coordinated ? tokens[cue.tokStart - 1]!.start : sentence.start;
        const range = trimRange(text, from, stopChar);
        out.push({
          ...base,
          parts: [range],
          kind: quotedWithin(ctx, ...range) ? 'mixed' : 'indirect',
          trailing: false,
        });
        continue;
      }
    }
    // A speech act with a noun-phrase object reports the whole sentence ("Die Polizei spricht von 400 Autos.",
    // "X kündigte seinen Rücktritt an.") where the lexicon says so (`objectReports`).
    if (
      lex.lexicon.objectReports &&
      introduces.object !== false &&
      ((speaker &&
        (speaker.kind !== 'pronoun' ||
          (speaker.tokStart === skipFillers(ctx, cue.tokEnd, end) && !speaker.pronoun?.indefinite))) ||
        (!speaker && coordinated && base.fallbackSpeaker)) &&
      cue.tokStart > sentence.tokStart &&
      !inQuote(ctx, p)
    ) {
      let objectEnd = p;
      while (objectEnd < end && !(tokens[objectEnd]!.kind === 'punct' && !inQuote(ctx, objectEnd))) {
        // (A quoted object followed by a second predicate ends there: "spricht von einer „…“ und sieht …".)
        const closesQuote = objectEnd > p && inQuote(ctx, objectEnd - 1) && !inQuote(ctx, objectEnd);
        if (closesQuote && lex.conjunctions.longestAt(tokens, objectEnd)) break;
        objectEnd++;
      }
      const content = speechActContent(ctx, sentence, objectEnd);
      if (!entry.quotedObjectOnly || content.kind === 'direct') {
        out.push({ ...base, ...content, trailing: false });
        continue;
      }
    }
    // An object holding a quoted fragment: "a salué comme un « signal positif » les pourparlers …".
    if (introduces.object && !naming) {
      let stop = p;
      while (stop < end && !['-', ';', '('].includes(tokens[stop]!.fold)) stop++;
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (kind === 'mixed' && range[1] > range[0]) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // An object and its predicate: "described the plan as reckless" (up to the clause's end).
    if (entry.objectAs && verbal && !inQuote(ctx, p) && !lex.prepositions.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      let marker = -1;
      for (let k = p + 1; k < stop && k - p <= 10; k++)
        if (lex.predicativeMarkers.longestAt(tokens, k)) {
          marker = k;
          break;
        }
      if (marker > p && isWord(ctx, marker + 1)) {
        const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
        const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
        if (range[1] > range[0]) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    // A demand's object: "called for a ceasefire", "demanded an apology" (up to the clause's end).
    if ((entry.objectContent || evidence) && verbal && !lex.complementizers.longestAt(tokens, p)) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // No complementizer: "said he would…", "a déclaré il étudiera…" (only before a subject pronoun when
    // the language does not drop its complementizer).
    if (!clauseOk || entry.needsComplementizer) continue;
    // A report inside a relative clause whose verb follows the cue: "donations, which he said were tied to
    // favors", "a plan that officials say would double …" — the rest of the relative clause is the content.
    if (
      speaker &&
      speaker.tokStart > sentence.tokStart &&
      (lex.relativePronouns.longestAt(tokens, speaker.tokStart - 1) ||
        lex.questionWords.longestAt(tokens, speaker.tokStart - 1)) &&
      !inQuote(ctx, p) &&
      lex.auxiliaries.matchAt(tokens, p).some((m) => m.length === 1)
    ) {
      const stop = objectEnd(ctx, p, end);
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[p]!.start, stopChar, p, stop);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        continue;
      }
    }
    // Or a subordinate clause before the reported main clause: "said while many have received help, this
    // was often not the case" (the subordinator, a comma, then the main clause).
    if (lex.lexicon.zeroComplementizer && speaker && !lex.lexicon.verbSecond) {
      const sub = lex.subordinators.longestAt(tokens, p);
      let comma = -1;
      for (let k = p + 1; sub && k < end && k - p <= 25; k++) {
        if (inQuote(ctx, k)) continue;
        if (tokens[k]!.kind !== 'punct') continue;
        if (tokens[k]!.fold === ',' && isWord(ctx, k + 1)) comma = k;
        break;
      }
      if (comma > p + 2) {
        const { kind, range } = classify(
          ctx,
          tokens[p]!.start,
          clauseStop(ctx, comma + 1, end, sentenceEndChar, sentence.tokStart),
          p,
          end,
        );
        if (range[1] > range[0]) {
          out.push({ ...base, parts: [range], kind, trailing: false });
          continue;
        }
      }
    }
    const startsWithPronoun = lex.pronouns.longestAt(tokens, p) !== undefined;
    const startsWithDeterminerOrName =
      lex.determiners.longestAt(tokens, p) !== undefined ||
      (tokens[p]!.upper && lex.prepositions.longestAt(tokens, p) === undefined);
    const lowerStart =
      !tokens[p]!.upper &&
      !lex.conjunctions.longestAt(tokens, p) &&
      !lex.complementizers.longestAt(tokens, p);
    if (
      startsWithPronoun ||
      (lex.lexicon.zeroComplementizer &&
        (((startsWithDeterminerOrName || (lowerStart && speaker !== null && pluralSubjectAt(ctx, p, end))) &&
          cue.info.entry.bareClause) ||
          ((startsWithDeterminerOrName || lowerStart) && auxiliarySoon(ctx, p, end))))
    ) {
      // "said this week …" is a time; "said this may …" opens a clause with a demonstrative subject.
      const subjectOfAuxiliary = lex.auxiliaries.matchAt(tokens, p + 1).some((m) => m.length === 1);
      if ((lex.prepositions.longestAt(tokens, p) || fillerAt(ctx, p)) && !subjectOfAuxiliary) continue;
      if (
        !speaker &&
        lead < 0 &&
        !startsWithPronoun &&
        !startsWithDeterminerOrName &&
        !clauseSubject(ctx, sentence, cue.start)
      )
        continue;
      const { kind, range } = classify(
        ctx,
        tokens[p]!.start,
        clauseStop(ctx, p, end, sentenceEndChar, sentence.tokStart),
        p,
        end,
      );
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
        out.push({ ...base, parts: [range], kind, trailing: false });
    }
  }

  // The subject of a passive with no agent ("Der Kommission wird Verschleppung vorgeworfen") is not the
  // speaker: the speaker is the one reported last, as for a dropped subject.
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

  // "Selon X, …" / "…, selon X." / "according to X, …".
  for (let i = sentence.tokStart; i < end; i++) {
    if (inQuote(ctx, i) || !isWord(ctx, i)) continue;
    const m = lex.accordingTo.longestAt(tokens, i);
    if (!m) continue;
    const marker = m.value;
    const markerEnd = i + m.length;
    // Verb second: a source named inside what a cue before it reports is part of that report ("Wie der
    // Sprecher mitteilte, ist die Anlage nach Auffassung der Ministerin sicher."): the speaker stays the cue's.
    const at = tokens[i]!.start;
    if (
      lex.lexicon.verbSecond &&
      !marker.refersBack &&
      out.some((r) => r.attribution[1] <= at && r.parts.some(([a, b]) => a < at && at < b))
    )
      continue;
    // Sentence-initial markers may follow a conjunction or a connective and its comma ("Cependant, pour X, …").
    const initial =
      i === sentence.tokStart ||
      (lex.conjunctions.longestAt(tokens, sentence.tokStart) && i === sentence.tokStart + 1) ||
      (i === sentence.tokStart + 2 && tokens[i - 1]!.fold === ',' && isWord(ctx, sentence.tokStart));
    if (marker.sentenceInitialOnly && !initial && !marker.clauseFinalOnly) continue;
    // A marker allowed at either edge ("Per Conte, …" / "…, per Conte.") is read at the start as a sentence-
    // initial one, elsewhere as a clause-final one.
    const finalOnly = marker.clauseFinalOnly === true && !(marker.sentenceInitialOnly && initial);
    let np: SpeakerPhrase | null;
    if (marker.refersBack) {
      // "по его словам", "jego zdaniem", "demnach": the marker holds its own pronoun, resolved like one.
      const pronoun = {
        form: text.slice(tokens[i]!.start, tokens[markerEnd - 1]!.end),
        ...marker.refersBack,
      };
      np = {
        tokStart: i,
        tokEnd: markerEnd,
        start: tokens[i]!.start,
        end: tokens[markerEnd - 1]!.end,
        kind: 'pronoun',
        pronoun,
        gender: pronoun.gender,
        number: pronoun.number,
      };
    } else if (marker.speaker === 'before') {
      // (Before a noun phrase the word is a preposition that governs it: "die Angaben nach dem Unfall"; with
      // no head noun just before it, it is one too. Both are checked first: such a word is frequent.)
      const governs =
        marker.heads !== undefined &&
        isWord(ctx, markerEnd) &&
        (lex.determiners.longestAt(tokens, markerEnd) !== undefined ||
          /^\p{N}/u.test(tokens[markerEnd]!.fold) ||
          (tokens[markerEnd]!.upper && lex.lexicon.capitalisedNouns === true));
      const headNear =
        marker.heads === undefined || headedBy(ctx, Math.max(sentence.tokStart, i - 8), i, marker.heads);
      np = governs || !headNear ? null : speakerEndingAt(ctx, sentence.tokStart, i);
      if (np && marker.heads && !headedBy(ctx, np.tokStart, np.tokEnd, marker.heads)) np = null;
    } else np = parseSpeakerPhrase(ctx, markerEnd, end);
    // Verb second: a lower-case word right after a fronted marker is the verb ("Nach ersten Angaben sollen
    // …"), not the start of a source.
    if (
      lex.lexicon.verbSecond &&
      np &&
      np.kind !== 'pronoun' &&
      marker.speaker !== 'before' &&
      isWord(ctx, markerEnd) &&
      !tokens[markerEnd]!.upper &&
      !lex.determiners.longestAt(tokens, markerEnd)
    )
      np = null;
    if (lex.lexicon.verbSecond && !marker.refersBack && marker.speaker !== 'before') {
      // German capitalises nouns: the source after "nach Angaben", "laut" runs over determiners, adjectives,
      // nouns and genitive links ("der Gewerkschaft Nahrung-Genuss-Gaststätten", "von n24") up to the verb;
      // with nothing after the marker ("Nach ersten Untersuchungen sind …") the marker names the source.
      const phraseEnd = nounPhraseEnd(ctx, markerEnd, end);
      // A bare plural source ends the phrase unless a genitive link follows ("laut Medienberichten Geld …").
      const plural = lex.sourcePlurals.longestAt(tokens, markerEnd);
      if (
        plural &&
        isWord(ctx, markerEnd + plural.length) &&
        !lex.linkers.longestAt(tokens, markerEnd + plural.length)
      )
        np = nounPhrase(ctx, markerEnd, markerEnd + plural.length);
      else if (phraseEnd > markerEnd && (!np || np.tokEnd < phraseEnd))
        np = nounPhrase(ctx, markerEnd, phraseEnd);
      else if (
        phraseEnd < 0 &&
        !np &&
        m.length > 1 &&
        !finalOnly &&
        (isWord(ctx, markerEnd) || (tokens[markerEnd]?.fold === ',' && i === sentence.tokStart))
      ) {
        np = nounPhrase(ctx, i + 1, markerEnd);
      }
    }
    // Any source up to the clause's end: "according to the most recent numbers from Statistics Canada,",
    // "…, selon une étude publiée lundi par l'institut." (at most twelve words).
    if (
      !lex.lexicon.verbSecond &&
      !marker.sentenceInitialOnly &&
      marker.speaker !== 'before' &&
      !marker.refersBack &&
      isWord(ctx, markerEnd) &&
      !inQuote(ctx, markerEnd)
    ) {
      let stop = markerEnd;
      // (Hyphenated words count as words: "a 52-count complaint".)
      const glued = (k: number) =>
        (tokens[k]!.fold === '-' || tokens[k]!.fold === "'") &&
        tokens[k]!.start === tokens[k - 1]?.end &&
        isWord(ctx, k + 1) &&
        tokens[k + 1]!.start === tokens[k]!.end;
      while (
        stop < end &&
        (isWord(ctx, stop) || glued(stop)) &&
        !inQuote(ctx, stop) &&
        stop - markerEnd <= 20
      )
        stop++;
      const closes = stop >= end || (tokens[stop]!.kind !== 'word' && !inQuote(ctx, stop));
      const det = lex.determiners.longestAt(tokens, markerEnd);
      // A bare common noun after a one-word marker is no source ("Pour mémoire, …"); after a multiword marker
      // it is ("according to exit polls, …"). A long source only opens the sentence before a comma.
      if (
        closes &&
        (stop - markerEnd <= 12 ||
          (stop - markerEnd <= 20 && i === sentence.tokStart && tokens[stop]?.fold === ',')) &&
        (!np || np.tokEnd < stop) &&
        (det || tokens[markerEnd]!.upper || (m.length > 1 && stop - markerEnd >= 2))
      ) {
        const from = det && markerEnd + det.length < stop ? markerEnd + det.length : markerEnd;
        const phrase = nounPhrase(ctx, from, stop);
        np = { ...phrase, tokStart: markerEnd, start: tokens[markerEnd]!.start };
      }
    }
    if (!np) continue;
    // Verb second, inside the clause: a name in commas after the source is its apposition, and the clause goes
    // on after it ("stellt nach Angaben des Sprechers, Paul Berg, ein Risiko dar").
    let apposition = -1;
    if (
      lex.lexicon.verbSecond &&
      np.kind !== 'pronoun' &&
      i > sentence.tokStart &&
      tokens[np.tokEnd]?.fold === ','
    ) {
      const name = parseSpeakerPhrase(ctx, np.tokEnd + 1, end);
      const close = name?.tokEnd ?? -1;
      if (
        name?.kind === 'person' &&
        name.name?.includes(' ') &&
        tokens[close]?.fold === ',' &&
        isWord(ctx, close + 1) &&
        !tokens[close + 1]!.upper
      ) {
        np = { ...name, tokStart: np.tokStart, start: np.start };
        apposition = close + 1;
      }
    }
    // Verb second: a second source right after the first names who reports it (", so der Minister laut der
    // Zeitung, …", "…, so Müller unter Berufung auf Kreise der Partei."), and is no part of the content.
    let via: SpeakerPhrase | undefined;
    let viaEnd = -1;
    const sourceEnd = Math.max(markerEnd, np.tokEnd, apposition);
    const firstTok = Math.min(i, np.tokStart);
    const lead = trailingLead(ctx, firstTok, sentence);
    const second =
      lex.lexicon.verbSecond && lead >= 0 ? lex.accordingTo.longestAt(tokens, sourceEnd) : undefined;
    if (
      second &&
      !second.value.clauseFinalOnly &&
      !second.value.refersBack &&
      second.value.speaker !== 'before'
    ) {
      const from = sourceEnd + second.length;
      const phraseEnd = nounPhraseEnd(ctx, from, end);
      if (phraseEnd > from && clauseOver(ctx, phraseEnd, end)) {
        via = nounPhrase(ctx, from, phraseEnd);
        viaEnd = phraseEnd;
      }
    }
    const attrStart = Math.min(tokens[i]!.start, np.start);
    const attrEnd = Math.max(tokens[markerEnd - 1]!.end, np.end, via?.end ?? 0);
    const afterTok = Math.max(sourceEnd, viaEnd);
    const base = {
      speaker: np,
      cue: text.slice(tokens[i]!.start, tokens[markerEnd - 1]!.end),
      cueClass: 'say' as CueClass,
      cueStart: tokens[i]!.start,
      attribution: [attrStart, attrEnd] as [number, number],
      inherits: false,
      sentence,
      ...(via ? { via } : {}),
    };
    // (After a comma and a contrastive conjunction another source's clause opens: "…, mais selon X, …".)
    const contrastive = lex.contrastives.matchEndingAt(tokens, firstTok - 1)[0];
    const afterContrast =
      contrastive !== undefined &&
      firstTok - 1 - contrastive.length > sentence.tokStart &&
      tokens[firstTok - 1 - contrastive.length]!.fold === ',' &&
      !inQuote(ctx, firstTok - 1);
    const atStart =
      firstTok === sentence.tokStart ||
      afterContrast ||
      (lex.conjunctions.longestAt(tokens, sentence.tokStart) && firstTok === sentence.tokStart + 1);
    // The clause goes on after the source, with a word or a quotation ("wird nach Angaben der Staatsanwaltschaft
    // „sorgfältig“ geprüft").
    const opensQuote =
      inQuote(ctx, afterTok) && tokens[afterTok]!.start === ctx.quotes[ctx.quoteOf[afterTok]!]!.open;
    const verbSecond =
      lex.lexicon.verbSecond === true &&
      !finalOnly &&
      ((isWord(ctx, afterTok) && !inQuote(ctx, afterTok)) || opensQuote);
    if (verbSecond && atStart) {
      // "Nach Angaben der Polizei sind …": the verb follows the fronted attribution directly, or after the rest
      // of a source the phrase did not take in ("… der Post und der Times, die sich … stützen, kommt …").
      let contentTok = afterTok;
      for (
        let guard = 0;
        guard < 4 && !opensQuote && lex.conjunctions.longestAt(tokens, contentTok);
        guard++
      ) {
        const coordinated = nounPhraseEnd(ctx, contentTok + 1, end);
        if (coordinated <= contentTok + 1) break;
        contentTok = coordinated;
      }
      if (tokens[contentTok]?.fold === ',') contentTok = finiteVerbAfterPrefield(ctx, contentTok + 1, end);
      else if (!finiteVerbAt(ctx, contentTok)) contentTok = afterTok;
      const { kind, range } = classify(ctx, tokens[contentTok]!.start, sentenceEndChar, contentTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (verbSecond && lead < 0 && firstTok > sentence.tokStart) {
      // Inside the clause: "Die Firma plant nach Angaben der Gewerkschaft den Abbau …" → the clause around it
      // (after a colon that opens it: "X schloss sich an: Die Mittel seien ihrer Meinung nach …").
      let clauseStart = sentence.start;
      let lastComma = -1;
      for (let k = sentence.tokStart; k < firstTok; k++) {
        if (inQuote(ctx, k)) continue;
        if (tokens[k]!.fold === ':') clauseStart = tokens[k]!.end;
        if (tokens[k]!.fold === ',') lastComma = k;
      }
      // A source inside a subordinate or relative clause vouches for that clause alone ("…, weil er nach
      // Angaben der Polizei zu schnell fuhr", "eine Regel, die laut Experten wenig nützt, gilt …").
      let clauseEnd = sentenceEndChar;
      if (lastComma >= 0 && tokens[lastComma]!.end > clauseStart && subordinateOpens(ctx, lastComma + 1)) {
        clauseStart = tokens[lastComma + 1]!.start;
        clauseEnd = subordinateEnd(ctx, afterTok, end, sentenceEndChar);
      }
      const before = trimRange(text, clauseStart, attrStart);
      const after = trimRange(text, tokens[afterTok]!.start, clauseEnd);
      const parts = [before, after].filter(([a, b]) => b > a) as [number, number][];
      if (parts.length > 0 && wordCount(ctx, parts[0]![0], parts[parts.length - 1]![1]) >= 4) {
        const quoted = parts.some(([a, b]) => quotedWithin(ctx, a, b));
        out.push({ ...base, parts, kind: quoted ? 'mixed' : 'indirect', trailing: false });
      }
    } else if (
      atStart &&
      !lex.lexicon.verbSecond &&
      marker.refersBack &&
      isWord(ctx, afterTok) &&
      !inQuote(ctx, afterTok)
    ) {
      // A marker holding its own pronoun needs no comma to end it: "Jego zdaniem byłaby to eskalacja."
      const { kind, range } = classify(ctx, tokens[afterTok]!.start, sentenceEndChar, afterTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (atStart && !finalOnly && tokens[afterTok]?.fold === ',') {
      const contentTok = lex.lexicon.verbSecond
        ? finiteVerbAfterPrefield(ctx, afterTok + 1, end)
        : afterTok + 1;
      const from = tokens[contentTok]?.start ?? sentenceEndChar;
      const { kind, range } = classify(ctx, from, sentenceEndChar, contentTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (
      lead >= 0 &&
      tokens[afterTok]?.fold === ',' &&
      afterTok + 1 < end &&
      (!finalOnly || reportedClauseOpens(ctx, afterTok + 1, end))
    ) {
      // Parenthetical: "La politique du gouvernement, selon lui, peut coûter cher." → both sides.
      const before = trimRange(text, sentence.start, lead);
      const { kind, range } = classify(ctx, tokens[afterTok + 1]!.start, sentenceEndChar, afterTok + 1, end);
      const parts: [number, number][] = [];
      if (before[1] > before[0] && wordCount(ctx, before[0], before[1]) >= 1) parts.push(before);
      if (range[1] > range[0]) parts.push(range);
      const quoted = parts.some(([a, b]) => quotedWithin(ctx, a, b));
      if (parts.length > 0 && wordCount(ctx, parts[0]![0], parts[parts.length - 1]![1]) >= 3) {
        out.push({
          ...base,
          parts,
          kind: quoted ? (kind === 'direct' ? 'mixed' : kind === 'indirect' ? 'mixed' : kind) : 'indirect',
          trailing: false,
        });
      }
    } else if (
      lead >= 0 &&
      // (A short ambiguous marker attributes after a comma only: not '“…” per la pace'.)
      (!finalOnly || tokens[firstTok - 1]?.fold === ',') &&
      (clauseOver(ctx, afterTok, end) || shortTail(ctx, afterTok, end, true))
    ) {
      // "…, so X.", "…, selon X dans un communiqué."
      const lastTok = tokenAt(ctx, lead, sentence.tokStart, end);
      const { kind, range } = classify(ctx, sentence.start, lead, sentence.tokStart, lastTok);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: true });
    }
    i = afterTok - 1;
  }

  // Colon quotation with no cue: "Le ministre : « … »".
  if ((lex.lexicon.colonQuotes ?? true) && out.length === 0) {
    for (let i = sentence.tokStart + 1; i < end - 1; i++) {
      if (tokens[i]!.fold !== ':' || inQuote(ctx, i)) continue;
      if (!inQuote(ctx, i + 1) || tokens[i + 1]!.start !== ctx.quotes[ctx.quoteOf[i + 1]!]!.open) break;
      let np = speakerEndingAt(ctx, sentence.tokStart, i);
      // Or the sentence's subject and a short predicate: "La ministra fue tajante: «…»", "Le ministre a été
      // clair : « … »" (at most three words, one of them a verb's lower-case form).
      if (!np || np.tokStart !== sentence.tokStart) {
        const subject = parseSpeakerPhrase(ctx, sentence.tokStart, i);
        // (An apposition's closing comma may stand after it: "La jefa …, Kaja Kallas, fue tajante:"; a lone
        // capitalised word opening the sentence may be an adverb: "Darin steht …".)
        const named =
          subject !== null && (subject.tokEnd - subject.tokStart > 1 || subject.kind !== 'person');
        const from =
          subject && tokens[subject.tokEnd]?.fold === ',' ? subject.tokEnd + 1 : (subject?.tokEnd ?? i);
        let plain = named && subject.kind !== 'group' && i - from <= 3 && i > from;
        for (let k = from; plain && k < i; k++) if (!isWord(ctx, k) || inQuote(ctx, k)) plain = false;
        np = plain && !tokens[from]!.upper ? subject : null;
      }
      if (!np || np.tokStart !== sentence.tokStart || np.kind === 'pronoun') break;
      const q = ctx.quoteOf[i + 1]!;
      out.push({
        speaker: np,
        cue: ':',
        cueClass: 'say' as CueClass,
        cueStart: tokens[i]!.start,
        attribution: [np.start, tokens[i]!.end],
        inherits: false,
        sentence,
        parts: [trimRange(text, ...quoteInner(ctx, q))],
        kind: 'direct',
        trailing: false,
      });
      break;
    }
  }

  // A signature after a quotation: "“Q.” ― Jane Doe" (reader comments, epigraphs, vox pops).
  if (out.length === 0) out.push(...signedQuotations(ctx, sentence));
  if (out.length === 0 && lex.lexicon.signedParagraphs === true) {
    const signed = signedParagraph(ctx, sentence);
    if (signed) out.push(signed);
  }

  // Attribution inside a quotation: "« Q1, a-t-il dit. Q2 »" (French inverted pronoun only: unambiguous).
  if (lex.inversionJoiners.length > 0) {
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
      const p = inner.inverted!.pronoun;
      out.push({
        speaker: {
          tokStart: inner.tokStart,
          tokEnd: inner.tokStart + 1,
          start: inner.inverted!.start,
          end: inner.inverted!.end,
          kind: 'pronoun',
          pronoun: p,
          gender: p.gender,
          number: p.number,
        },
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
  reportedThrough(ctx, sentence, out);
  endBeforeReportApposition(ctx, sentence, out);
  return withoutRepeats(out);
}

/**
 * Two cues that report the same content ("“Q1,” Smith said, adding, “Q2.”": both take Q1 … Q2) make one
 * statement, the first one's; otherwise each one's attribution, lying inside the other's content, would cut
 * both away.
 */
function withoutRepeats(raws: RawStatement[]): RawStatement[] {
  if (raws.length < 2) return raws;
  const seen = new Set<string>();
  return raws.filter((r) => {
    const key = r.parts.map(([a, b]) => `${a}:${b}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "…, заявив міністр X, передає Укрінформ." / "…, a déclaré X, cité par l'AFP.": a via marker after a comma,
 * then a source that ends the sentence, names who reports the sentence's statements (`via`), and is no part
 * of their content.
 */
function reportedThrough(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, lex } = ctx;
  if (out.length === 0) return;
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 1; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    const marker = lex.viaMarkers.longestAt(tokens, i + 1);
    if (!marker) continue;
    const from = i + 1 + marker.length;
    let source = parseSpeakerPhrase(ctx, from, sentence.tokEnd);
    if (!source || source.kind === 'pronoun') continue;
    // A name after the noun: "cité par l'agence Tass", "quoted by the news agency Interfax".
    let k = source.tokEnd;
    while (k < sentence.tokEnd && isWord(ctx, k) && tokens[k]!.upper && !inQuote(ctx, k)) k++;
    if (k > source.tokEnd) source = nounPhrase(ctx, from, k);
    if (!clauseOver(ctx, source.tokEnd, sentence.tokEnd)) continue;
    const comma = tokens[i]!.start;
    for (const r of out) {
      if (r.sentence !== sentence || r.parts[0]![0] >= comma || r.attribution[0] >= comma) continue;
      r.via = source;
      r.parts = r.parts
        .map(([a, b]) => (b > comma ? trimRange(ctx.text, a, comma) : [a, b]) as [number, number])
        .filter(([a, b]) => b > a);
    }
    return;
  }
}
