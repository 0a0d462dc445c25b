/**
 * How statements are found: the positions mode (`Settings.positions`), off by default. On, the engine reports
 * stances and intentions besides speech ("the union wants to …", "the party supports …"); the background
 * analyses the open pages again when it changes (entrypoints/background/index.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { settingsItem } from '@/utils/storage';
import { t } from '../i18n';
import '../topics/topics.css';

/** Stores the positions mode, the other settings kept as they are. */
export async function savePositionsMode(on: boolean): Promise<void> {
  const settings = await settingsItem.getValue();
  await settingsItem.setValue({ ...settings, positions: on });
}

export function StatementsSection() {
  const [positions, setPositions] = useState<boolean | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void settingsItem.getValue().then((settings) => setPositions(settings.positions === true));
    return settingsItem.watch((settings) => setPositions(settings.positions === true));
  }, []);

  if (positions === null) return <section class="statements-section" aria-busy="true" />;

  const change = async (on: boolean) => {
    setPositions(on);
    try {
      await savePositionsMode(on);
      setFailed(false);
    } catch (error) {
      // The switch goes back to what is stored, and the page says the change was not kept.
      console.warn('Veille: positions mode not saved', error);
      setPositions(!on);
      setFailed(true);
    }
  };

  return (
    <section class="statements-section" aria-labelledby="statements-title">
      <h1 id="statements-title">{t('optionsSection_statements')}</h1>
      <h2>{t('statementsModeHeading')}</h2>
      <label class="topic-toggle">
        <input
          type="checkbox"
          checked={positions}
          aria-describedby="statements-positions-hint"
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <span>{t('statementsPositions')}</span>
      </label>
      <p id="statements-positions-hint" class="muted">
        {t('statementsPositionsHint')}
      </p>
      {failed && (
        <p class="note" role="alert">
          {t('statementsSaveFailed')}
        </p>
      )}
    </section>
  );
}
