/**
 * The background: routes the message protocol (utils/messages.ts), runs the engine on pages' HTML, keeps per-tab
 * state and the badge, owns the reading log, and keeps the content script registered for the granted sites.
 * Every listener is registered synchronously at start, as MV3 requires for events to wake the worker.
 */
import { browser } from 'wxt/browser';
import { getEntry, recordArticle, removeArticle } from '@/utils/log';
import { listen, sendToTab, type TabState } from '@/utils/messages';
import { countersItem, settingsItem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import { HIGHLIGHT_CSS } from '@/utils/content/highlight';
import { showBadge, statementCount, topicMatched } from './badge';
import { analyseHtml } from './engine';
import { analyseTabNow } from './inject';
import { syncContentScriptRegistration } from './monitoring';
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
      'page:analyse': async ({ url, html, serialiseMs, reason }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined || sender.frameId !== 0) return { statements: 0, matched: false };
        const started = performance.now();
        let articles;
        try {
          articles = analyseHtml(html, url, await enabledTopics());
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

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
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

/** The badge is kept by the browser, but not across an extension reload: redraw it from session state. */
async function showBadgesAfterWake(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) await showBadge(tab.id, await getTabState(tab.id));
  }
}
