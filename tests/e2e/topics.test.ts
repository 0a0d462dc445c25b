/**
 * The topic editor in real Chromium: a topic written in simple mode on the options page makes a page that
 * mentions it raise the badge (already open pages are analysed again) and shows up in the popup; the live
 * preview sees the page; an invalid expert query is marked at its column and cannot be saved; the context
 * menu's statement page saves a passage with the speaker the reader names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { seriousViolations } from './axe';
import {
  askBackground,
  badgeColor,
  closeAll,
  foreignRequests,
  openPopup,
  startExtension,
  tabIdOf,
  tabState,
  type ExtensionBrowser,
  type FixtureServer,
  waitForAnalysis,
} from './harness';
import { statementWindowPath } from '../../components/statement-window';

declare const chrome: typeof extensionApi;

let server: FixtureServer;
let browser: ExtensionBrowser;
let article: Page;
let tabId: number;
let options: Page;

/** The topics as stored (sync area, where they fit). */
function storedTopics(): Promise<{ id: string; name: string; query: string; enabled?: boolean }[] | null> {
  return browser.worker.evaluate(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    return (settings as { topics: never[] | null } | undefined)?.topics ?? null;
  });
}

beforeAll(async () => {
  ({ server, browser } = await startExtension());
  article = await browser.context.newPage();
  await article.goto(`${server.origin}/beekeeping.html`);
  tabId = await tabIdOf(browser, article.url());
  await waitForAnalysis(browser, tabId);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
});
afterAll(() => closeAll(browser, server));

describe('a topic written in simple mode', () => {
  it('starts from a page on no tracked topic (grey badge)', async () => {
    expect((await tabState(browser, tabId))!.matched).toBe(false);
  });

  it('is created with keyword chips, previewed on the page, and saved as a query', async () => {
    await options.getByRole('button', { name: 'New topic' }).click();
    await options.getByLabel('Name').fill('Bee health');
    const anyOf = options.getByRole('textbox', { name: /^Any of these/ });
    await anyOf.fill('varroa');
    await anyOf.press('Enter');
    await anyOf.fill('beekeep*');
    await anyOf.press('Enter');
    const noneOf = options.getByRole('textbox', { name: /^None of these/ });
    await noneOf.fill('honey prices');
    await noneOf.press('Enter');
    await expect
      .poll(() => options.locator('.compiled code').textContent())
      .toBe('(varroa OR beekeep*) NOT "honey prices"');
    // The preview runs the draft on the page the reader has open (its text, from the background).
    await expect.poll(() => options.locator('.preview-page').textContent()).toContain('Beekeepers brace');
    await expect.poll(() => options.locator('.preview-page .preview-match').count()).toBe(1);
    expect(await options.locator('.preview-page').textContent()).toMatch(/varroa/);
    await options.getByRole('button', { name: 'Save topic' }).click();
    await options.getByText('Saved “Bee health”.').waitFor();
    const topics = await storedTopics();
    expect(topics?.at(-1)).toMatchObject({
      name: 'Bee health',
      query: '(varroa OR beekeep*) NOT "honey prices"',
    });
    // The defaults stay references: the whole fits the sync quota.
    expect(topics?.slice(0, 2)).toEqual([
      { id: 'nato-enlargement', default: true, enabled: true },
      { id: 'ukraine-security-guarantees', default: true, enabled: true },
    ]);
  });

  it('raises the badge of the page already open, and shows in its popup', async () => {
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ matched: true });
    await expect.poll(async () => (await badgeColor(browser, tabId)).slice(0, 3)).toEqual([0xc2, 0x41, 0x0c]);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.topic-name').first().waitFor();
    expect(await popup.locator('.topic-name').allTextContents()).toEqual(['Bee health']);
    await popup.close();
  });

  it('raises the badge of a page opened afterwards too', async () => {
    const again = await browser.context.newPage();
    await again.goto(`${server.origin}/beekeeping.html?again`);
    const againId = await tabIdOf(browser, again.url());
    await expect.poll(() => tabState(browser, againId), { timeout: 15_000 }).toMatchObject({ matched: true });
    await again.close();
  });

  it('can be switched off, moved up and deleted from the list, by keyboard', async () => {
    const row = options.locator('.topic-row', { hasText: 'Bee health' });
    await row.getByRole('checkbox').focus();
    await options.keyboard.press('Space');
    await expect.poll(async () => (await storedTopics())?.at(-1)?.enabled).toBe(false);
    await expect.poll(() => tabState(browser, tabId), { timeout: 15_000 }).toMatchObject({ matched: false });
    await row.getByRole('button', { name: 'Move “Bee health” up' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedTopics())?.[1]).toMatchObject({ name: 'Bee health' });
    await options
      .locator('.topic-row', { hasText: 'Bee health' })
      .getByRole('button', { name: /Delete/ })
      .click();
    await expect.poll(async () => (await storedTopics())?.length).toBe(2);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await storedTopics())?.length).toBe(3);
  });
});

