/**
 * Analysing a tab on request (the popup opening after a toolbar click): ask the content script already there,
 * otherwise inject it, which activeTab allows on the current tab even with no host permission.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '@/utils/messages';
import { CONTENT_SCRIPT_FILE } from './monitoring';

export async function analyseTabNow(tabId: number): Promise<boolean> {
  try {
    const answer = await sendToTab(tabId, 'page:reanalyse', {});
    if (answer?.started) return true;
  } catch {
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    // No permission on this page (not clicked, or a page extensions may not touch: the store, browser pages).
    return false;
  }
}
