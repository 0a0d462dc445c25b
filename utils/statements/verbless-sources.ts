/**
 * Sources named without a cue verb: "selon X, …", "…, according to X", "nach Angaben von X" (the lexicon's
 * accordingTo markers, before or after the content, fronted or inside a verb-second clause), and a colon
 * quotation after a name ("Le ministre : « … »").
 */
import { foldText } from '../text/normalize';
import { genitiveSourceEnd } from './genitive-source';
import type { SentenceUnit } from './sentences';
import {
  parseSpeakerPhrase,
  pronounPhrase,
  quotedComplementEnd,
  speakerEndingAt,
  type SpeakerPhrase,
} from './speaker-phrase';
import type { CueClass } from './lexicon/types';
import {
  type AttributionContext,
  fillerAt,
  inQuote,
  isWord,
  quotedWithin,
  quoteInner,
  skipFillers,
  type RawStatement,
  tokenAt,
  trimRange,
  wordCount,
} from './attribution-base';
import { nounPhrase, nounPhraseEnd } from './noun-phrases';
import { trailingLead } from './subjects';
import { classify } from './complement';
import {
  clauseOver,
  finiteVerbAfterPrefield,
  finiteVerbAt,
  headedBy,
  reportedClauseOpens,
  shortTail,
  subordinateEnd,
  subordinateOpens,
} from './content-bounds';

