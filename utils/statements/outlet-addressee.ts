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
  quoteEndToken,
  quoteInner,
  SENTENCE_END,
  skipFillers,
} from './attribution-base';
import { nounPhrase } from './noun-phrases';
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase';

/** At most this many words in an outlet's name ("Frankfurter Allgemeinen Zeitung", "Новой газете"). */
const MAX_NAME_WORDS = 4;

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
