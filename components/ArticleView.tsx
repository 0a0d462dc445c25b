import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messages';
import { logProblemItem } from '@/utils/storage';
import type { ArticleAnalysis } from '@/utils/types';
import { formatDate } from './citation';
import { t, uiLanguage } from './i18n';
import { SpeakerGroups } from './SpeakerGroups';
import type { StatementActions } from './StatementItem';
import { TopicList } from './TopicList';

/** One article of the page: what it is, the topics it matched, its statements, and its place in the log. */
export function ArticleView(props: {
  tabId: number;
  index: number;
  total: number;
  article: ArticleAnalysis;
  actions: StatementActions;
}) {
  const { article, tabId, index } = props;
  const [saved, setSaved] = useState<boolean | null>(null);
  /** Why the last click on the log button changed nothing (the background answers with the log's actual state). */
  const [saveProblem, setSaveProblem] = useState<'storage-full' | 'failed' | null>(null);
  useEffect(() => {
    sendToBackground('log:status', { tabId, articleIndex: index })
      .then((status) => setSaved(status?.saved ?? false))
      .catch(() => setSaved(false));
  }, [tabId, index, article]);
  const matched = article.topics.some((topic) => topic.matched);
  const date = formatDate(article.publishedAt, uiLanguage());
  return (
    <article class="article" lang={article.lang}>
      {props.total > 1 && <p class="muted">{t('articleOf', [String(index + 1), String(props.total)])}</p>}
      <h2 class="article-title">{article.title}</h2>
      <p class="article-meta">{[article.site, date && t('publishedOn', date)].filter(Boolean).join(' · ')}</p>
      <button
        type="button"
        class={saved ? 'save saved' : 'save'}
        aria-pressed={saved ?? false}
        disabled={saved === null}
        title={saved ? t('removeFromLog') : t('saveToLog')}
        onClick={async () => {
          const wanted = !saved;
          const status = await sendToBackground('log:save', {
            tabId,
            articleIndex: index,
            saved: wanted,
          }).catch(() => null);
          setSaved(status?.saved ?? saved);
          if (status?.saved === wanted) return setSaveProblem(null);
          const problem = await logProblemItem.getValue().catch(() => null);
          setSaveProblem(problem?.kind === 'storage-full' ? 'storage-full' : 'failed');
        }}
      >
        {saved ? t('savedInLog') : t('saveToLog')}
      </button>
      {saveProblem && (
        <p role="alert" class="note">
          {saveProblem === 'storage-full' ? t('logStorageFull') : t('logWriteFailed')}
        </p>
      )}
      {matched ? (
        <TopicList topics={article.topics} />
      ) : (
        <p class="note">
          <strong>{t('emptyNoTopicTitle')}.</strong> {t('emptyNoTopicBody')}
        </p>
      )}
      <SpeakerGroups statements={article.statements} actions={props.actions} />
    </article>
  );
}
