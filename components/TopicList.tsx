import type { TopicResult } from '@/utils/types';
import { t } from './i18n';
import { topicDisplayName } from './topics/topic-name';

/** The topics the article matched, each with the words that made it match (deduplicated, most frequent first). */
export function TopicList(props: { topics: TopicResult[] }) {
  const matched = props.topics.filter((topic) => topic.matched);
  if (matched.length === 0) return null;
  return (
    <section class="topics" aria-labelledby="topics-heading">
      <h3 id="topics-heading" class="section-title">
        {t('topicsHeading')}
      </h3>
      <ul>
        {matched.map((topic) => (
          <li key={topic.id} class="topic">
            <span class="topic-name">{topicDisplayName(topic)}</span>
            <span class="topic-count">
              {t(topic.hits.length === 1 ? 'topicHit' : 'topicHits', String(topic.hits.length))}
            </span>
            <span class="topic-hits">{distinctHits(topic).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function distinctHits(topic: TopicResult): string[] {
  const counts = new Map<string, number>();
  for (const hit of topic.hits) counts.set(hit.text, (counts.get(hit.text) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([text]) => text);
}
