/**
 * The speaker of a cue that the speaker grammar (`speaker-phrase.ts`) could not read: news style names many
 * sources with plain noun phrases ("A person familiar with the talks says", "said the ruling", "Several
 * groups have warned …, saying") or with a name set off by appositions ("Lina Ortiz, a former aide who …,
 * said"). Read from the lexicon's grammatical words only, so it holds for every language that lists them;
 * it runs when the grammar found no subject, and returns null rather than guess across a verb.
 */
import type { AttributionContext } from './attribution';
import { fillerAt, quotedName, skipFillers } from './attribution-base';
import type { SentenceUnit } from './sentences';
import { objectDeterminerAt } from './noun-phrases';
import { relativeAntecedent } from './relative-antecedent';
import { parseSpeakerPhrase, speakerEndingAt, type SpeakerPhrase } from './speaker-phrase';

/** Tokens at most in a plain noun phrase taken as a speaker. */
const MAX_WORDS = 10;
/** Tokens at most between a clause's start and its cue. */
const MAX_CLAUSE = 30;
/** Clause starts at most tried before a participle. */
const MAX_CLAUSE_STARTS = 4;

function isWord(ctx: AttributionContext, i: number): boolean {
  return ctx.tokens[i]?.kind === 'word';
}

function quoted(ctx: AttributionContext, i: number): boolean {
  return ctx.quoteOf[i] !== undefined && ctx.quoteOf[i] !== -1;
}

/** A grammatical word that cannot sit inside a subject noun phrase: it ends one. */
function endsNounPhrase(ctx: AttributionContext, i: number): boolean {
  const { lex, tokens } = ctx;
  return (
    lex.relativePronouns.matchAt(tokens, i).length > 0 ||
    lex.complementizers.matchAt(tokens, i).length > 0 ||
    lex.auxiliaries.matchAt(tokens, i).length > 0 ||
    lex.negations.matchAt(tokens, i).length > 0 ||
    lex.cues.matchAt(tokens, i).length > 0 ||
    lex.fillers.matchAt(tokens, i).length > 0 ||
    lex.conjunctions.matchAt(tokens, i).length > 0 ||
    lex.pronouns.matchAt(tokens, i).length > 0 ||
    lex.infinitiveOpeners.matchAt(tokens, i).length > 0
  );
}

/** A token a noun phrase may hold: a word, an apostrophe, a slash or a hyphen ("9/11 widow", "family's"). */
function inPhrase(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return (
    t !== undefined &&
    !quoted(ctx, i) &&
    (t.kind === 'word' || t.fold === "'" || t.fold === '/' || t.fold === '-')
  );
}

/** A plain noun phrase over tokens [from, to) as a group speaker, or the name it ends with. */
function plainPhrase(ctx: AttributionContext, from: number, to: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (to <= from) return null;
  for (let k = from; k < to; k++) if (!inPhrase(ctx, k)) return null;
  const parsed = parseSpeakerPhrase(ctx, from, to);
  if (parsed && parsed.tokEnd === to && parsed.kind !== 'pronoun') return parsed;
  // A pronoun with its auxiliary contracted ("She's said", "They've argued"): the pronoun.
  if (parsed?.kind === 'pronoun' && parsed.tokEnd + 2 === to && contraction(ctx, parsed.tokEnd))
    return parsed;
  // A name before a dash opens an apposition: "Ada Ruiz — a surgeon and TV star — has …".
  if (
    (parsed?.kind === 'person' || parsed?.kind === 'institution') &&
    parsed.tokEnd < to &&
    tokens[parsed.tokEnd]!.fold === '-'
  )
    return parsed;
  // "9/11 widow Rita Vance": a name (with its title) closing the phrase is the speaker.
  const ending = speakerEndingAt(ctx, from, to);
  if (ending && (ending.kind === 'person' || ending.kind === 'institution')) return ending;
  const last = tokens[to - 1]!;
  const plural = (lex.lexicon.pluralSuffixes ?? []).some(
    (s) => last.fold.length > s.length + 2 && last.fold.endsWith(s),
  );
  return {
    tokStart: from,
    tokEnd: to,
    start: tokens[from]!.start,
    end: last.end,
    kind: 'group',
    number: plural ? 'pl' : 'sg',
  };
}

