/**
 * The topic editor's live preview: what a topic being edited matches in a page's analysed text, or in a reading-log
 * entry (which keeps the title, the excerpt and the statements' sentences, not the whole text).
 */
import type { Statement, Topic } from '../types';
import { scoreTopics } from './score';

export interface PreviewText {
  title: string;
  text: string;
  lang: string;
}

export interface Preview {
  matched: boolean;
  score: number;
  /** The distinct words that hit, most frequent first. */
  hits: string[];
}

const MAX_HITS = 8;

export function previewTopic(topic: Topic, article: PreviewText): Preview {
  const [result] = scoreTopics(article, [{ ...topic, enabled: true }]);
  if (!result) return { matched: false, score: 0, hits: [] };
  const counts = new Map<string, number>();
  for (const hit of result.hits) counts.set(hit.text, (counts.get(hit.text) ?? 0) + 1);
  const hits = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_HITS)
    .map(([text]) => text);
  return { matched: result.matched, score: result.score, hits };
}

/** What a log entry still knows of its article's text: excerpt, then each statement's sentence once. */
export function logEntryText(entry: {
  title: string;
  excerpt: string;
  lang: string;
  statements: Pick<Statement, 'sentence'>[];
}): PreviewText {
  const sentences = [...new Set(entry.statements.map((statement) => statement.sentence))];
  return { title: entry.title, text: [entry.excerpt, ...sentences].join('\n\n'), lang: entry.lang };
}
