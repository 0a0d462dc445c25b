/**
 * A newspaper or broadcaster named in quotation marks right after a cue is the one spoken to, not what was
 * said: "сказал «Ъ»: «…»", "рассказала «Медузе», что …", "рассказали «Известиям» два источника", "sagte der
 * „Süddeutschen Zeitung“, …", "sagte dem „Spiegel“: „…“". The press writes outlets' names in quotation marks
 * in Russian, Ukrainian and German; a quotation that is the content is rarely a short capitalised name
 * followed by a complementizer, a colon, another noun phrase or (after an article) a comma.
 */
import { foldText } from '../text/normalize';
import {
  type AttributionContext,
  inQuote,
  isWord,
  quotedName,
  quoteEndToken,
  quoteInner,
  SENTENCE_END,
  skipFillers,
} from './attribution-base';
import type { CueMatch } from './cues';
import { afterOpeningAdverbs } from './loose-subject';
import { fillersEndingAt, nounPhrase } from './noun-phrases';
import type { SentenceUnit } from './sentences';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';

/** At most this many words in an outlet's name ("Frankfurter Allgemeinen Zeitung", "Новой газете"). */
const MAX_NAME_WORDS = 4;

/** At most this many words in an outlet's bare name before the cue ("РИА Новости"). */
const MAX_BARE_NAME_WORDS = 3;

/** At most this many words in the office named after the speaker preposition ("пресс-службе министерства"). */
const MAX_OFFICE_WORDS = 6;

/**
 * The quoted outlet at token `p` (after an optional article: "der „Zeit“"), and the token after its closing
 * mark; undefined when the quotation there is not a name spoken to.
 */
export function quotedAddressee(
  ctx: AttributionContext,
  p: number,
  end: number,
): { addressee: SpeakerPhrase; next: number } | undefined {
  const { tokens, lex, text, quotes } = ctx;
  const determiner =
    !inQuote(ctx, p) &&
    (lex.determiners.longestAt(tokens, p) !== undefined ||
      (lex.lexicon.obliqueDeterminers ?? []).includes(tokens[p]?.fold ?? '') ||
      (lex.lexicon.obliqueBeforeAdjective?.determiners ?? []).includes(tokens[p]?.fold ?? ''));
  const open = determiner ? p + 1 : p;
  if (open >= end || !inQuote(ctx, open)) return undefined;
  const q = ctx.quoteOf[open]!;
  if (tokens[open]!.start !== quotes[q]!.open) return undefined;
  const [innerStart, innerEnd] = quoteInner(ctx, q);
  const inner = text.slice(innerStart, innerEnd);
  // A name: capitalised, a few words, no clause punctuation.
  if (!/^\p{Lu}/u.test(inner) || /[.,;:!?…]/.test(inner)) return undefined;
  const close = quoteEndToken(ctx, open, end);
  let words = 0;
  let first = -1;
  let last = -1;
  for (let k = open; k < close; k++) {
    if (!isWord(ctx, k)) continue;
    words++;
    if (first < 0) first = k;
    last = k;
  }
  if (words === 0 || words > MAX_NAME_WORDS) return undefined;
  const next = tokens[close];
  if (!next) return undefined;
  // What follows tells a name from a quoted word: the complementizer after a comma, a colon, a word opening
  // the inverted subject ("рассказали «Ъ» два источника"), or, after an article, any comma or the end.
  let follows = false;
  if (next.kind === 'punct' && (next.fold === ':' || SENTENCE_END.has(next.fold))) follows = true;
  else if (next.fold === ',')
    follows = determiner || lex.complementizers.longestAt(tokens, close + 1) !== undefined;
  else if (next.kind === 'word' && !inQuote(ctx, close) && lex.lexicon.dativeEndings) {
    // Only where the one told stands in the bare dative, before the inverted subject (Russian). A name has
    // every word capitalised ("«Ъ»", "«Известиям»"); else the subject must close the clause.
    const subject = parseSpeakerPhrase(ctx, close, end);
    const after = subject ? tokens[subject.tokEnd] : undefined;
    let capitalised = true;
    for (let k = first; k <= last; k++) if (isWord(ctx, k) && !tokens[k]!.upper) capitalised = false;
    follows =
      !lex.complementizers.longestAt(tokens, close) &&
      !lex.conjunctions.longestAt(tokens, close) &&
      (capitalised ||
        (subject !== null && subject.kind !== 'pronoun' && (after === undefined || after.kind !== 'word')));
  }
  if (!follows) return undefined;
  return { addressee: nounPhrase(ctx, first, last + 1), next: close };
}

