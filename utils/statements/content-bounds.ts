/**
 * Where a reported content ends: the end of a clause or of a short tail after the cue, a second quoted part,
 * an apposition, a subordinate clause, another source opening or the main clause resuming (reportive marks
 * tell where another report opens).
 */
import { foldText } from '../text/normalize';
import type { CueMatch } from './cues';
import type { PhraseMatcher } from './lexicon/compile';
import { isAbbreviation, type SentenceUnit } from './sentences';
import { parseSpeakerPhrase } from './speaker-phrase';
import {
  type AttributionContext,
  digitGroupAfter,
  inQuote,
  isWord,
  quoteEndToken,
  quoteInner,
  type RawStatement,
  SENTENCE_END,
  trimRange,
} from './attribution-base';
import { shareClauseAt } from './position-subject';
import { reportiveWithin } from './reportive';

/**
 * The second part of a split quotation after an attribution: "« Q1 », a déclaré X, « Q2 »." /
 * "“Q1,” Tester said, referring to the excuse, “Q2.”" — a quotation after a comma (and perhaps a conjunction)
 * that ends the sentence, at most 15 tokens after the attribution, with no other quotation before it.
 */
export function secondPart(ctx: AttributionContext, from: number, end: number): [number, number] | null {
  const { tokens } = ctx;
  for (let k = from; k < end && k - from <= 15; k++) {
    if (!inQuote(ctx, k)) continue;
    const q = ctx.quoteOf[k]!;
    if (tokens[k]!.start !== ctx.quotes[q]!.open) return null;
    // (Or after a comma and a conjunction: "“Q1,” he said, but “Q2.”")
    const joined =
      k - 1 > from &&
      tokens[k - 2]!.fold === ',' &&
      ctx.lex.conjunctions.longestAt(tokens, k - 1)?.length === 1;
    if (k > from && tokens[k - 1]!.fold !== ',' && tokens[k - 1]!.fold !== ':' && !joined) return null;
    const qEnd = quoteEndToken(ctx, k, end);
    if (!clauseOver(ctx, qEnd, end) || (qEnd < end && tokens[qEnd]!.fold === ',')) return null;
    for (let j = qEnd; j < end; j++) if (tokens[j]!.kind === 'word') return null;
    return trimRange(ctx.text, ...quoteInner(ctx, q));
  }
  return null;
}

/** The end of the clause from token `p`: the next punctuation or quotation (not a possessive's apostrophe). */
export function clauseEnd(ctx: AttributionContext, p: number, end: number): number {
  const { tokens } = ctx;
  for (;;) {
    while (p < end && tokens[p]!.kind === 'word' && !inQuote(ctx, p)) p++;
    const t = tokens[p];
    const glued = t !== undefined && t.fold === "'" && t.start === tokens[p - 1]?.end;
    if (!glued || !isWord(ctx, p + 1) || tokens[p + 1]!.start !== t.end || inQuote(ctx, p)) return p;
    p++;
  }
}

/**
 * A few words that end the clause after an attribution without being content: "a-t-il commenté la
 * situation", "said Smith in an interview with CBC". At most five words, no complementizer; when
 * `prepositional`, they must open with a preposition or a filler. Or a preposition and a gerund.
 */
export function shortTail(
  ctx: AttributionContext,
  p: number,
  end: number,
  prepositional: boolean,
  quoteEnds = true,
): boolean {
  const { lex, tokens } = ctx;
  if (p >= end || tokens[p]!.kind !== 'word' || inQuote(ctx, p)) return false;
  if (prepositional && !lex.prepositions.longestAt(tokens, p) && !lex.fillers.longestAt(tokens, p))
    return false;
  const stop = clauseEnd(ctx, p, end);
  // A preposition before a gerund opens an adverbial clause of the attribution, however long: "…,” she told
  // the House before attacking the offer …".
  if (
    lex.prepositions.longestAt(tokens, p)?.length === 1 &&
    isWord(ctx, p + 1) &&
    (lex.lexicon.progressiveSuffixes ?? []).some((x) => tokens[p + 1]!.fold.endsWith(foldText(x)))
  )
    return true;
  // Prepositional phrases alone may run longer: "…, Lee wrote in an email to the network's chief on Friday".
  // (Not verb second, where the phrases after the verb go on with the main clause.)
  let phrasesOnly =
    lex.lexicon.verbSecond !== true &&
    (lex.prepositions.longestAt(tokens, p) !== undefined ||
      lex.addresseeMarkers.longestAt(tokens, p) !== undefined);
  for (let k = p; k < stop && phrasesOnly && stop - p > 5; k++)
    if (
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k) ||
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.conjunctions.longestAt(tokens, k)
    )
      phrasesOnly = false;
  if (stop - p > (phrasesOnly ? 12 : 5)) return false;
  for (let k = p; k < stop; k++) {
    // (A cue form that is also a noun, after a determiner, names a document: "said in a June report".)
    let noun = false;
    if (lex.nounHomographs.longestAt(tokens, k))
      for (let j = p; j < k && !noun; j++) noun = lex.determiners.longestAt(tokens, j) !== undefined;
    if (lex.complementizers.longestAt(tokens, k) || (lex.cues.longestAt(tokens, k) && !noun)) return false;
  }
  // (Unless `quoteEnds`, a quotation opening there goes on with the clause: "condemned Friday's test as
  // “reckless”".)
  return stop >= end || (tokens[stop]!.kind !== 'word' && (quoteEnds || !inQuote(ctx, stop)));
}

