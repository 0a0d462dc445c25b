import { useEffect, useRef, useState } from 'preact/hooks';
import { settingsItem } from '@/utils/storage';
import { DEFAULT_TOPICS } from '@/utils/topics';
import type { Topic } from '@/utils/types';
import { t } from '../i18n';
import { TopicEditor } from '../topics/TopicEditor';
import { topicDisplayName } from '../topics/topic-name';
import { topicsImportErrorMessage } from '../topics/topics-import-error';
import { importTopics, topicsToJson } from '../topics/topics-json';
import '../topics/topics.css';

type Editing = { topic: Topic; isNew: boolean } | null;
type Status = { text: string; undo?: Topic[] } | null;

const isDefault = (topic: Topic) => DEFAULT_TOPICS.some((original) => original.id === topic.id);

function differsFromDefault(topic: Topic): boolean {
  const original = DEFAULT_TOPICS.find((candidate) => candidate.id === topic.id);
  return (
    !!original &&
    (original.query !== topic.query || original.name !== topic.name || original.minScore !== topic.minScore)
  );
}

function newTopic(): Topic {
  return { id: `topic-${crypto.randomUUID().slice(0, 8)}`, name: '', query: '', enabled: true };
}

/** The topic editor: the list of topics (switch on and off, reorder, edit, delete, reset), import and export. */
export function TopicsSection() {
  const [topics, setTopics] = useState<Topic[] | null>(null);
  const [onDevice, setOnDevice] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<Status>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const show = (value: Topic[] | null) => setTopics(value ?? DEFAULT_TOPICS);
    void settingsItem.getValue().then((settings) => show(settings.topics));
    void settingsItem.topicsOnDevice().then(setOnDevice);
    return settingsItem.watch((settings) => {
      show(settings.topics);
      void settingsItem.topicsOnDevice().then(setOnDevice);
    });
  }, []);

  async function store(next: Topic[], message?: Status) {
    const before = topics;
    setTopics(next);
    try {
      const settings = await settingsItem.getValue();
      await settingsItem.setValue({ ...settings, topics: next });
      setOnDevice(await settingsItem.topicsOnDevice());
      setStatus(message ?? null);
    } catch (error) {
      // The list goes back to what is stored, and the page says the change was not kept.
      console.warn('Veille: topics not saved', error);
      if (before) setTopics(before);
      setStatus({ text: t('topicsSaveFailed') });
    }
  }

  if (!topics) return <section class="topics-section" aria-busy="true" />;

  const move = (index: number, by: -1 | 1) => {
    const next = [...topics];
    const [topic] = next.splice(index, 1);
    next.splice(index + by, 0, topic!);
    void store(next, { text: t('topicMoved', topicDisplayName(topic!)) });
  };

  if (editing) {
    return (
      <section class="topics-section">
        <TopicEditor
          topic={editing.topic}
          isNew={editing.isNew}
          onCancel={() => setEditing(null)}
          onSave={(topic) => {
            const next = editing.isNew
              ? [...topics, topic]
              : topics.map((old) => (old.id === topic.id ? topic : old));
            setEditing(null);
            void store(next, { text: t('topicSaved', topic.name) });
          }}
        />
      </section>
    );
  }

  return (
    <section class="topics-section" aria-labelledby="topics-title">
      <h1 id="topics-title">{t('optionsSection_topics')}</h1>
      <p class="muted">{t('topicsIntro')}</p>
      {onDevice && <p class="note">{t('topicsNotSynced')}</p>}
      <ol class="topic-rows">
        {topics.map((topic, index) => (
          <li key={topic.id} class={topic.enabled ? 'topic-row' : 'topic-row disabled'}>
            <label class="topic-toggle">
              <input
                type="checkbox"
                checked={topic.enabled}
                onChange={(event) => {
                  const enabled = event.currentTarget.checked;
                  void store(topics.map((old) => (old.id === topic.id ? { ...old, enabled } : old)));
                }}
              />
              <span class="topic-row-name">{topicDisplayName(topic)}</span>
            </label>
            <code class="topic-row-query" title={topic.query}>
              {topic.query}
            </code>
            <span class="topic-row-actions">
              <button type="button" onClick={() => setEditing({ topic, isNew: false })}>
                {t('topicEditButton')}
                <span class="visually-hidden"> {topicDisplayName(topic)}</span>
              </button>
              <button
                type="button"
                disabled={index === 0}
                aria-label={t('topicMoveUp', topicDisplayName(topic))}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                disabled={index === topics.length - 1}
                aria-label={t('topicMoveDown', topicDisplayName(topic))}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              {isDefault(topic) && differsFromDefault(topic) && (
                <button
                  type="button"
                  onClick={() => {
                    const original = DEFAULT_TOPICS.find((candidate) => candidate.id === topic.id)!;
                    void store(
                      topics.map((old) =>
                        old.id === topic.id ? { ...original, enabled: old.enabled } : old,
                      ),
                      { text: t('topicResetDone', topicDisplayName(original)), undo: topics },
                    );
                  }}
                >
                  {t('topicReset')}
                  <span class="visually-hidden"> {topicDisplayName(topic)}</span>
                </button>
              )}
              <button
                type="button"
                class="danger"
                onClick={() =>
                  void store(
                    topics.filter((old) => old.id !== topic.id),
                    { text: t('topicDeleted', topicDisplayName(topic)), undo: topics },
                  )
                }
              >
                {t('topicDelete')}
                <span class="visually-hidden"> {topicDisplayName(topic)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      {topics.length === 0 && <p class="muted">{t('topicsNone')}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={() => setEditing({ topic: newTopic(), isNew: true })}>
          {t('topicAdd')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([topicsToJson(topics)], { type: 'application/json' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = 'veille-topics.json';
            link.click();
            setTimeout(() => URL.revokeObjectURL(url), 1_000);
          }}
        >
          {t('topicsExport')}
        </button>
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
          {t('topicsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (!file) return;
            try {
              const next = importTopics(topics, await file.text());
              await store(next, { text: t('topicsImported', String(next.length)), undo: topics });
            } catch (error) {
              console.warn('Veille: topics not imported', error);
              setStatus({ text: topicsImportErrorMessage(error) });
            }
          }}
        />
      </div>
      <p role="status" class="outcome">
        {status?.text}
        {status?.undo && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => void store(status.undo!)}>
              {t('undo')}
            </button>
          </>
        )}
      </p>
    </section>
  );
}
