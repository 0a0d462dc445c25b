/**
 * The background: routes the message protocol (utils/messages.ts), runs the engine on pages' HTML, keeps per-tab
 * state and the badge, owns the reading log, and reads the pages of the granted sites as they load (tab-watch.ts).
 * Every listener is registered synchronously at start, as MV3 requires for events to wake the worker.
 */
import { browser } from 'wxt/browser';
import { getEntry, recordArticle, removeArticle } from '@/utils/log';
import { listen } from '@/utils/messages';
import { settingsItem } from '@/utils/storage';
import { analyseTab, count, counters, enabledTopics, forgetAnalysed } from './analysis';
import { showBadge } from './badge';
import { buildContextMenu, onContextMenuClick } from './context-menu';
import { analyseTabNow, forgetStyle, highlightInTab } from './inject';
import { anySiteGranted, unregisterLegacyContentScript } from './monitoring';
import { forgetReadText, readText } from './read-text';
import { logHandlers } from './log-handlers';
import { logWrite } from './log-write';
import { logKey } from './reading-log';
import { readingMayChange, watchReadingTime } from './reading-time';
import {
  countSavedStatementsListed,
  deleteSavedStatement,
  listSavedStatements,
  moveLegacySavedStatements,
  saveStatement,
} from './saved-statements';
import { forgetClosedTabs, getTabState, setTabState } from './tab-state';
import { forgetTab, onTabUpdated, tabInFront } from './tab-watch';

async function highlightStatement(tabId: number, statementId: string): Promise<{ found: boolean }> {
  const state = await getTabState(tabId);
  const statement = state?.articles
    .flatMap((article) => article.statements)
    .find((s) => s.id === statementId);
  if (!statement) return { found: false };
  return highlightInTab(tabId, { quote: statement.content, context: statement.sentence });
}

async function articleOnTab(tabId: number, articleIndex: number) {
  const state = await getTabState(tabId);
  const article = state?.articles[articleIndex];
  if (!state || !article) throw new Error('No such article on this tab');
  return { article, url: logKey(state.url, article, articleIndex, state.articles.length) };
}

export default defineBackground(() => {
  listen(
    {
      'tab:analyse': async ({ tabId }) => ({ injected: await analyseTabNow(tabId) }),
      'tab:highlight': ({ tabId, statementId }) => highlightStatement(tabId, statementId),
      'log:status': async ({ tabId, articleIndex }) => {
        const { url } = await articleOnTab(tabId, articleIndex);
        return { url, saved: (await getEntry(url)) !== undefined };
      },
      'log:save': async ({ tabId, articleIndex, saved }) => {
        const { url, article } = await articleOnTab(tabId, articleIndex);
        const written = await logWrite(async () => {
          if (saved) await recordArticle(url, article, { visit: false, saved: true });
          else await removeArticle(url);
          return {};
        });
        return { url, saved: written.ok ? saved : !saved };
      },
      'tab:read-text': () => readText(),
      'statement:save': ({ tabId, quote, speaker }) => saveStatement(tabId, quote, speaker),
      'statement:list': () => listSavedStatements(),
      'statement:count': () => countSavedStatementsListed(),
      'statement:delete': ({ url, savedAt }) => deleteSavedStatement(url, savedAt),
      ...logHandlers,
      'debug:dropped': () => count('droppedInPages').then(() => null),
      'debug:stats': () => counters(),
    },
    () => void count('dropped'),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetStyle(tabId);
    forgetReadText(tabId);
    forgetAnalysed(tabId);
    forgetTab(tabId);
    void setTabState(tabId, null)
      .then(readingMayChange)
      .catch(() => {});
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // A new page in the tab (or an SPA's new URL): the old page's statements no longer apply.
    if (change.status === 'loading' && change.url !== undefined) {
      forgetStyle(tabId);
      void setTabState(tabId, null)
        .then(readingMayChange)
        .catch(() => {});
    }
    onTabUpdated(tabId, change, tab);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => tabInFront(tabId));
  watchReadingTime();

  browser.contextMenus.onClicked.addListener(onContextMenuClick);
  watchAnalysisSettings();

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    void buildContextMenu();
    await unregisterLegacyContentScript();
    const settings = await settingsItem.getValue();
    // Builds that ship with monitoring granted (build:e2e) have nothing to ask.
    if (reason === 'install' && !settings.onboarded && !(await anySiteGranted())) {
      await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    }
  });
  browser.runtime.onStartup.addListener(() => void forgetClosedTabs());
  void showBadgesAfterWake();
  void moveLegacySavedStatements().catch(() => {});
});

/** What an analysis depends on among the settings: the topics switched on, and the positions mode. */
async function analysisSettings(): Promise<string> {
  const { positions } = await settingsItem.getValue();
  return JSON.stringify({ topics: await enabledTopics(), positions: positions === true });
}

/**
 * Analyse again the pages already read when the topics or the positions mode change, so badges and popups follow
 * the new settings.
 */
function watchAnalysisSettings(): void {
  let current: Promise<string> = analysisSettings();
  settingsItem.watch(() => {
    current = current.then(async (before) => {
      const now = await analysisSettings();
      if (now === before) return before;
      void buildContextMenu();
      for (const tab of await browser.tabs.query({})) {
        if (tab.id === undefined || !(await getTabState(tab.id))) continue;
        await analyseTab(tab.id, 'request').catch(() => {});
      }
      return now;
    });
  });
}

/** The badge is kept by the browser, but not across an extension reload: redraw it from session state. */
async function showBadgesAfterWake(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, await getTabState(tab.id));
  }
}
