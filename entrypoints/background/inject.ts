/**
 * What runs in a page only on a user's action: analysing the tab when the popup opens (a toolbar click or the
 * shortcut, which grant activeTab even with no host permission), and the small script that highlights a statement
 * the reader clicked in the popup, injected into the isolated world the first time it is needed on a page.
 */
import { browser } from 'wxt/browser';
import { sendToTab, type HighlightTarget } from '@/utils/messages';
import { HIGHLIGHT_CSS } from '@/utils/content/highlight';
import { analyseTab, count } from './analysis';

const COMMANDS_SCRIPT_FILE = '/content-scripts/content.js';

/** Whether the browser let us read the tab (no: not clicked, or a page extensions may not touch). */
export async function analyseTabNow(tabId: number): Promise<boolean> {
  return (await analyseTab(tabId, 'request')) !== 'refused';
}

/** Tabs whose page already has our highlight style (insertCSS adds a copy each call); cleared on navigation. */
const styledTabs = new Set<number>();

export function forgetStyle(tabId: number): void {
  styledTabs.delete(tabId);
}

export async function highlightInTab(tabId: number, target: HighlightTarget): Promise<{ found: boolean }> {
  if (!styledTabs.has(tabId)) {
    await browser.scripting
      .insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS, origin: 'USER' })
      .catch(() => {});
    styledTabs.add(tabId);
  }
  // An answer that does not check is counted with the commands the page dropped: both mean the page is not
  // talking the protocol.
  const dropped = () => void count('droppedInPages');
  try {
    return (await sendToTab(tabId, 'page:highlight', target, dropped)) ?? { found: false };
  } catch {
    // Not injected in this page yet (or the page changed since): inject it, then ask again.
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      files: [COMMANDS_SCRIPT_FILE],
    });
    return (await sendToTab(tabId, 'page:highlight', target, dropped)) ?? { found: false };
  } catch {
    return { found: false };
  }
}
