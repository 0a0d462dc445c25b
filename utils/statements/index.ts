/**
 * Attributed-statement extraction: who said what in an article's text (direct, indirect and mixed
 * statements, with speaker, cue, addressee and `via`). Offsets are exact UTF-16 offsets into the text given:
 * `content === text.slice(start, end)`, except for a split quotation, whose parts are joined by " … " and
 * whose range runs from the first part's start to the last part's end.
 *
 * Pipeline (one concern per file): tokens → quote spans → sentence units → cues → attribution patterns →
 * nesting and continuations → speaker resolution. Every step is linear in the text (bounded windows).
 */
import { foldText } from '../text/normalize';
import type { Statement } from '../types';
import { aliasTable, defaultAliasTable, type AliasEntry } from './aliases';
import { statementsInSentence, type AttributionContext } from './attribution';
import { assemble } from './assemble';
import { compileLexicon } from './lexicon/compile';
import { en } from './lexicon/en';
import { lexiconFor } from './lexicon/index';
import { positionsLexicon } from './lexicon/positions';
import type { Lexicon } from './lexicon/types';
import { findQuotes } from './quote-spans';
import { quoteMembership, sentenceUnits } from './sentences';
import { innerCapitalVocabulary, lowercaseVocabulary } from './speaker-phrase';
import { tokenize } from './tokens';

export interface ExtractOptions {
  /** ISO 639-1 language of the text; a language without a lexicon gets the English one (quotes still work). */
  lang: string;
  /** Stable key of the article (URL or id): statement ids derive from it and the content's position. */
  articleKey: string;
  /**
   * The user's own public figures and institutions, looked up before the defaults of `aliases.ts`, so that
   * "Poutine", "Путін" or "le chef du Kremlin" are shown under one name. Optional.
   */
  aliases?: readonly AliasEntry[];
  /**
   * The positions mode: besides who said what, who wants, plans, intends, agreed to, supports, opposes or
   * refused what (cues of class "position", `Lexicon.positionCues`; views and findings, "believes that", "the
   * poll found that", are reported in every mode), as attribution is annotated in the broad sense (PARC,
   * PolNeAR). Off by default: news monitoring asks first for speech.
   */
  positions?: boolean;
}

export function extractStatements(text: string, options: ExtractOptions): Statement[] {
  if (typeof text !== 'string') throw new TypeError('extractStatements: text must be a string');
  if (text.length === 0) return [];
  const base: Lexicon = lexiconFor(options.lang) ?? en;
  const lexicon = options.positions ? positionsLexicon(base) : base;
  const lex = compileLexicon(lexicon);
  const tokens = tokenize(text, foldText(text));
  const quotes = findQuotes(text, lexicon.quotes).filter((q) => q.depth === 0);
  const quoteOf = quoteMembership(tokens, quotes);
  const ctx: AttributionContext = {
    text,
    tokens,
    lex,
    quotes,
    quoteOf,
    lowercase: lowercaseVocabulary(tokens),
    innerCapitals: innerCapitalVocabulary(tokens),
    aliases:
      options.aliases && options.aliases.length > 0 ? aliasTable(options.aliases) : defaultAliasTable(),
  };
  const units = sentenceUnits(text, tokens, quoteOf, quotes, lex);
  const raws = units.flatMap((u) => statementsInSentence(ctx, u));
  return assemble(ctx, units, raws, options);
}

export { registeredLanguages } from './lexicon/index';
export { aliasTable, DEFAULT_ALIASES, type AliasEntry } from './aliases';
