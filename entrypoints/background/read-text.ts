/**
 * The analysed text of the last pages read, kept in memory for the topic editor's live preview (the tab state in
 * storage.session leaves the text out: it can be megabytes a tab). Lost when the worker stops, which only means the
 * preview asks the reader to reload the page.
 */
import { browser } from 'wxt/browser';
import type { ReadText } from '@/utils/messages';
import type { ArticleAnalysis } from '@/utils/types';

/** A few tabs are enough to find the one the reader is on; each may hold a long text. */
const KEPT_TABS = 4;
const texts = new Map<number, ReadText>();

/** Keeps the articles' text of a tab and returns the articles without it, as the tab state stores them. */
export function keepReadText(tabId: number, url: string, articles: ArticleAnalysis[]): ArticleAnalysis[] {
  texts.delete(tabId);
  texts.set(tabId, {
    url,
    articles: articles.map((article) => ({
      title: article.title,
      text: article.text ?? '',
      lang: article.lang,
    })),
  });
  for (const oldest of texts.keys()) {
    if (texts.size <= KEPT_TABS) break;
    texts.delete(oldest);
  }
  return articles.map((article) => {
    const withoutText = { ...article };
    delete withoutText.text;
    return withoutText;
  });
}

export function forgetReadText(tabId: number): void {
  texts.delete(tabId);
}

/** The active tab's text when it has one (the options page itself may be the active tab), else the latest. */
export async function readText(): Promise<ReadText | null> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  const fromActive = active?.id !== undefined ? texts.get(active.id) : undefined;
  return fromActive ?? [...texts.values()].at(-1) ?? null;
}
