/**
 * Reading a page's HTML from the background. The content script only says "there is an article here"; the
 * background then runs `serialiseDocument` in the content script's isolated world (scripting.executeScript) and
 * gets the HTML back as the call's result. Measured in headless Chromium (docs/benchmarks.md): handing 300 kB
 * over through runtime.sendMessage cost the page ~10 ms of main thread, this ~2 ms (the browser converts the result
 * natively instead of going through the messaging bindings' JSON).
 */
import { browser } from 'wxt/browser';
import { MAX_HTML_LENGTH } from '@/utils/messages';

export interface PageSource {
  /** Null when the page is larger than `MAX_HTML_LENGTH` (it is then not analysed, and not sent). */
  html: string | null;
  /** Main-thread time the page paid to serialise itself, ms. */
  serialiseMs: number;
}

/** Runs in the page (isolated world): must not refer to anything outside itself, it is sent as source. */
function serialiseDocument(maxLength: number): PageSource {
  const started = performance.now();
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>` : '';
  const html = doctype + document.documentElement.outerHTML;
  return { html: html.length > maxLength ? null : html, serialiseMs: performance.now() - started };
}

/** The top frame's HTML; null when the browser refused (the tab navigated away, permission withdrawn). */
export async function readPageSource(tabId: number): Promise<PageSource | null> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: serialiseDocument,
      args: [MAX_HTML_LENGTH],
    });
    const result = injection?.result as PageSource | undefined;
    if (!result || (result.html !== null && typeof result.html !== 'string')) return null;
    return result;
  } catch {
    return null;
  }
}

/** Length and FNV-1a hash of the code units: equal pages always match, different ones almost never. */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${hash >>> 0}`;
}
