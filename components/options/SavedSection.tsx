/**
 * The passages the reader saved from pages with the context menu ("Save as statement…"), newest first: the words,
 * the speaker they named, the page and when. Asked of the background, which keeps them in the reading log's
 * database and owns every write (entrypoints/background/saved-statements.ts), and asked again when it says they
 * changed (`statement:changed`: a passage saved from another window, or deleted here).
 */
import { useEffect, useState } from 'preact/hooks';
import { listen, sendToBackground, type SavedStatement } from '@/utils/messages';
import { t, uiLanguage } from '../i18n';

/** Only web pages become links: a saved address could be anything the browser showed in a tab. */
const isWebPage = (url: string) => /^https?:\/\//i.test(url);

export function SavedSection() {
  const [saved, setSaved] = useState<SavedStatement[] | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    // Null (nothing shown) when the background could not read them: never "no passage" for a failed read.
    const load = () => void sendToBackground('statement:list', {}).then(setSaved, () => setSaved(null));
    listen(
      {
        'statement:changed': () => {
          load();
          return null;
        },
      },
      () => {},
      stop.signal,
    );
    load();
    return () => stop.abort();
  }, []);
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section class="saved-section" aria-labelledby="saved-title">
      <h1 id="saved-title">{t('optionsSection_saved')}</h1>
      <p class="saved-intro">{t('savedIntro')}</p>
      {saved === null ? null : saved.length === 0 ? (
        <p>{t('savedEmpty')}</p>
      ) : (
        <ol class="saved-list">
          {saved.map((item) => (
            <li key={`${item.savedAt} ${item.url}`}>
              <blockquote>{item.quote}</blockquote>
              <p class="saved-source">
                <strong>{item.speaker}</strong>
                {' · '}
                {isWebPage(item.url) ? (
                  <a href={item.url} target="_blank" rel="noreferrer">
                    {item.pageTitle}
                  </a>
                ) : (
                  item.pageTitle
                )}
                {' · '}
                <time dateTime={new Date(item.savedAt).toISOString()}>{when.format(item.savedAt)}</time>
              </p>
              <button
                type="button"
                aria-label={t('savedDeleteLabel', item.speaker)}
                onClick={() =>
                  void sendToBackground('statement:delete', { url: item.url, savedAt: item.savedAt })
                }
              >
                {t('savedDelete')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
