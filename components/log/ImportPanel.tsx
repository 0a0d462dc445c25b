/**
 * Import of a JSON export: read and validated here first (a bad file is refused with its reason and nothing is
 * sent), then handed to the background in pieces, which writes it in one transaction (send-import.ts).
 */
import { useState } from 'preact/hooks';
import {
  importSizeError,
  parseLogExport,
  type ImportError,
  type SkippedPassages,
} from '@/utils/export/import';
import type { ImportCounts } from '@/utils/log';
import { t } from '../i18n';
import { importProblemsText } from './import-problems';
import { sendImport } from './send-import';

type Outcome =
  | { kind: 'done'; counts: ImportCounts; passagesInFile: number; skipped: SkippedPassages }
  | { kind: 'refused'; message: string };

function refusal(error: ImportError): string {
  switch (error.kind) {
    case 'too-large':
      return t('importErrorTooLarge', String(error.maxMegabytes));
    case 'empty':
      return t('importErrorEmpty');
    case 'not-json':
      return t('importErrorNotJson');
    case 'truncated':
      return t('importErrorTruncated');
    case 'other-format':
      return t('importErrorOtherFormat');
    case 'newer-version':
      return t('importErrorNewerVersion', String(error.version));
    case 'invalid':
      return t('importErrorInvalid', importProblemsText(error.problems));
  }
}

export function ImportPanel(props: { onImported(): void; onStorageFull(): void }) {
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (file: File) => {
    setOutcome(null);
    setProgress(0);
    try {
      const tooLarge = importSizeError(file.size);
      if (tooLarge) return setOutcome({ kind: 'refused', message: refusal(tooLarge) });
      const parsed = parseLogExport(await file.text());
      if (!parsed.ok) return setOutcome({ kind: 'refused', message: refusal(parsed.error) });
      const result = await sendImport(parsed, setProgress);
      if (result.ok) {
        setOutcome({
          kind: 'done',
          counts: result,
          passagesInFile: parsed.saved.length,
          skipped: parsed.skipped,
        });
        props.onImported();
      } else {
        if (result.error === 'storage-full') props.onStorageFull();
        setOutcome({
          kind: 'refused',
          message: result.error === 'storage-full' ? t('logStorageFull') : t('importFailed'),
        });
      }
    } catch (error) {
      console.warn('Veille: import failed', error);
      setOutcome({ kind: 'refused', message: t('importFailed') });
    } finally {
      setProgress(null);
    }
  };

  return (
    <fieldset class="log-tool">
      <legend>{t('importHeading')}</legend>
      <label>
        <span>{t('importChoose')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={progress !== null}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {progress !== null && <progress value={progress} max={1} aria-label={t('importProgress')} />}
      {outcome?.kind === 'done' && (
        <p role="status" class="import-done">
          {t('importDone', [
            String(outcome.counts.added),
            String(outcome.counts.updated),
            String(outcome.counts.unchanged),
          ])}
          {outcome.passagesInFile > 0 &&
            ` ${t('importSavedDone', [
              String(outcome.counts.passagesAdded),
              String(outcome.passagesInFile - outcome.counts.passagesAdded),
            ])}`}
        </p>
      )}
      {outcome?.kind === 'done' && outcome.skipped.count > 0 && (
        <p role="alert" class="import-skipped">
          {t('importSavedSkipped', [
            String(outcome.skipped.count),
            importProblemsText(outcome.skipped.problems),
          ])}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <p role="alert" class="import-refused">
          {outcome.message}
        </p>
      )}
    </fieldset>
  );
}
