import { useMemo, useState } from 'preact/hooks';
import { compileQuery } from '@/utils/topics/matcher';
import { emptyGroup, keywordsFromQuery, queryFromKeywords, type KeywordGroup } from '@/utils/topics/keywords';
import type { Topic } from '@/utils/types';
import { t } from '../i18n';
import { KeywordGroups } from './KeywordGroups';
import { QueryEditor } from './QueryEditor';
import { topicDisplayName } from './topic-name';
import { TopicPreview } from './TopicPreview';

type Mode = 'simple' | 'expert';

/** The keyword groups a topic was written with, when they still say what its query says. */
function groupsOf(topic: Topic): KeywordGroup[] | null {
  if (topic.keywords && queryFromKeywords(topic.keywords) === topic.query) return topic.keywords;
  return keywordsFromQuery(topic.query);
}

/**
 * Editing one topic: its name, then its query either as keyword chips (simple mode) or as the query itself
 * (expert mode, highlighted and checked as it is typed), with a live preview. Saving an invalid query is refused.
 */
export function TopicEditor(props: {
  topic: Topic;
  isNew: boolean;
  onSave: (topic: Topic) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(props.topic.name);
  const [minScore, setMinScore] = useState(props.topic.minScore ?? 1);
  const initialGroups = useMemo(() => groupsOf(props.topic), [props.topic]);
  const [mode, setMode] = useState<Mode>(initialGroups ? 'simple' : 'expert');
  const [groups, setGroups] = useState<KeywordGroup[]>(initialGroups ?? [emptyGroup()]);
  const [query, setQuery] = useState(props.topic.query);

  const currentQuery = mode === 'simple' ? queryFromKeywords(groups) : query;
  const compiled = compileQuery(currentQuery);
  const error = currentQuery.trim() === '' || compiled.ok ? null : compiled.error;
  const canSave = name.trim() !== '' && currentQuery.trim() !== '' && compiled.ok;
  // Simple mode can show the query only when it is made of keyword groups.
  const expertGroups = mode === 'expert' ? keywordsFromQuery(query) : groups;

  const draft: Topic | null = useMemo(
    () => (compiled.ok ? { ...props.topic, name, query: currentQuery, minScore, enabled: true } : null),
    [currentQuery, name, minScore, compiled.ok],
  );

  function switchTo(next: Mode) {
    if (next === mode) return;
    if (next === 'expert') setQuery(queryFromKeywords(groups));
    // Back to keywords: the groups as they were (with their languages) when the query was not touched.
    else if (query === queryFromKeywords(groups)) setGroups(groups);
    else if (expertGroups) setGroups(expertGroups);
    else return;
    setMode(next);
  }

  function save(event: Event) {
    event.preventDefault();
    if (!canSave) return;
    const topic: Topic = { ...props.topic, name: name.trim(), query: currentQuery };
    if (mode === 'simple') topic.keywords = groups;
    else delete topic.keywords;
    if (minScore !== 1) topic.minScore = minScore;
    else delete topic.minScore;
    props.onSave(topic);
  }

  const idPrefix = `topic-${props.topic.id}`;
  return (
    <form class="topic-editor" onSubmit={save} aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>
        {props.isNew ? t('topicNew') : t('topicEdit', topicDisplayName(props.topic))}
      </h2>
      <label class="field">
        {t('topicName')}
        <input
          type="text"
          name="name"
          required
          maxLength={200}
          value={name}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </label>
      <div class="mode-switch" role="radiogroup" aria-label={t('topicMode')}>
        {(['simple', 'expert'] as const).map((value) => (
          <label key={value} class={mode === value ? 'mode selected' : 'mode'}>
            <input
              type="radio"
              name={`${idPrefix}-mode`}
              value={value}
              checked={mode === value}
              disabled={value === 'simple' && mode === 'expert' && !expertGroups}
              onChange={() => switchTo(value)}
            />
            {value === 'simple' ? t('topicModeSimple') : t('topicModeExpert')}
          </label>
        ))}
      </div>
      {mode === 'expert' && !expertGroups && (
        <p class="muted">{compiled.ok ? t('topicSimpleUnavailable') : t('topicSimpleAfterFix')}</p>
      )}
      {mode === 'simple' ? (
        <>
          <KeywordGroups groups={groups} onChange={setGroups} />
          <p class="compiled">
            <span class="muted">{t('topicCompiled')}</span> <code>{currentQuery || '—'}</code>
          </p>
        </>
      ) : (
        <QueryEditor id={`${idPrefix}-query`} query={query} error={error} onChange={setQuery} />
      )}
      <label class="field inline">
        {t('topicMinScore')}
        <input
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={minScore}
          onInput={(event) => {
            const value = Number(event.currentTarget.value);
            if (Number.isFinite(value) && value >= 0) setMinScore(value);
          }}
        />
      </label>
      <TopicPreview topic={draft} />
      <div class="actions">
        <button type="submit" class="primary" disabled={!canSave}>
          {t('topicSave')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
        {!canSave && (
          <span class="muted" role="status">
            {name.trim() === '' ? t('topicNeedsName') : error ? t('topicInvalid') : t('topicNeedsKeyword')}
          </span>
        )}
      </div>
    </form>
  );
}