describe('a default topic', () => {
  it('opens in expert mode (its query uses NEAR), and can be reset after an edit', async () => {
    const row = options.locator('.topic-row').first();
    await row.getByRole('button', { name: /^Edit/ }).click();
    expect(await options.getByRole('radio', { name: 'Query (expert)' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Keywords' }).isDisabled()).toBe(true);
    await options.getByLabel('Query', { exact: true }).fill('NATO NEAR/3 enlargement');
    await options.getByRole('button', { name: 'Save topic' }).click();
    await expect
      .poll(async () => (await storedTopics())?.[0])
      .toMatchObject({ query: 'NATO NEAR/3 enlargement' });
    await options
      .locator('.topic-row')
      .first()
      .getByRole('button', { name: /^Reset to default/ })
      .click();
    await expect
      .poll(async () => (await storedTopics())?.[0])
      .toEqual({ id: 'nato-enlargement', default: true, enabled: true });
    expect(
      await options
        .locator('.topic-row')
        .first()
        .getByRole('button', { name: /^Reset/ })
        .count(),
    ).toBe(0);
  });
});

describe('onboarding', () => {
  it('saves the topics to start with and the monitoring choice', async () => {
    const onboarding = await browser.context.newPage();
    await onboarding.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
    await onboarding.getByRole('checkbox', { name: 'Security guarantees for Ukraine' }).uncheck();
    // All sites, as the e2e build is granted them already (the choice itself is permissions.test.ts's concern).
    await onboarding.getByRole('radio', { name: /On every site/ }).check();
    await onboarding.getByRole('button', { name: 'Save my choice' }).click();
    await onboarding.getByText('Saved. You can close this tab.').waitFor();
    const topics = await storedTopics();
    expect(topics?.find((topic) => topic.id === 'ukraine-security-guarantees')?.enabled).toBe(false);
    expect(topics?.find((topic) => topic.name === 'Bee health')).toBeDefined();
    const monitoring = await browser.worker.evaluate(
      async () => ((await chrome.storage.sync.get('settings')).settings as { monitoring: string }).monitoring,
    );
    expect(monitoring).toBe('all');
    // Back on: later tests expect the defaults as they were.
    await onboarding.getByRole('checkbox', { name: 'Security guarantees for Ukraine' }).check();
    await onboarding.getByRole('button', { name: 'Save my choice' }).click();
    await expect
      .poll(
        async () =>
          (await storedTopics())?.find((topic) => topic.id === 'ukraine-security-guarantees')?.enabled,
      )
      .toBe(true);
    await onboarding.close();
  });
});

describe('an invalid expert query', () => {
  it('is marked at the column of the error and cannot be saved', async () => {
    await options.getByRole('button', { name: 'New topic' }).click();
    await options.getByLabel('Name').fill('Broken');
    await options.getByRole('radio', { name: 'Query (expert)' }).check();
    const query = options.getByLabel('Query', { exact: true });
    await query.fill('Ukraine (NATO OR OTAN');
    const error = options.locator('.query-error');
    await expect.poll(() => error.getAttribute('data-column')).toBe('22');
    expect(await error.textContent()).toMatch(/^Column 22: expected "\)"/);
    expect(await query.getAttribute('aria-invalid')).toBe('true');
    // The mark sits after the last character, where ")" was expected; the highlighting is text spans.
    const mark = options.locator('.query-highlight mark.error-at');
    expect(await mark.getAttribute('data-column')).toBe('22');
    expect(await options.locator('.query-highlight .q-operator').allTextContents()).toEqual(['OR']);
    expect(await options.locator('.query-highlight .q-paren').allTextContents()).toEqual(['(']);
    const save = options.getByRole('button', { name: 'Save topic' });
    expect(await save.isDisabled()).toBe(true);
    // Each disabled control says why: Save, and the way back to keywords.
    expect(await options.getByRole('status').allTextContents()).toContain(
      'The query has an error: fix it to save.',
    );
    expect(await options.getByRole('radio', { name: 'Keywords' }).isDisabled()).toBe(true);
    expect(await options.getByText('Correct the query to switch back to keywords.').count()).toBe(1);
    await query.press('Control+Enter');
    await options.getByLabel('Name').press('Enter');
    expect((await storedTopics())?.map((topic) => topic.name)).not.toContain('Broken');

    // A mistake in the middle is marked where it is.
    await query.fill('NATO NEAR/x Finland');
    await expect.poll(() => error.getAttribute('data-column')).toBe('11');
    expect(await mark.textContent()).toBe('x');

    await query.fill('Ukraine (NATO OR OTAN)');
    await expect.poll(() => error.textContent()).toBe('');
    expect(await save.isDisabled()).toBe(false);
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('never renders the query as HTML', async () => {
    await options.getByRole('button', { name: 'New topic' }).click();
    await options.getByRole('radio', { name: 'Query (expert)' }).check();
    await options.getByLabel('Query', { exact: true }).fill('<img src=x onerror="document.title=1"> OR b');
    expect(await options.locator('.query-highlight img').count()).toBe(0);
    expect(await options.locator('.query-highlight').textContent()).toContain('<img src=x');
    await options.getByRole('button', { name: 'Cancel' }).click();
  });
});

describe('saving a selection as a statement', () => {
  it('keeps the words with the speaker the reader names, and the page in the log', async () => {
    const quote = 'treatment in late summer remained the most effective way';
    const page = await browser.context.newPage();
    await page.goto(
      `chrome-extension://${browser.extensionId}/statement.html?tab=${tabId}&quote=${encodeURIComponent(quote)}`,
    );
    expect(await page.locator('blockquote').textContent()).toBe(quote);
    await page.getByLabel('Who said it?').fill('Tomas Lindqvist');
    await page.getByLabel('Who said it?').press('Enter');
    await expect
      .poll(() => askBackground(browser, options, 'statement:list', {}))
      .toMatchObject([{ quote, speaker: 'Tomas Lindqvist', url: `${server.origin}/beekeeping.html` }]);
    expect(await askBackground(browser, options, 'log:status', { tabId, articleIndex: 0 })).toMatchObject({
      saved: true,
    });
  });

  it('says when the selection was cut, or when nothing was selected, and what to do', async () => {
    const page = await browser.context.newPage();
    const long = 'The hives were treated in late summer. '.repeat(200);
    await page.goto(`chrome-extension://${browser.extensionId}${statementWindowPath(tabId, long)}`);
    expect(await page.getByRole('note').textContent()).toBe(
      'Only the first 5,000 characters of your selection are kept. To keep the rest, select it and save it as another statement.',
    );
    await page.goto(`chrome-extension://${browser.extensionId}/statement.html?tab=${tabId}&quote=`);
    expect(await page.locator('main p').first().textContent()).toBe(
      'Nothing was selected. Close this window, select words on the page, then right-click and choose “Save as statement…”.',
    );
    await page.close();
  });

  it('lists the saved passages on the options page, where each can be deleted', async () => {
    const saved = await browser.context.newPage();
    await saved.goto(`chrome-extension://${browser.extensionId}/options.html#saved`);
    const passage = saved.getByRole('listitem').filter({ hasText: 'Tomas Lindqvist' });
    await expect
      .poll(() => passage.locator('blockquote').textContent())
      .toBe('treatment in late summer remained the most effective way');
    expect(await passage.getByRole('link').getAttribute('href')).toBe(`${server.origin}/beekeeping.html`);
    expect(await seriousViolations(saved)).toEqual([]);

    // A passage saved from another window while the list is open shows up in it, first.
    const statement = await browser.context.newPage();
    await statement.goto(
      `chrome-extension://${browser.extensionId}/statement.html?tab=${tabId}&quote=${encodeURIComponent('a second passage')}`,
    );
    await statement.getByLabel('Who said it?').fill('Ana Ruiz');
    await statement.getByLabel('Who said it?').press('Enter');
    await expect
      .poll(() => saved.locator('.saved-list blockquote').allTextContents())
      .toEqual(['a second passage', 'treatment in late summer remained the most effective way']);

    await passage.getByRole('button', { name: 'Delete the passage of Tomas Lindqvist' }).click();
    await saved
      .getByRole('listitem')
      .filter({ hasText: 'Ana Ruiz' })
      .getByRole('button', { name: 'Delete the passage of Ana Ruiz' })
      .click();
    await expect.poll(() => saved.getByText('No passage saved yet.').count()).toBe(1);
    expect(await askBackground(browser, saved, 'statement:list', {})).toEqual([]);
    await saved.close();
  });
});

describe('privacy', () => {
  it('made no request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
  });
});