/**
 * Does a subordinate clause open between tokens `from` and `to`: a comma, then (a preposition and) a relative
 * pronoun or a complementizer ("…, von dem die Polizei glaubt", "…, dass")?
 */
export function subordinateWithin(ctx: AttributionContext, from: number, to: number): boolean {
  const { lex, tokens } = ctx;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.fold !== ',' || inQuote(ctx, k)) continue;
    // (A preposition may govern the relative pronoun: "von dem", "mit der".)
    for (let m = k + 1; m <= k + 2 && m < to; m++) {
      if (lex.relativePronouns.longestAt(tokens, m) || lex.complementizers.longestAt(tokens, m)) return true;
      if (!isWord(ctx, m) || tokens[m]!.upper) break;
    }
  }
  return false;
}

/**
 * Does a clause of circumstance open at token `k` (`Lexicon.circumstanceOpeners`): the conjunction, a subject
 * opened by a determiner, a pronoun or a name, then within a few words a finite verb, in "-s" or in the past, or an
 * auxiliary ("as the senator gains ground", "as Trump consolidates …")?
 */
function circumstanceClauseAt(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const opener = lex.circumstanceOpeners.longestAt(tokens, k);
  const past = lex.lexicon.pastForms;
  if (!opener || !past) return false;
  const from = k + opener.length;
  if (
    !isWord(ctx, from) ||
    inQuote(ctx, from) ||
    !(tokens[from]!.upper || lex.determiners.longestAt(tokens, from) || lex.pronouns.longestAt(tokens, from))
  )
    return false;
  for (let j = from + 1; j < end && j - from <= 5; j++) {
    const verb = tokens[j]!;
    if (verb.kind !== 'word' || inQuote(ctx, j)) return false;
    // (A subject holds no preposition or infinitive: "as an opportunity to fix problems" is a predicate.)
    if (lex.prepositions.longestAt(tokens, j) || lex.linkers.longestAt(tokens, j)) return false;
    if (lex.infinitiveOpeners.longestAt(tokens, j)) return false;
    if (verb.upper) continue;
    if (lex.auxiliaries.longestAt(tokens, j)) return true;
    if (past.irregular.includes(verb.fold) || [...past.suffixes, 's'].some((x) => verb.fold.endsWith(x)))
      return true;
  }
  return false;
}

/**
 * Does the comma at token `comma` set off an apposition of the name that the object opened at token `p` is: the
 * object so far capitalised words only, then a determiner after the comma ("Ana Ruiz, the one juror who …")?
 */
function nameAppositionAt(ctx: AttributionContext, p: number, comma: number): boolean {
  const { tokens, lex } = ctx;
  if (comma <= p || inQuote(ctx, comma) || !isWord(ctx, comma + 1) || inQuote(ctx, comma + 1)) return false;
  for (let j = p; j < comma; j++) if (!isWord(ctx, j) || !tokens[j]!.upper || inQuote(ctx, j)) return false;
  return lex.determiners.longestAt(tokens, comma + 1)?.length === 1 && !tokens[comma + 1]!.upper;
}

