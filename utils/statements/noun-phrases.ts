/**
 * Noun phrases around a cue that the speaker grammar does not read on its own: bare and quoted noun phrases,
 * subjects inverted after the cue, the words that extend or stop a phrase (possessives, fillers, clause
 * words), and phrases that cannot be subjects (oblique cases, lower-case adverbs). The complement reader
 * uses them too, so they stand apart from subject resolution.
 */
import { foldText } from '../text/normalize';
import type { CueMatch } from './cues';
import { parseSpeakerPhrase, pronounPhrase, type SpeakerPhrase } from './speaker-phrase';
import { type AttributionContext, fillerAt, inQuote, isWord, quotedName } from './attribution-base';

export { quotedName };
import { clauseOver } from './content-bounds';
import { reportiveWithin } from './reportive';

export function invertedPronounPhrase(cue: CueMatch): SpeakerPhrase | null {
  if (!cue.inverted) return null;
  return pronounPhrase(
    cue.tokStart,
    cue.tokStart + 1,
    cue.inverted.start,
    cue.inverted.end,
    cue.inverted.pronoun,
  );
}

/**
 * A plain noun phrase as the object of "told", "assured" ("told reporters", "told the committee"): a
 * determiner and at most three lower-case words, ended by what opens the reported clause.
 */
export function bareNounPhrase(ctx: AttributionContext, p: number, end: number): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  const groupPhrase = (k: number, number: 'sg' | 'pl'): SpeakerPhrase => ({
    tokStart: p,
    tokEnd: k,
    start: tokens[p]!.start,
    end: tokens[k - 1]!.end,
    kind: 'group',
    number,
  });
  let k = p;
  const det = lex.determiners.longestAt(tokens, k);
  if (det) k += det.length;
  const first = k;
  while (k < end && k - first < 3 && tokens[k]!.kind === 'word' && !tokens[k]!.upper && !inQuote(ctx, k)) {
    if (
      lex.complementizers.longestAt(tokens, k) ||
      lex.determiners.longestAt(tokens, k) ||
      lex.pronouns.longestAt(tokens, k)
    )
      break;
    if (
      lex.prepositions.longestAt(tokens, k) ||
      lex.auxiliaries.longestAt(tokens, k) ||
      lex.cues.longestAt(tokens, k)
    )
      break;
    k++;
  }
  // A determiner with no noun after it, before a complementizer or the punctuation that opens the reported
  // words, is a pronoun: "told her that …", "told her, “…”".
  if (k === first && det && k < end && !inQuote(ctx, k - 1)) {
    const t = tokens[k]!;
    const opens = lex.complementizers.longestAt(tokens, k) !== undefined || t.fold === ',' || t.fold === ':';
    if (opens) return groupPhrase(k, 'sg');
  }
  if (k === first || k >= end) return null;
  // A short complement of place or group before "that": "told a crowd in Dover that …".
  if (lex.prepositions.longestAt(tokens, k)?.length === 1 && !inQuote(ctx, k) && !fillerAt(ctx, k)) {
    let j = k + 1;
    const pdet = lex.determiners.longestAt(tokens, j);
    if (pdet) j += pdet.length;
    const from = j;
    while (j < end && j - from < 3 && isWord(ctx, j) && !inQuote(ctx, j) && !clauseWordAt(ctx, j)) j++;
    if (j > from && j < end && lex.complementizers.longestAt(tokens, j)) k = j;
  }
  const next = tokens[k]!;
  const opensClause =
    lex.complementizers.longestAt(tokens, k) ||
    lex.determiners.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.fillers.longestAt(tokens, k) ||
    next.upper ||
    next.kind === 'punct';
  if (!opensClause) return null;
  return groupPhrase(k, 'pl');
}

/**
 * Start of the run of words ending before token `end` (no earlier than `floor`), across initials' dots
 * ("Mr. Hemming") and possessive clitics ("Putin's spokesman").
 */
