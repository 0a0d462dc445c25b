/** A query's syntax error in the interface language: the column, and what was expected there. */
import type { QuerySyntaxError } from '@/utils/topics';
import { t } from '../i18n';

/** The parser's `expected` phrases (query-parser.ts) and their interface strings. */
export const EXPECTED_KEYS: Record<string, string> = {
  'a term or "("': 'queryExpectedTerm',
  '")"': 'queryExpectedCloseParen',
  'a closing quote (")': 'queryExpectedCloseQuote',
  'words inside the quotes': 'queryExpectedWords',
  '"/" and a number of words after NEAR': 'queryExpectedNear',
  'a number after "NEAR/"': 'queryExpectedNear',
  'a number from 1 to 1000 after "NEAR/"': 'queryExpectedNear',
  'a word after "~"': 'queryExpectedFuzzy',
  'a word without "*" after "~"': 'queryExpectedFuzzy',
  'letters or digits in the term': 'queryExpectedLetters',
  'letters or digits next to "*"': 'queryExpectedLetters',
  'an operator, a term or the end of the query': 'queryExpectedNoCloseParen',
};

export function queryErrorMessage(error: QuerySyntaxError): string {
  const key = EXPECTED_KEYS[error.expected];
  return t('queryErrorAt', [String(error.column), key ? t(key) : error.expected]);
}
