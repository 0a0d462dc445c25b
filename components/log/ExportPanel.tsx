/**
 * Export of the whole log or of what the filters show, in every format, with progress for long exports. The JSON
 * export of the whole log also carries the saved passages, so that it is a complete backup; a filtered selection
 * chooses articles, and carries none.
 */
import { useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportFormat } from '@/utils/export';
import type { LogEntry } from '@/utils/log';
import type { SavedStatement } from '@/utils/log/schema';
import type { CueClass, Topic } from '@/utils/types';
import { t } from '../i18n';
import { downloadExport } from './download';

function formatLabel(format: ExportFormat): string {
  switch (format.id) {
    case 'json':
      return t('exportJson');
    case 'csv-statements':
      return t('exportCsvStatements');
    case 'csv-articles':
      return t('exportCsvArticles');
    case 'markdown':
      return t('exportMarkdown');
    case 'csl-json':
      return t('exportCsl');
  }
}

/** The export's two halves of progress: whole entries read from the background, then the file written. */
const READ_SHARE = 0.5;

export function ExportPanel(props: {
  /** Whole entries (the page keeps only rows), read with progress from 0 to 1. */
  all: (onProgress: (done: number) => void) => Promise<LogEntry[]>;
  allCount: number;
  shown: (onProgress: (done: number) => void) => Promise<LogEntry[]>;
  shownCount: number;
  /** The log holds articles but the search and filters show none: exporting what is shown would write nothing. */
  nothingShown: boolean;
  /** The statement-type filter: an export of what is shown holds only statements of this type. */
  narrowedTo?: CueClass;
  topics: Topic[];
  /** The saved passages, read when a backup needs them. */
  savedPassages: () => Promise<SavedStatement[]>;
}) {
  const [formatId, setFormatId] = useState<ExportFormat['id']>('json');
  const [scope, setScope] = useState<'shown' | 'all'>('shown');
  const [progress, setProgress] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === formatId)!;
  const wholeLog = scope === 'all' || props.shownCount === props.allCount;
  const nothingToExport = scope === 'shown' && props.nothingShown;

  const run = async () => {
    setFailed(false);
    setProgress(0);
    try {
      const read = (done: number) => setProgress(done * READ_SHARE);
      const entries = await (scope === 'all' ? props.all(read) : props.shown(read));
      const saved = format.id === 'json' && wholeLog ? await props.savedPassages() : undefined;
      await downloadExport(
        format,
        { entries, topics: props.topics, exportedAt: new Date().toISOString(), ...(saved ? { saved } : {}) },
        (done) => setProgress(READ_SHARE + done * (1 - READ_SHARE)),
      );
    } catch (error) {
      console.warn('Veille: export failed', error);
      setFailed(true);
    } finally {
      setProgress(null);
    }
  };

  return (
    <fieldset class="log-tool">
      <legend>{t('exportHeading')}</legend>
      <label>
        <span class="visually-hidden">{t('exportFormat')}</span>
        <select
          value={formatId}
          onChange={(event) =>
            setFormatId((event.currentTarget as HTMLSelectElement).value as ExportFormat['id'])
          }
        >
          {EXPORT_FORMATS.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {formatLabel(candidate)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="radio"
          name="export-scope"
          checked={scope === 'shown'}
          onChange={() => setScope('shown')}
        />
        {t('exportShown', String(props.shownCount))}
      </label>
      <label>
        <input type="radio" name="export-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
        {t('exportAll', String(props.allCount))}
      </label>
      {scope === 'shown' && props.narrowedTo && (
        <p class="export-narrowed" role="note">
          {t('exportNarrowed', t(`cueClass_${props.narrowedTo}`))}
        </p>
      )}
      {formatId === 'json' && !wholeLog && (
        <p class="export-narrowed" role="note">
          {t('exportSavedWholeLogOnly')}
        </p>
      )}
      {nothingToExport && (
        <p class="export-narrowed" role="note">
          {t('exportNothingShown')}
        </p>
      )}
      <button
        type="button"
        class="primary"
        disabled={progress !== null || nothingToExport}
        onClick={() => void run()}
      >
        {t('exportButton')}
      </button>
      {progress !== null && <progress value={progress} max={1} aria-label={t('exportProgress')} />}
      {failed && <p role="alert">{t('exportFailed')}</p>}
    </fieldset>
  );
}
