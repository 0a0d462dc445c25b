/**
 * Automatic monitoring: the pages of the origins the user granted (optional host permissions) are read by the
 * background when they load (tab-watch.ts), with no content script in them. Without any grant, nothing is read
 * until the toolbar button is clicked (activeTab, see inject.ts).
 */
import { browser } from 'wxt/browser';
import { readableOrigin } from '@/utils/readable-page';

/** The content script older versions registered for the granted sites (persisting across sessions). */
const LEGACY_CONTENT_SCRIPT_ID = 'veille-content';

/** Whether the user granted the site of `url` (a web page the browser lets extensions read). */
export async function isMonitored(url: string | undefined): Promise<boolean> {
  const origin = readableOrigin(url);
  if (!origin) return false;
  // Match patterns name no port: a grant of a host covers all its ports.
  const { protocol, hostname } = new URL(origin);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] }).catch(() => false);
}

/** Whether any site is granted (onboarding is not needed then). */
export async function anySiteGranted(): Promise<boolean> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.some((origin) => /^(https?|\*):\/\//.test(origin));
}

/** An update from a version that registered a content script on every granted page: that script goes. */
export async function unregisterLegacyContentScript(): Promise<void> {
  const registered = await browser.scripting
    .getRegisteredContentScripts({ ids: [LEGACY_CONTENT_SCRIPT_ID] })
    .catch(() => []);
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [LEGACY_CONTENT_SCRIPT_ID] }).catch(() => {});
}