export function wordRunStart(ctx: AttributionContext, end: number, floor: number): number {
  const { tokens } = ctx;
  let from = end;
  for (;;) {
    while (from > floor && tokens[from - 1]!.kind === 'word' && !inQuote(ctx, from - 1)) from--;
    const dot = tokens[from - 1];
    const possessive = dot?.fold === "'" && tokens[from]?.fold === 's';
    if (
      from - 2 >= floor &&
      (dot?.fold === '.' || possessive) &&
      tokens[from - 2]!.kind === 'word' &&
      !inQuote(ctx, from - 2)
    ) {
      from -= 1;
      continue;
    }
    return from;
  }
}

/**
 * Start of the fillers that end right before token `end` (`end` when there are none): adverbs and times, and
 * a prepositional filler with the name it governs in quotation marks ("в интервью „МК“ недавно сказал",
 * "im Gespräch mit der „Zeit“"), which stand between a subject and its cue.
 */
export function fillersEndingAt(ctx: AttributionContext, end: number, floor: number): number {
  const { lex, tokens } = ctx;
  for (let guard = 0; guard < 4; guard++) {
    const f = lex.fillers.matchEndingAt(tokens, end - 1)[0];
    if (f && end - f.length >= floor) {
      end -= f.length;
      continue;
    }
    // A short quoted name after a filler: skip both.
    const q = ctx.quoteOf[end - 1] ?? -1;
    if (q === -1 || tokens[end - 1]!.start !== ctx.quotes[q]!.close) break;
    let open = end - 1;
    while (open > floor && ctx.quoteOf[open - 1] === q) open--;
    if (quotedName(ctx, open) !== end) break;
    // (A one-word adverb governs no name: in "Ранее «Ведомости» писали" the name is the subject.)
    const g = lex.fillers.matchEndingAt(tokens, open - 1)[0];
    if (!g || g.length < 2 || open - g.length < floor) break;
    end = open - g.length;
  }
  return end;
}

/**
 * Is the phrase an object pronoun right before the cue at token `cueStart`, after a comma or a quotation
 * (`Lexicon.objectClitics`: "« … », lui a répondu X")? It is the addressee; the subject follows the verb.
 */
export function objectClitic(ctx: AttributionContext, phrase: SpeakerPhrase, cueStart: number): boolean {
  const { tokens, lex } = ctx;
  return (
    phrase.tokEnd === cueStart &&
    phrase.tokEnd - phrase.tokStart === 1 &&
    lex.objectClitics.longestAt(tokens, phrase.tokStart) !== undefined &&
    (tokens[phrase.tokStart - 1]?.fold === ',' || inQuote(ctx, phrase.tokStart - 1))
  );
}

/**
 * Verb second: a single lower-case word that is no pronoun, read as the phrase before a cue, is an adverb in
 * first position ("„…“, so beschrieb ihn die Sprecherin"), never the subject (German capitalises nouns).
 */
export function lowerCaseAdverb(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  return (
    ctx.lex.lexicon.verbSecond === true &&
    phrase.kind !== 'pronoun' &&
    phrase.tokEnd - phrase.tokStart === 1 &&
    !ctx.tokens[phrase.tokStart]!.upper
  );
}

