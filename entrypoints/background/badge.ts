/** The toolbar badge: the number of statements on the tab, in the topic colour when a tracked topic matched. */
import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/messages';

/** Orange when a tracked topic matched (the thing the reader asked to be told about), grey otherwise. */
export const BADGE_MATCHED = '#c2410c';
export const BADGE_PLAIN = '#57534e';

export function statementCount(state: TabState | null): number {
  return state?.articles.reduce((sum, article) => sum + article.statements.length, 0) ?? 0;
}

export function topicMatched(state: TabState | null): boolean {
  return state?.articles.some((article) => article.topics.some((topic) => topic.matched)) ?? false;
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const count = statementCount(state);
  const matched = topicMatched(state);
  const text = count > 0 ? String(count) : matched ? '•' : '';
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: matched ? BADGE_MATCHED : BADGE_PLAIN });
    await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
