/**
 * Time linear in the input (issue 7), for the engine and the query parser: a ratio between two sizes in the same
 * process, in CPU time, each the least of a few interleaved runs (helpers.ts, `growth`), never a wall-clock
 * threshold. Four times the input may cost about four times as much; anything quadratic would cost sixteen, and
 * the first test shows the measure tells the two apart.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../utils/article';
import { analyzeText } from '../../utils/analyze';
import { boundHtmlDepth } from '../../utils/html/bound-depth';
import { extractStatements } from '../../utils/statements';
import { DEFAULT_TOPICS, parseQuery } from '../../utils/topics';
import { FRAGMENTS, growth } from './helpers';

const LINEAR = 9;
const hostile = FRAGMENTS.join(' ');
const options = { topics: DEFAULT_TOPICS };

describe('time grows linearly', () => {
  it('(the measure itself: quadratic work grows past the bound, linear work stays under it)', () => {
    const pairs = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += i ^ j;
      return sum;
    };
    const scan = (n: number) => {
      let sum = 0;
      for (let i = 0; i < n * 4_000; i++) sum += i ^ 7;
      return sum;
    };
    expect(growth(pairs, 2_000, 8_000)).toBeGreaterThan(LINEAR);
    expect(growth(scan, 2_000, 8_000)).toBeLessThan(LINEAR);
  });

  it('extracting statements from hostile text', () => {
    const run = (text: string) => extractStatements(text, { lang: 'fr', articleKey: 'k' });
    expect(growth(run, hostile.repeat(400), hostile.repeat(1_600))).toBeLessThan(LINEAR);
  });

  it('analysing a text (language, topics, statements)', () => {
    const run = (text: string) => analyzeText({ text }, options);
    expect(growth(run, hostile.repeat(150), hostile.repeat(600))).toBeLessThan(LINEAR);
  });

  it('extracting articles from a page', () => {
    const page = (paragraphs: number) => {
      const body = Array.from(
        { length: paragraphs },
        (_, i) => `<p>Paragraph ${i}: ${hostile.replace(/[<&]/g, ' ')}</p><div><span>« ${i}</span></div>`,
      ).join('');
      return parseHTML(`<html><head><title>T</title></head><body><article>${body}</article></body></html>`)
        .document as unknown as Document;
    };
    const small = page(100);
    const large = page(400);
    expect(growth((doc: Document) => extractArticles(doc), small, large)).toBeLessThan(LINEAR);
  });
  it('bounding how deep a page nests, before the background parses it', () => {
    // Deeper than the bound, with quoted attributes holding ">" and unclosed quotation marks in the text.
    const page = (n: number) =>
      `<html><body>${'<div><span class="x" title="a > b">« t'.repeat(n)}${'</span></div>'.repeat(n)}<p>${'“ open <b>x</b> '.repeat(n)}</p></body></html>`;
    expect(growth(boundHtmlDepth, page(20_000), page(80_000))).toBeLessThan(LINEAR);
  });

  it('parsing a topic query', () => {
    const clause = '(nato OR "open door" OR élargi*) NEAR/5 ~ukraine NOT «garanties de sécurité» ';
    const query = (n: number) => Array.from({ length: n }, () => clause).join(' OR ');
    expect(growth(parseQuery, query(2_000), query(8_000), 5)).toBeLessThan(LINEAR);
  });
});