/**
 * Where the addressee is a bare dative (`Lexicon.dativeEndings`), a news agency named by an indeclinable name
 * stands between a trailing cue and its inverted subject: "…, заявил РИА Новости замминистра X.", "…, сообщил
 * ТАСС источник в правительстве.", "…, заявили ТАСС в МИД РФ." (an agency is spoken to; people and offices
 * speak). `first` is the phrase read right after the cue; returns the addressee and the subject after it.
 */
export function outletBeforeSubject(
  ctx: AttributionContext,
  first: SpeakerPhrase,
  end: number,
): { addressee: SpeakerPhrase; subject: SpeakerPhrase } | undefined {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.dativeEndings || first.kind !== 'institution') return undefined;
  const k = skipFillers(ctx, first.tokEnd, end);
  if (k >= end || !isWord(ctx, k) || inQuote(ctx, k)) return undefined;
  const through = (lex.lexicon.speakerPrepositions ?? []).includes(tokens[k]!.fold) ? 1 : 0;
  if (lex.complementizers.longestAt(tokens, k) || lex.conjunctions.longestAt(tokens, k)) return undefined;
  const subject = parseSpeakerPhrase(ctx, k + through, end);
  if (!subject || subject.kind === 'pronoun') return undefined;
  return { addressee: first, subject };
}

/**
 * Whether a noun phrase right after a trailing cue may be its dative object: in a language that marks the
 * addressee by its ending alone (`Lexicon.dativeEndings`), a phrase whose last word has none is the inverted
 * subject ("…, сообщил Песков.", "…, сообщил источник в правительстве."), not the one told ("сообщил Пескову").
 */
export function mayBeDative(ctx: AttributionContext, np: SpeakerPhrase): boolean {
  const endings = ctx.lex.lexicon.dativeEndings;
  if (!endings || np.kind === 'pronoun') return true;
  const last = ctx.tokens[np.tokEnd - 1]!;
  // An indeclinable name (an acronym, "РИА Новости") says nothing by its ending.
  if (
    last.fold.length > 1 &&
    ctx.text.slice(last.start, last.end) === ctx.text.slice(last.start, last.end).toUpperCase()
  )
    return true;
  return endings.some((e) => last.fold.endsWith(foldText(e)));
}

/**
 * Where the one told stands in the bare dative (`Lexicon.dativeEndings`), the outlet named right before the
 * cue, its speaker before it: a title in quotation marks after any word ("В Минтрансе «Ъ» подтвердили, что
 * …"), or a bare name between the office a speaker preposition governs and a plural cue
 * (`Lexicon.impersonalPluralEndings`): "В Кремле ТАСС сообщили, что …", "В пресс-службе министерства РИА
 * Новости сообщили …", "В МИД Интерфаксу сообщили …", "У Міноборони Укрінформу повідомили …" (the
 * institution speaks through the impersonal plural, as in "В Кремле сообщили"). A bare name is told when it
 * cannot be that plural's subject: an acronym opens it (an agency is singular: "ТАСС сообщил") or its last
 * word ends in the dative. Undefined when no outlet stands there.
 */
