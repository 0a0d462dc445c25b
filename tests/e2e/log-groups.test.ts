/**
 * People, statement types and statements reported several times, in the options page's log (issue 6): a log
 * imported through the page holds one person under three spellings, a statement carried by three articles and
 * statements of several types. The speaker filter offers the person once, the speaker view shows the statement
 * once "reported by 3 articles" with each source, the statement-type filter narrows the rows and the export,
 * and the panels pass axe.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonExport } from '../../utils/export/json';
import { exportToString } from '../../utils/export/types';
import { article, QUOTE } from '../log/statement-entries';
import {
  closeAll,
  foreignRequests,
  startExtension,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const ENTRIES = [
  article('https://a.example/1', '2024-05-01', [
    ['Vladimir Poutine', QUOTE, 'warn'],
    ['Olena Petrenko', 'Our partners have kept every promise they made to us this year', 'praise'],
  ]),
  article('https://b.example/2', '2024-05-02', [['Putin', `“${QUOTE}”`, 'warn']]),
  article('https://c.example/3', '2024-05-03', [
    ['Vladimir Putin', QUOTE.slice(0, 60), 'warn'],
    ['Vladimir Putin', 'The talks in the spring were a waste of everybody’s time and patience', 'criticise'],
    ['O. Petrenko', 'Nobody should doubt that the guarantees will hold when they are tested', 'deny'],
  ]),
];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => violation.id);
}

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;

async function exportShown(format: string): Promise<string> {
  await options.getByRole('combobox', { name: 'Format' }).selectOption(format);
  await options.getByRole('radio', { name: /^Shown/ }).check();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

beforeAll(async () => {
  ({ server, browser } = await startExtension());
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
});
afterAll(() => closeAll(browser, server));

describe('people and statements in the log', () => {
  it('imports a log whose people go by several names', async () => {
    await options.locator('input[type=file]').setInputFiles({
      name: 'log.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        exportToString(jsonExport, { entries: ENTRIES, topics: [], exportedAt: '2024-06-01' }),
      ),
    });
    await expect.poll(() => options.locator('.import-done').textContent()).toContain('3 new');
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(3);
  });

  it('offers one person once in the speaker filter, under every spelling', async () => {
    const speaker = options.getByRole('combobox', { name: 'Speaker' });
    await expect
      .poll(() => speaker.locator('option').allTextContents())
      .toEqual(['Any', 'Vladimir Putin (4)', 'Olena Petrenko (2)']);
    await speaker.selectOption({ label: 'Vladimir Putin (4)' });
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(3);
  });

  it('shows a statement carried by three articles once, with each source', async () => {
    await options.getByRole('button', { name: 'All statements of Vladimir Putin' }).click();
    await options.locator('#speaker-view-title').waitFor();
    expect(await options.locator('.speaker-names').textContent()).toBe('Also named: Putin, Vladimir Poutine');
    const items = options.locator('.speaker-statements > li');
    await expect.poll(() => items.count()).toBe(2);
    const reported = items.filter({ hasText: 'Reported by 3 articles' });
    expect(
      await reported
        .locator('.statement-sources a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(ENTRIES.map((entry) => entry.url));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(options)).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('exports the person’s articles as a Markdown report saying “reported by 3 articles”', async () => {
    const markdown = await exportShown('markdown');
    expect(markdown).toContain('reported by 3 articles');
    for (const entry of ENTRIES) expect(markdown).toContain(entry.url);
  });

  it('filters by statement type, says what the export holds, and exports only those statements', async () => {
    await options.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Any' });
    await options.getByRole('combobox', { name: 'Statement type' }).selectOption({ label: 'denies' });
    await expect.poll(() => options.locator('.log-body .log-row').count()).toBe(1);
    await options.getByRole('radio', { name: /^Shown/ }).check();
    expect(await options.locator('.export-narrowed').textContent()).toContain('“denies”');
    expect(await seriousViolations(options)).toEqual([]);
    const data = JSON.parse(await exportShown('json')) as {
      entries: { url: string; statements: { cueClass: string }[] }[];
    };
    expect(data.entries.map((entry) => entry.url)).toEqual(['https://c.example/3']);
    expect(data.entries[0]!.statements.map((statement) => statement.cueClass)).toEqual(['deny']);
  });

  it('shows a person’s statements 200 at a time, the rest on request', async () => {
    // 230 different statements of one person, 10 an article.
    const words = [
      'harbour',
      'winter',
      'grain',
      'border',
      'council',
      'bridge',
      'treaty',
      'signal',
      'market',
      'river',
    ];
    const many = Array.from({ length: 23 }, (_, a) =>
      article(
        `https://many.example/${a}`,
        `2024-04-${String(1 + (a % 28)).padStart(2, '0')}`,
        Array.from({ length: 10 }, (_, s) => {
          const n = a * 10 + s;
          const content = `Statement ${n} on the ${words[n % 10]} and the ${words[Math.floor(n / 10) % 10]} ${n} times`;
          return ['Ada Lindqvist', content, 'say'] as [string, string, 'say'];
        }),
      ),
    );
    await options.getByRole('combobox', { name: 'Statement type' }).selectOption({ label: 'Any' });
    await options.locator('input[type=file]').setInputFiles({
      name: 'many.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        exportToString(jsonExport, { entries: many, topics: [], exportedAt: '2024-06-01' }),
      ),
    });
    await expect.poll(() => options.locator('.import-done').textContent()).toContain('23 new');
    await options.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Ada Lindqvist (230)' });
    await options.getByRole('button', { name: 'All statements of Ada Lindqvist' }).click();
    const items = options.locator('.speaker-statements > li');
    await expect.poll(() => items.count()).toBe(200);
    await options.getByRole('button', { name: 'Show 30 more (of 30 left)' }).click();
    await expect.poll(() => items.count()).toBe(230);
    expect(await options.getByRole('button', { name: /^Show \d+ more/ }).count()).toBe(0);
  });

  it('makes no network request of its own', () => {
    expect(foreignRequests(browser, server.origin)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
