/**
 * The reading log end to end: the seed article read in a tab lands in the log; the options page lists it, finds
 * it by search, opens it from the keyboard; JSON and CSV exports written through the downloads API hold the
 * seed's statements; a bad import is refused with its reason and changes nothing; a saved passage survives a
 * backup (export, delete everything, import) and is exported alone from its section; deletion is undone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  askBackground,
  closeAll,
  foreignRequests,
  startExtension,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
  waitForAnalysis,
} from './harness';
import type { browser as extensionApi } from 'wxt/browser';
import { generateEntries } from '../../scripts/log/generate-entries';
import { foldForSearch } from '../../utils/log/search';
import { seriousViolations } from './axe';
import { fillLog } from './fill-log';

/** Code passed to `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
/** The seed's statements as the background analysed them (what the exports must hold). */
let seedStatements: { speaker: string; content: string }[];
/** The tab showing the seed article, where passages are saved from. */
let seedTabId: number;

const SEED_URL = 'https://quotidien.example/international/article/2022/01/28/poutine-macron-otan.html';

/**
 * Export in a format through the options page and read the file the downloads API wrote. (Playwright names
 * downloads itself, so the file name Veille asks for is checked in the unit tests.)
 */
async function exportAs(format: string, page = options): Promise<{ text: string }> {
  await page.getByRole('combobox', { name: 'Format' }).selectOption(format);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const path = await download.path();
  return { text: readFileSync(path, 'utf8') };
}

