/**
 * Which addresses an extension may read at all. Browsers keep their own pages out of reach (`chrome:`, `about:`,
 * their PDF viewer), and a few web pages too: their add-on stores and account pages, refused to every extension
 * whatever it was granted — in Chromium the Chrome Web Store, in Firefox the hosts of the
 * `extensions.webextensions.restrictedDomains` preference (its default value). Knowing them, the popup says the
 * page cannot be read instead of offering a permission that cannot help, and the background does not try.
 */

const PROTECTED_HOSTS = new Set([
  // Chromium
  'chromewebstore.google.com',
  // Firefox
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
]);

/** The Chrome Web Store's former address, a path of an otherwise ordinary host. */
const PROTECTED_PATH = { host: 'chrome.google.com', path: '/webstore' };

function isProtected({ hostname, pathname }: URL): boolean {
  return (
    PROTECTED_HOSTS.has(hostname) ||
    (hostname === PROTECTED_PATH.host &&
      (pathname === PROTECTED_PATH.path || pathname.startsWith(`${PROTECTED_PATH.path}/`)))
  );
}

/** The origin of `url` when it is a web page (http or https) an extension may read, else undefined. */
export function readableOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return isProtected(parsed) ? undefined : parsed.origin;
  } catch {
    return undefined;
  }
}
