/**
 * Automatic monitoring: the content script is registered at runtime for exactly the origins the user granted
 * (optional host permissions), and re-registered whenever that changes. Without any, nothing runs in pages until
 * the toolbar button is clicked (activeTab, see inject.ts).
 */
import { browser } from 'wxt/browser';

export const CONTENT_SCRIPT_ID = 'veille-content';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Host patterns we can run on: the user's grants, minus anything that is not a web page. */
async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin));
}

export async function syncContentScriptRegistration(): Promise<string[]> {
  const origins = await grantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (origins.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: CONTENT_SCRIPT_ID,
        js: [CONTENT_SCRIPT_FILE],
        matches: origins,
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}
