/**
 * Every item Veille keeps in `browser.storage`, declared once, with its default, version and migrations
 * (the reading log is not here: it lives in IndexedDB, utils/log/).
 *
 * - `local:settings`: what the user chose (topics, monitoring). Local for now; issue 5 moves what fits its quotas
 *   to `storage.sync`.
 * - `session:tab:<id>`: what the extension knows about one tab. `storage.session` survives the MV3 service worker
 *   being stopped, but not a browser restart, which is what per-tab state wants.
 */
import { storage } from 'wxt/utils/storage';
import type { TabState } from './messages';
import type { Topic } from './types';

/**
 * How pages get analysed:
 * - `all`: every http(s) page (the user granted all sites);
 * - `sites`: only the sites in `sites` (granted one by one);
 * - `click`: only when the user clicks the toolbar button (no host permission at all).
 */
export type MonitoringMode = 'all' | 'sites' | 'click';

export interface Settings {
  /** null: the default topics of the running version, so improvements to them reach users who never edited them. */
  topics: Topic[] | null;
  monitoring: MonitoringMode;
  /** Origins (`https://example.org`) monitored in `sites` mode. */
  sites: string[];
  /** Whether onboarding was completed (or skipped), so it opens once. */
  onboarded: boolean;
}

export const DEFAULT_SETTINGS: Settings = { topics: null, monitoring: 'click', sites: [], onboarded: false };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  // Version 1 is the first; a future version adds `2: (v1) => v2` here, and a test from a v1 fixture.
  migrations: {},
});

/** Per-tab state; one key per tab so concurrent updates of two tabs never overwrite each other. */
export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null, version: 1 });
}

/** Every tab key, to clean up after tabs that closed while the service worker was stopped. */
export const TAB_KEY_PREFIX = 'tab:';

/** Diagnostics counters (malformed messages dropped, analyses run), in session storage for the same reason. */
export interface Counters {
  dropped: number;
  analyses: number;
}

export const countersItem = storage.defineItem<Counters>('session:counters', {
  fallback: { dropped: 0, analyses: 0 },
  version: 1,
});

/**
 * Why the reading log could not be written lately (null: all is well), so the popup and the options page can say
 * so whenever they open. Set by the background when IndexedDB refuses a write, cleared by the next write that
 * succeeds.
 */
export interface LogProblem {
  kind: 'storage-full';
  /** Epoch ms. */
  at: number;
}

export const logProblemItem = storage.defineItem<LogProblem | null>('local:logProblem', {
  fallback: null,
  version: 1,
});
