/**
 * A query's syntax error in the interface language: the column, and what was expected there. The parser gives a
 * reason code (utils/topics/query-parser.ts); the words for it come from the locales, never from the parser.
 */
import {
  MAX_DEPTH,
  MAX_NEAR,
  type QueryErrorReason,
  type QuerySyntaxError,
} from '@/utils/topics/query-parser';
import { t } from '../i18n';

/** The interface string for each reason, with what fills its placeholders. */
export const REASON_MESSAGES: Record<QueryErrorReason, { key: string; substitutions?: string[] }> = {
  'term-expected': { key: 'queryExpectedTerm' },
  'close-paren-expected': { key: 'queryExpectedCloseParen' },
  'close-quote-expected': { key: 'queryExpectedCloseQuote' },
  'empty-phrase': { key: 'queryExpectedWords' },
  'near-slash-expected': { key: 'queryExpectedNear', substitutions: [String(MAX_NEAR)] },
  'near-number-expected': { key: 'queryExpectedNear', substitutions: [String(MAX_NEAR)] },
  'near-out-of-range': { key: 'queryExpectedNear', substitutions: [String(MAX_NEAR)] },
  'fuzzy-word-expected': { key: 'queryExpectedFuzzy' },
  'fuzzy-glob': { key: 'queryExpectedFuzzy' },
  'letters-expected': { key: 'queryExpectedLetters' },
  'glob-alone': { key: 'queryExpectedLetters' },
  'unmatched-paren': { key: 'queryExpectedNoCloseParen' },
  'too-deep': { key: 'queryExpectedShallower', substitutions: [String(MAX_DEPTH)] },
  'too-many-nears': { key: 'queryExpectedFewerNears', substitutions: [String(MAX_DEPTH)] },
};

export function queryErrorMessage(error: Pick<QuerySyntaxError, 'column' | 'reason'>): string {
  const { key, substitutions } = REASON_MESSAGES[error.reason];
  return t('queryErrorAt', [String(error.column), t(key, substitutions)]);
}
