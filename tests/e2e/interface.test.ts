/**
 * The interface as people meet it: in French when the browser runs in French, and accessible (axe-core, injected
 * from node_modules, finds no serious or critical violation) in the popup, the options page (topic list, both
 * editor modes, an error shown) and onboarding, light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import {
  closeAll,
  foreignRequests,
  launchWithExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type ExtensionBrowser,
  type FixtureServer,
  waitForAnalysis,
} from './harness';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => closeAll(server));

describe('in a browser running in French', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'fr' });
  });
  afterAll(() => closeAll(browser));

  it('the options page, the editor and its errors speak French', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
    expect(await options.locator('h1').textContent()).toBe('Sujets');
    expect(await options.title()).toBe('Veille — options');
    await options.getByRole('button', { name: 'Nouveau sujet' }).click();
    await options.getByRole('textbox', { name: /^L’un de ces mots/ }).waitFor();
    await options.getByRole('radio', { name: 'Requête (expert)' }).check();
    await options.getByLabel('Requête', { exact: true }).fill('Ukraine (OTAN');
    await expect
      .poll(() => options.locator('.query-error').textContent())
      .toBe('Colonne 14 : il faut ici « ) » : une parenthèse n’est pas fermée');
    // Errors that carry a limit, too: the number comes in as a placeholder's value.
    await options.getByLabel('Requête', { exact: true }).fill(`${'('.repeat(101)}OTAN`);
    await expect
      .poll(() => options.locator('.query-error').textContent())
      .toBe('Colonne 101 : il faut ici au plus 100 parenthèses ou NOT imbriqués');
    await options.getByLabel('Requête', { exact: true }).fill('OTAN NEAR/0 Suède');
    await expect
      .poll(() => options.locator('.query-error').textContent())
      .toBe('Colonne 11 : il faut ici NEAR/ et un nombre de mots de 1 à 1000');
  });

  it('a refused topics file is said in French, with what to do', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    const file = options.locator('input[type=file]');
    await file.setInputFiles({
      name: 'sujets.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'veille-topics',
          version: 1,
          topics: [{ id: 'otan', name: 'OTAN', query: '(OTAN' }],
        }),
      ),
    });
    await expect
      .poll(() => options.locator('.outcome').textContent())
      .toBe(
        'Rien n’a été importé : la requête du sujet otan de ce fichier contient une erreur (Colonne 6 : il faut ici « ) » : une parenthèse n’est pas fermée). Corrigez-la dans le fichier, puis importez de nouveau le fichier.',
      );
    await file.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('OTAN, Suède'),
    });
    await expect
      .poll(() => options.locator('.outcome').textContent())
      .toBe(
        'Rien n’a été importé : ce fichier n’est pas du JSON. Choisissez un fichier créé par « Exporter les sujets ».',
      );
    expect(await options.locator('.topic-row').count()).toBe(2);
    await options.close();
  });

  it('a refused log import says what is wrong in French', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#log`);
    await options.locator('input[type=file]').setInputFiles({
      name: 'journal.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'veille-log', version: 1, topics: [], entries: [42] })),
    });
    await expect
      .poll(() => options.locator('.import-refused').textContent())
      .toBe(
        'Cet export contient des entrées invalides (entries[0] : un article attendu). Si le fichier a été modifié à la main, corrigez ces entrées ou importez l’export d’origine. Le journal est inchangé.',
      );
    await options.close();
  });

  it('the popup and onboarding speak French', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    const tabId = await tabIdOf(browser, page.url());
    await waitForAnalysis(browser, tabId);
    const popup = await openPopup(browser, tabId);
    await popup.locator('.statement').first().waitFor();
    expect(await popup.locator('.section-title').allTextContents()).toContain('Sujets');
    // The default topics' names too, not only the interface around them.
    expect(await popup.locator('.topic-name').allTextContents()).toContain('Élargissement de l’OTAN');
    expect(await popup.getByRole('button', { name: /journal/ }).count()).toBeGreaterThan(0);
    const onboarding = await browser.context.newPage();
    await onboarding.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
    expect(await onboarding.locator('h1').textContent()).toBe('Bienvenue dans Veille');
    expect(await onboarding.getByRole('heading', { name: 'Où restent vos données' }).count()).toBe(1);
    expect(foreignRequests(browser, server.origin)).toEqual([]);
  });
});

describe('accessibility (axe-core: no serious or critical violation)', () => {
  let browser: ExtensionBrowser;
  let tabId: number;
  beforeAll(async () => {
    browser = await launchWithExtension();
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/seed.html`);
    tabId = await tabIdOf(browser, page.url());
    await waitForAnalysis(browser, tabId);
  });
  afterAll(() => closeAll(browser));

  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, ${scheme}`, async () => {
      const popup = await openPopup(browser, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.statement').first().waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });

    it(`options: the topic list, the simple and the expert editor with an error, ${scheme}`, async () => {
      const options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
      await options.locator('.topic-row').first().waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await options.getByRole('button', { name: 'New topic' }).click();
      const anyOf = options.getByRole('textbox', { name: /^Any of these/ });
      await anyOf.fill('Kremlin');
      await anyOf.press('Enter');
      await options.locator('.preview-page').waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await options.getByRole('radio', { name: 'Query (expert)' }).check();
      await options.getByLabel('Query', { exact: true }).fill('Kremlin (NATO OR');
      await options.locator('.query-error[data-column]').waitFor();
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
    });

    it(`the statement window, ${scheme}`, async () => {
      const window = await browser.context.newPage();
      await window.emulateMedia({ colorScheme: scheme });
      await window.goto(
        `chrome-extension://${browser.extensionId}/statement.html?tab=${tabId}&quote=${encodeURIComponent('Nous ne céderons pas')}`,
      );
      await window.locator('blockquote').waitFor();
      expect(await seriousViolations(window)).toEqual([]);
      await window.close();
    });

    it(`onboarding, ${scheme}`, async () => {
      const onboarding = await browser.context.newPage();
      await onboarding.emulateMedia({ colorScheme: scheme });
      await onboarding.goto(`chrome-extension://${browser.extensionId}/onboarding.html`);
      await onboarding.locator('input[type="checkbox"]').first().waitFor();
      expect(await seriousViolations(onboarding)).toEqual([]);
      await onboarding.close();
    });
  }

  it('shows where the keyboard is, on every control of the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html#topics`);
    await options.locator('.topic-row').first().waitFor();
    // Tab through the first controls: each takes the focus and draws an outline.
    for (let i = 0; i < 8; i++) {
      await options.keyboard.press('Tab');
      const outline = await options.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { tag: element.tagName, style: getComputedStyle(element).outlineStyle };
      });
      expect(outline.tag).not.toBe('BODY');
      expect(outline.style, outline.tag).not.toBe('none');
    }
    await options.close();
  });

  it('opens the popup with a keyboard shortcut the browser lets people change', async () => {
    const commands = await browser.worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome.commands.getAll(),
    );
    expect(commands).toContainEqual(
      expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+V' }),
    );
  });
});
