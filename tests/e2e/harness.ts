/**
 * What every browser test needs: the built e2e extension loaded in a headless Chromium (persistent context, as
 * extensions require), the fixture pages served on 127.0.0.1, and a record of every request made meanwhile.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';

/** Code passed to `evaluate` runs in the extension, where `chrome` is the extension API. */
declare const chrome: typeof extensionApi;

export const CHROMIUM = '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
/** The build users install: no host permission until they grant one. */
export const STORE_EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/e2e/fixtures');
const SAMPLE = resolve('assets/sample/page.html');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

/** Pages built at request time, for what is too big or too repetitive to keep as a file. */
type Generated = (url: URL) => string;

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves tests/e2e/fixtures/ and the bundled sample article (`/seed.html`) on 127.0.0.1, on a free port. */
export async function serveFixtures(generated: Record<string, Generated> = {}): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const make = generated[url.pathname];
    if (make) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(make(url));
      return;
    }
    const file = url.pathname === '/seed.html' ? SAMPLE : join(FIXTURES, normalize(url.pathname));
    if (!file.startsWith(FIXTURES) && file !== SAMPLE) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL requested by pages, extension pages and the service worker since launch. */
  requests: string[];
  /** Uncaught errors in pages (page scripts' own errors included: tests filter what they expect). */
  pageErrors: { url: string; message: string }[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** The build to load (the e2e build, with host permission, unless told). */
  extensionDir?: string;
  /** The browser's interface language (en-US unless told). */
  lang?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  // The interface language: Chromium's --lang on Linux, and the environment it also reads it from.
  const lang = options.lang ?? 'en-US';
  // Requests of the service worker are reported only with this switch (playwright-core, Chromium).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'veille-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
    ],
  });
  const requests: string[] = [];
  const pageErrors: { url: string; message: string }[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watchPage = (page: Page) =>
    page.on('pageerror', (error) => pageErrors.push({ url: page.url(), message: error.message }));
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The background reads pages as their tabs finish loading: pages opened before its listeners are in place would
  // be missed, as they would for a user who installs Veille with tabs already open.
  for (let tries = 0; !(await worker.evaluate(() => chrome.tabs.onUpdated.hasListeners())); tries++) {
    if (tries > 100) throw new Error('The background never started listening to tabs');
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    context,
    worker,
    extensionId,
    requests,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a browser test file works with: the fixture pages served, and a browser with the extension. */
export interface ExtensionSetup {
  server: FixtureServer;
  browser: ExtensionBrowser;
}

/**
 * The fixture server (with `generated` pages), then a browser with the extension, as a test file's `beforeAll`
 * starts them; its `afterAll` hands both to `closeAll`. A browser that fails to start leaves no server running.
 */
export async function startExtension(
  options: LaunchOptions & { generated?: Record<string, Generated> } = {},
): Promise<ExtensionSetup> {
  const server = await serveFixtures(options.generated);
  try {
    return { server, browser: await launchWithExtension(options) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * Close what a test file started, in the order given (the browser before the server its pages are connected to).
 * Whatever did not start (a `beforeAll` that failed) is skipped; one that fails to close does not keep the others
 * open, and its error is thrown after.
 */
export async function closeAll(...started: ({ close(): Promise<void> } | undefined)[]): Promise<void> {
  const errors: unknown[] = [];
  for (const thing of started) await thing?.close().catch((error: unknown) => errors.push(error));
  if (errors.length > 0) throw errors[0];
}

/** The id of the tab showing `url` (the e2e build has host permission, so tab URLs are visible). */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}

export function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeColor(browser: ExtensionBrowser, tabId: number): Promise<number[]> {
  return browser.worker.evaluate(
    async (id) => Array.from(await chrome.action.getBadgeBackgroundColor({ tabId: id })),
    tabId,
  );
}

/** Statement count and status as the background stored them for a tab. */
export function tabState(
  browser: ExtensionBrowser,
  tabId: number,
): Promise<{ status: string; url: string; statements: number; speakers: string[]; matched: boolean } | null> {
  return browser.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const state = (await chrome.storage.session.get(key))[key] as
      | {
          status: string;
          url: string;
          articles: { statements: { speaker: string }[]; topics: { matched: boolean }[] }[];
        }
      | undefined;
    if (!state) return null;
    const statements = state.articles.flatMap((article) => article.statements);
    return {
      status: state.status,
      url: state.url,
      statements: statements.length,
      speakers: [...new Set(statements.map((s) => s.speaker))],
      matched: state.articles.some((article) => article.topics.some((topic) => topic.matched)),
    };
  }, tabId);
}

/** Waits until the background has analysed the tab's page (`timeoutMs`, then an error naming the tab). */
export async function waitForAnalysis(
  browser: ExtensionBrowser,
  tabId: number,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await tabState(browser, tabId))?.status !== 'done') {
    if (Date.now() > deadline) throw new Error(`Tab ${tabId} was not analysed within ${timeoutMs / 1000} s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Sends a protocol message from an extension page, as the popup would (for the reading log and counters). */
export async function askBackground<T>(
  browser: ExtensionBrowser,
  page: Page,
  name: string,
  payload: unknown,
): Promise<T> {
  return page.evaluate(([n, p]) => chrome.runtime.sendMessage({ veille: 1, name: n, payload: p }), [
    name,
    payload,
  ] as const) as Promise<T>;
}

/** Opens the popup of `tabId` as a page, as `popup.html?tab=<id>` allows. */
export async function openPopup(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return page;
}

/** Requests that left the machine or went anywhere but our fixture server (chrome:// pages are the browser's). */
export function foreignRequests(browser: ExtensionBrowser, origin: string): string[] {
  return browser.requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith('chrome-extension://') &&
      !url.startsWith('chrome://') &&
      !url.startsWith('data:'),
  );
}
