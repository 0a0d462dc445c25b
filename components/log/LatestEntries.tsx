/** The popup's glance at the reading log: the latest articles, and the way to the whole log. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, type LogSummary } from '@/utils/messages';
import { logProblemItem } from '@/utils/storage';
import { t } from '../i18n';

const SHOWN = 5;

export function LatestEntries() {
  const [entries, setEntries] = useState<LogSummary[] | null>(null);
  const [storageFull, setStorageFull] = useState(false);
  useEffect(() => {
    sendToBackground('log:list', { limit: SHOWN })
      .then((list) => setEntries(list ?? []))
      .catch(() => setEntries([]));
    void logProblemItem.getValue().then((problem) => setStorageFull(problem?.kind === 'storage-full'));
  }, []);
  if (!entries || (entries.length === 0 && !storageFull)) return null;
  const openLog = () => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#log') });
  return (
    <section class="latest" aria-labelledby="latest-heading">
      <h2 id="latest-heading">{t('logLatestHeading')}</h2>
      {storageFull && <p role="alert">{t('logStorageFull')}</p>}
      <ul>
        {entries.map((entry) => (
          <li key={entry.url}>
            <a href={entry.url} target="_blank" rel="noreferrer">
              {entry.title || entry.url}
            </a>
            <span class="muted">
              {' '}
              {[entry.site, t('logLatestStatements', String(entry.statements))].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" class="link-button" onClick={openLog}>
        {t('logOpen')}
      </button>
    </section>
  );
}
