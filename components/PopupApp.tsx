import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MAX_HTML_LENGTH, sendToBackground, type TabState } from '@/utils/messages';
import { readableOrigin } from '@/utils/readable-page';
import { settingsItem, tabStateItem } from '@/utils/storage';
import type { Statement } from '@/utils/types';
import { ArticleView } from './ArticleView';
import { formatCitation } from './citation';
import { LatestEntries } from './log/LatestEntries';
import { EmptyState } from './EmptyState';
import { t, uiLanguage } from './i18n';
import type { StatementActions } from './StatementItem';

type View =
  | { kind: 'loading' }
  | { kind: 'state'; state: TabState; ungrantedOrigin?: string }
  | { kind: 'no-permission'; origin?: string }
  | { kind: 'unsupported'; localFile: boolean }
  | { kind: 'error' }
  | { kind: 'timeout' };

/** Give up waiting for an analysis after this long (a huge page on a slow machine still fits). */
const ANALYSIS_TIMEOUT_MS = 20_000;

/** What is known of a tab before the first render (`known`), when its analysis is over. */
const settled = (state: TabState | null | undefined): state is TabState =>
  !!state && state.status !== 'analysing';

/**
 * The popup for one tab: the page's articles, or why there is nothing to show. `known` is the tab's state read
 * before rendering, when the caller has it (the popup's entry point does).
 */
export function PopupApp(props: { tabId: number; known?: TabState | null }) {
  const { tabId, known } = props;
  const [view, setView] = useState<View>(() =>
    settled(known) ? { kind: 'state', state: known } : { kind: 'loading' },
  );

  useEffect(() => {
    let done = settled(known);
    /** The page's origin when Veille may not read it by itself (analysed this time through the toolbar click). */
    let ungrantedOrigin: string | undefined;
    const show = (state: TabState | null) => {
      if (!settled(state)) return;
      done = true;
      setView({ kind: 'state', state, ungrantedOrigin });
    };
    const item = tabStateItem(tabId);
    // Watched even when known: a page that changes (a new article, a reload) is analysed again.
    const unwatch = item.watch(show);
    if (done) return unwatch;
    const timeout = setTimeout(() => done || setView({ kind: 'timeout' }), ANALYSIS_TIMEOUT_MS);
    void (async () => {
      // Read where the background keeps it, not asked of the background: a worker asleep would first have to start.
      const current = known === undefined ? await item.getValue() : known;
      if (settled(current)) return show(current);
      const tab = await browser.tabs.get(tabId).catch(() => undefined);
      const origin = readableOrigin(tab?.url);
      if (origin && !(await browser.permissions.contains({ origins: [`${origin}/*`] })))
        ungrantedOrigin = origin;
      // Without host permission or activeTab the browser hides the tab's URL: that alone says "no permission".
      if (tab?.url !== undefined && !readableOrigin(tab.url))
        return setView({ kind: 'unsupported', localFile: tab.url.startsWith('file:') });
      const { injected } = await sendToBackground('tab:analyse', { tabId });
      if (!injected && !done) setView({ kind: 'no-permission', origin: readableOrigin(tab?.url) });
    })().catch((error: unknown) => {
      console.warn('Veille: the page could not be analysed', error);
      setView({ kind: 'error' });
    });
    return () => {
      unwatch();
      clearTimeout(timeout);
    };
  }, [tabId]);

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1>{t('popupTitle')}</h1>
      </header>
      <Body tabId={tabId} view={view} onRetry={() => setView({ kind: 'loading' })} />
      <LatestEntries />
    </main>
  );
}

