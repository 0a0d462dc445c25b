/**
 * The passages the reader saved from pages with the context menu ("Save as statement…"), newest first: the words,
 * the speaker they named, the page and when. Asked of the background, which keeps them in the reading log's
 * database and owns every write (entrypoints/background/saved-statements.ts), and asked again when it says they
 * changed (`statement:changed`: a passage saved from another window, or deleted here). The passages alone can be
 * exported as Markdown or CSV here; the log's JSON export carries them for backups.
 */
import { useState } from 'preact/hooks';
import { savedExportFileName, savedPassagesCsv, savedPassagesMarkdown } from '@/utils/export/saved';
import { isWebAddress } from '@/utils/log/validate';
import { sendToBackground, type SavedStatement } from '@/utils/messages';
import { downloadFile } from '../log/download';
import { useOnSavedChange } from '../log/useSavedPassages';
import '../log/log.css';
import { t, uiLanguage } from '../i18n';

type SavedFormat = 'md' | 'csv';

/** The passages shown, written as a file in the chosen format. */
function exportPassages(passages: SavedStatement[], format: SavedFormat): Promise<void> {
  const exportedAt = new Date().toISOString();
  const day = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(new Date(exportedAt));
  const [text, mimeType] =
    format === 'csv'
      ? [savedPassagesCsv(passages), 'text/csv;charset=utf-8']
      : [
          savedPassagesMarkdown(passages, {
            heading: t('optionsSection_saved'),
            summary: t('savedExportSummary', [day, String(passages.length)]),
          }),
          'text/markdown;charset=utf-8',
        ];
  return downloadFile([text], mimeType, savedExportFileName(format, exportedAt));
}

function SavedExport(props: { passages: SavedStatement[] }) {
  const [format, setFormat] = useState<SavedFormat>('md');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const run = async () => {
    setState('busy');
    try {
      await exportPassages(props.passages, format);
      setState('idle');
    } catch (error) {
      console.warn('Veille: export of the saved passages failed', error);
      setState('failed');
    }
  };
  return (
    <fieldset class="log-tool">
      <legend>{t('savedExportHeading')}</legend>
      <label>
        <span class="visually-hidden">{t('exportFormat')}</span>
        <select
          value={format}
          onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as SavedFormat)}
        >
          <option value="md">{t('savedExportMarkdown')}</option>
          <option value="csv">{t('savedExportCsv')}</option>
        </select>
      </label>
      <button type="button" class="primary" disabled={state === 'busy'} onClick={() => void run()}>
        {t('savedExportButton')}
      </button>
      {state === 'failed' && <p role="alert">{t('savedExportFailed')}</p>}
    </fieldset>
  );
}

export function SavedSection() {
  const [saved, setSaved] = useState<SavedStatement[] | null>(null);
  const [problem, setProblem] = useState<'load' | 'delete' | null>(null);
  // Null (no list) when the background could not read them, and said: never "no passage" for a failed read.
  useOnSavedChange(
    () =>
      void sendToBackground('statement:list', {}).then(
        (passages) => {
          setSaved(passages);
          setProblem(null);
        },
        () => {
          setSaved(null);
          setProblem('load');
        },
      ),
  );
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section class="saved-section" aria-labelledby="saved-title">
      <h1 id="saved-title">{t('optionsSection_saved')}</h1>
      <p class="saved-intro">{t('savedIntro')}</p>
      {problem && (
        <p role="alert" class="log-problem">
          {problem === 'load' ? t('savedLoadFailed') : t('savedDeleteFailed')}
        </p>
      )}
      {saved && saved.length > 0 && <SavedExport passages={saved} />}
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
                {isWebAddress(item.url) ? (
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
                  // No answer: the background failed to delete it (a passage already gone answers `deleted: false`).
                  void sendToBackground('statement:delete', { url: item.url, savedAt: item.savedAt }).then(
                    (answer) => setProblem(answer ? null : 'delete'),
                    () => setProblem('delete'),
                  )
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