/** End (token index) of a noun-phrase object: the first punctuation or line break outside quotations. */
export function objectEnd(ctx: AttributionContext, p: number, end: number): number {
  const { tokens, lex } = ctx;
  let k = p;
  let clauseInside = false;
  // Words, quotations, and possessives ("the court's decision"); not a conjunction opening a clause with a
  // subject pronoun of its own ("promised lower taxes and “jobs, jobs,” | but he also warned …").
  // (Amounts belong to it too: "$916 million", "40%", "1,300".)
  while (
    k < end &&
    (inQuote(ctx, k) ||
      tokens[k]!.kind === 'word' ||
      (tokens[k]!.fold === "'" && tokens[k]!.start === tokens[k - 1]?.end && isWord(ctx, k + 1)) ||
      (/^[$€£¥%]$/u.test(tokens[k]!.fold) &&
        (/^\d/.test(tokens[k + 1]?.fold ?? '') || /^\d/.test(tokens[k - 1]?.fold ?? ''))) ||
      ((tokens[k]!.fold === ',' || tokens[k]!.fold === '.') && k > p && digitGroupAfter(ctx, k - 1)) ||
      // (And the comma before the apposition of a name: "mentions Ana Ruiz, the one juror who …".)
      (tokens[k]!.fold === ',' && nameAppositionAt(ctx, p, k)) ||
      // (And the hyphen of a compound whose head is shared: "low- and middle-income voters".)
      (tokens[k]!.fold === '-' &&
        k > p &&
        tokens[k - 1]!.end === tokens[k]!.start &&
        lex.conjunctions.longestAt(tokens, k + 1) !== undefined) ||
      // (A slash between numbers, glued: "9/11", "24/7".)
      (tokens[k]!.fold === '/' &&
        k > p &&
        /^\d/.test(tokens[k - 1]!.fold) &&
        /^\d/.test(tokens[k + 1]?.fold ?? '') &&
        tokens[k - 1]!.end === tokens[k]!.start &&
        tokens[k]!.end === tokens[k + 1]!.start) ||
      // (And the full stop of a title, an abbreviation or initials, as the sentence splitter reads it: "about
      // Mrs. Clinton", "after the Sept. 11 attacks", "the integrity of the U.S. voting system".)
      (tokens[k]!.fold === '.' && k > p && isWord(ctx, k + 1) && isAbbreviation(tokens, k, lex)) ||
      // (And the comma before examples of the noun: "the new rules, including the fee on permits".)
      (tokens[k]!.fold === ',' &&
        k > p &&
        !inQuote(ctx, k) &&
        isWord(ctx, k + 1) &&
        lex.exampleMarkers.longestAt(tokens, k + 1) !== undefined))
  ) {
    if (
      k > p &&
      !inQuote(ctx, k) &&
      lex.conjunctions.longestAt(tokens, k) &&
      !inQuote(ctx, k + 1) &&
      (lex.pronouns.longestAt(tokens, k + 1) !== undefined ||
        // (Or a poll's next share with its verb: "would choose Clinton | and 44 percent would back Trump".)
        shareClauseAt(ctx, k + 1))
    )
      break;
    // The setting of the speech act ends the object: "called for more funds in a statement on Thursday" (a
    // filler phrase of three words or more: "in a statement", "at a news conference"; shorter fillers may
    // belong to the noun: "the only way", "his birthday on Tuesday", "between January and May").
    if (k > p && !inQuote(ctx, k) && (lex.fillers.longestAt(tokens, k)?.length ?? 0) >= 3) break;
    // (So does a setting named by its event or medium, "attacked her in early-morning tweets", "criticized
    // the plan during a debate", unless a clause opened inside the object: "of leaving when … during …".)
    if (
      k > p &&
      !inQuote(ctx, k) &&
      !clauseInside &&
      settingAt(ctx, k, end, lex.objectSettingOpeners, lex.objectSettingEvents)
    )
      break;
    // A clause of circumstance after the object is the writer's setting, not what the object names: "indicates a
    // tightening race | as the senator gains ground".
    if (k > p + 1 && !inQuote(ctx, k) && circumstanceClauseAt(ctx, k, end)) break;
    // An adverbial clause of the subject's own other act ends it: "touted the figures while mocking his rivals".
    if (k > p && !inQuote(ctx, k) && subordinateGerund(ctx, k)) break;
    if (
      lex.subordinators.longestAt(tokens, k) ||
      lex.relativePronouns.longestAt(tokens, k) ||
      lex.complementizers.longestAt(tokens, k)
    )
      clauseInside = true;
    k++;
  }
  return k;
}

/**
 * Does a subordinator followed by a progressive form stand at token `k` ("while mocking", "when asked" is no such
 * form)? A clause with no subject of its own, whose subject is the main clause's.
 */