/** An apostrophe at token `k` joined to the words on both sides ("'s" of "She's", "'ve" of "They've"). */
function contraction(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  const apostrophe = tokens[k];
  const clitic = tokens[k + 1];
  return (
    apostrophe?.fold === "'" &&
    apostrophe.start === tokens[k - 1]?.end &&
    clitic?.kind === 'word' &&
    clitic.start === apostrophe.end
  );
}

/**
 * After a filler of `length` words ending at token `k`, the end of the name it governs, if it is of two words
 * or more ("в интервью РБК", "в ефірі Суспільного", "in an interview with CNN"): up to three capitalised words,
 * or a short title in quotation marks; else `k`.
 */
function governedName(ctx: AttributionContext, k: number, length: number, end: number): number {
  if (length < 2) return k;
  const title = quotedName(ctx, k);
  if (title > 0) return title;
  let j = k;
  while (j < end && j < k + 3 && isWord(ctx, j) && ctx.tokens[j]!.upper && !quoted(ctx, j)) j++;
  return j;
}

/** Start of the clause that ends at token `cue`: after a quotation, a colon or a semicolon; -1 if too far. */
function clauseStart(ctx: AttributionContext, sentence: SentenceUnit, cue: number): number {
  let k = cue;
  while (k > sentence.tokStart && cue - k < MAX_CLAUSE) {
    const prev = ctx.tokens[k - 1]!;
    if (quoted(ctx, k - 1) || prev.kind === 'break' || prev.fold === ':' || prev.fold === ';') break;
    k--;
  }
  if (cue - k >= MAX_CLAUSE) return -1;
  // The comma after a quotation ("“…,” a narrator says") opens nothing.
  while (k < cue && !isWord(ctx, k)) k++;
  return k;
}

/**
 * The first token after the adverbs and times (`Lexicon.fillers`) opening a clause, with their commas:
 * capitalised at a sentence's start they look like a name ("Luego añadió que …", "Також зазначив, що …",
 * "Además, pidió …"), but they are no subject; with nothing else before the cue, the subject was dropped.
 */
export function afterOpeningAdverbs(ctx: AttributionContext, from: number, cue: number): number {
  const { tokens, lex } = ctx;
  let k = from;
  while (k < cue) {
    const filler = lex.fillers.longestAt(tokens, k);
    // (An adverb that takes up a document is its anaphor, not a filler: "Dort heißt es, …" after "seinen
    // Jahresbericht", `Lexicon.documentAdverbs`.)
    if (!filler || lex.documentAdverbs.longestAt(tokens, k)) break;
    k += filler.length;
    while (k < cue && tokens[k]!.fold === ',') k++;
  }
  return k;
}

/**
 * The first token of a clause's subject after a conjunction and a subordinator or participle opening it ("And
 * Lee told …", "But while the panel debated …"): neither is part of it. A subordinate clause closed by a comma before the
 * cue is not the cue's clause ("And while the vote will be close, Lee has …"): the main clause after the
 * comma holds the subject.
 */
function afterOpeningConnectives(ctx: AttributionContext, from: number, cue: number): number {
  const { tokens, lex } = ctx;
  let k = from;
  const conjunction = lex.conjunctions.longestAt(tokens, k);
  if (conjunction) k = afterOpeningAdverbs(ctx, k + conjunction.length, cue);
  const participle = openingParticiple(ctx, k);
  const subordinator = lex.subordinators.longestAt(tokens, k)?.length ?? (participle ? 1 : 0);
  if (!subordinator) return k;
  for (let j = k + subordinator; j < cue; j++)
    if (tokens[j]!.fold === ',' && !quoted(ctx, j)) return afterOpeningAdverbs(ctx, j + 1, cue);
  // (A participle's clause holding the cue has its subject further in: "Writing for a panel that all agreed".)
  return participle ? k : k + subordinator;
}

/**
 * A participle opening a clause of its own, which a comma closes before the main one's subject ("Speaking to
 * students this week, Lee responded …"): capitalised,
 * with a progressive ending, and a word the text capitalises nowhere else (a name keeps its capital).
 */
