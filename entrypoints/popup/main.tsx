import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import { tabStateItem } from '@/utils/storage';
import '@/components/theme.css';
import './style.css';

/** `popup.html?tab=<id>` shows that tab (the popup in its own window, and the browser tests); else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const root = document.getElementById('app');
document.documentElement.lang = browser.i18n.getUILanguage();
// The HTML title is the toolbar tooltip (WXT takes it for the manifest); the page itself is just "Veille".
document.title = browser.i18n.getMessage('popupTitle');
void targetTab().then(async (tabId) => {
  if (!root || tabId === undefined) return;
  // The page's analysis is read before the first render, not in an effect after it: Preact runs effects after the
  // next frame, so reading there cost the popup a frame and a render of "loading" it mostly never needed.
  const known = await tabStateItem(tabId)
    .getValue()
    .catch(() => null);
  render(<PopupApp tabId={tabId} known={known} />, root);
});
