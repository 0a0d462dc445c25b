/**
 * The content script's footprint: its bundle (the built file, minified by the build; it carries no polyfill, see
 * wxt.config.ts) and the memory it holds in a large page once it has handed the page over. Memory is the page's
 * JavaScript heap after a forced garbage collection, with the content script and without it (unregistered), on
 * the same generated page: the difference is what the extension keeps alive in the page.
 */
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { browser as extensionApi } from 'wxt/browser';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  waitForAnalysis,
} from '../../tests/e2e/harness';

export interface ContentFootprint {
  bundleBytes: number;
  bundleGzipBytes: number;
  /** Size of the large page's HTML, in bytes. */
  pageBytes: number;
  /** Heap used by the page after GC, with and without the content script, in bytes. */
  heapWith: number;
  heapWithout: number;
}

/** A long article: 4,000 paragraphs of prose and quotes, about 2 MB. */
function largeArticle(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 4_000; i++) {
    paragraphs.push(
      `<p>Paragraph ${i}: the delegations met again on the question of membership, and “we remain open to talks on every point,” the minister said after the session, adding that the guarantees would be discussed at the next meeting of the council.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long article</title><meta property="og:type" content="article"></head><body><article><h1>A very long article</h1>${paragraphs.join('')}</article></body></html>`;
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export async function measureContentFootprint(): Promise<ContentFootprint> {
  const bundle = readFileSync(join(EXTENSION_DIR, 'content-scripts', 'content.js'));
  const html = largeArticle();
  const server = await serveFixtures({ '/large.html': () => html });
  const browser = await launchWithExtension();
  try {
    const url = `${server.origin}/large.html`;
    const withScript = await browser.context.newPage();
    await withScript.goto(url);
    const tabId = await tabIdOf(browser, url);
    await waitForAnalysis(browser, tabId, 20_000);
    const heapWith = await heapAfterGc(withScript);
    await withScript.close();
    await browser.worker.evaluate(() => chrome.scripting.unregisterContentScripts());
    const without = await browser.context.newPage();
    await without.goto(`${url}?without`);
    await without.waitForTimeout(1_000);
    const heapWithout = await heapAfterGc(without);
    return {
      bundleBytes: statSync(join(EXTENSION_DIR, 'content-scripts', 'content.js')).size,
      bundleGzipBytes: gzipSync(bundle).length,
      pageBytes: Buffer.byteLength(html),
      heapWith,
      heapWithout,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

declare const chrome: typeof extensionApi;