function openingParticiple(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== 'word' || !t.upper || ctx.innerCapitals?.has(t.fold) !== false) return false;
  return (ctx.lex.lexicon.progressiveSuffixes ?? []).some(
    (x) => t.fold.length > x.length + 3 && t.fold.endsWith(x),
  );
}

/**
 * "Lina Ortiz, a former aide …, said": a name run opening the clause and set off by a comma (before a
 * participle, the apposition need not end right before the cue: "Dean, a doctor, then began by saying").
 */
function appositiveName(
  ctx: AttributionContext,
  from: number,
  cue: number,
  participial: boolean,
): SpeakerPhrase | null {
  const { tokens } = ctx;
  let k = from;
  while (k < cue && isWord(ctx, k) && tokens[k]!.upper) k++;
  if (k === from || tokens[k]?.fold !== ',' || (!participial && tokens[cue - 1]?.fold !== ',')) return null;
  const phrase = parseSpeakerPhrase(ctx, from, k);
  return phrase && phrase.tokEnd === k && phrase.kind === 'person' ? phrase : null;
}

/** "one of the family's lawyers, Sam Idris, said": a name between commas right before the cue. */
function closingAppositionName(ctx: AttributionContext, from: number, cue: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  if (tokens[cue - 1]?.fold !== ',') return null;
  let k = cue - 1;
  while (k > from && isWord(ctx, k - 1) && tokens[k - 1]!.upper) k--;
  if (k === cue - 1 || tokens[k - 1]?.fold !== ',') return null;
  const phrase = parseSpeakerPhrase(ctx, k, cue - 1);
  return phrase && phrase.tokEnd === cue - 1 && phrase.kind === 'person' ? phrase : null;
}

/**
 * Where the subject ends before a cue preceded by an aside of fillers between commas ("Some Democrats,
 * however, said"; "The panel, meanwhile, found"): the first comma; else the cue itself.
 */
function beforeAside(ctx: AttributionContext, sentence: SentenceUnit, cue: number): number {
  const { tokens, lex } = ctx;
  if (tokens[cue - 1]?.fold !== ',' || quoted(ctx, cue - 1)) return cue;
  let k = cue - 1;
  while (k > sentence.tokStart + 1) {
    const filler = lex.fillers.matchEndingAt(tokens, k - 1)[0];
    if (!filler) break;
    k -= filler.length;
  }
  return k < cue - 1 && tokens[k - 1]?.fold === ',' && !quoted(ctx, k - 1) ? k - 1 : cue;
}

/**
 * The loose subject of the cue spanning tokens [cue, cueEnd) in `sentence`, or null. `inverted`: the content
 * comes before the cue, so the subject may follow it ("“…,” said the ruling"). A participle after a comma
 * ("…, saying") has no subject of its own: its subject opens the main clause.
 */
