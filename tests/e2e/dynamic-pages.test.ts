/**
 * Pages that change under the reader: a single-page application that swaps article without reloading, and a
 * live blog whose posts arrive after load. The badge and the popup follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  closeAll,
  foreignRequests,
  openPopup,
  startExtension,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import type { browser as extensionApi } from 'wxt/browser';

declare const chrome: typeof extensionApi;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ server, browser } = await startExtension());
});
afterAll(() => closeAll(browser, server));

interface Analysed {
  titles: string[];
  words: number;
  statements: number;
  /** Each statement as "speaker: opening words of the quote". */
  said: string[];
  /** Length of the HTML the content script sent: the page as it was when analysed. */
  htmlLength: number;
}

/** What the background holds for a tab, once it has analysed `url` (null before). */
async function analysed(tabId: number, url: string): Promise<Analysed | null> {
  return browser.worker.evaluate(
    async ([id, expected]) => {
      const key = `tab:${id}`;
      const state = (await chrome.storage.session.get(key))[key] as
        | {
            url: string;
            status: string;
            timings: { htmlLength: number };
            articles: {
              title: string;
              wordCount: number;
              statements: { speaker: string; content: string }[];
            }[];
          }
        | undefined;
      if (!state || state.url !== expected || state.status !== 'done') return null;
      return {
        titles: state.articles.map((article) => article.title),
        words: state.articles.reduce((sum, article) => sum + article.wordCount, 0),
        statements: state.articles.reduce((sum, article) => sum + article.statements.length, 0),
        said: state.articles.flatMap((article) =>
          article.statements.map((statement) => `${statement.speaker}: ${statement.content.slice(0, 30)}`),
        ),
        htmlLength: state.timings.htmlLength,
      };
    },
    [tabId, url] as const,
  );
}

describe('a single-page application', () => {
  it('is analysed again when it changes article without reloading', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/spa.html`);
    const tabId = await tabIdOf(browser, page.url());
    const loadedAt = await page.evaluate(() => (window as unknown as { loadedAt: number }).loadedAt);

    await expect.poll(() => analysed(tabId, page.url()), { timeout: 15_000 }).not.toBeNull();
    const first = (await analysed(tabId, page.url()))!;
    expect(first.titles.join()).toContain('Finland expects its NATO accession');

    await page.click('#next');
    const second = `${server.origin}/spa/guarantees`;
    expect(page.url()).toBe(second);
    await expect.poll(() => analysed(tabId, second), { timeout: 15_000 }).not.toBeNull();
    const after = (await analysed(tabId, second))!;
    expect(after.titles.join()).toContain('Garanties de sécurité');
    expect(after.titles.join()).not.toContain('Finland');
    expect(after.statements).toBeGreaterThan(0);
    await expect.poll(() => badgeText(browser, tabId)).toBe(String(after.statements));
    // Same document all along: no reload happened.
    expect(await page.evaluate(() => (window as unknown as { loadedAt: number }).loadedAt)).toBe(loadedAt);

    const popup = await openPopup(browser, tabId);
    await popup.locator('.statement').first().waitFor();
    expect(await popup.locator('.article-title').textContent()).toContain('Garanties de sécurité');
    await popup.close();
    await page.close();
  });
});

describe('a live blog', () => {
  it('is analysed again when a post arrives', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/live-blog.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => analysed(tabId, page.url()), { timeout: 15_000 }).not.toBeNull();
    const before = (await analysed(tabId, page.url()))!;
    expect(before.statements).toBeGreaterThan(0);

    await page.evaluate(() =>
      (window as unknown as { addPost: (time: string, paragraphs: string[]) => void }).addPost('10:05', [
        '“Our door remains open to every democracy in Europe that wants to join,” the secretary general, Maria Olsen, told journalists at the summit, adding that the alliance would not let Moscow decide on its enlargement.',
        'Officials said the leaders would meet again in the afternoon to discuss the long-term security commitments for Ukraine and the financing of the new support mission.',
      ]),
    );
    // The page was read again as it is now, new post included (about 400 more characters of HTML).
    await expect
      .poll(async () => (await analysed(tabId, page.url()))?.htmlLength ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(before.htmlLength + 300);
    const after = (await analysed(tabId, page.url()))!;
    expect(after.words).toBeGreaterThanOrEqual(before.words);
    expect(after.statements).toBeGreaterThan(before.statements);
    expect(after.said).toContain('Maria Olsen: Our door remains open to every');
    expect(after.said).toEqual(expect.arrayContaining(before.said));
    await expect.poll(() => badgeText(browser, tabId)).toBe(String(after.statements));
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
  });
});
