/**
 * The content after a cue, once its speaker is known: an infinitive or a bracketed object, a clause or a
 * quotation (complementizer, question word, colon, block quotation), else an object or a clause whose
 * complementizer was dropped. Each function pushes at most one statement and tells whether the cue is done.
 */
import { foldText } from '../text/normalize';
import {
  type AttributionContext,
  fillerAt,
  inQuote,
  isWord,
  quotedWithin,
  quoteEndToken,
  quoteInner,
  SENTENCE_END,
  skipFillers,
  tokenAt,
  trimRange,
  wordCount,
} from './attribution-base';
import { bareInfinitiveStart } from './bare-infinitive';
import { mainVerbAfterInfinitive } from './noun-cue-subject';
import { paragraphEnd } from './signed';
import { auxiliarySoon, clauseSubject, earlierCueToken, pluralSubjectAt } from './subjects';
import { joinedCue } from './coordinated-verbs';
import type { CueMatch } from './cues';
import {
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
import { clauseEndTok, clauseOver, clauseStop, objectEnd } from './content-bounds';
import { reportiveWithin } from './reportive';
import type { CueReading, SentenceReading } from './cue-reading';

/**
 * An infinitive after the cue or its object ("vowed to fight on", "urged Congress to act"), or a speech act
 * whose object stands inside a verb bracket (`objectReports`). True when a statement was pushed.
 */
export function infinitiveOrObject(s: SentenceReading, r: CueReading, verbal: boolean): boolean {
  const { ctx, sentence, out } = s;
  const { cue, speaker, after, p, t, base, attrStart, introduces, entry } = r;
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  // A demand made to someone after a plain noun phrase opening the clause: "The family has called on police
  // to …" (not a noun: "challenges and demands around …").
  const demandSubject =
    entry.infinitive === true &&
    entry.addresseeObject === true &&
    !lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) &&
    clauseSubject(ctx, sentence, cue.start) !== null;
  // (A noun cue: one that reports only after its possessor, or a homograph after a possessive.)
  const nounCue =
    entry.possessed === true ||
    (tokens[cue.tokStart - 2]?.fold === "'" &&
      lex.nounHomographs.longestAt(tokens, cue.tokEnd - 1) !== undefined);
  if ((entry.infinitive && (verbal || demandSubject)) || (entry.bareInfinitive && verbal)) {
    const content = !entry.infinitive
      ? bareInfinitiveStart(ctx, p, end)
      : entry.infinitiveRightAfter && !lex.infinitiveOpeners.longestAt(tokens, negatedInfinitive(ctx, p, end))
        ? -1
        : infinitiveContent(ctx, p, end, after.addressee);
    if (content >= 0) {
      const first = tokenAt(ctx, content, sentence.tokStart, end);
      // A noun cue and its infinitive as the sentence's subject end before the main verb ("the plan to
      // close the schools | angered parents").
      const mainVerb = nounCue ? mainVerbAfterInfinitive(ctx, cue, sentence, first, end) : -1;
      const { kind, range } = classify(
        ctx,
        content,
        mainVerb >= 0
          ? tokens[mainVerb]!.start
          : Math.min(
              clauseStop(ctx, first, end, sentenceEndChar, sentence.tokStart),
              coordinatedPredicate(ctx, first, end) ?? sentenceEndChar,
            ),
        first,
        mainVerb >= 0 ? mainVerb : end,
      );
      // (Stopped before the main verb, "to testify" is the whole intention.)
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= (mainVerb >= 0 ? 2 : 3)) {
        // The object belongs to the content, not to the attribution.
        const attribution: [number, number] = [attrStart, Math.max(cue.end, speaker?.end ?? 0)];
        out.push({ ...base, addressee: undefined, attribution, parts: [range], kind, trailing: false });
        return true;
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
      return true;
    }
  }
  return false;
}

/**
 * Where a finite predicate coordinated after a comma with the cue's own begins, after an infinitive content
 * ("wanted to close the pool, | but was outvoted by the council"): a conjunction then an auxiliary, with no subject
 * of its own, belongs to the cue's subject, not to the infinitive. A character offset, or undefined.
 */
function coordinatedPredicate(ctx: AttributionContext, from: number, end: number): number | undefined {
  const { tokens, lex } = ctx;
  for (let k = from; k < end - 2; k++) {
    if (inQuote(ctx, k) || tokens[k]!.fold !== ',') continue;
    const conjunction = lex.conjunctions.longestAt(tokens, k + 1);
    if (!conjunction) continue;
    const verb = k + 1 + conjunction.length;
    if (
      isWord(ctx, verb) &&
      !inQuote(ctx, verb) &&
      lex.auxiliaries.matchAt(tokens, verb).some((a) => a.length === 1)
    )
      return tokens[k]!.start;
  }
  return undefined;
}