function subordinateGerund(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const sub = lex.subordinators.longestAt(tokens, k);
  if (!sub) return false;
  const verb = tokens[k + sub.length];
  if (!verb || verb.kind !== 'word' || inQuote(ctx, k + sub.length)) return false;
  return (lex.lexicon.progressiveSuffixes ?? []).some(
    (x) => verb.fold.length > x.length + 2 && verb.fold.endsWith(x),
  );
}

/**
 * Does a clause boundary stand right before the cue (fillers aside): the sentence's start, punctuation, a
 * conjunction or a relative pronoun ("…, adding", "and noted", "who said")? Elsewhere a cue form that is
 * also a noun, with no subject and opening no report, is that noun ("different questions for").
 */
export function clauseBoundaryBefore(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): boolean {
  const { lex, tokens } = ctx;
  let k = cue.tokStart - 1;
  for (let guard = 0; guard < 3 && k >= sentence.tokStart; guard++) {
    const filler = lex.fillers.matchEndingAt(tokens, k)[0];
    if (!filler) break;
    k -= filler.length;
  }
  if (k < sentence.tokStart) return true;
  const t = tokens[k]!;
  return (
    t.kind !== 'word' ||
    lex.conjunctions.matchEndingAt(tokens, k).length > 0 ||
    lex.relativePronouns.matchEndingAt(tokens, k).length > 0
  );
}

/**
 * After a parenthetical attribution and its comma, does the reported clause go on at token `k` with a subject of
 * its own: a conjunction, or a short prepositional phrase and its comma, then a determiner that is no possessive
 * ("…, he said, but one person ran …", "…, she said, for others, the risk is …")? A pronoun there may be the
 * speaker doing something else ("…, he said, but he gave no details"); a cue later opens a report of its own.
 */
export function clauseGoesOn(ctx: AttributionContext, k: number, end: number): boolean {
  const { lex, tokens } = ctx;
  let at = -1;
  let pronounOk = false;
  if (lex.conjunctions.longestAt(tokens, k)?.length === 1) at = k + 1;
  else if (lex.prepositions.longestAt(tokens, k)) {
    // (After a fronted phrase a pronoun is the subject of the reported clause: "…, he said, for others, it …".)
    pronounOk = true;
    for (let j = k + 1; j < end && j - k <= 5; j++) {
      if (tokens[j]!.fold === ',') {
        at = j + 1;
        break;
      }
      if (!isWord(ctx, j)) return false;
    }
  }
  if (at < 0 || at >= end) return false;
  // Or a conjunction and the speaker's quoted words: "…, Lee said, and still “…”".
  if (!pronounOk) {
    const q = lex.fillers.longestAt(tokens, at) ? at + 1 : at;
    if (q < end && inQuote(ctx, q) && tokens[q]!.start === ctx.quotes[ctx.quoteOf[q]!]!.open) return true;
  }
  if (!isWord(ctx, at)) return false;
  const pronoun = lex.pronouns.longestAt(tokens, at)?.value;
  const subject = pronoun
    ? pronounOk && (pronoun.person ?? 3) === 3
    : lex.determiners.longestAt(tokens, at) !== undefined &&
      // (A possessive opens what the speaker's own people did: "…, he said, and his wife agreed".)
      !(lex.lexicon.genderedForms ?? []).some((g) => foldText(g.form) === tokens[at]!.fold);
  if (!subject) return false;
  for (let j = at; j < end; j++) if (!inQuote(ctx, j) && lex.cues.longestAt(tokens, j)) return false;
  return true;
}

/**
 * A base-form homograph after a lower-case plural, opening a clause ("program users report they prefer …",
 * "critics claim the plan …"): the verb agreeing with its plural subject, not a noun.
 */
export function pluralSubjectBefore(ctx: AttributionContext, cue: CueMatch, p: number, end: number): boolean {
  const { lex, tokens } = ctx;
  const suffixes = lex.lexicon.pluralSuffixes ?? [];
  const plural = (fold: string) => suffixes.some((x) => fold.length > x.length + 2 && fold.endsWith(x));
  const before = tokens[cue.tokStart - 1];
  const verb = tokens[cue.tokEnd - 1]!;
  if (cue.tokEnd - cue.tokStart !== 1 || plural(verb.fold) || !before || before.kind !== 'word') return false;
  if (before.upper || inQuote(ctx, cue.tokStart - 1) || !plural(before.fold)) return false;
  if (lex.determiners.longestAt(tokens, cue.tokStart - 1) || lex.pronouns.longestAt(tokens, cue.tokStart - 1))
    return false;
  if (p >= end || inQuote(ctx, p)) return false;
  const next = tokens[p]!;
  return (
    next.kind === 'word' &&
    (lex.pronouns.longestAt(tokens, p) !== undefined ||
      lex.determiners.longestAt(tokens, p) !== undefined ||
      (lex.lexicon.progressiveSuffixes ?? []).some((x) => next.fold.endsWith(x)))
  );
}

