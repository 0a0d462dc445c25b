/**
 * Every item Veille keeps in `browser.storage`, declared once, with its default, version and migrations
 * (the reading log is not here: it lives in IndexedDB, utils/log/).
 *
 * - `sync:settings`: what follows the user to their other browsers (topics, monitoring mode), when it fits
 *   `storage.sync`'s quota of 8 KB an item. Unchanged default topics are kept as references, so the usual case
 *   fits; topics too large to sync stay in `local:settings` and the options page says so.
 * - `local:settings`: what belongs to this browser: the granted sites (permissions do not sync), whether onboarding
 *   ran, and the topics when they do not fit the sync quota. Version 1 held everything; version 2 moves topics and
 *   monitoring to `sync:settings` (see `settingsItem`).
 * - `local:savedStatements`: where passages saved as statements from the context menu were kept until the reading
 *   log's schema version 3, which keeps them in the log's database, written with their page's entry in one
 *   transaction (utils/log/saved.ts). Read only to move them there, once, then removed
 *   (entrypoints/background/saved-statements.ts).
 * - `session:readingSpan`: the reading under way, for the log's active reading time.
 * - `session:tab:<id>`: what the extension knows about one tab. `storage.session` survives the MV3 service worker
 *   being stopped, but not a browser restart, which is what per-tab state wants.
 */
import { storage } from 'wxt/utils/storage';
import type { SavedStatement, TabState } from './messages';
import { DEFAULT_TOPICS } from './topics/default-topics';
import type { Topic } from './types';

/**
 * How pages get analysed:
 * - `all`: every http(s) page (the user granted all sites);
 * - `sites`: only the sites in `sites` (granted one by one);
 * - `click`: only when the user clicks the toolbar button (no host permission at all).
 */
export type MonitoringMode = 'all' | 'sites' | 'click';

/** The settings as the rest of the extension sees them, whatever area each part is stored in. */
export interface Settings {
  /** null: the default topics of the running version, so improvements to them reach users who never edited them. */
  topics: Topic[] | null;
  monitoring: MonitoringMode;
  /** Origins (`https://example.org`) monitored in `sites` mode. */
  sites: string[];
  /** Whether onboarding was completed (or skipped), so it opens once. */
  onboarded: boolean;
  /**
   * The positions mode: statements include stances and intentions ("wants to", "supports", "refused to"),
   * not speech alone (`ExtractOptions.positions`). Absent: off.
   */
  positions?: boolean;
}

/** A default topic the user did not change but may have switched off: stored by id, so it stays small. */
export interface DefaultTopicRef {
  id: string;
  default: true;
  enabled: boolean;
}

export type StoredTopic = Topic | DefaultTopicRef;

export interface SyncedSettings {
  topics: StoredTopic[] | null;
  monitoring: MonitoringMode;
  /** The topics were too large for `storage.sync`: they are in this browser's `local:settings`. */
  topicsOnDevice: boolean;
  /** `Settings.positions` (version 2; off when version 1 was stored). */
  positions: boolean;
}

export interface DeviceSettings {
  sites: string[];
  onboarded: boolean;
  /** The topics, when `SyncedSettings.topicsOnDevice`. */
  topics: StoredTopic[] | null;
  /** Version 1's topics and monitoring, until they are moved to `sync:settings` (version 2's migration). */
  pendingSync: { topics: Topic[] | null; monitoring: MonitoringMode } | null;
}

const DEFAULT_SYNCED: SyncedSettings = {
  topics: null,
  monitoring: 'click',
  topicsOnDevice: false,
  positions: false,
};
const DEFAULT_DEVICE: DeviceSettings = { sites: [], onboarded: false, topics: null, pendingSync: null };

/** Chrome's `storage.sync.QUOTA_BYTES_PER_ITEM` (Firefox allows the same): key and JSON value, in bytes. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;
const SYNC_KEY = 'settings';

export const syncedSettingsItem = storage.defineItem<SyncedSettings>(`sync:${SYNC_KEY}`, {
  fallback: DEFAULT_SYNCED,
  version: 2,
  migrations: {
    // Version 2 adds the positions mode, off: statements stay speech only until the user turns it on.
    2: (v1: Omit<SyncedSettings, 'positions'>): SyncedSettings => ({ ...v1, positions: false }),
  },
});

export const deviceSettingsItem = storage.defineItem<DeviceSettings>('local:settings', {
  fallback: DEFAULT_DEVICE,
  version: 2,
  migrations: {
    // Version 1 was `Settings` itself, all local: keep what belongs to this browser, queue the rest for sync.
    2: (v1: Settings): DeviceSettings => ({
      sites: v1.sites ?? [],
      onboarded: v1.onboarded ?? false,
      topics: null,
      pendingSync: { topics: v1.topics ?? null, monitoring: v1.monitoring ?? 'click' },
    }),
  },
});

const sameDefault = (topic: Topic, original: Topic) =>
  topic.name === original.name &&
  topic.query === original.query &&
  topic.color === original.color &&
  topic.minScore === original.minScore;

/** Unchanged default topics become references (a default query alone is over the sync quota). */
export function compactTopics(topics: readonly Topic[]): StoredTopic[] {
  return topics.map((topic) => {
    const original = DEFAULT_TOPICS.find((candidate) => candidate.id === topic.id);
    return original && sameDefault(topic, original)
      ? { id: topic.id, default: true as const, enabled: topic.enabled }
      : topic;
  });
}