function Body(props: { tabId: number; view: View; onRetry: () => void }) {
  const { view, tabId } = props;
  switch (view.kind) {
    case 'loading':
      return (
        <p class="loading" role="status">
          {t('loading')}
        </p>
      );
    case 'unsupported':
      return (
        <EmptyState
          title={t('emptyUnsupportedTitle')}
          body={view.localFile ? t('emptyLocalFileBody') : t('emptyUnsupportedBody')}
        />
      );
    case 'error':
      return <EmptyState title={t('emptyErrorTitle')} body={t('emptyErrorBody')} />;
    case 'timeout':
      return (
        <EmptyState
          title={t('emptyErrorTitle')}
          body={t('emptyTimeoutBody', String(ANALYSIS_TIMEOUT_MS / 1_000))}
        />
      );
    case 'no-permission':
      return (
        <EmptyState
          title={t('emptyNoPermissionTitle')}
          body={
            view.origin
              ? t('emptyNoPermissionBody', new URL(view.origin).host)
              : t('emptyNoPermissionBodyNoSite')
          }
        >
          {view.origin ? (
            <GrantButton tabId={tabId} origin={view.origin} onGranted={props.onRetry} />
          ) : (
            <button
              type="button"
              class="primary"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}
            >
              {t('chooseSites')}
            </button>
          )}
        </EmptyState>
      );
    case 'state':
      return (
        <>
          {view.ungrantedOrigin && (
            <aside class="grant-banner">
              <span>{t('grantBanner', new URL(view.ungrantedOrigin).host)}</span>
              <GrantButton tabId={tabId} origin={view.ungrantedOrigin} onGranted={() => {}} />
            </aside>
          )}
          <ArticlesView tabId={tabId} state={view.state} />
        </>
      );
  }
}

function GrantButton(props: { tabId: number; origin: string; onGranted: () => void }) {
  const [denied, setDenied] = useState(false);
  const grant = async () => {
    // Must run in the click's user gesture: request before any other await.
    const granted = await browser.permissions.request({ origins: [`${props.origin}/*`] });
    setDenied(!granted);
    if (!granted) return;
    const settings = await settingsItem.getValue();
    await settingsItem.setValue({
      ...settings,
      monitoring: settings.monitoring === 'all' ? 'all' : 'sites',
      sites: [...new Set([...settings.sites, props.origin])],
    });
    props.onGranted();
    await sendToBackground('tab:analyse', { tabId: props.tabId });
  };
  return (
    <>
      <button
        type="button"
        class="primary"
        onClick={() =>
          void grant().catch((error: unknown) => {
            console.warn('Veille: the site could not be granted', error);
            setDenied(true);
          })
        }
      >
        {t('emptyNoPermissionGrant')}
      </button>
      {denied && <p role="alert">{t('grantDenied')}</p>}
    </>
  );
}

function ArticlesView(props: { tabId: number; state: TabState }) {
  const { state, tabId } = props;
  if (state.status === 'error') return <EmptyState title={t('emptyErrorTitle')} body={t('emptyErrorBody')} />;
  if (state.status === 'too-large') {
    const millions = String(Math.round(MAX_HTML_LENGTH / 1_000_000));
    return <EmptyState title={t('emptyTooLargeTitle')} body={t('emptyTooLargeBody', millions)} />;
  }
  if (state.articles.length === 0) {
    return <EmptyState title={t('emptyNoArticleTitle')} body={t('emptyNoArticleBody')} />;
  }
  const actions = (articleIndex: number): StatementActions => ({
    show: async (statement: Statement) => {
      const answer = await sendToBackground('tab:highlight', { tabId, statementId: statement.id }).catch(
        () => null,
      );
      return answer?.found ?? false;
    },
    copy: async (statement: Statement) => {
      const article = state.articles[articleIndex];
      if (article)
        await navigator.clipboard.writeText(formatCitation(statement, article, state.url, uiLanguage()));
    },
  });
  const timings = state.timings;
  return (
    <>
      {state.articles.map((article, index) => (
        <ArticleView
          key={`${index}:${article.title}`}
          tabId={tabId}
          index={index}
          total={state.articles.length}
          article={article}
          actions={actions(index)}
        />
      ))}
      {timings && (
        <footer class="muted footer">
          {t('analysedIn', [String(Math.round(timings.analyseMs)), timings.serialiseMs.toFixed(1)])}
        </footer>
      )}
    </>
  );
}