/** Does a report open at token `p`: a complementizer, a colon or an opening quotation mark? */
export function reportOpensAfter(ctx: AttributionContext, p: number, end: number): boolean {
  if (p >= end) return false;
  const t = ctx.tokens[p]!;
  if (inQuote(ctx, p)) return t.start === ctx.quotes[ctx.quoteOf[p]!]!.open;
  return t.fold === ':' || ctx.lex.complementizers.longestAt(ctx.tokens, p) !== undefined;
}

/**
 * Does the reported clause from token `p` stand inside a subordinate clause that opens the sentence (a
 * subordinator, perhaps after a conjunction, and no comma up to `p`: "Although the mayor said the plan was
 * late, | the council …")? Its first comma before a word then closes it. Not verb second, where
 * `mainClauseResumes` reads the verb after the comma.
 */
function frontedSubordinate(ctx: AttributionContext, sentenceStart: number, p: number): boolean {
  const { lex, tokens } = ctx;
  if (lex.lexicon.verbSecond === true || sentenceStart >= p) return false;
  let k = sentenceStart;
  if (lex.conjunctions.longestAt(tokens, k)) k++;
  if (!isWord(ctx, k) || inQuote(ctx, k) || !lex.subordinators.longestAt(tokens, k)) return false;
  for (let j = k + 1; j < p; j++) if (!isWord(ctx, j) || inQuote(ctx, j)) return false;
  return true;
}

/**
 * Where a reported clause from token `p` ends: at a semicolon outside quotations, unless the clause after it
 * is itself marked as reported (German Konjunktiv I: "…; die Art habe ihn überrascht"); else at `fallback`.
 */
export function clauseStop(
  ctx: AttributionContext,
  p: number,
  end: number,
  fallback: number,
  sentenceStart = p,
): number {
  const fronted = frontedSubordinate(ctx, sentenceStart, p);
  for (let k = p; k < end; k++) {
    if (inQuote(ctx, k)) continue;
    if (
      ctx.tokens[k]!.fold === ',' &&
      (((fronted || mainClauseResumes(ctx, k + 1, end)) && isWord(ctx, k + 1)) ||
        otherSourceOpens(ctx, k + 1) ||
        circumstanceOpens(ctx, k + 1, end) ||
        writersAside(ctx, k + 1, end) ||
        settingAt(ctx, k + 1, end, ctx.lex.settingOpeners, ctx.lex.settingEvents))
    )
      return ctx.tokens[k]!.start;
    if (ctx.tokens[k]!.fold !== ';') continue;
    return reportiveWithin(ctx, k + 1, end) ? fallback : ctx.tokens[k]!.start;
  }
  return fallback;
}

/**
 * Does a clause that is the writer's aside on a reported clause open at token `k` (after a comma)? A
 * concessive that reports something else ("…, though she acknowledged it was unlikely", "…, although he again
 * refused to …") or a "though" that closes the sentence; or a relative clause holding a report of its own, its
 * subject between the pronoun and the cue ("…, which he said were tied to favors", "…, which she plans to do
 * …"). A concessive with no cue may be the speaker's own hedge ("…, though it could require a delay"), and a
 * relative whose pronoun is the cue's subject describes its antecedent ("…, who asked for the video"): both stay
 * in the content.
 */
function writersAside(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (inQuote(ctx, k)) return false;
  const concessive = lex.concessives.longestAt(tokens, k);
  // (Verb second puts the cue of every relative clause at its end, "…, die der Minister gestern nannte": no
  // aside by its shape.)
  const relative =
    concessive || lex.complementizers.longestAt(tokens, k) || lex.lexicon.verbSecond
      ? undefined
      : lex.relativePronouns.longestAt(tokens, k);
  const opener = concessive ?? relative;
  if (!opener) return false;
  const first = k + opener.length;
  for (let j = first; j < end; j++) {
    if (inQuote(ctx, j)) continue;
    if (concessive && j === first && !isWord(ctx, j)) return SENTENCE_END.has(tokens[j]!.fold);
    if (!isWord(ctx, j)) return false;
    if (lex.cues.longestAt(tokens, j)) return concessive !== undefined || j > first;
  }
  return concessive !== undefined && first >= end;
}

