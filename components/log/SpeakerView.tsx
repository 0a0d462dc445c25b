/** Every statement of one speaker across the articles shown, by publication date. */
import type { LogEntry } from '@/utils/log';
import { statementsBySpeaker } from '@/utils/log/query';
import { formatDate } from '../citation';
import { t, uiLanguage } from '../i18n';

export function SpeakerView(props: { speaker: string; entries: LogEntry[]; onClose(): void }) {
  const said = statementsBySpeaker(props.entries, props.speaker);
  const lang = uiLanguage();
  return (
    <section class="log-panel" aria-labelledby="speaker-view-title">
      <header class="log-panel-head">
        <h2 id="speaker-view-title">{t('logSpeakerViewTitle', props.speaker)}</h2>
        <button type="button" onClick={props.onClose}>
          {t('logClose')}
        </button>
      </header>
      <p class="muted">{t('logSpeakerViewCount', String(said.length))}</p>
      <ol class="speaker-statements">
        {said.map(({ statement, entry }) => (
          <li key={`${entry.url}#${statement.id}`} lang={statement.lang}>
            <blockquote>
              {statement.kind === 'direct' ? `“${statement.content}”` : statement.content}
            </blockquote>
            <p class="muted">
              {statement.cue} ·{' '}
              <a href={entry.url} target="_blank" rel="noreferrer">
                {entry.title || entry.url}
              </a>
              {[entry.site, formatDate(entry.publishedAt, lang)].filter(Boolean).map((fact) => ` · ${fact}`)}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
