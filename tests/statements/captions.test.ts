/**
 * Photo captions left in an article's text hold no statements: the caption repeats what the body reports.
 * Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { captionTest } from '../../utils/statements/captions';
import { extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe('photo captions', () => {
  it('drops a statement in a paragraph that ends with a bracketed credit', () => {
    const text =
      'Coach Dana Ruiz said the new rink had changed everything. (Jo Lam/Daily Ledger)\n\nCoach Dana Ruiz said the new rink had changed everything for the team, which now trains at home.';
    const statements = en(text);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.content).toBe(
      'the new rink had changed everything for the team, which now trains at home',
    );
  });

  it('drops a statement in a paragraph that ends with a credit after its last sentence', () => {
    const statements = en(
      'Coach Dana Ruiz, second from left, said the rink was a gift. Jo Lam/THE DAILY LEDGER',
    );
    expect(statements).toEqual([]);
  });

  it('keeps statements whose paragraph only mentions a slash or brackets', () => {
    const text =
      'The union (and/or its lawyers) said the contract was void. Ruiz said the 24/7 schedule would end.';
    expect(find(en(text), 'the 24/7 schedule would end').speaker).toBe('Ruiz');
  });

  it('answers for each paragraph of a text', () => {
    const text = 'First paragraph.\nA caption here. (Jo Lam/AP)\nLast paragraph.';
    const inCaption = captionTest(text);
    expect(inCaption(0)).toBe(false);
    expect(inCaption(text.indexOf('A caption'))).toBe(true);
    expect(inCaption(text.indexOf('Last'))).toBe(false);
  });
});
