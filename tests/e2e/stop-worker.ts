/** Stopping the extension's service worker from a browser test, as abruptly as the browser does (issue 7). */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

/**
 * Runs `interrupt`, then closes the extension's service-worker target at once and waits until it is gone. The next
 * message starts a new worker (Playwright does not hand that one over: what follows talks through extension pages).
 */
export async function stopWorkerDuring(
  browser: ExtensionBrowser,
  page: Page,
  interrupt: () => Promise<unknown>,
  options = { waitUntilGone: true },
): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find(
    (target) =>
      target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${browser.extensionId}/`),
  );
  if (!worker) throw new Error('The extension has no running service worker');
  await interrupt();
  const { success } = await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  expect(success).toBe(true);
  // A message in flight starts a new worker at once, which may show under the same target: no waiting then.
  if (!options.waitUntilGone) return void (await cdp.detach());
  // Gone from the browser's targets (Playwright's own 'close' event for the worker comes much later).
  await expect
    .poll(
      async () =>
        (await cdp.send('Target.getTargets')).targetInfos.some(
          (target) => target.targetId === worker.targetId,
        ),
      { timeout: 10_000 },
    )
    .toBe(false);
  await cdp.detach();
}