export function looseSubject(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cue: number,
  cueEnd: number,
  inverted: boolean,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (cue <= sentence.tokStart && cueEnd >= sentence.tokEnd) return null;
  const prev = tokens[cue - 1];
  const cueWord = tokens[cueEnd - 1]!;
  // A participle after a comma or a preposition: "…, saying", "began by saying".
  const participial =
    (prev?.fold === ',' || lex.prepositions.matchAt(tokens, cue - 1).length > 0) &&
    !quoted(ctx, cue - 2) &&
    (lex.lexicon.progressiveSuffixes ?? []).some((s) => cueWord.fold.endsWith(s));
  // A cue opening its sentence ("Said Ellis: “…”") has its subject right after it.
  const opening = cue === sentence.tokStart;
  // Inverted: "“…,” said the ruling." / "…, says my three-year-old."
  // Not when words other than an adverbial stand between the content and the cue ("“…,” team members say in
  // the video": the subject is before the cue), nor an adverbial after the cue taken for a subject.
  let run = cue;
  while (run > sentence.tokStart && isWord(ctx, run - 1) && !quoted(ctx, run - 1)) run--;
  const adverbial =
    run === cue ||
    lex.prepositions.matchAt(tokens, run).length > 0 ||
    lex.fillers.matchAt(tokens, run).length > 0;
  if (
    (inverted || opening) &&
    adverbial &&
    !participial &&
    lex.prepositions.matchAt(tokens, cueEnd).length === 0
  ) {
    // A complementizer ends the phrase, so a reported clause is never read as one: "Añadió que el plan …"
    // (a dropped subject) leaves the cue without a subject here.
    // (Adverbs after the verb are none of its subject: "Przyznał jednak, że …", "Dodał też, że …".)
    const subjectStart = skipFillers(ctx, cueEnd, sentence.tokEnd);
    let stop = subjectStart;
    // So does an adverbial of the verb after its noun: "…», a assuré le prévenu à la barre.", "…», — сказала
    // она в интервью РБК." (with the name the adverbial governs).
    let adverbialEnd = -1;
    while (
      stop < sentence.tokEnd &&
      stop - cueEnd <= MAX_WORDS &&
      inPhrase(ctx, stop) &&
      lex.complementizers.matchAt(tokens, stop).length === 0
    ) {
      const filler = stop > subjectStart ? fillerAt(ctx, stop) : undefined;
      if (filler) {
        adverbialEnd = governedName(ctx, stop + filler.length, filler.length, sentence.tokEnd);
        break;
      }
      stop++;
    }
    const closes = (k: number) =>
      k >= sentence.tokEnd || /^[.!?…,;:]$/.test(tokens[k]!.fold) || tokens[k]!.kind === 'break';
    const atEnd = adverbialEnd >= 0 ? closes(adverbialEnd) : closes(stop);
    if (atEnd && stop > subjectStart && stop - cueEnd <= MAX_WORDS) {
      // (A pronoun stands for the speaker named before: "…», — сказала она в эфире РБК.")
      const pronoun = adverbialEnd >= 0 ? parseSpeakerPhrase(ctx, subjectStart, stop) : null;
      if (pronoun?.kind === 'pronoun' && pronoun.tokEnd === stop) return pronoun;
      const phrase = plainPhrase(ctx, subjectStart, stop);
      if (phrase) return phrase;
    }
  }
  // A relative pronoun's antecedent, the phrase before its comma ("…, the regulator, which said").
  const antecedent = participial ? undefined : relativeAntecedent(ctx, sentence, cue);
  if (antecedent !== undefined) return antecedent;
  // A sentence adverb set off by commas between the subject and its verb: "Some Democrats, however, said".
  const limit = participial ? cue : beforeAside(ctx, sentence, cue);
  // A participle's subject opens the sentence; a finite cue's, its own clause.
  let from = participial ? sentence.tokStart : clauseStart(ctx, sentence, limit);
  while (from >= 0 && from < limit && !isWord(ctx, from)) from++;
  if (from < 0 || from >= limit) return null;
  from = afterOpeningAdverbs(ctx, from, limit);
  from = afterOpeningConnectives(ctx, from, limit);
  if (from >= limit) return null;
  // A clause opening with a verb has its subject elsewhere: "…, Volodímir Zelenski, agradeció la ayuda y
  // subrayó que …" (a cue form that is also a noun may still open a phrase).
  const verb =
    !tokens[from]!.upper &&
    ((lex.cues.matchAt(tokens, from).length > 0 && lex.nounHomographs.matchAt(tokens, from).length === 0) ||
      lex.auxiliaries.matchAt(tokens, from).length > 0);
  if (verb) return participial ? namedClauseSubject(ctx, sentence, cue) : null;
  // A cue right after a conjunction is the second of two verbs sharing their subject: "… agradeció la ayuda y
  // subrayó que …" (the words between are the first verb's object).
  if (!participial && lex.conjunctions.matchEndingAt(tokens, cue - 1)[0]?.length === 1) return null;
  // A fronted adverbial with its comma ("In a statement, …").
  if (lex.prepositions.matchAt(tokens, from).length > 0) {
    let k = from;
    while (k < limit && tokens[k]!.fold !== ',') k++;
    if (k >= limit - 1) return null;
    from = k + 1;
    // A second prepositional phrase opens no subject either: "In einem Bericht, auf den sich … berufen, …".
    if (lex.prepositions.matchAt(tokens, from).length > 0) return null;
  }
  const named =
    appositiveName(ctx, from, limit, participial) ??
    (participial ? null : closingAppositionName(ctx, from, limit));
  if (named) return named;
  // A noun phrase opens with a determiner, a capital, or a quantifier before one ("all the experts").
  const determined = (k: number) => lex.determiners.matchAt(tokens, k).length > 0;
  if (!determined(from) && !tokens[from]?.upper && !determined(from + 1))
    return participial ? namedClauseSubject(ctx, sentence, cue) : null;
  let end = from;
  while (end < limit && end - from <= MAX_WORDS && inPhrase(ctx, end)) {
    // (A cue form that is also a noun, right before the cue, heads the phrase: "Two reports said".)
    const head = end === limit - 1 && ctx.lex.nounHomographs.matchAt(tokens, end).length > 0;
    if (end > from && !head && endsNounPhrase(ctx, end)) break;
    end++;
  }
  // Without a grammatical word to end it, the phrase must reach the cue itself (no verb can hide inside).
  const bounded = end < limit && endsNounPhrase(ctx, end);
  if (!bounded && participial) return namedClauseSubject(ctx, sentence, cue);
  if (!bounded && end !== limit) return null;
  for (let k = from + 1; k < end; k++) if (objectDeterminerAt(ctx, k, from)) return null;
  // A lower-case word before the cue's infinitive is the verb governing it, not the subject's last word:
  // "Lee tried on Tuesday to make the case", "The board needs to tell …" (a subject goes on with its finite
  // verb, never with an infinitive alone).
  if (bounded && end - from >= 2 && !tokens[end - 1]!.upper && governsInfinitive(ctx, end, limit)) end--;
  if (end - from > MAX_WORDS) return null;
  // A personal pronoun is a whole noun phrase: the words after it are its verb's ("She gives credit to … for
  // speaking out" → She, the participle's subject).
  const pronoun = parseSpeakerPhrase(ctx, from, end);
  if (pronoun?.kind === 'pronoun' && pronoun.tokEnd < end && !contraction(ctx, pronoun.tokEnd))
    return participial ? pronoun : null;
  return plainPhrase(ctx, from, end);
}

