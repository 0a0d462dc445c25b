/**
 * The cheap article check as pages get it: in real Chromium, where it first looks through a selector and XPath
 * without handing script any element (utils/article/is-article.ts, `certainlyNoArticle`), against the same check in
 * linkedom, which has no XPath and so always runs the exact check. Both must give the same answer on every page;
 * and on a page with nothing prose-like the first look must answer alone, without the exact check's walk.
 */
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probePage } from '../../utils/article/is-article';
import { pageFromHtml } from '../article/load-page';
import { CHROMIUM } from './harness';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  page = await browser.newPage({ javaScriptEnabled: true });
});
afterAll(() => browser.close());

/**
 * The page's answer, and whether the exact check ran (it starts by reading the `meta` elements, which the first look
 * never lists), with the function sent as source, as `scripting.executeScript` sends it.
 */
async function inChromium(html: string): Promise<{ article: boolean | undefined; exactCheckRan: boolean }> {
  await page.setContent(html);
  return page.evaluate(`(() => {
    let exactCheckRan = false;
    const byTag = Document.prototype.getElementsByTagName;
    document.getElementsByTagName = function (name) {
      if (name === 'meta') exactCheckRan = true;
      return byTag.call(this, name);
    };
    const article = (${probePage.toString()})(0, false)?.article;
    delete document.getElementsByTagName;
    return { article, exactCheckRan };
  })()`);
}

const inLinkedom = (html: string): boolean | undefined => probePage(0, false, pageFromHtml(html))?.article;

const words = (length: number, unit = 'word ') =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const paragraph = (length: number, unit?: string) => `<p>${words(length, unit)}</p>`;
const htmlPage = (body: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('the cheap article check in the browser', () => {
  it('answers alone on pages with nothing prose-like, and agrees with the exact check', async () => {
    for (const html of [
      htmlPage(''),
      htmlPage('<h1>Links</h1><ul><li><a href="/a">A short teaser</a></li></ul>'),
      htmlPage(paragraph(139) + paragraph(100)),
      // One long paragraph adds at most √(539 − 140) < 20: under the bar.
      htmlPage(paragraph(539)),
      htmlPage(paragraph(183) + paragraph(183) + paragraph(183)),
    ]) {
      expect(await inChromium(html)).toEqual({ article: false, exactCheckRan: false });
      expect(inLinkedom(html)).toBe(false);
    }
  });

  it('leaves every page that might hold an article to the exact check', async () => {
    const cases: [string, boolean][] = [
      [htmlPage(paragraph(541)), true],
      // Two paragraphs of √100 each: exactly the bar, which a page must pass.
      [htmlPage(paragraph(240) + paragraph(240)), false],
      [htmlPage(paragraph(241) + paragraph(241)), true],
      [htmlPage(`<article>${paragraph(150)}${paragraph(150)}</article>`), true],
      [htmlPage(`<nav>${paragraph(900)}</nav>`), false],
      [htmlPage(paragraph(900), '<meta property="og:type" content="website">'), false],
      [htmlPage('', '<meta property="og:type" content=" Article ">'), true],
      [htmlPage('', '<script type="application/LD+json">{"@type": "NewsArticle"}</script>'), true],
      [htmlPage(`<pre>${words(700)}</pre>`), true],
    ];
    for (const [html, article] of cases) {
      expect(await inChromium(html)).toEqual({ article, exactCheckRan: true });
      expect(inLinkedom(html)).toBe(article);
    }
  });

  it('counts lengths as JavaScript does: astral characters are two code units, blank space is trimmed', async () => {
    for (const html of [
      htmlPage(paragraph(600, '🇺🇦 ')),
      htmlPage(`<p>${' '.repeat(500)}${words(150)}</p>`),
      htmlPage(`<p>${'\n'.repeat(300)}</p>`),
    ]) {
      expect((await inChromium(html)).article).toBe(inLinkedom(html));
    }
  });

  it('gives the exact check’s answer on any page of paragraphs, furniture and articles', async () => {
    const block = fc.oneof(
      fc.nat({ max: 900 }).map((length) => paragraph(length)),
      fc.nat({ max: 900 }).map((length) => `<pre>${words(length)}</pre>`),
      fc.nat({ max: 900 }).map((length) => `<nav>${paragraph(length)}</nav>`),
      fc.nat({ max: 900 }).map((length) => `<aside><p> ${words(length, 'é ')}</p></aside>`),
      fc.constant('<div><a href="/x">A link</a></div>'),
    );
    const body = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join(''));
    const html = fc
      .tuple(body, fc.boolean(), fc.constantFrom('', '<meta property="og:type" content="website">'))
      .map(([content, inArticle, head]) =>
        htmlPage(inArticle ? `<article>${content}</article>` : content, head),
      );
    await expect(
      fc.assert(
        fc.asyncProperty(html, async (source) => (await inChromium(source)).article === inLinkedom(source)),
        { numRuns: 150 },
      ),
    ).resolves.toBeUndefined();
  });
});
