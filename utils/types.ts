/**
 * The data model shared by every context (page, background, popup, CLI, tests).
 * These are the contracts of ../shared/DESIGN.md: keep names stable once users depend on them.
 */

import type { KeywordGroup } from './topics/keywords';

/** A tracked subject, written in the query language of `utils/topics/query-parser.ts`. */
export interface Topic {
  id: string;
  name: string;
  query: string;
  enabled: boolean;
  color?: string;
  /** Weighted score an article must reach, besides its query holding. */
  minScore?: number;
  /**
   * The options page's simple mode, when the topic was written there: the keyword groups with their language,
   * which the query alone does not say. Ignored unless they still compile to `query` (which is what matches).
   */
  keywords?: KeywordGroup[];
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

/**
 * What a cue verb does, for display and filtering (issue 6: statement types). "position" is a held stance or
 * intention rather than speech ("wants to", "plans to", "supports", "refused to"): only the opt-in positions
 * mode (`ExtractOptions.positions`) reports it.
 */
export type CueClass =
  'say' | 'claim' | 'deny' | 'demand' | 'warn' | 'promise' | 'criticise' | 'praise' | 'position';

export interface Statement {
  /** Stable across runs: derived from the article key and the content's position. */
  id: string;
  /** Canonical name ("Vladimir Poutine", "Kremlin"); "" when unknown. */
  speaker: string;
  /** The words on the page: "Le président russe Vladimir Poutine", "il". */
  mention: string;
  role?: string;
  /** The cue as written: "a déclaré", "told reporters", "sagte". */
  cue: string;
  /**
   * What the cue does, from the language's lexicon (`CueEntry.class`): "say" for neutral reports and
   * "selon X"; "claim", "deny", "demand", "warn", "promise", "criticise", "praise" otherwise; "position" for a
   * stance or intention, in the positions mode only. A continuation
   * (a further quotation or reported sentence of the same speaker) has its statement's class. Absent when
   * the attribution has no cue of its own to classify.
   */
  cueClass?: CueClass;
  kind: StatementKind;
  /** What was said, without the attribution. */
  content: string;
  addressee?: string;
  /** Who reports it: "Kremlin" in "…, a déclaré le Kremlin". */
  via?: string;
  /**
   * Id of the statement this one continues: a further quotation or reported sentence of the same speaker
   * with no attribution of its own ("“…,” she said. “…”"). Each part is a statement, since news counts them
   * either way (one statement in parts, or one per part); the link keeps both readings.
   */
  continues?: string;
  /** The sentence(s) it comes from. */
  sentence: string;
  /** UTF-16 offsets of `content` in the analysed text. */
  start: number;
  end: number;
  /**
   * The parts of a split quotation ("“Q1,” she said, “Q2.”"), as UTF-16 [start, end) ranges: `content` joins
   * them with " … " and `start`/`end` run from the first part's start to the last one's end. Absent for a
   * statement in one piece.
   */
  parts?: [number, number][];
  /** ISO 639-1. */
  lang: string;
  /** Ids of the topics whose query matches the content or its sentence. */
  topics: string[];
}

export interface TopicHit {
  text: string;
  start: number;
  end: number;
}

export interface TopicResult {
  id: string;
  name: string;
  matched: boolean;
  score: number;
  hits: TopicHit[];
}

export interface ArticleAnalysis {
  /** Echoed from JSONL input. */
  id?: string;
  url?: string;
  canonicalUrl?: string;
  title: string;
  site?: string;
  byline?: string;
  /** ISO 8601. */
  publishedAt?: string;
  lang: string;
  wordCount: number;
  excerpt: string;
  topics: TopicResult[];
  statements: Statement[];
  /** The analysed text, included on request (`--with-text`). */
  text?: string;
}
