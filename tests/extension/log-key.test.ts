import { describe, expect, it } from 'vitest';
import { logKey } from '@/entrypoints/background/reading-log';
import type { ArticleAnalysis } from '@/utils/types';

const article = (canonicalUrl?: string) =>
  ({
    title: 't',
    lang: 'fr',
    wordCount: 1,
    excerpt: '',
    topics: [],
    statements: [],
    canonicalUrl,
  }) as ArticleAnalysis;

describe('reading-log keys', () => {
  it('use the canonical URL the page names, without tracking parameters', () => {
    expect(
      logKey('https://a.example/x?utm_source=nl', article('https://a.example/story?utm_medium=x#top'), 0, 1),
    ).toBe('https://a.example/story');
    expect(logKey('https://a.example/x', article('/story'), 0, 1)).toBe('https://a.example/story');
  });

  it('fall back to the page URL, and tell the articles of one page apart', () => {
    expect(logKey('https://a.example/live?fbclid=1', article(), 0, 1)).toBe('https://a.example/live');
    expect(logKey('https://a.example/live', article(), 2, 3)).toBe('https://a.example/live#veille-2');
  });
});
