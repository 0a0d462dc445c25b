import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
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
void targetTab().then((tabId) => {
  if (root && tabId !== undefined) render(<PopupApp tabId={tabId} />, root);
});
