/**
 * The seed article end to end: the badge counts its statements, the popup (opened as `popup.html?tab=<id>`)
 * lists them by speaker, a click highlights the statement on the page, and the reading log keeps the article.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
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

let server: FixtureServer;
let browser: ExtensionBrowser;
let page: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  ({ server, browser } = await startExtension());
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html?utm_source=newsletter`);
  tabId = await tabIdOf(browser, page.url());
});
afterAll(() => closeAll(browser, server));

describe('the seed article', () => {
  it('shows the number of statements on the badge, in the topic colour', async () => {
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ status: 'done' });
    const state = await tabState(browser, tabId);
    expect(state!.statements).toBeGreaterThanOrEqual(5);
    expect(state!.matched).toBe(true);
    await expect.poll(() => badgeText(browser, tabId)).toBe(String(state!.statements));
    // #c2410c, the colour of a matched topic.
    expect((await badgeColor(browser, tabId)).slice(0, 3)).toEqual([0xc2, 0x41, 0x0c]);
  });

  it('lists the statements by speaker in the popup', async () => {
    popup = await openPopup(browser, tabId);
    await popup.locator('.statement').first().waitFor();
    const speakers = await popup.locator('.speaker-name').allTextContents();
    for (const name of ['Vladimir Poutine', 'Kremlin', 'Élysée']) {
      expect(speakers.some((text) => text.startsWith(name))).toBe(true);
    }
    const state = await tabState(browser, tabId);
    expect(await popup.locator('.statement').count()).toBe(state!.statements);
    expect(await popup.locator('.topic-name').allTextContents()).not.toHaveLength(0);
    await expect
      .poll(() => badgeText(browser, tabId))
      .toBe(String(await popup.locator('.statement').count()));
    // "l’Élysée a salué …" praises; the Kremlin's and Poutine's "a déclaré" only say, and carry no tag.
    const elysee = popup.locator('.speaker', { hasText: 'Élysée' });
    expect(await elysee.locator('.cue-class').allTextContents()).toEqual(['praises']);
    expect(await popup.locator('.speaker', { hasText: 'Kremlin' }).locator('.cue-class').count()).toBe(0);
  });

  it('highlights a statement on the page when it is clicked, without touching the DOM', async () => {
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    const item = popup.locator('.speaker', { hasText: 'Élysée' }).locator('.statement-quote').first();
    const quote = (await item.locator('q').textContent())!;
    await item.click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const highlight = CSS.highlights.get('veille');
          return highlight ? [...highlight].map((range) => range.toString()) : [];
        }),
      )
      .toHaveLength(1);
    const highlighted = await page.evaluate(() => [...CSS.highlights.get('veille')!][0]!.toString());
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(highlighted)).toBe(squeeze(quote));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  });

  it('works from the keyboard: Tab to a statement, Enter highlights it', async () => {
    await popup.bringToFront();
    let focused = '';
    for (let presses = 0; presses < 20 && focused !== 'statement-quote'; presses++) {
      await popup.keyboard.press('Tab');
      focused = await popup.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toBe('statement-quote');
    const quote = await popup.evaluate(
      () => document.activeElement!.querySelector('q, .reported')!.textContent!,
    );
    await popup.keyboard.press('Enter');
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('veille') ?? [])].map(String).join('')))
      .toSatisfy((text: string) => squeeze(text) === squeeze(quote));
  });

  it('copies a statement as a citation: speaker, words, outlet, date, link', async () => {
    // Headless Chromium has no system clipboard to read back: record what the popup hands to it instead.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    });
    const item = popup.locator('.speaker', { hasText: 'Élysée' }).locator('.statement').first();
    const quote = (await item.locator('.statement-quote q, .statement-quote .reported').textContent())!;
    await item.getByRole('button', { name: 'Copy citation' }).click();
    await item.getByRole('button', { name: 'Copied' }).waitFor();
    const [citation = ''] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(citation.startsWith('Élysée')).toBe(true);
    expect(citation).toContain(quote);
    expect(citation).toContain('Le Quotidien (exemple)');
    expect(citation).toContain('2022');
    expect(citation).toContain(
      'https://quotidien.example/international/article/2022/01/28/poutine-macron-otan.html',
    );
  });

  it('keeps the matching article in the reading log, and saves and unsaves it', async () => {
    const entries = await askBackground<{ url: string; saved: boolean }[]>(browser, popup, 'log:list', {
      limit: 10,
    });
    expect(entries).toHaveLength(1);
    // The page's canonical URL keys the entry, tracking parameters or not.
    expect(entries[0]!.url).toBe(
      'https://quotidien.example/international/article/2022/01/28/poutine-macron-otan.html',
    );
    const save = popup.locator('button.save');
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('false');
    expect(await askBackground<unknown[]>(browser, popup, 'log:list', { limit: 10 })).toHaveLength(0);
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when the storage is full, leaves the log as it was, and saves once there is room', async () => {
    const save = popup.locator('button.save');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('false');
    // A full disk, as IndexedDB reports it: every write in the background refused with QuotaExceededError.
    await browser.worker.evaluate(() => {
      const stores = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      (globalThis as Record<string, unknown>).veilleWrites = { put: stores.put, add: stores.add };
      stores.put = full;
      stores.add = full;
    });
    try {
      await save.click();
      await expect
        .poll(() => popup.getByRole('alert').textContent())
        .toBe(
          'The browser’s storage is full: the last change was not saved. Nothing already in the log was lost. Free some disk space, or export and delete old articles.',
        );
      expect(await save.getAttribute('aria-pressed')).toBe('false');
    } finally {
      await browser.worker.evaluate(() => {
        const writes = (globalThis as Record<string, unknown>).veilleWrites as Record<string, unknown>;
        Object.assign(IDBObjectStore.prototype, writes);
      });
    }
    expect(await askBackground<unknown[]>(browser, popup, 'log:list', { limit: 10 })).toHaveLength(0);
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    expect(await popup.getByRole('alert').count()).toBe(0);
  });

  it('counts active reading time while the article tab is in front, and stops when the reader leaves it', async () => {
    const url = 'https://quotidien.example/international/article/2022/01/28/poutine-macron-otan.html';
    const activeMs = async () =>
      (
        await askBackground<{ entries: { activeMs: number }[] }>(browser, popup, 'log:entries', {
          urls: [url],
        })
      ).entries[0]!.activeMs;
    const before = await activeMs();
    await page.bringToFront();
    await page.waitForTimeout(2_000);
    await popup.bringToFront(); // the reader leaves the article's tab: the reading ends and is counted
    await expect.poll(activeMs).toBeGreaterThanOrEqual(before + 1_500);
    const counted = await activeMs();
    await page.waitForTimeout(1_500);
    expect(await activeMs()).toBe(counted); // nothing counts while another tab is in front
  });

  it('drops malformed messages and counts them', async () => {
    const before = await askBackground<{ dropped: number }>(browser, popup, 'debug:stats', {});
    // Sent at once, as a flood would arrive: each one is counted.
    await Promise.all([
      askBackground(browser, popup, 'tab:analyse', { tabId: 'not a number' }),
      askBackground(browser, popup, 'log:list', { limit: 5, extra: '<img src=x>' }),
      askBackground(browser, popup, 'no:such-message', {}),
    ]);
    const after = await askBackground<{ dropped: number }>(browser, popup, 'debug:stats', {});
    expect(after.dropped - before.dropped).toBe(3);
  });

  it('has the highlight script in the page drop malformed commands, count them, and still highlight', async () => {
    const stats = () =>
      askBackground<{ dropped: number; droppedInPages: number }>(browser, popup, 'debug:stats', {});
    const highlighted = () =>
      page.evaluate(() => [...(CSS.highlights.get('veille') ?? [])].map(String).join(''));
    const shown = await highlighted();
    expect(shown).not.toBe(''); // the script is in the page: a statement was highlighted above
    const before = await stats();
    // Sent as the background sends commands (tabs messaging to the top frame), all at once.
    const junk = [
      { veille: 1, name: 'page:highlight', payload: { quote: 42, context: '' } },
      { veille: 1, name: 'page:highlight', payload: { quote: 'Kremlin', context: '', html: '<img src=x>' } },
      { veille: 1, name: 'page:highlight', payload: { quote: 'x'.repeat(100_001), context: '' } },
      { veille: 1, name: 'page:clear-highlight', payload: null },
      { veille: 1, name: 'page:analyse', payload: {} },
    ];
    const toPage = (messages: unknown[]) =>
      browser.worker.evaluate(
        ([id, list]) =>
          Promise.all(
            list.map((message) =>
              chrome.tabs.sendMessage(id, message, { frameId: 0 }).then(
                (answer: unknown) => answer ?? null,
                () => null,
              ),
            ),
          ),
        [tabId, messages] as const,
      );
    expect(await toPage(junk)).toEqual(junk.map(() => null));
    await expect.poll(async () => (await stats()).droppedInPages - before.droppedInPages).toBe(junk.length);
    expect((await stats()).dropped).toBe(before.dropped);
    expect(await highlighted()).toBe(shown); // not even the clear command was acted on

    // A valid command still highlights: another statement's words.
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const statements = await browser.worker.evaluate(async (id) => {
      const key = `tab:${id}`;
      const state = (await chrome.storage.session.get(key))[key] as {
        articles: { statements: { content: string; sentence: string }[] }[];
      };
      return state.articles.flatMap((article) => article.statements);
    }, tabId);
    const other = statements.find((statement) => squeeze(statement.content) !== squeeze(shown))!;
    const [answer] = await toPage([
      { veille: 1, name: 'page:highlight', payload: { quote: other.content, context: other.sentence } },
    ]);
    expect(answer).toEqual({ found: true });
    expect(squeeze(await highlighted())).toBe(squeeze(other.content));
    expect((await stats()).droppedInPages).toBe(before.droppedInPages + junk.length);
  });

  it('records requests from the service worker too (so the next check means something)', async () => {
    await browser.worker.evaluate(
      (origin) =>
        fetch(`${origin}/recorder-probe`).then(
          () => undefined,
          () => undefined,
        ),
      server.origin,
    );
    await expect.poll(() => browser.requests.some((url) => url.endsWith('/recorder-probe'))).toBe(true);
  });

  it('makes no network request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

/** Code passed to `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;
