/**
 * The context menu on a selection: "Track this phrase" (a submenu of the topics: the words are added to the one
 * chosen) and "Save as statement…" (a small window where the reader names the speaker). The topics submenu is
 * rebuilt when the topics change.
 */
import { browser, type Browser } from 'wxt/browser';
import { statementWindowPath } from '@/components/statement-window';
import { topicDisplayName } from '@/components/topics/topic-name';
import { settingsItem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import { withTrackedPhrase } from '@/utils/topics/keywords';

const TRACK = 'veille-track';
const TRACK_PREFIX = 'veille-track:';
const SAVE_STATEMENT = 'veille-save-statement';
/** A selection longer than this is not a phrase to track (and would make an unreadable chip). */
const MAX_PHRASE = 200;

const message = (key: string) => browser.i18n.getMessage(key as 'extName') || key;

let building: Promise<void> = Promise.resolve();

/** (Re)creates the menu: one item per topic under "Track this phrase in". Calls run one after another. */
export function buildContextMenu(): Promise<void> {
  building = building
    .then(async () => {
      const topics = (await settingsItem.getValue()).topics ?? DEFAULT_TOPICS;
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({ id: TRACK, title: message('menuTrackPhrase'), contexts: ['selection'] });
      for (const topic of topics) {
        browser.contextMenus.create({
          id: `${TRACK_PREFIX}${topic.id}`,
          parentId: TRACK,
          title: topicDisplayName(topic),
          contexts: ['selection'],
        });
      }
      browser.contextMenus.create({
        id: SAVE_STATEMENT,
        title: message('menuSaveStatement'),
        contexts: ['selection'],
      });
    })
    .catch((error: unknown) => console.warn('Veille: context menu', error));
  return building;
}

async function trackPhrase(topicId: string, selection: string): Promise<void> {
  const phrase = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_PHRASE);
  if (!phrase) return;
  const settings = await settingsItem.getValue();
  const topics = (settings.topics ?? DEFAULT_TOPICS).map((topic) =>
    topic.id === topicId ? withTrackedPhrase(topic, phrase) : topic,
  );
  await settingsItem.setValue({ ...settings, topics });
}

async function openStatementWindow(tabId: number, quote: string): Promise<void> {
  const url = browser.runtime.getURL(statementWindowPath(tabId, quote));
  await browser.windows.create({ url, type: 'popup', width: 460, height: 420 });
}

export function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void {
  const selection = info.selectionText ?? '';
  const id = String(info.menuItemId);
  if (id.startsWith(TRACK_PREFIX)) void trackPhrase(id.slice(TRACK_PREFIX.length), selection);
  else if (id === SAVE_STATEMENT && tab?.id !== undefined) void openStatementWindow(tab.id, selection);
}
