/**
 * Reading a page from the background, with no script of ours living in it: the background sends the page two
 * small functions through `scripting.executeScript` — the cheap article check, then, only when it says article, a
 * one-line serialisation of the DOM — and gets their results back natively (no HTML goes through
 * runtime.sendMessage).
 *
 * They run in the page's own world (`world: 'MAIN'`): measured in headless Chromium, a function there costs the
 * page ~0.6 ms of main thread where the extension's isolated world costs ~3 ms (the world and its bindings are
 * created for the call), docs/extension.md. The page's world is the page's: it can redefine `querySelectorAll` or
 * `outerHTML` and answer anything. So nothing is passed in but a number, nothing of the extension is reachable
 * from there, and every result is checked below before it is used; a result that does not check (a page that broke
 * the built-ins the functions use) is retried once in the isolated world, which the page cannot reach. A page
 * can always lie about its content (it is its content); it cannot make the background act on a malformed value.
 */
import { browser } from 'wxt/browser';
import { looksLikeArticlePage } from '@/utils/article/is-article';
import { MAX_HTML_LENGTH } from '@/utils/messages';

export interface PageSource {
  /** Null when the page is larger than `MAX_HTML_LENGTH` (it is then not analysed, and not sent). */
  html: string | null;
  /** Main-thread time the page paid to serialise itself, ms. */
  serialiseMs: number;
}

type World = 'MAIN' | 'ISOLATED';

/** Runs in the page: must not refer to anything outside itself, it is sent as source. */
function serialiseDocument(maxLength: number): PageSource {
  const started = performance.now();
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
  const html = doctype + document.documentElement.outerHTML;
  return { html: html.length > maxLength ? null : html, serialiseMs: performance.now() - started };
}

const isPageSource = (value: unknown): value is PageSource => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { html, serialiseMs, ...rest } = value as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    (html === null || (typeof html === 'string' && html.length <= MAX_HTML_LENGTH)) &&
    typeof serialiseMs === 'number' &&
    Number.isFinite(serialiseMs) &&
    serialiseMs >= 0
  );
};

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Why a page could not be read: the browser refused (no permission, a page extensions may not touch, the tab gone). */
export class PageUnreadable extends Error {}

/**
 * One function in the top frame, in the page's world first and, when that result does not check, in the isolated
 * world. Throws `PageUnreadable` when the browser refuses; null when neither world gave a valid answer.
 */
async function runInPage<T, A extends unknown[]>(
  tabId: number,
  func: (...args: A) => unknown,
  args: A,
  valid: (value: unknown) => value is T,
): Promise<T | null> {
  for (const world of ['MAIN', 'ISOLATED'] as World[]) {
    let result: unknown;
    try {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: func as (...args: unknown[]) => unknown,
        args,
        world,
      });
      result = injection?.result;
    } catch (error) {
      // A function that threw in the page comes back as a rejected call in some engines, as no result in others;
      // a refusal is refused again in the isolated world, at no cost to the page.
      if (world === 'MAIN') continue;
      throw new PageUnreadable(String(error));
    }
    if (valid(result)) return result;
  }
  return null;
}

/** Whether the page's top frame looks like it holds an article (the cheap check, in the page). */
export async function checkForArticle(tabId: number): Promise<boolean> {
  return (await runInPage(tabId, looksLikeArticlePage, [], isBoolean)) ?? false;
}

/** The top frame's HTML; null when neither world gave a valid answer. Throws `PageUnreadable` when refused. */
export function readPageSource(tabId: number): Promise<PageSource | null> {
  return runInPage(tabId, serialiseDocument, [MAX_HTML_LENGTH], isPageSource);
}

/** Length and FNV-1a hash of the code units: equal pages always match, different ones almost never. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${hash >>> 0}`;
}
