/**
 * Validation of topics read from a file (the CLI's `--topics`, the options page's import): an array of topics, or
 * an export holding a `topics` array. Errors name the topic and the field at fault.
 */
import type { Topic } from '../types';
import { parseQuery, QuerySyntaxError } from './query-parser';

export class TopicsFileError extends Error {
  override name = 'TopicsFileError';
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
    if (typeof topic.id !== 'string' || !topic.id.trim())
      throw new TopicsFileError(`${name}: "id" must be a non-empty string`);
    if (seen.has(topic.id)) throw new TopicsFileError(`${name}: the id is used twice`);
    seen.add(topic.id);
    if (typeof topic.name !== 'string' || !topic.name.trim())
      throw new TopicsFileError(`${name}: "name" must be a non-empty string`);
    if (typeof topic.query !== 'string') throw new TopicsFileError(`${name}: "query" must be a string`);
    if (topic.enabled !== undefined && typeof topic.enabled !== 'boolean') {
      throw new TopicsFileError(`${name}: "enabled" must be true or false`);
    }
    if (
      topic.minScore !== undefined &&
      (typeof topic.minScore !== 'number' || !Number.isFinite(topic.minScore))
    ) {
      throw new TopicsFileError(`${name}: "minScore" must be a number`);
    }
    if (topic.color !== undefined && typeof topic.color !== 'string')
      throw new TopicsFileError(`${name}: "color" must be a string`);
    try {
      parseQuery(topic.query);
    } catch (error) {
      if (error instanceof QuerySyntaxError) {
        throw new TopicsFileError(`${name}: query error at column ${error.column}: ${error.message}`);
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
