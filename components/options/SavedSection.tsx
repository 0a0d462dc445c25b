/**
 * The passages the reader saved from pages with the context menu ("Save as statement…"), newest first: the words,
 * the speaker they named, the page and when. Read from storage and followed as it changes; a deletion goes through
 * the background, which owns every write (entrypoints/background/saved-statements.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground, type SavedStatement } from '@/utils/messages';
import { savedStatementsItem } from '@/utils/storage';
import { t, uiLanguage } from '../i18n';

/** Only web pages become links: a saved address could be anything the browser showed in a tab. */
const isWebPage = (url: string) => /^https?:\/\//i.test(url);

export function SavedSection() {
  const [saved, setSaved] = useState<SavedStatement[] | null>(null);
  useEffect(() => {
    void savedStatementsItem.getValue().then(setSaved);
    return savedStatementsItem.watch(setSaved);
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
          {[...saved].reverse().map((item) => (
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
