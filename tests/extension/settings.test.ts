import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  compactTopics,
  deviceSettingsItem,
  settingsItem,
  syncedSettingsItem,
  SYNC_QUOTA_BYTES_PER_ITEM,
  type Settings,
} from '@/utils/storage';
import { savePositionsMode } from '@/components/options/StatementsSection';
import { DEFAULT_TOPICS } from '@/utils/topics';
import type { Topic } from '@/utils/types';

const mine: Topic = {
  id: 'grain',
  name: 'Grain corridor',
  query: '"grain corridor" OR Odesa',
  enabled: true,
};

/** What version 1 kept, all in `local:settings`, with its version marker as WXT writes it. */
async function storeVersion1(settings: Settings): Promise<void> {
  await fakeBrowser.storage.local.set({ settings, settings$: { v: 1 } });
  // What WXT does when the updated extension starts and defines the item.
  await deviceSettingsItem.migrate();
}

describe('settings across storage areas', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates version 1 (all local): topics and monitoring move to sync, sites and onboarding stay', async () => {
    const disabledDefault = { ...DEFAULT_TOPICS[0]!, enabled: false };
    await storeVersion1({
      topics: [disabledDefault, mine],
      monitoring: 'sites',
      sites: ['https://www.lemonde.fr'],
      onboarded: true,
    });
    expect(await settingsItem.getValue()).toEqual({
      topics: [disabledDefault, mine],
      monitoring: 'sites',
      sites: ['https://www.lemonde.fr'],
      onboarded: true,
      positions: false,
    });
    const { settings: synced } = await fakeBrowser.storage.sync.get('settings');
    expect(synced).toEqual({
      topics: [{ id: DEFAULT_TOPICS[0]!.id, default: true, enabled: false }, mine],
      monitoring: 'sites',
      topicsOnDevice: false,
      positions: false,
    });
    const device = await deviceSettingsItem.getValue();
    expect(device).toEqual({
      sites: ['https://www.lemonde.fr'],
      onboarded: true,
      topics: null,
      pendingSync: null,
    });
  });

  it('keeps topics another browser already synced, adding this one’s own after them', async () => {
    const theirs: Topic = { id: 'arctic', name: 'Arctic', query: 'Arctic', enabled: true };
    await syncedSettingsItem.setValue({
      topics: [theirs],
      monitoring: 'all',
      topicsOnDevice: false,
      positions: true,
    });
    await storeVersion1({ topics: [mine], monitoring: 'click', sites: [], onboarded: true });
    const settings = await settingsItem.getValue();
    expect(settings.topics?.map((topic) => topic.id)).toEqual(['arctic', 'grain']);
    expect(settings.monitoring).toBe('all');
    expect(settings.positions).toBe(true);
  });

  it('migrates synced version 1 (no positions mode): the mode is off, the rest kept', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { topics: [mine], monitoring: 'all', topicsOnDevice: false },
      settings$: { v: 1 },
    });
    await syncedSettingsItem.migrate();
    expect(await syncedSettingsItem.getValue()).toEqual({
      topics: [mine],
      monitoring: 'all',
      topicsOnDevice: false,
      positions: false,
    });
    expect((await settingsItem.getValue()).positions).toBe(false);
  });

  it('the options page switches the positions mode on and off, the other settings kept', async () => {
    await settingsItem.setValue({
      topics: [mine],
      monitoring: 'sites',
      sites: ['https://a.example'],
      onboarded: true,
    });
    await savePositionsMode(true);
    expect(await settingsItem.getValue()).toEqual({
      topics: [mine],
      monitoring: 'sites',
      sites: ['https://a.example'],
      onboarded: true,
      positions: true,
    });
    await savePositionsMode(false);
    expect((await settingsItem.getValue()).positions).toBe(false);
  });

  it('keeps the positions mode the user turned on', async () => {
    await settingsItem.setValue({
      topics: null,
      monitoring: 'click',
      sites: [],
      onboarded: true,
      positions: true,
    });
    expect((await settingsItem.getValue()).positions).toBe(true);
    const { settings: synced } = await fakeBrowser.storage.sync.get('settings');
    expect(synced).toMatchObject({ positions: true });
  });

  it('stores unchanged default topics by reference, so edits to defaults in a new version reach users', () => {
    const edited = { ...DEFAULT_TOPICS[1]!, query: 'Ukraine guarantees' };
    expect(compactTopics([DEFAULT_TOPICS[0]!, edited])).toEqual([
      { id: DEFAULT_TOPICS[0]!.id, default: true, enabled: true },
      edited,
    ]);
  });

  it('keeps topics too large for the sync quota on this browser, and says so', async () => {
    const huge: Topic = { ...mine, query: Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' OR ') };
    expect(huge.query.length).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    await settingsItem.setValue({ topics: [huge], monitoring: 'all', sites: [], onboarded: true });
    expect((await syncedSettingsItem.getValue()).topics).toBeNull();
    expect((await syncedSettingsItem.getValue()).monitoring).toBe('all');
    expect(await settingsItem.topicsOnDevice()).toBe(true);
    expect((await settingsItem.getValue()).topics).toEqual([huge]);
    // Back under the quota: they sync again.
    await settingsItem.setValue({ topics: [mine], monitoring: 'all', sites: [], onboarded: true });
    expect(await settingsItem.topicsOnDevice()).toBe(false);
    expect((await deviceSettingsItem.getValue()).topics).toBeNull();
  });

  it('reads the defaults on a fresh install', async () => {
    expect(await settingsItem.getValue()).toEqual({
      topics: null,
      monitoring: 'click',
      sites: [],
      onboarded: false,
      positions: false,
    });
  });
});