beforeAll(async () => {
  ({ server, browser } = await startExtension());
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/seed.html`);
  const tabId = await tabIdOf(browser, page.url());
  seedTabId = tabId;
  await waitForAnalysis(browser, tabId);
  seedStatements = await browser.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const state = (await chrome.storage.session.get(key))[key] as {
      articles: { statements: { speaker: string; content: string }[] }[];
    };
    return state.articles.flatMap((article) => article.statements);
  }, tabId);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
});
afterAll(() => closeAll(browser, server));

describe('the reading log on the options page', () => {
  // The reader acts on the page in front. A page left behind another gets few animation frames: its effects run
  // late (Preact falls back to a 100 ms timer) and each Playwright action waits for frames (seconds a click).
  beforeEach(() => options.bringToFront());

  it('lists the article read, and finds it by a speaker with a typo', async () => {
    await options.locator('.log-body .log-row').first().waitFor();
    expect(await options.locator('.log-body .log-row').count()).toBe(1);
    expect(await options.locator('.log-body .log-title').textContent()).toContain('Poutine');
    const search = options.getByRole('searchbox');
    await search.fill('poutnie');
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(1);
    await search.fill('zzqx');
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(0);
    // An empty result says so and what to do; Export, with nothing shown to export, says why it is disabled.
    const noMatch = options.getByText(
      'No article matches the search and filters. Clear the search, or widen',
    );
    await noMatch.waitFor();
    expect(await options.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(true);
    expect(await options.getByRole('note').allTextContents()).toContain(
      'Nothing to export: no article is shown. Clear the search or filters, or choose “All”.',
    );
    await search.fill('');
    await noMatch.waitFor({ state: 'detached' });
    expect(await options.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(false);
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(1);
  });

  it('opens an entry and a speaker’s statements from the keyboard', async () => {
    // Keys act on the rows the table shows: wait until it shows the entry and has made it the active row, so
    // that Enter cannot reach a table still showing the previous search's empty result.
    await options.locator('.log-body .log-row.active').waitFor();
    await options.locator('.log-table').focus();
    await options.keyboard.press('Home');
    await options.keyboard.press('Enter');
    await options.locator('#entry-title').waitFor();
    await options.locator('.log-panel .chip', { hasText: 'Vladimir Poutine' }).click();
    const heading = await options.locator('#speaker-view-title').textContent();
    expect(heading).toContain('Vladimir Poutine');
    const poutine = seedStatements.filter((statement) => statement.speaker === 'Vladimir Poutine');
    // Each statement is listed once under its sources (one here: the seed is a single article).
    await expect
      .poll(() => options.locator('.speaker-statements .statement-sources > li').count())
      .toBe(poutine.length);
  });

  it('exports JSON holding the seed’s statements, losslessly', async () => {
    expect(seedStatements.length).toBeGreaterThanOrEqual(5);
    const { text } = await exportAs('json');
    const data = JSON.parse(text) as {
      format: string;
      entries: { url: string; statements: { speaker: string; content: string }[] }[];
    };
    expect(data.format).toBe('veille-log');
    expect(data.entries.map((entry) => entry.url)).toEqual([SEED_URL]);
    expect(data.entries[0]!.statements).toEqual(seedStatements);
  });

  it('exports the statements CSV, one row per statement, with a BOM', async () => {
    const { text } = await exportAs('csv-statements');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const squeeze = (value: string) => value.replace(/\s+/g, ' ');
    for (const statement of seedStatements)
      expect(squeeze(text)).toContain(squeeze(statement.content).replaceAll('"', '""'));
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + seedStatements.length);
  });

  it('refuses a truncated import, saying so, and leaves the log as it was', async () => {
    const { text } = await exportAs('json');
    await options.locator('input[type=file]').setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.slice(0, text.length / 2)),
    });
    await expect
      .poll(() => options.locator('.import-refused').textContent())
      .toBe(
        'This file is cut short (the export or the copy did not finish). Export again, or copy the file again. The log is unchanged.',
      );
    expect(await options.locator('.log-body .log-row').count()).toBe(1);
    // The same file whole merges into the log without a duplicate.
    await options.locator('input[type=file]').setInputFiles({
      name: 'whole.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => options.locator('.import-done').textContent()).toContain('0 new');
    expect(await options.locator('.log-body .log-row').count()).toBe(1);
  });

  it('refuses a CSV export and a topics file, saying which file to choose', async () => {
    const { text: csv } = await exportAs('csv-statements');
    const refused = options.locator('.import-refused');
    await options.locator('input[type=file]').setInputFiles({
      name: 'statements.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect
      .poll(() => refused.textContent())
      .toBe(
        'This file is not a Veille JSON export (it is not valid JSON). Choose a file made by Export in JSON format. The log is unchanged.',
      );
    await options.locator('input[type=file]').setInputFiles({
      name: 'veille-topics.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'veille-topics', version: 1, topics: [] })),
    });
    await expect.poll(() => refused.textContent()).toContain('topic files are imported under Topics');
    expect(await refused.getAttribute('role')).toBe('alert');
    expect(await options.locator('.log-body .log-row').count()).toBe(1);
  });

  it('keeps a saved passage through a backup: export, delete everything, import', async () => {
    const quote = 'la porte de l’OTAN reste ouverte, “quoi qu’il arrive”';
    const statement = await browser.context.newPage();
    await statement.goto(
      `chrome-extension://${browser.extensionId}/statement.html?tab=${seedTabId}&quote=${encodeURIComponent(quote)}`,
    );
    await statement.getByLabel('Who said it?').fill('Jens Stoltenberg');
    await statement.getByLabel('Who said it?').press('Enter');
    await expect
      .poll(() => askBackground(browser, options, 'statement:list', {}))
      .toMatchObject([{ quote, speaker: 'Jens Stoltenberg', url: `${server.origin}/seed.html` }]);
    await statement.close();
    const saved = await askBackground<unknown[]>(browser, options, 'statement:list', {});

    // A JSON export of a filtered selection carries no passage, and the panel says so.
    const onlyWholeLog = options.getByRole('note').filter({ hasText: 'JSON export of the whole log' });
    await options.getByRole('combobox', { name: 'Format' }).selectOption('json');
    await options.getByRole('searchbox').fill('zzqx');
    await expect.poll(() => onlyWholeLog.count()).toBe(1);
    await options.getByRole('searchbox').fill('');
    await expect.poll(() => onlyWholeLog.count()).toBe(0);

    const { text } = await exportAs('json');
    const backup = JSON.parse(text) as { version: number; saved: unknown[] };
    expect(backup.version).toBe(4);
    expect(backup.saved).toEqual(saved);

    // Deleting everything says that the passages go too, takes them, and says what it took.
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Confirm: delete 1 article and 1 saved passage' }).click();
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(0);
    await expect
      .poll(() => options.locator('.log-undo').textContent())
      .toBe('1 article and 1 saved passage deleted. Undo');
    expect(await askBackground(browser, options, 'statement:list', {})).toEqual([]);

    await options.locator('input[type=file]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect
      .poll(() => options.locator('.import-done').textContent())
      .toBe('Imported: 1 new, 0 merged, 0 already there. Saved passages: 1 new, 0 already there.');
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(1);
    expect(await askBackground(browser, options, 'statement:list', {})).toEqual(saved);
  });

  it('exports the saved passages alone, as Markdown and CSV, from their section', async () => {
    const section = await browser.context.newPage();
    await section.goto(`chrome-extension://${browser.extensionId}/options.html#saved`);
    await section.locator('.saved-list blockquote').first().waitFor();
    const markdown = (await exportAs('md', section)).text;
    expect(markdown).toContain('# Saved passages');
    expect(markdown).toContain('> la porte de l’OTAN reste ouverte, “quoi qu’il arrive”');
    expect(markdown).toContain('**Jens Stoltenberg**');
    expect(markdown).toContain(`](${server.origin}/seed.html)`);
    const csv = (await exportAs('csv', section)).text;
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('speaker,quote,page_title,url,saved_at');
    expect(row).toMatch(
      new RegExp(
        `^Jens Stoltenberg,"la porte de l’OTAN reste ouverte, “quoi qu’il arrive”",.+,${server.origin}/seed\\.html,\\d{4}-\\d\\d-\\d\\dT`,
      ),
    );
    expect(await seriousViolations(section)).toEqual([]);
    await section.close();
  });

  it('deletes the entry and brings it back with undo', async () => {
    await options.locator('.log-body .log-row').first().click();
    await options.locator('.log-table').focus();
    await options.keyboard.press('Delete');
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(0);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(1);
  });

  it('shows the latest entries in the popup', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=999999`);
    await popup.locator('.latest li').first().waitFor();
    expect(await popup.locator('.latest li a').getAttribute('href')).toBe(SEED_URL);
  });

  it('has no serious or critical accessibility violation with entries listed and one open, light and dark', async () => {
    await fillLog(options, generateEntries(40, 3).entries);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
      await expect.poll(() => page.locator('.log-count').textContent()).toContain('41 of 41');
      await page.locator('.log-table[aria-busy="false"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // An entry opened (details, its tags and note) and a filter chosen.
      await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption({ index: 1 });
      await page.locator('.log-table').focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await page.locator('#entry-title').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('deletes one of many entries, sorted and filtered, and shows the rest (positions shift)', async () => {
    await options.reload();
    await expect.poll(() => options.locator('.log-count').textContent()).toContain('41 of 41');
    await options.getByRole('button', { name: 'Title', exact: true }).click();
    await options.locator('[role="columnheader"][aria-sort="ascending"]', { hasText: 'Title' }).waitFor();
    await options.locator('.log-table[aria-busy="false"]').waitFor();
    await options.locator('.log-table').focus();
    await options.keyboard.press('End');
    // The title of the row the keyboard is on, once the table has scrolled it into view (the star aside).
    const activeTitle = async () => {
      const title = () =>
        options.evaluate(() => {
          const table = document.querySelector('.log-table')!;
          const row = document.getElementById(table.getAttribute('aria-activedescendant') ?? '');
          return row?.querySelector('.log-title')?.textContent?.replace(/^★ /, '') ?? null;
        });
      await expect.poll(title).not.toBeNull();
      return (await title())!;
    };
    const last = await activeTitle();
    // The rows shown end with the last title in the log's order (titles folded as the sort folds them).
    const shown = await options.locator('.log-body .log-title').allTextContents();
    const folded = shown.map((title) => foldForSearch(title.replace(/^★ /, '')));
    expect(folded.every((title) => title <= foldForSearch(last))).toBe(true);
    await options.keyboard.press('Delete');
    await expect.poll(() => options.locator('.log-count').textContent()).toContain('40 of 40');
    expect(await options.locator('.log-body .log-row').count()).toBeGreaterThan(10);
    await options.locator('.log-table[aria-busy="false"]').waitFor();
    await options.keyboard.press('End');
    expect(await activeTitle()).not.toBe(last);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => options.locator('.log-count').textContent()).toContain('41 of 41');
  });

  it('stars, tags and annotates an entry in place, and keeps it after a reload', async () => {
    await options.locator('.log-table[aria-busy="false"]').waitFor();
    await options.locator('.log-table').focus();
    await options.keyboard.press('Home');
    await options.keyboard.press('Enter');
    const title = (await options.locator('#entry-title').textContent())!;
    const count = (await options.locator('.log-count').textContent())!;
    await options.getByRole('button', { name: 'Star', exact: true }).click();
    await options.getByRole('button', { name: 'Remove star', exact: true }).waitFor();
    await options.getByLabel('Tags (separated by commas)').fill('à relire, otan');
    await options.getByLabel('Note', { exact: true }).fill('Compare with the wire copy.');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    // The row is marked at once, where it stands, and the log keeps every entry.
    const row = options.locator('.log-body .log-row', { hasText: title });
    await expect.poll(() => row.locator('[aria-label="Starred"]').count()).toBe(1);
    expect(await options.locator('.log-count').textContent()).toBe(count);

    await options.reload();
    await expect.poll(() => options.locator('.log-count').textContent()).toBe(count);
    // The same entry comes first again in the same order (the previous test sorted by title).
    await options.getByRole('button', { name: 'Title', exact: true }).click();
    await expect.poll(() => options.locator('.log-body .log-title').first().textContent()).toBe(`★ ${title}`);
    await options.locator('.log-table').focus();
    await options.keyboard.press('Home');
    await options.keyboard.press('Enter');
    await options.locator('#entry-title').waitFor();
    expect(await options.locator('#entry-title').textContent()).toBe(title);
    expect(await options.getByRole('button', { name: 'Remove star', exact: true }).count()).toBe(1);
    expect(await options.getByLabel('Tags (separated by commas)').inputValue()).toBe('à relire, otan');
    expect(await options.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Compare with the wire copy.',
    );
  });

  it('deletes everything when only saved passages are left, says so, and brings them back with undo', async () => {
    const deleteEverything = options.getByRole('button', { name: 'Delete everything…' });
    // Deleting the articles themselves keeps the passages (they are deleted one by one in their section).
    await options.locator('.log-table[aria-busy="false"]').waitFor();
    await options.getByRole('checkbox', { name: 'Select every article shown' }).check();
    await options.getByRole('button', { name: 'Delete selected (41)' }).click();
    await expect.poll(() => options.locator('.log-undo').textContent()).toBe('41 articles deleted. Undo');
    await expect.poll(() => options.locator('.log-count').textContent()).toContain('0 of 0');
    const passages = await askBackground<unknown[]>(browser, options, 'statement:list', {});
    expect(passages).toHaveLength(1);

    // The log has no entry, but a passage is left: there is something to delete, and the button says what.
    expect(await deleteEverything.isEnabled()).toBe(true);
    await deleteEverything.click();
    await options.getByRole('button', { name: 'Confirm: delete 1 saved passage', exact: true }).click();
    await expect.poll(() => options.locator('.log-undo').textContent()).toBe('1 saved passage deleted. Undo');
    expect(await askBackground(browser, options, 'statement:list', {})).toEqual([]);
    // Nothing left at all.
    await expect.poll(() => deleteEverything.isDisabled()).toBe(true);

    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => askBackground(browser, options, 'statement:list', {})).toEqual(passages);
    await expect.poll(() => deleteEverything.isEnabled()).toBe(true);
    expect(await options.locator('.log-body .log-row').count()).toBe(0);
  });

  it('makes no network request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
