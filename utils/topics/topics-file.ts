/**
 * Validation of topics read from a file (the CLI's `--topics`, the options page's import): an array of topics, or
 * an export holding a `topics` array. Errors name the topic and the field at fault.
 */
import type { Topic } from '../types';
import { parseQuery, QuerySyntaxError, type QueryErrorReason } from './query-parser';

/**
 * What is wrong with a topics file, as data: the message is English (the CLI's), and the options page says the
 * same in the interface language from this. `topic` is the topic's id, or `#n` when it has none.
 */
export type TopicsFileProblem =
  | { kind: 'no-topics' }
  | { kind: 'field'; topic: string; field: 'id' | 'name' | 'query' | 'enabled' | 'minScore' | 'color' }
  | { kind: 'duplicate-id'; topic: string }
  | { kind: 'query'; topic: string; column: number; reason: QueryErrorReason };

export class TopicsFileError extends Error {
  override name = 'TopicsFileError';
  constructor(
    message: string,
    readonly problem: TopicsFileProblem = { kind: 'no-topics' },
  ) {
    super(message);
  }
}

/** The topic as files and messages name it: its id, or its position when it has none. */
function label(topic: Record<string, unknown>, index: number): string {
  return typeof topic.id === 'string' && topic.id ? topic.id : `#${index + 1}`;
}

function describe(topic: Record<string, unknown>, index: number): string {
  return typeof topic.id === 'string' && topic.id ? `topic "${topic.id}"` : `topic #${index + 1}`;
}

/** Validates parsed JSON as a list of topics; the error names the topic and the field at fault. */
export function validateTopics(value: unknown): Topic[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { topics?: unknown }).topics)
      ? (value as { topics: unknown[] }).topics
      : undefined;
  if (!list) throw new TopicsFileError('expected an array of topics, or an object with a "topics" array');
  const seen = new Set<string>();
  return list.map((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TopicsFileError(`topic #${index + 1} is not an object`);
    }
    const topic = item as Record<string, unknown>;
    const name = describe(topic, index);
    const field = (key: Extract<TopicsFileProblem, { kind: 'field' }>['field'], expected: string) =>
      new TopicsFileError(`${name}: "${key}" must be ${expected}`, {
        kind: 'field',
        topic: label(topic, index),
        field: key,
      });
    if (typeof topic.id !== 'string' || !topic.id.trim()) throw field('id', 'a non-empty string');
    if (seen.has(topic.id))
      throw new TopicsFileError(`${name}: the id is used twice`, { kind: 'duplicate-id', topic: topic.id });
    seen.add(topic.id);
    if (typeof topic.name !== 'string' || !topic.name.trim()) throw field('name', 'a non-empty string');
    if (typeof topic.query !== 'string') throw field('query', 'a string');
    if (topic.enabled !== undefined && typeof topic.enabled !== 'boolean')
      throw field('enabled', 'true or false');
    if (
      topic.minScore !== undefined &&
      (typeof topic.minScore !== 'number' || !Number.isFinite(topic.minScore))
    ) {
      throw field('minScore', 'a number');
    }
    if (topic.color !== undefined && typeof topic.color !== 'string') throw field('color', 'a string');
    try {
      parseQuery(topic.query);
    } catch (error) {
      if (error instanceof QuerySyntaxError) {
        throw new TopicsFileError(`${name}: query error at column ${error.column}: ${error.message}`, {
          kind: 'query',
          topic: topic.id,
          column: error.column,
          reason: error.reason,
        });
      }
      throw error;
    }
    const valid: Topic = {
      id: topic.id,
      name: topic.name,
      query: topic.query,
      enabled: topic.enabled !== false,
    };
    if (topic.minScore !== undefined) valid.minScore = topic.minScore as number;
    if (topic.color !== undefined) valid.color = topic.color as string;
    return valid;
  });
}
