/**
 * The extension as users install it: no host permission. Onboarding opens on install, pages are not read
 * automatically, and the popup says why there is nothing yet, with the button that grants the site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  STORE_EXTENSION_DIR,
  closeAll,
  foreignRequests,
  startExtension,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';
import type { browser as extensionApi } from 'wxt/browser';

declare const chrome: typeof extensionApi;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  ({ server, browser } = await startExtension({ extensionDir: STORE_EXTENSION_DIR }));
});
afterAll(() => closeAll(browser, server));

describe('without host permission', () => {
  it('opens onboarding on install, with the three monitoring choices', async () => {
    const onboarding =
      browser.context.pages().find((page) => page.url().endsWith('/onboarding.html')) ??
      (await browser.context.waitForEvent('page', (page) => page.url().endsWith('/onboarding.html')));
    await onboarding.locator('input[type=radio]').first().waitFor();
    expect(await onboarding.locator('input[type=radio]').count()).toBe(3);
    expect(await onboarding.locator('input[value=click]').isChecked()).toBe(true);
    await onboarding.close();
  });

  it('does not read pages by itself, and the popup offers to grant the site', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    await page.waitForLoadState('load');
    const registered = await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    // Without host permission the tab's URL is hidden from the extension: find the tab as the only web page.
    const tabId = await browser.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === undefined || tab.url.startsWith('http'))?.id ?? -1;
    });
    expect(tabId).toBeGreaterThan(0);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.empty h2').waitFor();
    expect(await popup.locator('.empty h2').textContent()).toBe('Veille is not allowed on this site yet');
    expect(await popup.locator('.empty p').textContent()).toBe(
      'Choose the sites Veille may read as you visit them, or click the toolbar button on each page you want analysed.',
    );
    // The tab's site is hidden from the extension here, so the way forward is the onboarding's site list.
    const choose = popup.getByRole('button', { name: 'Choose sites…' });
    const opened = browser.context.waitForEvent('page');
    await choose.click();
    expect((await opened).url()).toBe(`chrome-extension://${browser.extensionId}/onboarding.html`);
    expect(await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    expect(foreignRequests(browser, server.origin)).toEqual([]);
  });
});
