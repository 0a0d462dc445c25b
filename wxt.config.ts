import { resolve } from 'node:path';
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
  hooks: {
    // The content script runs in every page the user reads: it talks to the extension through the browser's own
    // promise-based `browser`/`chrome` (Chrome MV3, Firefox), without the polyfill, which halves its bundle and
    // what each page pays to evaluate it (docs/benchmarks.md). The popup, options and background keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias) delete alias['wxt/browser'];
    },
    // The popup bench's baseline, a blank extension page (scripts/bench/blank-page): in the e2e build only.
    'build:publicAssets': (_wxt, files) => {
      if (!e2e) return;
      for (const name of ['blank.html', 'blank.js'])
        files.push({ absoluteSrc: resolve('scripts/bench/blank-page', name), relativeDest: `bench/${name}` });
    },
  },
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // downloads: exports of the reading log are written as files (issue 4); it grants no access to pages.
    // idle: active reading time is counted by the background (reading-time.ts); it shows no warning at install.
    permissions: [
      'storage',
      'unlimitedStorage',
      'activeTab',
      'scripting',
      'contextMenus',
      'downloads',
      'idle',
    ],
    // The toolbar popup from the keyboard; people change it at chrome://extensions/shortcuts or about:addons.
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+V' } } },
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
