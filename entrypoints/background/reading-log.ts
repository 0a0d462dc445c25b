/** Which articles of a tab go into the reading log, and under which key. */
import { cleanCanonicalUrl } from '@/utils/article/canonical-url';
import { recordArticle } from '@/utils/log';
import type { AnalysisReason } from '@/utils/messages';
import type { ArticleAnalysis } from '@/utils/types';
import { logWrite } from './log-write';

/**
 * The log key of an article: its canonical URL when the page names one and holds only this article; the page's
 * own URL (tracking parameters removed) otherwise, with the article's position when a page holds several.
 */
export function logKey(pageUrl: string, article: ArticleAnalysis, index: number, count: number): string {
  const page = cleanCanonicalUrl(pageUrl) ?? pageUrl;
  if (count > 1) return `${cleanCanonicalUrl(article.canonicalUrl ?? '') ?? page}#veille-${index}`;
  return cleanCanonicalUrl(article.canonicalUrl ?? '', pageUrl) ?? page;
}

/** Record the tab's articles that matched a topic; a live-blog update refreshes entries without counting a visit. */
export async function logMatchingArticles(
  pageUrl: string,
  articles: ArticleAnalysis[],
  reason: AnalysisReason,
): Promise<void> {
  for (const [index, article] of articles.entries()) {
    if (!article.topics.some((topic) => topic.matched)) continue;
    const url = logKey(pageUrl, article, index, articles.length);
    await logWrite(async () => ({
      entry: await recordArticle(url, article, { visit: reason !== 'update' }),
    }));
  }
}
