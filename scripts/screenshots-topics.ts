/**
 * `npm run screenshots:topics`: the topic editor in simple mode (keyword chips, preview on the sample article)
 * and in expert mode (highlighted query with an error at its column), as docs/topic-editor-simple.png and
 * docs/topic-editor-expert.png. Uses the e2e build and the browser-test harness, headless.
 */
import { execFileSync } from 'node:child_process';
import { launchWithExtension, serveFixtures, tabIdOf, waitForAnalysis } from '../tests/e2e/harness';

execFileSync('npx', ['wxt', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, VEILLE_E2E: '1' },
});
const server = await serveFixtures();
const browser = await launchWithExtension({ colorScheme: 'light' });
try {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  const tabId = await tabIdOf(browser, page.url());
  await waitForAnalysis(browser, tabId);
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1000, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
  await options.getByRole('button', { name: 'New topic' }).click();
  await options.getByLabel('Name').fill('Kremlin and the Élysée');
  const chips = async (label: RegExp, words: string[]) => {
    const input = options.getByRole('textbox', { name: label });
    for (const word of words) {
      await input.fill(word);
      await input.press('Enter');
    }
  };
  await chips(/^Any of these/, ['Kremlin', 'Poutine', 'Putin*']);
  await chips(/^All of these/, ['Élysée']);
  await chips(/^None of these/, ['football']);
  await options.locator('.preview-page .preview-match').waitFor();
  await options.screenshot({ path: 'docs/topic-editor-simple.png', fullPage: true });
  console.log('wrote docs/topic-editor-simple.png');

  await options.getByRole('radio', { name: 'Query (expert)' }).check();
  await options
    .getByLabel('Query', { exact: true })
    .fill('(Kremlin OR Poutine OR Putin*) NEAR/10 (Élysée OR Macron');
  await options.locator('.query-error[data-column]').waitFor();
  await options.screenshot({ path: 'docs/topic-editor-expert.png', fullPage: true });
  console.log('wrote docs/topic-editor-expert.png');
} finally {
  await browser.close();
  await server.close();
}
