/**
 * The two topics Veille ships with, composed from the per-language data in ./defaults: one query per topic,
 * each language's clauses ORed together (an article in one language may quote another's terms, and the
 * detected language is not always right), so users see and can edit a single query as in any monitoring tool.
 */
import type { Topic } from '../types';
import { DEFAULT_TOPIC_LANGUAGES } from './defaults';

const anyOf = (clauses: readonly string[]) => clauses.map((clause) => `(${clause})`).join(' OR ');

const natoEnlargementQuery = anyOf(DEFAULT_TOPIC_LANGUAGES.flatMap((terms) => terms.natoEnlargement));

const securityGuaranteesQuery = anyOf(DEFAULT_TOPIC_LANGUAGES.flatMap((terms) => terms.securityGuarantees));

export const DEFAULT_TOPICS: Topic[] = [
  {
    id: 'nato-enlargement',
    name: 'NATO enlargement',
    query: natoEnlargementQuery,
    enabled: true,
    color: '#1f5fbf',
  },
  {
    id: 'ukraine-security-guarantees',
    name: 'Security guarantees for Ukraine',
    query: securityGuaranteesQuery,
    enabled: true,
    color: '#c7861a',
  },
];