/** References back to the running version's default topics (a default since removed is dropped). */
export function expandTopics(stored: readonly StoredTopic[]): Topic[] {
  return stored.flatMap((topic): Topic[] => {
    if (!('default' in topic)) return [topic];
    const original = DEFAULT_TOPICS.find((candidate) => candidate.id === topic.id);
    return original ? [{ ...original, enabled: topic.enabled }] : [];
  });
}

export function fitsSyncQuota(value: SyncedSettings): boolean {
  return new TextEncoder().encode(SYNC_KEY + JSON.stringify(value)).length <= SYNC_QUOTA_BYTES_PER_ITEM;
}

async function writeSettings(settings: Settings, device: DeviceSettings): Promise<void> {
  const topics = settings.topics && compactTopics(settings.topics);
  const synced: SyncedSettings = {
    topics,
    monitoring: settings.monitoring,
    topicsOnDevice: false,
    positions: settings.positions === true,
  };
  const fits = fitsSyncQuota(synced);
  await syncedSettingsItem.setValue(fits ? synced : { ...synced, topics: null, topicsOnDevice: true });
  await deviceSettingsItem.setValue({
    ...device,
    sites: settings.sites,
    onboarded: settings.onboarded,
    topics: fits ? null : topics,
  });
}

/**
 * Finishes version 2's migration: version 1's topics and monitoring go to `sync:settings`. When another browser
 * already synced topics, those win and this browser's own topics are added after them (nothing is lost).
 */
async function movePendingToSync(device: DeviceSettings): Promise<DeviceSettings> {
  const pending = device.pendingSync;
  if (!pending) return device;
  const cleared = { ...device, pendingSync: null };
  const alreadySynced = await storage.getItem<SyncedSettings>(`sync:${SYNC_KEY}`);
  let topics = pending.topics;
  let monitoring = pending.monitoring;
  let positions = false;
  if (alreadySynced) {
    const synced = alreadySynced.topics && expandTopics(alreadySynced.topics);
    const ours = (pending.topics ?? []).filter((topic) => !synced?.some((other) => other.id === topic.id));
    topics = synced ? [...synced, ...ours] : pending.topics;
    monitoring = alreadySynced.monitoring;
    positions = alreadySynced.positions === true;
  }
  await writeSettings(
    { topics, monitoring, sites: device.sites, onboarded: device.onboarded, positions },
    cleared,
  );
  return cleared;
}

async function readSettings(): Promise<Settings & { topicsOnDevice: boolean }> {
  const device = await movePendingToSync(await deviceSettingsItem.getValue());
  const synced = await syncedSettingsItem.getValue();
  const stored = synced.topicsOnDevice ? device.topics : synced.topics;
  return {
    topics: stored && expandTopics(stored),
    monitoring: synced.monitoring,
    sites: device.sites,
    onboarded: device.onboarded,
    topicsOnDevice: synced.topicsOnDevice,
    positions: synced.positions === true,
  };
}

/**
 * The settings, read and written whole as before version 2: each part goes to its area (sync or local). `watch`
 * fires when either area changes (another browser's sync included).
 */
export const settingsItem = {
  async getValue(): Promise<Settings> {
    const { topics, monitoring, sites, onboarded, positions } = await readSettings();
    return { topics, monitoring, sites, onboarded, positions };
  },
  /** Whether the topics were too large for sync and are kept on this browser only. */
  async topicsOnDevice(): Promise<boolean> {
    return (await readSettings()).topicsOnDevice;
  },
  async setValue(settings: Settings): Promise<void> {
    await writeSettings(settings, await movePendingToSync(await deviceSettingsItem.getValue()));
  },
  watch(callback: (settings: Settings) => void): () => void {
    const changed = () => void settingsItem.getValue().then(callback);
    const unwatchSync = syncedSettingsItem.watch(changed);
    const unwatchDevice = deviceSettingsItem.watch(changed);
    return () => {
      unwatchSync();
      unwatchDevice();
    };
  },
};

/**
 * Version 1 of the statements the reader saved from the context menu, naming the speaker (newest last): no longer
 * written; moved into the reading log's database on the background's start (log schema version 3).
 */
export const savedStatementsItem = storage.defineItem<SavedStatement[]>('local:savedStatements', {
  fallback: [],
  version: 1,
});

/** Per-tab state; one key per tab so concurrent updates of two tabs never overwrite each other. */
export function tabStateItem(tabId: number) {
  return storage.defineItem<TabState | null>(`session:tab:${tabId}`, { fallback: null, version: 1 });
}

/** Every tab key, to clean up after tabs that closed while the service worker was stopped. */
export const TAB_KEY_PREFIX = 'tab:';

/**
 * The reading under way: since when the reader has been on an article tab (active, window focused, not idle). The
 * background closes it into the log's `activeMs` at the next tab, focus or idle event; it is kept here because
 * the service worker may be stopped meanwhile, and every event that ends a reading wakes it again.
 */
export interface ReadingSpan {
  tabId: number;
  url: string;
  /** Epoch ms. */
  since: number;
}

export const readingSpanItem = storage.defineItem<ReadingSpan | null>('session:readingSpan', {
  fallback: null,
  version: 1,
});

/**
 * Diagnostics counters, in session storage for the same reason: malformed messages dropped by the background
 * (`dropped`) and by the highlight script in pages (`droppedInPages`, version 2), analyses run.
 */
export interface Counters {
  dropped: number;
  droppedInPages: number;
  analyses: number;
}

export const countersItem = storage.defineItem<Counters>('session:counters', {
  fallback: { dropped: 0, droppedInPages: 0, analyses: 0 },
  version: 2,
  migrations: {
    2: (counters: Omit<Counters, 'droppedInPages'>): Counters => ({ ...counters, droppedInPages: 0 }),
  },
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
