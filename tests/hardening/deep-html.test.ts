/**
 * Pages nested absurdly deep (issue 7): linkedom's parser is quadratic in depth, so the background bounds the depth
 * before parsing (utils/html/bound-depth.ts). The text and its statements stay; real pages are left as they are.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analyze';
import { boundHtmlDepth, MAX_HTML_DEPTH } from '@/utils/html/bound-depth';
import { DEFAULT_TOPICS } from '@/utils/topics';

/** The deepest element of a parsed document, counted iteratively (recursion would overflow on what we test). */
function depthOf(html: string): number {
  const { document } = parseHTML(html);
  let deepest = 0;
  const stack: [Element, number][] = [[document.documentElement as unknown as Element, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

const STATEMENT =
  '« Nous restons ouverts », a déclaré le ministre Jean Roux devant les députés réunis à Paris.';

describe('bounding the depth of a page before parsing it', () => {
  it('leaves real pages exactly as they are', () => {
    for (const file of ['assets/sample/page.html', 'tests/e2e/fixtures/live-blog.html']) {
      const html = readFileSync(file, 'utf8');
      expect(boundHtmlDepth(html)).toBe(html);
    }
  });

  it('flattens 100,000 nested elements past the bound, keeping their text and its statement', () => {
    const depth = 100_000;
    const prose = `<p>${'Les délégations ont poursuivi leurs discussions sur l’élargissement de l’OTAN pendant toute la journée. '.repeat(3)}</p>`;
    const html = `<!doctype html><html lang="fr"><head><title>Profond</title><meta property="og:type" content="article"></head><body><article>${prose}${'<div><span class="x">'.repeat(depth / 2)}<p>${STATEMENT}</p>${'</span></div>'.repeat(depth / 2)}${prose}<p>Fin.</p></article></body></html>`;
    const bounded = boundHtmlDepth(html);
    expect(bounded.length).toBeLessThan(html.length);
    expect(depthOf(bounded)).toBeLessThanOrEqual(MAX_HTML_DEPTH + 2);
    const { document } = parseHTML(bounded);
    expect(document.body.textContent).toContain(STATEMENT);
    expect(document.body.textContent).toContain('Fin.');
    const analyses = analyzeDocument(document as unknown as Document, {
      topics: DEFAULT_TOPICS,
      url: 'https://a.example/',
    });
    expect(analyses.flatMap((a) => a.statements).some((s) => s.speaker.includes('Jean Roux'))).toBe(true);
  });

  it('reads no markup in scripts, comments or quoted attributes, and keeps the text', () => {
    const inner = `<script>if (a < b) document.write("</div><div>")</script><!-- <div> --><a title="a > b <div>">lien</a><p>un<p>deux<li>trois<li>quatre<br><img src=x>`;
    const html = `<!doctype html><html><head></head><body>${'<div>'.repeat(10)}${inner.repeat(5)}${'</div>'.repeat(10)}</body></html>`;
    expect(boundHtmlDepth(html)).toBe(html);
    const bounded = boundHtmlDepth(html, 4);
    const text = (source: string) => parseHTML(source).document.body.textContent;
    for (const word of ['lien', 'un', 'deux', 'trois', 'quatre']) expect(text(bounded)).toContain(word);
    expect(depthOf(bounded)).toBeLessThanOrEqual(4 + 3);
  });
});