/** Do the tokens from `k` to the cue at `cue` hold only fillers and an infinitive opener ("on Monday to")? */
function governsInfinitive(ctx: AttributionContext, k: number, cue: number): boolean {
  const at = skipFillers(ctx, k, cue);
  const opener = ctx.lex.infinitiveOpeners.longestAt(ctx.tokens, at);
  return opener !== undefined && at + opener.length === cue;
}

/**
 * Before a participle, the subject of the main clause when it is a name followed by its verb: the last
 * clause start (the sentence's, or after a comma) where a personal or institutional name is followed by a
 * lower-case word ("Chastened by the analyses, Lee revised his plan, promising …"; "Hillary Clinton spoke
 * … in Tulsa, Oklahoma, arguing …" → not "Oklahoma", which a comma follows).
 */
function namedClauseSubject(
  ctx: AttributionContext,
  sentence: SentenceUnit,
  cue: number,
): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  // Bounded, like every look-back here, so that long hostile sentences stay linear.
  const floor = Math.max(sentence.tokStart, cue - 2 * MAX_CLAUSE);
  let tried = 0;
  for (let k = cue - 2; k >= floor && tried < MAX_CLAUSE_STARTS; k--) {
    if (quoted(ctx, k)) return null;
    const start = k === sentence.tokStart || tokens[k - 1]?.fold === ',';
    if (!start || !isWord(ctx, k) || !tokens[k]!.upper) continue;
    tried++;
    const phrase = parseSpeakerPhrase(ctx, k, cue - 1);
    const next = phrase ? tokens[phrase.tokEnd] : undefined;
    if (
      phrase &&
      (phrase.kind === 'person' || phrase.kind === 'institution') &&
      next?.kind === 'word' &&
      !next.upper &&
      lex.prepositions.matchAt(tokens, phrase.tokEnd).length === 0 &&
      lex.relativePronouns.matchAt(tokens, phrase.tokEnd).length === 0
    )
      return phrase;
  }
  return null;
}
