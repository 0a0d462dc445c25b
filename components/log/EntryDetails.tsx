/** One entry opened from the table: what it is, its statements, and the reader's star, tags and note. */
import { useEffect, useState } from 'preact/hooks';
import type { EntryEdit, LogEntry } from '@/utils/log';
import { formatDate } from '../citation';
import { t, uiLanguage } from '../i18n';

export interface EntryDetailsProps {
  entry: LogEntry;
  topicName(id: string): string;
  onEdit(edit: EntryEdit): void;
  onDelete(): void;
  onSpeaker(speaker: string): void;
  onClose(): void;
}

/** "brief, à lire, brief" → ["brief", "à lire"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

export function EntryDetails(props: EntryDetailsProps) {
  const { entry } = props;
  const [tags, setTags] = useState(entry.tags.join(', '));
  const [note, setNote] = useState(entry.note);
  useEffect(() => {
    setTags(entry.tags.join(', '));
    setNote(entry.note);
  }, [entry]);
  const lang = uiLanguage();
  const speakers = [...new Set(entry.statements.map((s) => s.speaker).filter(Boolean))];
  return (
    <section class="log-panel" aria-labelledby="entry-title">
      <header class="log-panel-head">
        <h2 id="entry-title" lang={entry.lang}>
          <a href={entry.url} target="_blank" rel="noreferrer">
            {entry.title || entry.url}
          </a>
        </h2>
        <button type="button" onClick={props.onClose}>
          {t('logClose')}
        </button>
      </header>
      <p class="muted">
        {[entry.site, formatDate(entry.publishedAt, lang), entry.topics.map(props.topicName).join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="entry-actions">
        <button
          type="button"
          aria-pressed={entry.starred}
          onClick={() => props.onEdit({ starred: !entry.starred })}
        >
          {entry.starred ? t('logUnstar') : t('logStar')}
        </button>
        <button type="button" class="danger" onClick={props.onDelete}>
          {t('logDeleteOne')}
        </button>
      </div>
      <form
        class="entry-form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onEdit({ tags: parseTags(tags), note });
        }}
      >
        <label>
          <span>{t('logTags')}</span>
          <input value={tags} onInput={(event) => setTags((event.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          <span>{t('logNote')}</span>
          <textarea
            rows={3}
            value={note}
            onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <button type="submit" class="primary">
          {t('logSaveChanges')}
        </button>
      </form>
      {speakers.length > 0 && (
        <p>
          {t('logSpeakers')}{' '}
          {speakers.map((speaker) => (
            <button key={speaker} type="button" class="chip" onClick={() => props.onSpeaker(speaker)}>
              {speaker}
            </button>
          ))}
        </p>
      )}
      <ul class="entry-statements">
        {entry.statements.map((statement) => (
          <li key={statement.id} lang={statement.lang}>
            <strong>{statement.speaker || t('speakerUnknown')}</strong>{' '}
            <span class="muted">{statement.cue}</span>
            <blockquote>{statement.content}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
