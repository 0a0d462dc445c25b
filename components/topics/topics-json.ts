/** Topics to and from the JSON file the options page exports and imports (the CLI's `--topics` reads it too). */
import { validateTopics } from '@/utils/topics/topics-file';
import type { Topic } from '@/utils/types';

export const EXPORT_FORMAT = 'veille-topics';

export function topicsToJson(topics: readonly Topic[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, topics }, null, 2)}\n`;
}

/**
 * The topics after importing a file: imported topics replace those with the same id, the others are added at the
 * end. Throws `TopicsFileError` (or a SyntaxError for bad JSON) and leaves nothing half-imported.
 */
export function importTopics(current: readonly Topic[], json: string): Topic[] {
  const imported = validateTopics(JSON.parse(json));
  const byId = new Map(imported.map((topic) => [topic.id, topic]));
  const merged = current.map((topic) => byId.get(topic.id) ?? topic);
  const known = new Set(current.map((topic) => topic.id));
  return [...merged, ...imported.filter((topic) => !known.has(topic.id))];
}
