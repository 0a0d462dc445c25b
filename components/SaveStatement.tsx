import { useState } from 'preact/hooks';
import { sendToBackground } from '@/utils/messages';
import { t, uiLanguage } from './i18n';
import { QUOTE_MAX } from './statement-window';

/** The context menu's "Save as statement": the selected words (shown as text), and the speaker the reader names. */
export function SaveStatement(props: { tabId: number; quote: string; cut?: boolean }) {
  const [speaker, setSpeaker] = useState('');
  /** `gone`: nothing to save (the page is no longer open); `full` and `failed`: the write changed nothing. */
  const [outcome, setOutcome] = useState<'saved' | 'gone' | 'full' | 'failed' | null>(null);
  const valid = Number.isInteger(props.tabId) && props.tabId >= 0 && props.quote.trim() !== '';

  async function save(event: Event) {
    event.preventDefault();
    if (!speaker.trim()) return;
    const answer = await sendToBackground('statement:save', {
      tabId: props.tabId,
      quote: props.quote,
      speaker,
    }).catch(() => null);
    if (answer?.saved) {
      setOutcome('saved');
      setTimeout(() => window.close(), 800);
    } else if (answer && !answer.error) setOutcome('gone');
    else setOutcome(answer?.error === 'storage-full' ? 'full' : 'failed');
  }

  return (
    <main class="save-statement">
      <h1>{t('statementTitle')}</h1>
      {valid ? (
        <form onSubmit={save} class="save-statement">
          <blockquote>{props.quote}</blockquote>
          {props.cut && (
            <p class="note" role="note">
              {t('statementCut', new Intl.NumberFormat(uiLanguage()).format(QUOTE_MAX))}
            </p>
          )}
          <label>
            {t('statementSpeaker')}
            <input
              value={speaker}
              required
              autoFocus
              maxLength={200}
              placeholder={t('statementSpeakerHint')}
              onInput={(event) => setSpeaker(event.currentTarget.value)}
            />
          </label>
          <div class="actions">
            <button type="submit" class="primary">
              {t('statementSave')}
            </button>
            <button type="button" class="secondary" onClick={() => window.close()}>
              {t('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p>{t('statementNothing')}</p>
      )}
      <p role="status">
        {outcome === 'saved' && t('statementSaved')}
        {outcome === 'gone' && t('statementFailed')}
        {outcome === 'full' && t('logStorageFull')}
        {outcome === 'failed' && t('statementWriteFailed')}
      </p>
    </main>
  );
}