/** Does a noun phrase open with a determiner of an oblique case (`Lexicon.obliqueDeterminers`: "dem", "den")? */
export function obliquePhrase(ctx: AttributionContext, phrase: SpeakerPhrase): boolean {
  const { obliqueDeterminers: oblique = [], obliqueBeforeAdjective: before } = ctx.lex.lexicon;
  const { tokens, lex } = ctx;
  const adjective = (k: number): boolean =>
    before !== undefined &&
    tokens[k]?.kind === 'word' &&
    !tokens[k]!.upper &&
    tokens[k]!.fold.endsWith(before.ending);
  // The phrase read may leave its determiner and adjective out: "[Der drittgrößten] Volkswirtschaft".
  if (phrase.kind === 'pronoun') return false;
  // A name in apposition is the subject whatever the phrase before it ("…, Claudia Mo, urteilte").
  for (let k = phrase.tokStart; k < phrase.tokEnd; k++) if (tokens[k]!.fold === ',') return false;
  let det = phrase.tokStart;
  if (!lex.determiners.longestAt(tokens, det) && tokens[det]?.upper) {
    if (adjective(det - 1) && lex.determiners.longestAt(tokens, det - 2)) det -= 2;
    else if (det > 0 && lex.determiners.longestAt(tokens, det - 1)) det -= 1;
  }
  const first = tokens[det];
  if (first === undefined || first.kind !== 'word') return false;
  if (oblique.includes(first.fold)) return true;
  return before !== undefined && before.determiners.includes(first.fold) && adjective(det + 1);
}

/**
 * A cue form that is also a noun, right before another plain word of a noun phrase, is a modifier: "the state
 * news agency said", "state media".
 */
function homographModifier(ctx: AttributionContext, k: number): boolean {
  const { lex, tokens } = ctx;
  const next = tokens[k + 1];
  return (
    lex.nounHomographs.longestAt(tokens, k) !== undefined &&
    next !== undefined &&
    next.kind === 'word' &&
    !inQuote(ctx, k + 1) &&
    !lex.cues.longestAt(tokens, k + 1) &&
    !lex.auxiliaries.longestAt(tokens, k + 1) &&
    !lex.complementizers.longestAt(tokens, k + 1) &&
    !lex.pronouns.longestAt(tokens, k + 1) &&
    !lex.determiners.longestAt(tokens, k + 1) &&
    !lex.prepositions.longestAt(tokens, k + 1) &&
    !lex.conjunctions.longestAt(tokens, k + 1)
  );
}

/**
 * Does the word at `k` make a clause of the run holding it (a cue, a complementizer, a relative or personal
 * pronoun, an auxiliary, a negation, an infinitive opener)? Such a run is no noun phrase standing for a speaker.
 */
export function clauseWordAt(ctx: AttributionContext, k: number): boolean {
  const { lex, tokens } = ctx;
  return Boolean(
    (lex.cues.longestAt(tokens, k) && !homographModifier(ctx, k)) ||
    lex.complementizers.longestAt(tokens, k) ||
    lex.relativePronouns.longestAt(tokens, k) ||
    lex.pronouns.longestAt(tokens, k) ||
    lex.auxiliaries.longestAt(tokens, k) ||
    lex.negations.longestAt(tokens, k) ||
    lex.infinitiveOpeners.longestAt(tokens, k),
  );
}

/**
 * A determiner right after a verb in the past (`Lexicon.pastForms`) opens that verb's object: "The pair filmed
 * a weekly show …" is a clause, no noun phrase (a determiner inside one follows a preposition or a linker:
 * "the head of the agency").
 */
export function objectDeterminerAt(ctx: AttributionContext, k: number, from: number): boolean {
  const { lex, tokens } = ctx;
  const past = lex.lexicon.pastForms;
  const prev = tokens[k - 1];
  if (!past || k <= from || prev?.kind !== 'word' || prev.upper) return false;
  const verb = past.irregular.includes(prev.fold) || past.suffixes.some((x) => prev.fold.endsWith(x));
  return verb && lex.determiners.longestAt(tokens, k) !== undefined;
}

/**
 * "…,” said a statement released by the mayor's office.": after a trailing cue that follows a quotation, a
 * determiner and a few plain
 * words that close the sentence are the inverted subject whatever their noun (a document, a notice), since
 * no verb follows that would make them a clause's subject. Languages with the verb second are left out (their
 * inverted subject always follows the finite verb). Or null.
 */
