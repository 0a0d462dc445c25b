import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * `VEILLE_E2E=1` (npm run build:e2e) builds the same extension with monitoring already granted: the host
 * permissions go into the manifest instead of being asked for on the onboarding page, so the browser tests and
 * `npm start` see what a user sees after granting "all sites". It lands in its own folder (`chrome-mv3-e2e`) so a
 * shipped build is never confused with it.
 */
const e2e = process.env.VEILLE_E2E === '1';

/** Every site, for automatic monitoring; never requested at install in the shipped builds (DESIGN.md, Permissions). */
const ALL_SITES = ['http://*/*', 'https://*/*'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // downloads: exports of the reading log are written as files (issue 4); it grants no access to pages.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'downloads'],
    ...(e2e ? { host_permissions: ALL_SITES } : { optional_host_permissions: ALL_SITES }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'veille@veille.example',
          // data_collection_permissions needs 140; it says Veille collects nothing.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
