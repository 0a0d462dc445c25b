/**
 * The background: routes the message protocol (utils/messages.ts), runs the engine on pages' HTML, keeps per-tab
 * state and the badge, owns the reading log, and keeps the content script registered for the granted sites.
 * Every listener is registered synchronously at start, as MV3 requires for events to wake the worker.
 */
import { browser } from 'wxt/browser';
import { getEntry, recordArticle, removeArticle } from '@/utils/log';
import { listen, sendToTab, type TabState } from '@/utils/messages';
import { countersItem, savedStatementsItem, settingsItem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import { HIGHLIGHT_CSS } from '@/utils/content/highlight';
import { showBadge, statementCount, topicMatched } from './badge';
import { buildContextMenu, onContextMenuClick } from './context-menu';
import { analyseHtml } from './engine';
import { analyseTabNow } from './inject';
import { syncContentScriptRegistration } from './monitoring';
import { forgetReadText, keepReadText, readText } from './read-text';
import { fingerprintOf, readPageSource } from './page-source';
import { logHandlers } from './log-handlers';
import { logWrite } from './log-write';
import { logKey, logMatchingArticles } from './reading-log';
import { forgetClosedTabs, getTabState, setTabState } from './tab-state';

/** Counter updates run one after another: two read-modify-writes at once would lose one. */
let counting: Promise<void> = Promise.resolve();
function count(counter: 'dropped' | 'analyses'): Promise<void> {
  counting = counting
    .then(async () => {
      const counters = await countersItem.getValue();
      await countersItem.setValue({ ...counters, [counter]: counters[counter] + 1 });
    })
    .catch(() => {});
  return counting;
}

async function enabledTopics() {
  const settings = await settingsItem.getValue();
  return (settings.topics ?? DEFAULT_TOPICS).filter((topic) => topic.enabled);
}

/** Per tab, a fingerprint of the HTML last analysed (lost when the worker stops, which only costs a re-analysis). */
const lastAnalysed = new Map<number, string>();

/** Tabs whose page already has our highlight style (insertCSS adds a copy each call). */
const styledTabs = new Set<number>();

async function highlightStatement(tabId: number, statementId: string): Promise<{ found: boolean }> {
  const state = await getTabState(tabId);
  const statement = state?.articles
    .flatMap((article) => article.statements)
    .find((s) => s.id === statementId);
  if (!statement) return { found: false };
  if (!styledTabs.has(tabId)) {
    await browser.scripting
      .insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS, origin: 'USER' })
      .catch(() => {});
    styledTabs.add(tabId);
  }
  return sendToTab(tabId, 'page:highlight', { quote: statement.content, context: statement.sentence });
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
      'page:analyse': async ({ url, reason }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return { statements: 0, matched: false };
        // A popup opened meanwhile waits for this analysis rather than starting another.
        if (!(await getTabState(tabId)))
          await setTabState(tabId, { url, status: 'analysing', articles: [], analysedAt: Date.now() });
        const source = await readPageSource(tabId);
        if (!source) return { statements: 0, matched: false };
        const { html, serialiseMs } = source;
        if (html === null) {
          await setTabState(tabId, { url, status: 'no-article', articles: [], analysedAt: Date.now() });
          return { statements: 0, matched: false };
        }
        // An update that changed nothing the serialisation sees is not analysed again.
        const fingerprint = fingerprintOf(html);
        const previous = lastAnalysed.get(tabId);
        lastAnalysed.set(tabId, fingerprint);
        if (reason === 'update' && previous === fingerprint) {
          const state = await getTabState(tabId);
          return {
            statements: state ? statementCount(state) : 0,
            matched: state ? topicMatched(state) : false,
          };
        }
        const started = performance.now();
        let articles;
        try {
          articles = keepReadText(tabId, url, analyseHtml(html, url, await enabledTopics()));
        } catch (error) {
          // The engine promises not to throw; if it does, the popup says so instead of waiting forever.
          console.error('Veille: analysis failed', error);
          await setTabState(tabId, {
            url,
            status: 'error',
            articles: [],
            analysedAt: Date.now(),
            error: String(error),
          });
          return { statements: 0, matched: false };
        }
        const state: TabState = {
          url,
          status: articles.length > 0 ? 'done' : 'no-article',
          articles,
          analysedAt: Date.now(),
          timings: { serialiseMs, analyseMs: performance.now() - started, htmlLength: html.length },
        };
        await setTabState(tabId, state);
        await count('analyses');
        if (!sender.tab?.incognito) await logMatchingArticles(url, articles, reason);
        return { statements: statementCount(state), matched: topicMatched(state) };
      },
      'page:no-article': async ({ url }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return null;
        await setTabState(tabId, { url, status: 'no-article', articles: [], analysedAt: Date.now() });
        return null;
      },
      'tab:get': ({ tabId }) => getTabState(tabId),
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
      ...logHandlers,
      'debug:stats': async () => {
        await counting; // include the counts still being written
        return countersItem.getValue();
      },
    },
    () => void count('dropped'),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    styledTabs.delete(tabId);
    forgetReadText(tabId);
    lastAnalysed.delete(tabId);
    void setTabState(tabId, null).catch(() => {});
  });
  // A new page in the tab: the old page's statements no longer apply (the content script reports the new one).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading' || change.url === undefined) return;
    styledTabs.delete(tabId);
    void setTabState(tabId, null).catch(() => {});
  });

  browser.permissions.onAdded.addListener(() => void syncContentScriptRegistration());
  browser.permissions.onRemoved.addListener(() => void syncContentScriptRegistration());

  browser.contextMenus.onClicked.addListener(onContextMenuClick);
  watchTopics();

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    void buildContextMenu();
    const origins = await syncContentScriptRegistration();
    const settings = await settingsItem.getValue();
    // Builds that ship with monitoring granted (build:e2e) have nothing to ask.
    if (reason === 'install' && !settings.onboarded && origins.length === 0) {
      await browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    }
  });
  browser.runtime.onStartup.addListener(() => {
    void syncContentScriptRegistration();
    void forgetClosedTabs();
  });
  void showBadgesAfterWake();
});