/**
 * A clause or a quotation after the cue: a complementizer, a question word, a reportive clause after a comma,
 * a colon or block quotation, a colon after a short object. True when the cue is done with (the content read,
 * or nothing after it at all).
 */
export function clauseOrQuotationAfterCue(s: SentenceReading, r: CueReading): boolean {
  const { ctx, sentence, out } = s;
  const { p, t, base, introduces, clauseOk, directOk, entry } = r;
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  if (!t) return true;
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
      if (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]!.end && isWord(ctx, k + 1)) continue;
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
      return true;
    }
  }
  // After an addressee, a preposition may open the content as a complementizer ("acusó al Gobierno de no …").
  const objectComplementizer =
    r.after.addressee !== undefined &&
    !inQuote(ctx, pc) &&
    isWord(ctx, pc + 1) &&
    (entry.objectComplementizers ?? []).some((w) => foldText(w) === tokens[pc]?.fold);
  const comp = inQuote(ctx, pc)
    ? undefined
    : (lex.complementizers.longestAt(tokens, pc) ?? (objectComplementizer ? { length: 1 } : undefined));
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
    return true;
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
      return true;
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
      verbSecondClause(ctx, p + 1, end)) &&
    clauseAfterComma(s, r, p)
  )
    return true;
  // Verb second: adverbials or an object may stand between the cue and the comma before its Konjunktiv clause
  // ("sagte der Deutschen Presse-Agentur, die Lage sei ernst", "betonte am Rande des Gipfels in Brüssel, …",
  // "kritisierte die Pläne, sie gingen zu weit"): the clause is the content.
  const comma = lex.lexicon.verbSecond && clauseOk && t.fold !== ',' ? reportiveClauseComma(ctx, p, end) : -1;
  if (comma >= 0 && clauseAfterComma(s, r, comma)) return true;
  // Colon, then a quotation or a clause: "a déclaré : « … »".
  let k = p;
  if ((t.fold === ':' || t.fold === ',') && !inQuote(ctx, p)) k = p + 1;
  if (inQuote(ctx, k) && tokens[k]!.start === ctx.quotes[ctx.quoteOf[k]!]!.open && directOk) {
    const qEnd = quoteEndToken(ctx, k, end);
    // (A cue that introduces nothing but a quotation takes the one right after it whole, whatever follows:
    // "versuchte mit den Worten „…“ zu beruhigen".)
    if (clauseOver(ctx, qEnd, end) || (!clauseOk && !introduces.object)) directQuotation(s, r, k);
    else if (clauseOk || introduces.object) {
      const { kind, range } = classify(ctx, tokens[k]!.start, sentenceEndChar, k, end);
      if (range[1] > range[0]) out.push({ ...base, parts: [range], kind, trailing: false });
    }
    return true;
  }
  // A colon that ends the paragraph introduces a block quotation opening the next one: "X reports:¶“…”".
  const block = t.fold === ':' && directOk && !inQuote(ctx, p) ? blockQuoteAt(ctx, p + 1, p + 1) : -1;
  if (block >= 0) return directQuotation(s, r, block);
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
    return true;
  }
  if (t.fold === ':' && clauseOk && !entry.needsComplementizer && !inQuote(ctx, p)) {
    const from = tokens[p + 1]?.start ?? sentenceEndChar;
    const { kind, range } = classify(ctx, from, sentenceEndChar, p + 1, end);
    if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3)
      out.push({ ...base, parts: [range], kind, trailing: false });
    return true;
  }
  // A colon quotation further on in the cue's clause: "sagte zu den Überschwemmungen: „…“", "kommentierte
  // den Sachverhalt mit den Worten: „…“", "said in a statement on Monday: “…”".
  const colon = directOk && !inQuote(ctx, p) ? colonQuoteAfter(ctx, p, end) : -1;
  if (colon >= 0) return directQuotation(s, r, colon);
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
    if (j > p && tokens[j]?.fold === ':' && !inQuote(ctx, j) && isWord(ctx, j + 1) && !inQuote(ctx, j + 1)) {
      const { kind, range } = classify(ctx, tokens[j + 1]!.start, sentenceEndChar, j + 1, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 3) {
        out.push({ ...base, parts: [range], kind, trailing: false });
        return true;
      }
    }
  }
  return false;
}

/**
 * With no complementizer, colon or quotation after the cue: an infinitive after a closed verb bracket, a naming
 * verb's object, a speech act's object, an object holding a quoted fragment or a predicate, a demand's object,
 * or a clause whose complementizer was dropped ("said he would …").
 */
