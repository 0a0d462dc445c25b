/**
 * Pages that give the extension nothing, or give it trouble: a front page with no article, an article page too
 * large to analyse (the popup says so, and what the reader can still do), and a hostile page
 * (a huge DOM, markup and scripts written as text in titles and quotes, unbalanced quotation marks everywhere,
 * page scripts that throw and break built-ins). The extension stays correct, the page stays as it was, and page
 * text is never rendered as HTML. Last, the extension is reloaded under a page holding its highlight script (what an
 * update does): the old script hears nothing more and throws nothing, and the new version highlights.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askBackground,
  badgeColor,
  badgeText,
  closeAll,
  foreignRequests,
  openPopup,
  startExtension,
  tabIdOf,
  tabState,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import type { browser as extensionApi } from 'wxt/browser';

/** About 2 MB of page furniture: 20,000 link cells, then 400 levels of nesting. */
function hugeDom(): string {
  const cells: string[] = [];
  for (let i = 0; i < 20_000; i++)
    cells.push(`<div class="cell"><span>item ${i}</span> <a href="#c${i}">“open ${i}</a></div>`);
  return cells.join('') + '<div>'.repeat(400) + 'deep « text' + '</div>'.repeat(400);
}

const HOSTILE_ERRORS = ['hostile page script', 'hostile timer'];

/** An article page whose HTML is over the 16 million characters Veille reads (a comment pads it). */
function tooLargeArticle(): string {
  return readFileSync('tests/e2e/fixtures/off-topic.html', 'utf8').replace(
    '</body>',
    `<!--${'padding '.repeat(2_000_001)}--></body>`,
  );
}

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  const hostile = readFileSync('tests/e2e/fixtures/hostile.html', 'utf8').replace('<!--HUGE-->', hugeDom());
  const tooLarge = tooLargeArticle();
  ({ server, browser } = await startExtension({
    generated: { '/hostile.html': () => hostile, '/too-large.html': () => tooLarge },
  }));
});
afterAll(() => closeAll(browser, server));

