import { describe, expect, it } from 'vitest';
import { parseJsonlRecord } from '../../scripts/cli/jsonl';

describe('parseJsonlRecord', () => {
  it('reads a record with text or html, and numeric ids as text', () => {
    expect(parseJsonlRecord('{"id": 12, "text": "Hello.", "lang": "en", "extra": true}')).toEqual({
      record: { id: '12', text: 'Hello.', lang: 'en' },
    });
    expect(parseJsonlRecord('{"html": "<p>x</p>", "url": "https://a.example/"}')).toEqual({
      record: { html: '<p>x</p>', url: 'https://a.example/' },
    });
  });

  it('says what is wrong with a bad line', () => {
    expect(parseJsonlRecord('{"id": 1, "text": ')).toMatchObject({
      error: expect.stringMatching(/^invalid JSON/),
    });
    expect(parseJsonlRecord('[1, 2]')).toEqual({
      error: 'expected a JSON object such as {"id": "…", "text": "…"}',
    });
    expect(parseJsonlRecord('{"id": "x"}')).toEqual({ error: 'the record has neither "text" nor "html"' });
    expect(parseJsonlRecord('{"text": 5}')).toEqual({ error: '"text" must be a string' });
    expect(parseJsonlRecord('{"id": {}, "text": "a"}')).toEqual({
      error: '"id" must be a string or a number',
    });
  });
});
