/**
 * A topic's name as the interface shows it: the default topics' names are English in the engine's data (the CLI
 * and the analyses carry them), so an unchanged default name is shown from `_locales` in the reader's language.
 */
import { DEFAULT_TOPICS } from '@/utils/topics';
import { t } from '../i18n';

/** `nato-enlargement` → `defaultTopic_nato_enlargement` (locale keys take no hyphen). */
export const defaultTopicKey = (id: string) => `defaultTopic_${id.replaceAll('-', '_')}`;

export function topicDisplayName(topic: { id: string; name: string }): string {
  const original = DEFAULT_TOPICS.find((candidate) => candidate.id === topic.id);
  if (!original || original.name !== topic.name) return topic.name;
  const key = defaultTopicKey(topic.id);
  const translated = t(key);
  return translated === key ? topic.name : translated;
}
