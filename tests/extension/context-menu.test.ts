import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildContextMenu, onContextMenuClick } from '@/entrypoints/background/context-menu';
import { settingsItem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import type { Topic } from '@/utils/types';

const grain: Topic = {
  id: 'grain',
  name: 'Grain corridor',
  query: '"grain corridor" OR Odesa',
  enabled: true,
};

/** The menu items created, as (id, parent, title); the fake browser has no context menus of its own. */
let created: { id?: string | number; parentId?: string | number; title?: string }[];

describe('the context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    created = [];
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => {
      created = [];
    });
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item) => {
      created.push({ id: item.id, parentId: item.parentId, title: item.title });
      return item.id ?? '';
    });
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `«${key}»`);
  });

  it('offers every topic under "Track this phrase in", and "Save as statement"', async () => {
    await settingsItem.setValue({
      topics: [...DEFAULT_TOPICS, grain],
      monitoring: 'all',
      sites: [],
      onboarded: true,
    });
    await buildContextMenu();
    expect(created).toEqual([
      { id: 'veille-track', parentId: undefined, title: '«menuTrackPhrase»' },
      {
        id: 'veille-track:nato-enlargement',
        parentId: 'veille-track',
        title: '«defaultTopic_nato_enlargement»',
      },
      {
        id: 'veille-track:ukraine-security-guarantees',
        parentId: 'veille-track',
        title: '«defaultTopic_ukraine_security_guarantees»',
      },
      { id: 'veille-track:grain', parentId: 'veille-track', title: 'Grain corridor' },
      { id: 'veille-save-statement', parentId: undefined, title: '«menuSaveStatement»' },
    ]);
  });

  it('adds the selected words to the chosen topic', async () => {
    await settingsItem.setValue({ topics: [grain], monitoring: 'all', sites: [], onboarded: true });
    onContextMenuClick({
      menuItemId: 'veille-track:grain',
      selectionText: '  Black Sea\n ports ',
      editable: false,
    });
    await vi.waitFor(async () =>
      expect((await settingsItem.getValue()).topics).toEqual([
        { ...grain, query: '"grain corridor" OR Odesa OR "Black Sea ports"' },
      ]),
    );
  });
});