/**
 * The setting of the speech event at token `k`: one of `openers` and, within three words, one of `events`
 * ("…, lors d'une conférence de presse", "…, dans un entretien au Monde": `Lexicon.speechSettings`, after a
 * comma; "in early-morning tweets": `Lexicon.objectSettings`, after an object). It belongs to the
 * attribution, not to what was said.
 */
function settingAt(
  ctx: AttributionContext,
  k: number,
  end: number,
  openers: PhraseMatcher<true>,
  events: PhraseMatcher<true>,
): boolean {
  const { tokens } = ctx;
  const opener = openers.longestAt(tokens, k);
  if (!opener || inQuote(ctx, k)) return false;
  for (let j = k + opener.length; j < end && j - (k + opener.length) <= 3; j++) {
    // (A hyphen inside a compound adjective is part of the phrase: "in early-morning tweets".)
    const hyphen = tokens[j]!.fold === '-' && tokens[j]!.start === tokens[j - 1]!.end && isWord(ctx, j + 1);
    if (!isWord(ctx, j) && !hyphen) return false;
    if (events.longestAt(tokens, j)) return true;
  }
  return false;
}

/**
 * After a comma, a clause of the writer's that sets the report in its circumstances (`Lexicon.circumstanceOpeners`):
 * "…, as European leaders prepared to meet in London", "…, as ministers faced questions from MPs". The
 * conjunction, then a short subject, then a verb in the past (`Lexicon.pastForms`), the time of the report: a
 * present one is the speaker's reason ("…, as many young people consume too much sugar").
 */
function circumstanceOpens(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  const opener = lex.circumstanceOpeners.longestAt(tokens, k);
  const past = lex.lexicon.pastForms;
  if (!opener || !past || inQuote(ctx, k)) return false;
  // The subject: one to six words, none of them a cue, before the verb.
  const from = k + opener.length;
  for (let j = from + 1; j < end && j - from <= 6; j++) {
    if (!isWord(ctx, j - 1) || inQuote(ctx, j - 1) || lex.cues.longestAt(tokens, j - 1)) return false;
    const verb = tokens[j]!;
    if (verb.kind !== 'word' || verb.upper || inQuote(ctx, j)) continue;
    if (past.irregular.includes(verb.fold) || past.suffixes.some((x) => verb.fold.endsWith(x)))
      return !lex.cues.longestAt(tokens, j);
  }
  return false;
}

/**
 * After a comma, a contrastive conjunction and another source (`Lexicon.contrastives`, `accordingTo`, or a
 * generic plural of people) open a different report: "говорил, будто это обошлось в 2 трлн, | а по расчетам
 * академика – в 16 трлн".
 */
function otherSourceOpens(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  const conjunction = lex.contrastives.longestAt(tokens, k);
  if (!conjunction || inQuote(ctx, k)) return false;
  const next = k + conjunction.length;
  const marker = lex.accordingTo.longestAt(tokens, next);
  if (marker !== undefined && !marker.value.refersBack && !marker.value.clauseFinalOnly) return true;
  // Or a plural of people who hold views of their own, as the subject of what follows: "…, однако эксперты в
  // этом сомневаются", "…, pero los analistas lo dudan" (the writer's contrast, not the speaker's words).
  const det = lex.determiners.longestAt(tokens, next);
  const role = lex.roles.longestAt(tokens, next + (det?.length ?? 0));
  return role !== undefined && role.value.generic === true && role.value.number === 'pl';
}

/**
 * Verb second: after a comma, a finite verb followed by its subject resumes the main clause that a fronted
 * subordinate clause held the cue for ("Nachdem sie mitgeteilt hatte, dass er gesucht werde, | rief der Richter
 * …", "Bei dem sie gesagt hatte, sie habe …, | lachte sie."): the reported clause ends at the comma. The verb is
 * a lower-case word that is no function word nor reportive form (", sei aber …" goes on reporting).
 */
