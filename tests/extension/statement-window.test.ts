/** The statement window's address carries the selection, and says when it had to cut it. */
import { describe, expect, it } from 'vitest';
import { QUOTE_MAX, statementWindowPath } from '@/components/statement-window';

const paramsOf = (path: string) => new URLSearchParams(path.slice(path.indexOf('?')));

describe('the statement window’s address', () => {
  it('carries the tab and the selected words, trimmed, whatever characters they hold', () => {
    const params = paramsOf(statementWindowPath(7, '  « Nous ne céderons pas » & 100 % #1\n'));
    expect(params.get('tab')).toBe('7');
    expect(params.get('quote')).toBe('« Nous ne céderons pas » & 100 % #1');
    expect(params.has('cut')).toBe(false);
  });

  it('cuts a longer selection and says so, so that the window can tell the reader', () => {
    const selection = `${'a'.repeat(QUOTE_MAX)}b`;
    const params = paramsOf(statementWindowPath(7, selection));
    expect(params.get('quote')).toBe('a'.repeat(QUOTE_MAX));
    expect(params.get('cut')).toBe('1');
    expect(paramsOf(statementWindowPath(7, `  ${'a'.repeat(QUOTE_MAX)}  `)).has('cut')).toBe(false);
  });
});