/** Analyse again the pages already read when the topics change, so badges and popups follow the new topics. */
function watchTopics(): void {
  let current: Promise<string> = enabledTopics().then((topics) => JSON.stringify(topics));
  settingsItem.watch(() => {
    current = current.then(async (before) => {
      const topics = JSON.stringify(await enabledTopics());
      if (topics === before) return before;
      void buildContextMenu();
      for (const tab of await browser.tabs.query({})) {
        if (tab.id === undefined || !(await getTabState(tab.id))) continue;
        await sendToTab(tab.id, 'page:reanalyse', {}).catch(() => {});
      }
      return topics;
    });
  });
}

/** The context menu's "Save as statement": kept with the speaker the reader named, and the page saved in the log. */
async function saveStatement(tabId: number, quote: string, speaker: string): Promise<{ saved: boolean }> {
  const words = quote.trim();
  const name = speaker.trim();
  if (!words || !name) return { saved: false };
  const state = await getTabState(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = state?.url ?? tab?.url;
  if (!url) return { saved: false };
  const article = state?.articles[0];
  const saved = await savedStatementsItem.getValue();
  await savedStatementsItem.setValue([
    ...saved,
    { url, pageTitle: article?.title ?? tab?.title ?? url, quote: words, speaker: name, savedAt: Date.now() },
  ]);
  if (article && !tab?.incognito) {
    await recordArticle(logKey(url, article, 0, state.articles.length), article, {
      visit: false,
      saved: true,
    });
  }
  return { saved: true };
}

/** The badge is kept by the browser, but not across an extension reload: redraw it from session state. */
async function showBadgesAfterWake(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, await getTabState(tab.id));
  }
}