export function invertedNounSubject(
  ctx: AttributionContext,
  cue: CueMatch,
  from: number,
  end: number,
): SpeakerPhrase | null {
  const { lex, tokens } = ctx;
  if (lex.lexicon.verbSecond === true || from >= end || inQuote(ctx, from)) return null;
  // A participle has no inverted subject ("…, citing her work"); "that" opens a clause, not a subject.
  const verb = tokens[cue.tokEnd - 1]!.fold;
  if ((lex.lexicon.progressiveSuffixes ?? []).some((x) => verb.endsWith(foldText(x)))) return null;
  // Only after a quotation ("“…,” said the ruling."): after other content a bare clause may follow the cue
  // with a verb no list holds ("Reyes, who watched it, said the day brought back memories").
  const before = tokens[cue.tokStart - 1]?.fold === ',' ? cue.tokStart - 2 : cue.tokStart - 1;
  if (before < 0 || !inQuote(ctx, before)) return null;
  const det = lex.determiners.longestAt(tokens, from);
  if (!det || lex.complementizers.longestAt(tokens, from)) return null;
  let k = from + 1;
  for (; k < end && k - from <= 10; k++) {
    const t = tokens[k]!;
    const possessive = t.fold === "'" && t.start === tokens[k - 1]?.end;
    if (possessive) continue;
    if (t.kind !== 'word' || inQuote(ctx, k)) break;
    // An adverbial of the verb after the noun ends the phrase: "…», a lâché le technicien en conférence de
    // presse.", "…», a martelé le défenseur au micro de Canal+.".
    if (k > from + det.length && adverbialToEnd(ctx, k, end)) break;
    if (clauseWordAt(ctx, k) || lex.passives.longestAt(tokens, k)) return null;
  }
  if (k - from < 2 || !(clauseOver(ctx, k, end) || adverbialToEnd(ctx, k, end)) || tokens[k]?.fold === ',')
    return null;
  const np = nounPhrase(ctx, from, k);
  // The name shown leaves the determiner out ("the ruling" → "ruling"), as for any institution, but not a
  // quantifier before "of" ("one of the players").
  if (np.kind === 'institution' && !np.institutionEntry && !lex.linkers.longestAt(tokens, from + det.length))
    np.institution = ctx.text.slice(tokens[from + det.length]!.start, np.end);
  return np;
}

/**
 * Does an adverbial of the verb (`Lexicon.fillers`, or a setting such as "au micro de" with the name after it)
 * start at token `k` and run to the end of the clause?
 */
