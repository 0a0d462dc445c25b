/**
 * Fill the extension's reading log, for a benchmark or a test, through the code the extension itself writes with:
 * the import messages (`log:import-stage`, `log:import-commit`), validated and merged by the background into the
 * current schema. One import per slice, so the background never holds more than a slice.
 */
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import type { LogEntry } from '../../utils/log/schema';
import { LOG_PAGE_MAX } from '../../utils/messages';

/** Code passed to `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

/** Entries per import (one transaction each). */
const IMPORT_SLICE = 10_000;

/** `page` is an extension page (it talks to the background as the options page does). */
export async function fillLog(page: Page, entries: readonly LogEntry[]): Promise<void> {
  for (let slice = 0; slice < entries.length; slice += IMPORT_SLICE) {
    const importId = `bench-${slice}`;
    const end = Math.min(entries.length, slice + IMPORT_SLICE);
    for (let start = slice; start < end; start += LOG_PAGE_MAX) {
      await page.evaluate(
        ([id, list]) =>
          chrome.runtime.sendMessage({
            veille: 1,
            name: 'log:import-stage',
            payload: { importId: id, entries: list },
          }),
        [importId, entries.slice(start, Math.min(end, start + LOG_PAGE_MAX))] as const,
      );
    }
    const result = (await page.evaluate(
      ([id, total]) =>
        chrome.runtime.sendMessage({
          veille: 1,
          name: 'log:import-commit',
          payload: { importId: id, total },
        }),
      [importId, end - slice] as const,
    )) as { ok: boolean };
    if (!result?.ok) throw new Error(`Filling the log failed: ${JSON.stringify(result)}`);
  }
}
