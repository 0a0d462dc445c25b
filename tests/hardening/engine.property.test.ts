/**
 * The engine on hostile input (issue 7): random Unicode, unbalanced and nested quotation marks, right-to-left
 * text, 5 MB of text, 100,000 nested elements. It never throws and its offsets stay inside the text. That its
 * time grows linearly is checked in linear-time.test.ts (its own worker, away from this file's garbage).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../utils/article';
import { analyzeDocument, analyzeText } from '../../utils/analyze';
import { extractStatements } from '../../utils/statements';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { expectExactOffsets } from '../statements/helpers';
import { hostileText } from './helpers';

const LANGS = ['fr', 'en', 'de', 'es', 'it', 'pl', 'uk', 'ru', 'ar', 'xx', ''];
const options = { topics: DEFAULT_TOPICS };

/** A page as a string: random nesting, attributes full of quotes, text from the hostile fragments. */
const hostileHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText(40).map((text) => text.replace(/[<&]/g, ' ')),
    fc
      .tuple(
        fc.constantFrom(
          'div',
          'p',
          'article',
          'section',
          'span',
          'blockquote',
          'q',
          'h1',
          'li',
          'script',
          'table',
        ),
        fc.constantFrom('', ' class="content"', ' dir="rtl"', ' title="« “ \' "', ' hidden', ' lang="ar"'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attributes, children]) => `<${tag}${attributes}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('the engine never throws', () => {
  it('on random Unicode and hostile text, in every language; offsets point at the content', () => {
    fc.assert(
      fc.property(hostileText(300), fc.constantFrom(...LANGS), (text, lang) => {
        const statements = extractStatements(text, { lang, articleKey: 'k' });
        for (const s of statements) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
        }
        expectExactOffsets(text, statements);
        const analysis = analyzeText({ text, title: text.slice(0, 40), lang }, options);
        expect(analysis.wordCount).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on random pages: extraction and analysis return articles or nothing', () => {
    fc.assert(
      fc.property(hostileHtml, fc.boolean(), (body, declared) => {
        const head = declared ? '<meta property="og:type" content="article"><title>« t</title>' : '';
        const { document } = parseHTML(
          `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
        );
        const doc = document as unknown as Document;
        expect(Array.isArray(extractArticles(doc))).toBe(true);
        expect(Array.isArray(analyzeDocument(doc, options))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('on 100,000 nested elements', () => {
    const { document } = parseHTML(
      '<!doctype html><html><head><title>Deep</title></head><body></body></html>',
    );
    let parent: Element = document.body as unknown as Element;
    for (let depth = 0; depth < 100_000; depth++) {
      const child = document.createElement(depth % 2 ? 'div' : 'section') as unknown as Element;
      parent.appendChild(child);
      parent = child;
    }
    const paragraph = document.createElement('p');
    paragraph.textContent = '« Nous restons ouverts », a déclaré le ministre Jean Roux devant les députés.';
    parent.appendChild(paragraph);
    const errors: unknown[] = [];
    const analyses = analyzeDocument(document as unknown as Document, {
      ...options,
      onError: (error) => errors.push(error),
    });
    expect(Array.isArray(analyses)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('on 5 MB of text with quotation marks left open everywhere', () => {
    // Mostly prose (a page's worth of statements would make this a benchmark), with marks opened and never
    // closed in every paragraph: what a regular expression that backtracks, or a quote matcher that rescans,
    // would choke on.
    const words = 'les discussions ont duré tard dans la nuit pendant que les délégués attendaient « et ';
    const paragraph = `${words.repeat(24)}“ ‹ „ ${'قال الوزير إن الباب مفتوح '.repeat(4)}« Nous restons ouverts », a déclaré Jean Roux.\n\n`;
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const analysis = analyzeText({ text }, options);
    expect(analysis.lang).toBe('fr');
    expect(analysis.wordCount).toBeGreaterThan(500_000);
    expectExactOffsets(text, analysis.statements);
  }, 120_000);

  it('on one word of 5 MB, in scripts whose strings take two bytes a character', () => {
    // A regular expression's `+` over a run of letters this long overflows V8's stack, where Latin text does not.
    for (const letters of ['НАТО', 'الناتو', '北约']) {
      const word = letters.repeat(Math.ceil(5_000_000 / letters.length));
      const analysis = analyzeText(
        { text: `Il a dit : « ${word} », a déclaré Jean Roux.\n\nNATO ${word}` },
        options,
      );
      expect(analysis.wordCount).toBeGreaterThan(0);
      const { document } = parseHTML(`<html><body><article><h1>T</h1><p>${word}</p></article></body></html>`);
      expect(() => analyzeDocument(document as unknown as Document, options)).not.toThrow();
    }
  }, 120_000);
});