function mainClauseResumes(ctx: AttributionContext, k: number, end: number): boolean {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.verbSecond || k + 1 >= end || !isWord(ctx, k) || tokens[k]!.upper || inQuote(ctx, k))
    return false;
  const functionWord =
    lex.determiners.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.prepositions.longestAt(tokens, k) ||
    lex.conjunctions.longestAt(tokens, k) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.fillers.longestAt(tokens, k) ||
    lex.linkers.longestAt(tokens, k) ||
    (lex.lexicon.infinitiveMarkers ?? []).includes(tokens[k]!.fold) ||
    lex.subordinators.longestAt(tokens, k) ||
    reportiveWithin(ctx, k, k + 1) ||
    reportiveWithin(ctx, k, k + 1, true);
  if (functionWord || inQuote(ctx, k + 1)) return false;
  // (A capitalised word after it may be a noun after an adjective: "die erhobenen, ernsten Vorwürfe".)
  const subject = lex.pronouns.longestAt(tokens, k + 1) ?? lex.determiners.longestAt(tokens, k + 1);
  return subject !== undefined && /^\p{L}/u.test(tokens[k]!.fold);
}

/**
 * Where an apposition that opens at token `k` ends (token index), or -1: a speaker phrase (a name or a role,
 * not a pronoun) closed by punctuation, a relative pronoun or the sentence's end ("a former captain who …",
 * "декан экономфака МГУ,").
 */
export function appositionEnd(ctx: AttributionContext, k: number, end: number): number {
  const np = parseSpeakerPhrase(ctx, k, end);
  if (!np || np.kind === 'pronoun') return -1;
  // Its complements run on to a comma or a relative clause ("a longtime adviser to the family who …").
  let next = np.tokEnd;
  while (
    next < end &&
    next - np.tokEnd < 8 &&
    ctx.tokens[next]!.kind === 'word' &&
    !ctx.lex.relativePronouns.longestAt(ctx.tokens, next) &&
    !ctx.lex.cues.longestAt(ctx.tokens, next)
  )
    next++;
  const closed =
    next >= end ||
    ctx.tokens[next]!.kind !== 'word' ||
    ctx.lex.relativePronouns.longestAt(ctx.tokens, next) !== undefined;
  return closed ? next : -1;
}

/**
 * Verb second: a fronted source closed by a comma still has its apposition or relative clause to run ("Nach
 * Angaben von X, einem Sprecher der Firma, | wurde …", "Laut einer Umfrage, die am Montag erschien, | liegt …"):
 * the clause proper starts at the finite verb, the first lower-case content word after a comma. Token `k` is
 * the one after the source's comma; returns it when it is already the verb or no such comma comes.
 */
export function finiteVerbAfterPrefield(ctx: AttributionContext, k: number, end: number): number {
  const finiteVerb = (j: number) => finiteVerbAt(ctx, j);
  if (k >= end || finiteVerb(k)) return k;
  for (let j = k; j < end && j - k < 40; j++) {
    if (inQuote(ctx, j)) continue;
    const fold = ctx.tokens[j]!.fold;
    if (fold === ',' && finiteVerb(j + 1)) return j + 1;
    if (SENTENCE_END.has(fold) || fold === ':' || ctx.tokens[j]!.kind === 'break') break;
  }
  return k;
}

/**
 * Verb second: where a subordinate clause that goes on at token `k` ends (a character offset): at the comma
 * before the main clause's finite verb ("die laut Polizei betraut ist, | hält sich …"), else at `fallback`.
 */
export function subordinateEnd(ctx: AttributionContext, k: number, end: number, fallback: number): number {
  for (let j = k; j < end; j++) {
    if (inQuote(ctx, j)) continue;
    const t = ctx.tokens[j]!;
    if (t.fold === ',' && finiteVerbAt(ctx, j + 1)) return t.start;
    if (t.fold === ';') return t.start;
  }
  return fallback;
}

/** Verb second: is token `j` a finite verb, as far as words tell: a lower-case word no function word? */
export function finiteVerbAt(ctx: AttributionContext, j: number): boolean {
  const { tokens, lex } = ctx;
  return (
    isWord(ctx, j) &&
    !inQuote(ctx, j) &&
    !tokens[j]!.upper &&
    /^\p{L}/u.test(tokens[j]!.fold) &&
    !lex.determiners.longestAt(tokens, j) &&
    !lex.pronouns.longestAt(tokens, j) &&
    !lex.prepositions.longestAt(tokens, j) &&
    !lex.conjunctions.longestAt(tokens, j) &&
    !lex.complementizers.longestAt(tokens, j) &&
    !lex.relativePronouns.longestAt(tokens, j) &&
    !lex.fillers.longestAt(tokens, j) &&
    !lex.linkers.longestAt(tokens, j) &&
    !lex.subordinators.longestAt(tokens, j)
  );
}

