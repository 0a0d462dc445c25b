import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTopicsFile, TopicsFileError, validateTopics } from '../../scripts/cli/topics-file';

describe('validateTopics', () => {
  it('accepts an array of topics or an export holding one, enabled by default', () => {
    const topic = { id: 'ports', name: 'Ports', query: 'harbour OR port' };
    expect(validateTopics([topic])).toEqual([{ ...topic, enabled: true }]);
    expect(
      validateTopics({ format: 'veille-log', topics: [{ ...topic, enabled: false, minScore: 2 }] }),
    ).toEqual([{ ...topic, enabled: false, minScore: 2 }]);
  });

  it.each([
    [{ topics: 'x' }, 'expected an array of topics, or an object with a "topics" array'],
    [[42], 'topic #1 is not an object'],
    [[{ name: 'n', query: 'q' }], 'topic #1: "id" must be a non-empty string'],
    [[{ id: 'a', query: 'q' }], 'topic "a": "name" must be a non-empty string'],
    [[{ id: 'a', name: 'A' }], 'topic "a": "query" must be a string'],
    [[{ id: 'a', name: 'A', query: 'q', enabled: 'yes' }], 'topic "a": "enabled" must be true or false'],
    [[{ id: 'a', name: 'A', query: 'q', minScore: '1' }], 'topic "a": "minScore" must be a number'],
    [
      [
        { id: 'a', name: 'A', query: 'q' },
        { id: 'a', name: 'B', query: 'r' },
      ],
      'topic "a": the id is used twice',
    ],
  ])('rejects %j', (value, message) => {
    // The exact message (the CLI prints it); the problem beside it, as data, is the options page's (tests/topics).
    expect(() => validateTopics(value)).toThrow(
      expect.objectContaining({ name: 'TopicsFileError', message }),
    );
  });

  it('names the topic and the column of a query error', () => {
    expect(() => validateTopics([{ id: 'bad', name: 'Bad', query: '' }])).toThrow(
      /^topic "bad": query error at column 1: /,
    );
  });
});

describe('loadTopicsFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'veille-topics-'));

  it('reads a file and says when it is missing or not JSON', () => {
    const good = join(folder, 'good.json');
    writeFileSync(good, JSON.stringify([{ id: 'a', name: 'A', query: 'harbour' }]));
    expect(loadTopicsFile(good)).toHaveLength(1);
    expect(() => loadTopicsFile(join(folder, 'missing.json'))).toThrow(new TopicsFileError('no such file'));
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, '{ nope');
    expect(() => loadTopicsFile(bad)).toThrow(/^invalid JSON/);
  });
});
