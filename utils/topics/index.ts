/**
 * The topic engine of Veille: the query language of ../shared/DESIGN.md (query-parser.ts), its matcher over
 * an article's words (document.ts, vocabulary.ts, matcher.ts), the weighted score (score.ts), and the two
 * default topics (default-topics.ts, composed from one data file per language in defaults/).
 */
export type { QueryNode, TermNode, TermPart } from './query-ast';
export { parseQuery, QuerySyntaxError } from './query-parser';
export {
  scoreTopics,
  topicsMatchingPassage,
  DEFAULT_MIN_SCORE,
  TITLE_WEIGHT,
  LEDE_WEIGHT,
  BODY_WEIGHT,
} from './score';
export { DEFAULT_TOPICS } from './default-topics';