function adverbialToEnd(ctx: AttributionContext, k: number, end: number): boolean {
  const { lex, tokens } = ctx;
  const filler = fillerAt(ctx, k);
  const setting = filler ? undefined : lex.settingOpeners.longestAt(tokens, k);
  if (!filler && !setting) return false;
  let j = k + (filler?.length ?? setting!.length);
  // A setting names its medium or event: "au micro de Canal+", "lors du sommet de l'OTAN".
  if (setting) while (j < end && (isWord(ctx, j) || /^[+'-]$/.test(tokens[j]!.fold)) && j - k < 10) j++;
  return j >= end || /^[.!?…,;:]$/.test(tokens[j]!.fold) || tokens[j]!.kind === 'break';
}

/** End of a capitalised-noun phrase from token `i` (German): [det] adj* Noun+ ((linker) [det] adj* Noun+)*, or -1. */
export function nounPhraseEnd(ctx: AttributionContext, i: number, end: number): number {
  const { tokens, lex } = ctx;
  let j = i;
  let groups = 0;
  for (let guard = 0; guard < 6; guard++) {
    let k = j;
    const link = lex.linkers.longestAt(tokens, k);
    // Groups are joined by genitive links; the first may open with one too ("nach Angaben von n24").
    if (groups > 0 && (!link || inQuote(ctx, k))) break;
    if (link) k += link.length;
    const det = lex.determiners.longestAt(tokens, k);
    // (A linked complement opened by a demonstrative or possessive belongs to the clause: "für diese Transporte".)
    if (groups > 0 && det && (lex.lexicon.referringDeterminers ?? []).includes(tokens[k]!.fold)) break;
    if (det) k += det.length;
    while (
      k < end &&
      isWord(ctx, k) &&
      !tokens[k]!.upper &&
      /(e|en|er|es|em)$/.test(tokens[k]!.fold) &&
      !lex.cues.longestAt(tokens, k) &&
      !lex.auxiliaries.longestAt(tokens, k) &&
      !lex.determiners.longestAt(tokens, k) &&
      // (Not a verb of the same shape: "so gebe es keine Möglichkeit".)
      !lex.pronouns.longestAt(tokens, k) &&
      !reportiveWithin(ctx, k, k + 1)
    )
      k++;
    const nounStart = k;
    for (;;) {
      if (k < end && isWord(ctx, k) && !inQuote(ctx, k) && (tokens[k]!.upper || /\d/.test(tokens[k]!.fold)))
        k++;
      else if (k < end && quotedName(ctx, k) > k) {
        // A quoted name closes its group: "laut „Reuters“ Warnschüsse …".
        k = quotedName(ctx, k);
        break;
      } else break;
    }
    if (k === nounStart) break;
    // An acronym in brackets after the name: "des United States Geological Survey (USGS)".
    if (tokens[k]?.fold === '(' && tokens[k + 2]?.fold === ')' && isWord(ctx, k + 1) && k + 3 <= end) k += 3;
    j = k;
    groups++;
  }
  return groups > 0 ? j : -1;
}

/** A source named by tokens [from, to) that the speaker grammar does not take ("einer Studie der UNO"). */
export function nounPhrase(ctx: AttributionContext, from: number, to: number): SpeakerPhrase {
  const parsed = parseSpeakerPhrase(ctx, from, to);
  if (parsed && parsed.tokEnd === to) return parsed;
  const start = ctx.tokens[from]!.start;
  const stop = ctx.tokens[to - 1]!.end;
  // A person named at the end, after a title the grammar does not read whole: "former Bank of Canada
  // governor David Dodge" → David Dodge, the rest being the role. (A full name or a titled one: in German a
  // lone capitalised word is any noun, "nach ersten Erkenntnissen".)
  for (let k = from + 1; k < to && k - from < 14; k++) {
    if (!isWord(ctx, k)) continue;
    const named = parseSpeakerPhrase(ctx, k, to);
    if (named?.kind === 'person' && (named.role || named.name?.includes(' ')) && named.tokEnd === to)
      return {
        ...named,
        tokStart: from,
        start,
        role: ctx.text.slice(start, named.start).trim() + (named.role ? ` ${named.role}` : ''),
      };
  }
  return {
    tokStart: from,
    tokEnd: to,
    start,
    end: stop,
    kind: 'institution',
    institution: ctx.text.slice(start, stop),
    number: 'sg',
  };
}

/**
 * Is there a possessive clitic right before token `k` ("school ’ s" with `k` at "s"), glued to a word that
 * is no pronoun, relative pronoun, complementizer or presentative ("it's", "that's", "there's" are
 * contractions of "is")?
 */
export function possessiveBefore(ctx: AttributionContext, k: number, floor: number): boolean {
  const { tokens, lex } = ctx;
  const s = tokens[k];
  const mark = tokens[k - 1];
  const owner = tokens[k - 2];
  if (!s || !mark || !owner || k - 2 < floor || s.fold !== 's' || mark.fold !== "'") return false;
  if (mark.start !== owner.end || s.start !== mark.end || !isWord(ctx, k - 2) || inQuote(ctx, k - 2))
    return false;
  return !(
    lex.pronouns.longestAt(tokens, k - 2) ||
    lex.relativePronouns.longestAt(tokens, k - 2) ||
    lex.complementizers.longestAt(tokens, k - 2) ||
    (lex.lexicon.presentatives ?? []).some((w) => foldText(w) === owner.fold)
  );
}
