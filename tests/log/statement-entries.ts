/** Log entries written for the tests of speaker groups, statement types and statements reported several times. */
import type { LogEntry } from '@/utils/log/schema';
import type { CueClass, Statement } from '@/utils/types';

export const QUOTE = 'We will never accept that the alliance moves one inch closer to our borders';

/** A log entry of one article with these statements (speaker, words, type). */
export function article(
  url: string,
  day: string,
  said: [speaker: string, content: string, cueClass?: CueClass][],
): LogEntry {
  const statements: Statement[] = said.map(([speaker, content, cueClass], index) => ({
    id: `${url}#${index}`,
    speaker,
    mention: speaker,
    cue: 'said',
    ...(cueClass ? { cueClass } : {}),
    kind: 'direct',
    content,
    sentence: content,
    start: index * 100,
    end: index * 100 + content.length,
    lang: 'en',
    topics: [],
  }));
  return {
    url,
    title: `Article ${url}`,
    site: new URL(url).hostname,
    publishedAt: `${day}T10:00:00Z`,
    lang: 'en',
    excerpt: '',
    topics: ['nato-enlargement'],
    statements,
    firstSeen: Date.parse(day),
    lastSeen: Date.parse(day),
    visits: 1,
    saved: false,
    activeMs: 0,
    starred: false,
    tags: [],
    note: '',
  };
}
