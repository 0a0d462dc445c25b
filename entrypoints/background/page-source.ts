/**
 * Reading a page from the background, with no script of ours living in it: the background sends the page one small
 * function through `scripting.executeScript` — the cheap article check, followed in the same call, only when it
 * says article, by a serialisation of the DOM (utils/article/is-article.ts, `probePage`) — and gets the result
 * back natively (no HTML goes through runtime.sendMessage).
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
import { probePage, type PageProbe } from '@/utils/article/is-article';
import { MAX_HTML_LENGTH } from '@/utils/messages';

type World = 'MAIN' | 'ISOLATED';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A `PageProbe` as `probePage` makes it, with the HTML only when asked for, and no more than `maxLength`. */
function isPageProbe(value: unknown, maxLength: number): value is PageProbe {
  if (!isRecord(value)) return false;
  const { article, html, serialiseMs, ...rest } = value;
  if (Object.keys(rest).length > 0 || typeof article !== 'boolean') return false;
  if (!article || maxLength === 0) return html === undefined && serialiseMs === undefined;
  return (
    (html === null || (typeof html === 'string' && html.length <= maxLength)) &&
    typeof serialiseMs === 'number' &&
    Number.isFinite(serialiseMs) &&
    serialiseMs >= 0
  );
}

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

/**
 * The page's answer: whether it holds an article and, when it does (or `knownArticle`, for a re-read), its HTML,
 * up to `MAX_HTML_LENGTH`, in the same call. Null when neither world gave a valid answer; throws `PageUnreadable`
 * when the browser refused.
 */
export function probeTab(tabId: number, knownArticle = false): Promise<PageProbe | null> {
  return runInPage(tabId, probePage, [MAX_HTML_LENGTH, knownArticle], (value): value is PageProbe =>
    isPageProbe(value, MAX_HTML_LENGTH),
  );
}

/** Length and FNV-1a hash of the code units: equal pages always match, different ones almost never. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${hash >>> 0}`;
}