export function outletBeforeCue(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
): SpeakerPhrase | undefined {
  const { tokens, lex } = ctx;
  if (!lex.lexicon.dativeEndings) return undefined;
  const end = fillersEndingAt(ctx, cue.tokStart, sentence.tokStart);
  if (end <= sentence.tokStart) return undefined;
  const prepositions = lex.lexicon.speakerPrepositions ?? [];
  const q = ctx.quoteOf[end - 1] ?? -1;
  if (q !== -1 && tokens[end - 1]!.start === ctx.quotes[q]!.close) {
    let open = end - 1;
    while (open > sentence.tokStart && ctx.quoteOf[open - 1] === q) open--;
    // (Not the office itself after its preposition, "В «Укренерго» повідомили", nor a title opening the
    // clause, which is the subject: "Ранее «Ведомости» писали, что …".)
    if (
      quotedName(ctx, open) !== end ||
      open + 1 >= end - 1 ||
      open <= sentence.tokStart ||
      prepositions.includes(tokens[open - 1]?.fold ?? '') ||
      !isWord(ctx, open - 1) ||
      afterOpeningAdverbs(ctx, sentence.tokStart, open) === open ||
      institutionNounAlone(ctx, open - 1, open)
    )
      return undefined;
    const name = nounPhrase(ctx, open + 1, end - 1);
    return { ...name, tokStart: open, start: tokens[open]!.start, tokEnd: end, end: tokens[end - 1]!.end };
  }
  const plural = lex.lexicon.impersonalPluralEndings ?? [];
  const verb = tokens[cue.tokStart]!.fold;
  if (!plural.some((e) => verb.endsWith(foldText(e)))) return undefined;
  // The speaker preposition opens the clause, after adverbs only ("Ранее в Минфине РБК сообщили"): after a
  // noun it names where that noun's people work ("Источники в Кремле ТАСС сообщили").
  const prep = afterOpeningAdverbs(ctx, sentence.tokStart, end);
  if (!prepositions.includes(tokens[prep]?.fold ?? '') || end - prep - 1 > MAX_OFFICE_WORDS) return undefined;
  for (let k = prep + 1; k < end; k++) if (!isWord(ctx, k) && !inQuote(ctx, k)) return undefined;
  // The shortest name that fits: "В Минфине РФ ТАСС сообщили" tells "ТАСС".
  for (let from = end - 1; from > prep + 1 && end - from <= MAX_BARE_NAME_WORDS; from--) {
    if (!tokens[from]!.upper || inQuote(ctx, from)) break;
    const first = ctx.text.slice(tokens[from]!.start, tokens[from]!.end);
    const acronym = first.length > 1 && first === first.toUpperCase();
    const last = tokens[end - 1]!.fold;
    const dative = end - from === 1 && lex.lexicon.dativeEndings.some((e) => last.endsWith(foldText(e)));
    if (!acronym && !dative) continue;
    const office = parseSpeakerPhrase(ctx, prep + 1, from);
    if (!office || office.tokEnd !== from || office.kind === 'pronoun') continue;
    if (institutionNounAlone(ctx, prep + 1, from)) return undefined;
    const outlet = parseSpeakerPhrase(ctx, from, end);
    if (!outlet || outlet.tokEnd !== end || outlet.kind === 'group' || outlet.kind === 'role')
      return undefined;
    // (An outlet, though its name reads like a person's: "Интерфаксу".)
    return outlet.kind === 'institution'
      ? outlet
      : {
          ...outlet,
          kind: 'institution',
          institution: ctx.text.slice(outlet.start, outlet.end),
          name: undefined,
        };
  }
  return undefined;
}

/**
 * Is the office from token `k` to `name` an institution noun alone after a speaker preposition? It takes the
 * name after it as its genitive: "В пресс-службе РБК сообщили", "У пресслужбі «Укренерго» повідомили" (RBC's,
 * Ukrenergo's press office), not an outlet told.
 */
export function institutionNounAlone(ctx: AttributionContext, k: number, name: number): boolean {
  const { tokens, lex } = ctx;
  const noun = lex.institutionNouns.longestAt(tokens, k);
  return (
    noun !== undefined &&
    k + noun.length === name &&
    (lex.lexicon.speakerPrepositions ?? []).includes(tokens[k - 1]?.fold ?? '')
  );
}

/**
 * The outlet told before the cue (`outletBeforeCue`) when `speaker`, read before the cue, stands before it.
 */
export function toldBeforeCue(
  ctx: AttributionContext,
  cue: CueMatch,
  sentence: SentenceUnit,
  speaker: SpeakerPhrase | null,
): SpeakerPhrase | undefined {
  if (!speaker || speaker.tokEnd > cue.tokStart) return undefined;
  const told = outletBeforeCue(ctx, cue, sentence);
  return told && speaker.tokEnd <= told.tokStart ? told : undefined;
}