describe('a page with no article', () => {
  it('is left alone: no badge, nothing logged, no error', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/no-article.html`);
    const tabId = await tabIdOf(browser, page.url());
    // The content script found no article and, on a fresh load, told the background nothing (a message would cost
    // the page more than the check): no state, no badge, until the popup asks.
    await page.waitForTimeout(1_500);
    expect(await tabState(browser, tabId)).toBeNull();
    expect(await badgeText(browser, tabId)).toBe('');
    const popup = await openPopup(browser, tabId);
    await popup.locator('.empty h2').waitFor();
    expect(await popup.locator('.empty h2').textContent()).toBe('No article on this page');
    // What to do about it: wait for the page, or keep a passage by hand.
    expect(await popup.locator('.empty p').textContent()).toContain('choose “Save as statement…”');
    expect(await tabState(browser, tabId)).toMatchObject({ status: 'no-article' });
    expect(await askBackground<unknown[]>(browser, popup, 'log:list', { limit: 10 })).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('an article on no tracked topic', () => {
  it('shows its statements with a grey badge, says no topic matched, and logs nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/off-topic.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const state = (await tabState(browser, tabId))!;
    expect(state.matched).toBe(false);
    expect(state.statements).toBeGreaterThan(0);
    await expect.poll(() => badgeText(browser, tabId)).toBe(String(state.statements));
    // #57534e, the colour of "statements, but none of your topics".
    expect((await badgeColor(browser, tabId)).slice(0, 3)).toEqual([0x57, 0x53, 0x4e]);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.note').waitFor();
    expect(await popup.locator('.note').textContent()).toContain('No tracked topic here');
    expect(await popup.locator('.topics').count()).toBe(0);
    expect(await popup.locator('.statement').count()).toBe(state.statements);
    expect(await askBackground<unknown[]>(browser, popup, 'log:list', { limit: 10 })).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('an article page too large to analyse', () => {
  it('is not analysed, and the popup says why and what the reader can still do', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/too-large.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect
      .poll(() => tabState(browser, tabId), { timeout: 15_000 })
      .toMatchObject({ status: 'too-large' });
    expect(await badgeText(browser, tabId)).toBe('');
    const popup = await openPopup(browser, tabId);
    await popup.locator('.empty h2').waitFor();
    expect(await popup.locator('.empty h2').textContent()).toBe('This page is too large to analyse');
    expect(await popup.locator('.empty p').textContent()).toBe(
      'Veille reads pages of up to 16 million characters, and this one is longer. To keep a passage, select it, right-click and choose “Save as statement…”.',
    );
    expect(await askBackground<unknown[]>(browser, popup, 'log:list', { limit: 10 })).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a hostile page', () => {
  it('is analysed correctly and left exactly as it was', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/hostile.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 20_000 }).toMatchObject({ status: 'done' });
    const state = (await tabState(browser, tabId))!;
    expect(state.statements).toBeGreaterThan(0);
    await expect.poll(() => badgeText(browser, tabId)).toBe(String(state.statements));

    // The popup shows the page's markup as text: nothing it holds became an element or ran.
    const popup = await openPopup(browser, tabId);
    await popup.locator('.statement').first().waitFor();
    const popupText = await popup.locator('main').textContent();
    expect(popupText).toContain('<script>window.__pwned = 1</script>');
    expect(await popup.locator('main img').count()).toBe(1); // Veille's own icon, nothing else
    expect(await popup.locator('main script, main b').count()).toBe(0);
    expect(await popup.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);

    // Highlighting works although the page broke createTreeWalker and querySelectorAll for itself.
    await popup.locator('.statement-quote').first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('veille')?.size ?? 0)).toBe(1);

    // The page: same DOM, no code of ours ran in it, no message posted to it, only its own errors.
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBe(0);
    const errors = browser.pageErrors
      .filter((error) => error.url.includes('/hostile.html'))
      .map((e) => e.message);
    expect(errors.every((message) => HOSTILE_ERRORS.some((own) => message.includes(own)))).toBe(true);
    expect(browser.pageErrors.filter((error) => error.url.startsWith('chrome-extension://'))).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('an extension reloaded under a page (as an update reloads it)', () => {
  it('leaves the old highlight script quiet, without an error, and the new version highlights', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/live-blog.html`);
    const tabId = await tabIdOf(browser, page.url());
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    // A statement clicked in the popup: the highlight script is now in the page, the only script of ours there.
    const popup = await openPopup(browser, tabId);
    await popup.locator('.statement-quote').first().click();
    const highlighted = () =>
      page.evaluate(() => [...(CSS.highlights.get('veille') ?? [])].map((range) => range.toString()));
    await expect.poll(highlighted).toHaveLength(1);
    const [oldHighlight] = await highlighted();
    await popup.close();

    // Chromium loads an unpacked extension again after a reload only in developer mode (else it disables it).
    const manager = await browser.context.newPage();
    await manager.goto('chrome://extensions');
    await manager.evaluate(
      () =>
        new Promise<void>((done) =>
          (chrome as unknown as DeveloperPrivate).developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            () => done(),
          ),
        ),
    );
    await manager.close();
    const stopped = new Promise<void>((done) => browser.worker.once('close', () => done()));
    const started = browser.context.waitForEvent('serviceworker');
    await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
    await stopped;

    // The old highlight script is still in the page, its extension gone; the page changes under it.
    await page.evaluate(() =>
      (window as unknown as { addPost: (time: string, paragraphs: string[]) => void }).addPost('11:00', [
        'A new post long enough to count as one: the delegations went back to their hotels for the night, and the talks will resume tomorrow morning.',
      ]),
    );
    // The new version: a command sent to the page reaches nothing, since the old script can no longer hear the
    // extension; it neither answers nor acts.
    const worker = await started;
    const answer = await worker.evaluate(
      (id) =>
        chrome.tabs
          .sendMessage(id, { veille: 1, name: 'page:clear-highlight', payload: {} }, { frameId: 0 })
          .then(
            () => 'answered',
            (error: unknown) => String(error),
          ),
      tabId,
    );
    expect(answer).toContain('Receiving end does not exist');
    expect(await highlighted()).toEqual([oldHighlight]);

    // A statement clicked in the new popup: the new script is injected, and its highlight replaces the old one.
    const newPopup = await openPopup(browser, tabId);
    await newPopup.locator('.statement-quote').nth(1).click();
    await expect
      .poll(highlighted)
      .toSatisfy((ranges: string[]) => ranges.length === 1 && ranges[0] !== oldHighlight);
    await page.waitForTimeout(500);
    expect(browser.pageErrors.filter((error) => error.url.includes('/live-blog.html'))).toEqual([]);
    expect(browser.pageErrors.filter((error) => error.url.startsWith('chrome-extension://'))).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('article.post').length)).toBe(3);
    await newPopup.close();
  });

  it('made no network request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
  });
});

declare const chrome: typeof extensionApi;

/** chrome://extensions's own API, for turning developer mode on. */
interface DeveloperPrivate {
  developerPrivate: {
    updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
  };
}