export function objectOrBareClause(
  s: SentenceReading,
  r: CueReading,
  verbal: boolean,
  evidence: boolean,
): void {
  const { ctx, sentence, out } = s;
  const { cue, speaker, lead, coordinated, p, base, introduces, clauseOk, entry } = r;
  // (Called only when `clauseOrQuotationAfterCue` found a token after the cue.)
  const t = r.t!;
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
  if (t.kind !== 'word' || inQuote(ctx, p)) return;
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
    const { kind, range } = classify(ctx, tokens[p]!.start, tokens[stop]?.start ?? sentenceEndChar, p, stop);
    if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2) {
      out.push({ ...base, parts: [range], kind, trailing: false });
      return;
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
        return;
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
      return;
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
      return;
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
      return;
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
        return;
      }
    }
  }
  // A demand's object: "called for a ceasefire", "demanded an apology" (up to the clause's end).
  if (
    (entry.objectContent || evidence) &&
    verbal &&
    !lex.complementizers.longestAt(tokens, p) &&
    objectContent(s, r, p)
  )
    return;
  // No complementizer: "said he would…", "a déclaré il étudiera…" (only before a subject pronoun when
  // the language does not drop its complementizer).
  if (!clauseOk || entry.needsComplementizer) return;
  // A report inside a relative clause whose verb follows the cue: "donations, which he said were tied to
  // favors", "a plan that officials say would double …" — the rest of the relative clause is the content.
  if (
    speaker &&
    speaker.tokStart > sentence.tokStart &&
    (lex.relativePronouns.longestAt(tokens, speaker.tokStart - 1) ||
      lex.questionWords.longestAt(tokens, speaker.tokStart - 1)) &&
    !inQuote(ctx, p) &&
    lex.auxiliaries.matchAt(tokens, p).some((m) => m.length === 1) &&
    objectContent(s, r, p)
  )
    return;
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
        return;
      }
    }
  }
  const startsWithPronoun = lex.pronouns.longestAt(tokens, p) !== undefined;
  const startsWithDeterminerOrName =
    lex.determiners.longestAt(tokens, p) !== undefined ||
    (tokens[p]!.upper && lex.prepositions.longestAt(tokens, p) === undefined);
  const lowerStart =
    !tokens[p]!.upper && !lex.conjunctions.longestAt(tokens, p) && !lex.complementizers.longestAt(tokens, p);
  if (
    startsWithPronoun ||
    (lex.lexicon.zeroComplementizer &&
      (((startsWithDeterminerOrName || (lowerStart && speaker !== null && pluralSubjectAt(ctx, p, end))) &&
        cue.info.entry.bareClause) ||
        ((startsWithDeterminerOrName || lowerStart) && auxiliarySoon(ctx, p, end))))
  ) {
    // "said this week …" is a time; "said this may …" opens a clause with a demonstrative subject.
    const subjectOfAuxiliary = lex.auxiliaries.matchAt(tokens, p + 1).some((m) => m.length === 1);
    if ((lex.prepositions.longestAt(tokens, p) || fillerAt(ctx, p)) && !subjectOfAuxiliary) return;
    // (A cue joined to an earlier one has its subject: "said the bill was dead and then said talks would …".)
    if (
      !speaker &&
      lead < 0 &&
      !startsWithPronoun &&
      !startsWithDeterminerOrName &&
      !clauseSubject(ctx, sentence, cue.start) &&
      !joinedToEarlierCue(s, cue)
    )
      return;
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

/** Is the subjectless `cue` joined to an earlier cue of its sentence (`joinedCue`), whose subject it shares? */
function joinedToEarlierCue(s: SentenceReading, cue: CueMatch): boolean {
  const earlier = earlierCueToken(s.ctx, s.out, s.sentence, cue);
  return earlier !== undefined && joinedCue(s.ctx, earlier, cue.tokStart);
}

/**
 * The words from token `p` to the end of the object (`objectEnd`) as the cue's content, when they hold two words
 * or more. True when they were read.
 */
function objectContent(s: SentenceReading, r: CueReading, p: number): boolean {
  const { ctx, sentence, out } = s;
  const end = sentence.tokEnd;
  // (A phrase opening with a preposition is the act's setting, its object fronted or left unsaid: "which the
  // bank detailed in its filings".)
  if (ctx.lex.prepositions.longestAt(ctx.tokens, p) && !inQuote(ctx, p)) return false;
  // (Nor one opening with a reporting verb: the cue was a participle after its noun, the verb after it the
  // clause's own, "a poll published Monday shows …".)
  if (
    ctx.lex.cues.longestAt(ctx.tokens, p) &&
    !ctx.lex.nounHomographs.longestAt(ctx.tokens, p) &&
    !inQuote(ctx, p)
  )
    return false;
  const stop = objectEnd(ctx, p, end);
  const stopChar = stop < end ? ctx.tokens[stop]!.start : sentence.end;
  const { kind, range } = classify(ctx, ctx.tokens[p]!.start, stopChar, p, stop);
  if (range[1] <= range[0]) return false;
  // (A stance may take one word, a name: "endorsed Clinton".)
  const oneWordOk =
    r.entry.oneWordObject === true && ctx.tokens[p]!.upper && !ctx.lex.pronouns.longestAt(ctx.tokens, p);
  const words = wordCount(ctx, range[0], range[1]);
  if (words < (oneWordOk ? 1 : 2)) return false;
  out.push({
    ...r.base,
    parts: [range],
    kind,
    trailing: false,
    ...(words === 1 ? { nameObject: true } : {}),
  });
  return true;
}

/** The quotation holding token `at`, whole, as the cue's direct content. True: the cue is done with. */
function directQuotation(s: SentenceReading, r: CueReading, at: number): true {
  const { ctx, out } = s;
  out.push({
    ...r.base,
    parts: [trimRange(ctx.text, ...quoteInner(ctx, ctx.quoteOf[at]!))],
    kind: 'direct',
    trailing: false,
  });
  return true;
}

/**
 * The clause after the comma at token `comma` as the cue's content, when it holds three words or more (a shorter
 * one is a tail, not a report). True when it was read.
 */
function clauseAfterComma(s: SentenceReading, r: CueReading, comma: number): boolean {
  const { ctx, sentence, out } = s;
  const end = sentence.tokEnd;
  const { kind, range } = classify(
    ctx,
    ctx.tokens[comma + 1]!.start,
    clauseStop(ctx, comma + 1, end, sentence.end, sentence.tokStart),
    comma + 1,
    end,
  );
  if (range[1] <= range[0] || wordCount(ctx, range[0], range[1]) < 3) return false;
  out.push({ ...r.base, parts: [range], kind, trailing: false });
  return true;
}

/**
 * The comma that ends a run of plain words after a cue (adverbials, an object: "der Deutschen Presse-Agentur",
 * "am Rande des Gipfels in Brüssel", "die Pläne") when the clause after it is marked as reported by its verb
 * form, or -1. Not after another verb, a complementizer or a quotation inside the run, nor before a relative
 * or subordinate clause ("kritisierte die Pläne, die er vorgelegt habe": the object's own clause).
 */
function reportiveClauseComma(ctx: AttributionContext, from: number, end: number): number {
  const { tokens, lex } = ctx;
  for (let j = from; j < end && j - from <= 12; j++) {
    const t = tokens[j]!;
    if (inQuote(ctx, j) || t.kind === 'break') return -1;
    if (t.kind === 'punct') {
      if (t.fold !== ',' || j === from || j + 1 >= end) return -1;
      const next = j + 1;
      const relative = lex.relativePronouns.longestAt(tokens, next) !== undefined && !tokens[next + 1]?.upper;
      if (
        relative ||
        lex.subordinators.longestAt(tokens, next) ||
        lex.complementizers.longestAt(tokens, next)
      )
        return -1;
      return reportiveWithin(ctx, next, end) ||
        reportiveWithin(ctx, next, end, true) ||
        // (Or a pronoun and its verb, the Konjunktiv II written like the past: "…, sie gingen zu weit".)
        (lex.pronouns.longestAt(tokens, next) !== undefined && verbSecondClause(ctx, next, end))
        ? j
        : -1;
    }
    if (
      lex.cues.longestAt(tokens, j) ||
      lex.complementizers.longestAt(tokens, j) ||
      reportiveWithin(ctx, j, j + 1) ||
      reportiveWithin(ctx, j, j + 1, true)
    )
      return -1;
  }
  return -1;
}

/**
 * Where the infinitive right after an intention cue opens, over fillers and a negation that is part of what is
 * intended ("decided not to recommend charges", "vowed never to return": the decision is made, its content
 * negative); the token after the fillers otherwise.
 */
function negatedInfinitive(ctx: AttributionContext, p: number, end: number): number {
  const k = skipFillers(ctx, p, end);
  const negation =
    isWord(ctx, k) && !inQuote(ctx, k) ? ctx.lex.negations.longestAt(ctx.tokens, k) : undefined;
  return negation?.length === 1 ? skipFillers(ctx, k + 1, end) : k;
}
