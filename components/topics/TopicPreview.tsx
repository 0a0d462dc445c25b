import { useEffect, useState } from 'preact/hooks';
import { latestEntries, type LogEntry } from '@/utils/log';
import { sendToBackground, type ReadText } from '@/utils/messages';
import { logEntryText, previewTopic, type Preview } from '@/utils/topics/preview';
import type { Topic } from '@/utils/types';
import { t } from '../i18n';

/** How many log entries the preview reads: the recent ones are those a change of topic is about. */
const LOG_ENTRIES = 500;
/** Wait for a pause in typing before matching again. */
const DEBOUNCE_MS = 250;

type Source<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'none' };

/**
 * What the topic being edited matches, live: on the page the reader is on (its analysed text, asked of the
 * background) and in the reading log (read from IndexedDB here, read-only).
 */
export function TopicPreview(props: { topic: Topic | null }) {
  const [page, setPage] = useState<Source<ReadText>>({ state: 'loading' });
  const [log, setLog] = useState<Source<LogEntry[]>>({ state: 'loading' });
  const [topic, setTopic] = useState<Topic | null>(props.topic);

  const loadPage = () =>
    void sendToBackground('tab:read-text', {})
      .then((text) => setPage(text ? { state: 'ready', value: text } : { state: 'none' }))
      .catch(() => setPage({ state: 'none' }));
  useEffect(() => {
    loadPage();
    void latestEntries(LOG_ENTRIES)
      .then((entries) => setLog({ state: 'ready', value: entries }))
      .catch(() => setLog({ state: 'none' }));
  }, []);
  useEffect(() => {
    // An invalid query previews nothing at once; a valid one after a pause in typing.
    if (!props.topic) return setTopic(null);
    const timer = setTimeout(() => setTopic(props.topic), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [props.topic]);

  return (
    <section class="topic-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{t('previewHeading')}</h3>
      <div aria-live="polite">
        <h4>
          {t('previewPage')}{' '}
          <button type="button" class="link-button" onClick={loadPage}>
            {t('previewRefresh')}
          </button>
        </h4>
        <PagePreview topic={topic} page={page} />
        <h4>{t('previewLog')}</h4>
        <LogPreview topic={topic} log={log} />
      </div>
    </section>
  );
}

function PagePreview(props: { topic: Topic | null; page: Source<ReadText> }) {
  const { topic, page } = props;
  if (page.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (page.state === 'none' || page.value.articles.length === 0)
    return <p class="muted">{t('previewNoPage')}</p>;
  return (
    <ul class="preview-list">
      {page.value.articles.map((article, index) => (
        <li key={index} class="preview-page">
          <span class="preview-title">{article.title || page.value.url}</span>
          {topic ? <Outcome preview={previewTopic(topic, article)} /> : <span class="muted">—</span>}
        </li>
      ))}
    </ul>
  );
}

function LogPreview(props: { topic: Topic | null; log: Source<LogEntry[]> }) {
  const { topic, log } = props;
  if (log.state === 'loading') return <p class="muted">{t('loading')}</p>;
  if (log.state === 'none' || log.value.length === 0) return <p class="muted">{t('previewNoLog')}</p>;
  if (!topic) return <p class="muted">—</p>;
  const matching = log.value.filter((entry) => previewTopic(topic, logEntryText(entry)).matched);
  return (
    <>
      <p class="preview-log-count">
        {t('previewLogCount', [String(matching.length), String(log.value.length)])}
      </p>
      <ul class="preview-list">
        {matching.slice(0, 5).map((entry) => (
          <li key={entry.url}>
            <span class="preview-title">{entry.title}</span> <span class="muted">{entry.site}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Outcome(props: { preview: Preview }) {
  const { preview } = props;
  return (
    <span class={preview.matched ? 'preview-match' : 'preview-miss'}>
      {preview.matched ? t('previewMatches', String(preview.score)) : t('previewNoMatch')}
      {preview.hits.length > 0 && <span class="muted"> · {preview.hits.join(' · ')}</span>}
    </span>
  );
}
