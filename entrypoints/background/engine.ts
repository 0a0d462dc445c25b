/**
 * The engine, off the page: with the page's HTML (page-source.ts), we build a DOM with linkedom (the same as the
 * CLI, and it needs no window, so it runs in the service worker without an offscreen document) and analyse. The
 * nesting is bounded first: linkedom's parser is quadratic in depth (utils/html/bound-depth.ts).
 */
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '@/utils/analyze';
import { boundHtmlDepth } from '@/utils/html/bound-depth';
import type { ArticleAnalysis, Topic } from '@/utils/types';

/** The articles with their text (read-text.ts keeps it for the topic editor's preview). */
export function analyseHtml(
  html: string,
  url: string,
  topics: Topic[],
  positions = false,
): ArticleAnalysis[] {
  const { document } = parseHTML(boundHtmlDepth(html));
  // linkedom's Document implements the parts of the DOM the engine reads (its types are its own).
  return analyzeDocument(document as unknown as Document, { topics, url, withText: true, positions });
}