/**
 * Does the rest of a reported clause follow at token `k`, after a parenthetical source that otherwise only ends
 * a sentence ("Das Problem sei, so Müller, | dass …", "…, so Müller, | sei aber …"): a complementizer or a
 * reportive form?
 */
export function reportedClauseOpens(ctx: AttributionContext, k: number, end: number): boolean {
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  return (
    ctx.lex.complementizers.longestAt(ctx.tokens, k) !== undefined ||
    reportiveWithin(ctx, k, clauseEndTok(ctx, k, end))
  );
}

/** The first punctuation token from `k` outside quotations, or `end`. */
export function clauseEndTok(ctx: AttributionContext, k: number, end: number): number {
  let j = k;
  while (j < end && (isWord(ctx, j) || inQuote(ctx, j))) j++;
  return j;
}

/** Does a subordinate or relative clause open at token `k` ("weil", "dass", "die", "in dem")? */
export function subordinateOpens(ctx: AttributionContext, k: number): boolean {
  const { tokens, lex } = ctx;
  if (!isWord(ctx, k) || inQuote(ctx, k)) return false;
  const opener = (j: number) =>
    lex.subordinators.longestAt(tokens, j) !== undefined ||
    lex.complementizers.longestAt(tokens, j) !== undefined ||
    lex.relativePronouns.longestAt(tokens, j) !== undefined;
  return (
    opener(k) ||
    (lex.prepositions.longestAt(tokens, k)?.length === 1 &&
      lex.relativePronouns.longestAt(tokens, k + 1) !== undefined)
  );
}

/**
 * Are tokens [from, to) headed by one of `heads` (folded; `*x` for x and compounds ending in x): a word among
 * them that no linker introduces ("Angaben des Ministeriums", "Celebis Angaben", not "der Sprecher der Angaben")?
 */
export function headedBy(
  ctx: AttributionContext,
  from: number,
  to: number,
  heads: readonly string[],
): boolean {
  const { tokens, lex } = ctx;
  for (let k = from; k < to; k++) {
    const fold = tokens[k]!.fold;
    const head = heads.some((h) => (h.startsWith('*') ? fold.endsWith(h.slice(1)) : fold === h));
    if (head) return !lex.linkers.longestAt(tokens, k - 1);
  }
  return false;
}

/** Is the clause over at token `p` (sentence end, punctuation, a quotation, another attribution)? */
export function clauseOver(ctx: AttributionContext, p: number, end: number): boolean {
  if (p >= end) return true;
  const t = ctx.tokens[p]!;
  return t.kind === 'punct' || t.kind === 'break';
}

/** The last opening bracket in tokens [from, to) that is not closed before `to`, outside quotations; or -1. */
export function openBracketBefore(ctx: AttributionContext, from: number, to: number): number {
  let depth = 0;
  for (let k = to - 1; k >= from; k--) {
    if (inQuote(ctx, k)) continue;
    const fold = ctx.tokens[k]!.fold;
    if (fold === ')') depth++;
    else if (fold === '(' && depth-- === 0) return k;
  }
  return -1;
}

/**
 * "…, una información que no ha podido ser verificada": an apposition in which the writer takes up the report
 * (`Lexicon.reportAppositions`, outside quotations) ends the content of the sentence's statements before its
 * comma.
 */
export function endBeforeReportApposition(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  out: RawStatement[],
): void {
  const { tokens, lex } = ctx;
  if (out.length === 0 || (lex.lexicon.reportAppositions ?? []).length === 0) return;
  for (let i = sentence.tokStart + 1; i < sentence.tokEnd - 2; i++) {
    if (tokens[i]!.fold !== ',' || inQuote(ctx, i)) continue;
    let k = i + 1;
    k += lex.determiners.longestAt(tokens, k)?.length ?? 0;
    let noun = lex.reportAppositions.longestAt(tokens, k);
    // (One adjective before the noun: "una nueva información que …".)
    if (!noun && isWord(ctx, k)) noun = lex.reportAppositions.longestAt(tokens, ++k);
    if (!noun || inQuote(ctx, k) || !lex.relativePronouns.longestAt(tokens, k + noun.length)) continue;
    const comma = tokens[i]!.start;
    for (const r of out) {
      if (r.sentence !== sentence || r.kind === 'direct' || r.attribution[0] >= comma) continue;
      r.parts = r.parts
        .map(([a, b]) => (b > comma ? trimRange(ctx.text, a, comma) : [a, b]) as [number, number])
        .filter(([a, b]) => b > a);
    }
    return;
  }
}
