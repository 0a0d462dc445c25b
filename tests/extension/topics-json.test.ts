import { describe, expect, it } from 'vitest';
import { importTopics, topicsToJson } from '@/components/topics/topics-json';
import { TopicsFileError } from '@/utils/topics/topics-file';
import type { Topic } from '@/utils/types';

const a: Topic = { id: 'a', name: 'A', query: 'alpha', enabled: true };
const b: Topic = { id: 'b', name: 'B', query: 'beta', enabled: false, minScore: 2 };

describe('importing and exporting topics', () => {
  it('round-trips an export', () => {
    expect(importTopics([], topicsToJson([a, b]))).toEqual([a, b]);
  });

  it('replaces topics with the same id and adds the others at the end', () => {
    const edited = { ...a, query: 'alpha OR alef' };
    expect(importTopics([a, b], JSON.stringify([edited, { id: 'c', name: 'C', query: 'gamma' }]))).toEqual([
      edited,
      b,
      { id: 'c', name: 'C', query: 'gamma', enabled: true },
    ]);
  });

  it('refuses a file with an invalid query, naming the topic and the column', () => {
    expect(() => importTopics([a], JSON.stringify([{ id: 'x', name: 'X', query: 'a (b' }]))).toThrow(
      TopicsFileError,
    );
    expect(() => importTopics([a], JSON.stringify([{ id: 'x', name: 'X', query: 'a (b' }]))).toThrow(
      /column 5/,
    );
    expect(() => importTopics([a], '{not json')).toThrow(SyntaxError);
  });
});
