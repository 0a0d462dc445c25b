/**
 * `npm run screenshots`: the popup on the sample article, light and dark, as docs/popup-light.png and
 * docs/popup-dark.png (shown in the README). Uses the e2e build and the browser-test harness, headless.
 */
import { execFileSync } from 'node:child_process';
import {
  launchWithExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  waitForAnalysis,
} from '../tests/e2e/harness';

execFileSync('npx', ['wxt', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, VEILLE_E2E: '1' },
});
const server = await serveFixtures();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension({ colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/seed.html`);
      const tabId = await tabIdOf(browser, page.url());
      await waitForAnalysis(browser, tabId);
      const popup = await openPopup(browser, tabId);
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.locator('.statement').first().waitFor();
      await popup.locator('button.save[aria-pressed="true"]').waitFor();
      const path = `docs/popup-${scheme}.png`;
      await popup.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