/** "Selon X, …" / "…, selon X." / "according to X, …": a source named by a marker, with no cue verb. */
export function accordingToStatements(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex, text } = ctx;
  const end = sentence.tokEnd;
  const sentenceEndChar = sentence.end;
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
      np = pronounPhrase(i, markerEnd, tokens[i]!.start, tokens[markerEnd - 1]!.end, pronoun);
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
      // (A relative marker follows its source's comma: "il ministro Guido Crosetto, secondo cui …".)
      const sourceEnd = tokens[i - 1]?.fold === ',' ? i - 1 : i;
      np = governs || !headNear ? null : speakerEndingAt(ctx, sentence.tokStart, sourceEnd);
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
    // A named source before the article of the clause's subject, with no comma: "Secondo Crosetto la spesa …".
    const beforeArticle =
      initial && !finalOnly && np !== null && articleOpens(ctx, np, np.tokEnd, marker.case);
    // Any source up to the clause's end: "according to the most recent numbers from Statistics Canada,",
    // "…, selon une étude publiée lundi par l'institut." (at most twelve words).
    if (
      !beforeArticle &&
      !lex.lexicon.verbSecond &&
      !marker.sentenceInitialOnly &&
      marker.speaker !== 'before' &&
      !marker.refersBack &&
      isWord(ctx, markerEnd) &&
      !inQuote(ctx, markerEnd)
    ) {
      let stop = markerEnd;
      // (Hyphenated words count as words: "a 52-count complaint".)
      // (So does a plural possessive's apostrophe: "a draft of the leaders' joint statement".)
      const glued = (k: number) =>
        (tokens[k]!.fold === '-' || tokens[k]!.fold === "'") &&
        tokens[k]!.start === tokens[k - 1]?.end &&
        isWord(ctx, k + 1) &&
        (tokens[k + 1]!.start === tokens[k]!.end ||
          (tokens[k]!.fold === "'" && tokens[k - 1]!.fold.endsWith('s') && !inQuote(ctx, k)));
      while (
        stop < end &&
        (isWord(ctx, stop) || glued(stop)) &&
        !inQuote(ctx, stop) &&
        stop - markerEnd <= 20
      )
        stop++;
      // (A quoted title may complete the source before its comma: "По словам одного из собеседников «Ъ», …".)
      const titled = stop < end && stop > markerEnd ? quotedComplementEnd(ctx, stop, end) : -1;
      if (titled > stop && tokens[titled]?.fold === ',') stop = titled;
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
        // (A filler after the source is how it spoke, not who: "Según ha informado el Ministerio en un
        // comunicado, …".)
        let sourceEnd = stop;
        for (let k = from + 1; k < stop && sourceEnd === stop; k++) if (fillerAt(ctx, k)) sourceEnd = k;
        const phrase = nounPhrase(ctx, from, sourceEnd);
        np = { ...phrase, tokStart: markerEnd, start: tokens[markerEnd]!.start };
      }
    }
    // A genitive source opening the sentence with no comma after it (Polish "Według rządu przekazanie środków
    // niesie ryzyko"): it ends where its words can no longer be genitive (`Lexicon.genitiveSource`).
    let bareSource = false;
    if (initial && marker.case !== undefined && !marker.refersBack && marker.speaker !== 'before') {
      const sourceEnd = genitiveSourceEnd(ctx, markerEnd, end);
      if (sourceEnd > markerEnd) {
        // (A title in quotation marks is named by the words inside them.)
        const titled = tokens[markerEnd]!.kind !== 'word' && tokens[sourceEnd - 1]!.kind !== 'word';
        const [a, b] = titled ? [markerEnd + 1, sourceEnd - 1] : [markerEnd, sourceEnd];
        const phrase = parseSpeakerPhrase(ctx, a, b);
        np = phrase && phrase.tokEnd === b ? phrase : nounPhrase(ctx, a, b);
        if (titled) np = { ...np, tokStart: markerEnd, tokEnd: sourceEnd };
        bareSource = true;
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
      marker.speaker === 'before' &&
      !lex.lexicon.verbSecond &&
      tokens[i - 1]?.fold === ',' &&
      isWord(ctx, afterTok) &&
      !inQuote(ctx, afterTok)
    ) {
      // A relative marker after its source and a comma reports the rest of the sentence: "Sulla stessa linea
      // il ministro Guido Crosetto, secondo cui una missione avrebbe senso solo dopo una tregua."
      const { kind, range } = classify(ctx, tokens[afterTok]!.start, sentenceEndChar, afterTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (
      atStart &&
      !lex.lexicon.verbSecond &&
      (marker.refersBack || bareSource || beforeArticle) &&
      isWord(ctx, afterTok) &&
      !inQuote(ctx, afterTok)
    ) {
      // A marker holding its own pronoun needs no comma to end it: "Jego zdaniem byłaby to eskalacja."; nor
      // a genitive source bounded by its endings: "Według policji sprawca uciekł."; nor a named source
      // before the article of the clause's subject: "Secondo Crosetto la spesa dovrà crescere."
      const { kind, range } = classify(ctx, tokens[afterTok]!.start, sentenceEndChar, afterTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (subordinateSource(ctx, sentence, firstTok, afterTok)) {
      // "Хотя, по словам министра, переговоры идут непросто, Киев …": the subordinate clause alone.
      const contentTok = afterTok + 1;
      let stop = contentTok;
      while (stop < end && (inQuote(ctx, stop) || tokens[stop]!.fold !== ',')) stop++;
      const stopChar = stop < end ? tokens[stop]!.start : sentenceEndChar;
      const { kind, range } = classify(ctx, tokens[contentTok]!.start, stopChar, contentTok, stop);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (atStart && !finalOnly && tokens[afterTok]?.fold === ',') {
      let contentTok = lex.lexicon.verbSecond
        ? finiteVerbAfterPrefield(ctx, afterTok + 1, end)
        : afterRelativeClause(ctx, afterTok + 1, end);
      if (contentTok === afterTok + 1 && np.kind === 'person' && !lex.lexicon.verbSecond)
        contentTok = afterRoleApposition(ctx, contentTok, end);
      const from = tokens[contentTok]?.start ?? sentenceEndChar;
      const { kind, range } = classify(ctx, from, sentenceEndChar, contentTok, end);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: false });
    } else if (
      lead >= 0 &&
      tokens[afterTok]?.fold === ',' &&
      afterTok + 1 < end &&
      (!finalOnly || reportedClauseOpens(ctx, afterTok + 1, end)) &&
      !appositionToEnd(ctx, afterTok + 1, end)
    ) {
      // Parenthetical: "La politique du gouvernement, selon lui, peut coûter cher." → both sides.
      const before = trimRange(text, sentence.start, lead);
      const { kind, range } = classify(ctx, tokens[afterTok + 1]!.start, sentenceEndChar, afterTok + 1, end);
      const parts: [number, number][] = [];
      // (A connective alone before the source is the writer's: "Кроме того, по ее словам, …", "Also, …".)
      const connectiveOnly = skipFillers(ctx, sentence.tokStart, firstTok) >= firstTok - 1;
      if (before[1] > before[0] && wordCount(ctx, before[0], before[1]) >= 1 && !connectiveOnly)
        parts.push(before);
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
      (clauseOver(ctx, afterTok, end) ||
        shortTail(ctx, afterTok, end, true) ||
        (tokens[afterTok]?.fold === ',' && appositionToEnd(ctx, afterTok + 1, end)))
    ) {
      // "…, so X.", "…, selon X dans un communiqué."
      const lastTok = tokenAt(ctx, lead, sentence.tokStart, end);
      const { kind, range } = classify(ctx, sentence.start, lead, sentence.tokStart, lastTok);
      if (range[1] > range[0] && wordCount(ctx, range[0], range[1]) >= 2)
        out.push({ ...base, parts: [range], kind, trailing: true });
    }
    i = afterTok - 1;
  }
}

/**
 * Does an apposition of the source run from token `k` to the sentence's end: a role or an indefinite or
 * definite noun phrase with no verb, cue, pronoun or clause of its own ("…, according to Ann Lee, head of the
 * veterans' center at the university.", "…, according to an analysis by Ann Lee, a former tax aide now
 * teaching law.")? Not verb second, where the finite verb after the source's comma resumes the clause.
 */
function appositionToEnd(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (lex.lexicon.verbSecond || !isWord(ctx, k) || inQuote(ctx, k)) return false;
  const det = lex.determiners.longestAt(tokens, k)?.length ?? 0;
  if (det === 0 && !lex.roles.longestAt(tokens, k)) return false;
  for (let j = k; j < end; j++) {
    if (inQuote(ctx, j)) return false;
    if (!isWord(ctx, j)) {
      if (tokens[j]!.fold === ',' || tokens[j]!.fold === '-' || tokens[j]!.fold === "'") continue;
      return j === end - 1 && SENTENCE_END_MARKS.has(tokens[j]!.fold);
    }
    if (
      lex.auxiliaries.longestAt(tokens, j) ||
      lex.cues.longestAt(tokens, j) ||
      lex.complementizers.longestAt(tokens, j) ||
      lex.pronouns.longestAt(tokens, j)
    )
      return false;
  }
  return true;
}

const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/** Colon quotation with no cue: "Le ministre : « … »". */
export function colonQuotation(ctx: AttributionContext, sentence: SentenceUnit, out: RawStatement[]): void {
  const { tokens, text } = ctx;
  const end = sentence.tokEnd;
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
      const named = subject !== null && (subject.tokEnd - subject.tokStart > 1 || subject.kind !== 'person');
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

/**
 * Where the content starts after a fronted source and its comma: after a relative clause set off by commas that
 * describes the source ("Selon l'agence Reuters, qui cite des sources diplomatiques, un accord …", "According
 * to the ministry, which gave no figures, …"), else at `k`.
 */
function afterRelativeClause(ctx: AttributionContext, k: number, end: number): number {
  const { tokens, lex } = ctx;
  if (
    !lex.relativePronouns.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    inQuote(ctx, k)
  )
    return k;
  for (let j = k + 1; j < end && j - k <= 25; j++) {
    if (inQuote(ctx, j) || tokens[j]!.kind === 'break') return k;
    if (tokens[j]!.fold === ',') return isWord(ctx, j + 1) || inQuote(ctx, j + 1) ? j + 1 : k;
    if (tokens[j]!.kind === 'punct' && tokens[j]!.fold !== '-' && tokens[j]!.fold !== "'") return k;
  }
  return k;
}

/** Tokens a role in apposition to a fronted source may hold ("chercheur à l'Institut français des …"). */
const MAX_ROLE_APPOSITION = 15;

/**
 * "Pour Thomas Garnier, chercheur à l'Institut …, cette crise …": after a named source and its comma, a role
 * (or a determiner and a role) with no cue, complementizer or relative pronoun, up to the next comma, is the source's
 * apposition; the content follows that comma. Returns the content's first token (`k` when there is none).
 */
function afterRoleApposition(ctx: AttributionContext, k: number, end: number): number {
  const { tokens, lex } = ctx;
  const det = lex.determiners.longestAt(tokens, k)?.length ?? 0;
  if (inQuote(ctx, k) || !lex.roles.longestAt(tokens, k + det) || tokens[k + det]!.upper) return k;
  for (let j = k + det + 1; j < end && j - k <= MAX_ROLE_APPOSITION; j++) {
    if (inQuote(ctx, j) || tokens[j]!.kind === 'break') return k;
    if (tokens[j]!.fold === ',') return isWord(ctx, j + 1) || inQuote(ctx, j + 1) ? j + 1 : k;
    if (tokens[j]!.kind === 'punct' && tokens[j]!.fold !== '-' && tokens[j]!.fold !== "'") return k;
    // (A verb, a complementizer or a relative pronoun makes it a clause; auxiliaries are left out, since
    // folding makes French "à" the auxiliary "a".)
    if (
      lex.cues.longestAt(tokens, j) ||
      lex.complementizers.longestAt(tokens, j) ||
      lex.relativePronouns.longestAt(tokens, j)
    )
      return k;
  }
  return k;
}

/**
 * Does the clause open right after a fronted source with no comma, on its subject's article ("Secondo
 * Crosetto la spesa …", "Según el ministro las sanciones …")? Only after a person, a role or an institution,
 * where the marker governs no case (case languages bound it by endings: `genitive-source.ts`).
 */
function articleOpens(
  ctx: AttributionContext,
  np: SpeakerPhrase,
  afterTok: number,
  markerCase: string | undefined,
): boolean {
  return (
    markerCase === undefined &&
    (np.kind === 'person' || np.kind === 'role' || np.kind === 'institution') &&
    np.tokEnd === afterTok &&
    isWord(ctx, afterTok) &&
    !inQuote(ctx, afterTok) &&
    ctx.lex.determiners.longestAt(ctx.tokens, afterTok) !== undefined
  );
}

/**
 * A source set off by commas right after a conjunction that opens the sentence's subordinate clause
 * (`Lexicon.clauseOpeners`: "Хотя, по словам министра, …"), with the clause going on after its comma.
 */
function subordinateSource(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  firstTok: number,
  afterTok: number,
): boolean {
  const { tokens, lex } = ctx;
  const openers = lex.lexicon.clauseOpeners;
  if (!openers || tokens[afterTok]?.fold !== ',' || !isWord(ctx, afterTok + 1)) return false;
  const opener = openers.find((o) => {
    const words = foldText(o).split(' ');
    return (
      words.every((w, k) => tokens[sentence.tokStart + k]?.fold === w) &&
      sentence.tokStart + words.length === firstTok - 1
    );
  });
  return opener !== undefined && tokens[firstTok - 1]!.fold === ',' && !inQuote(ctx, firstTok - 1);
}
