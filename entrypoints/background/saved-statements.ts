/**
 * Passages the reader saved from the context menu ("Save as statement…", statement.html) with the speaker they
 * named: kept in `local:savedStatements`, listed and deleted on the options page (components/options/SavedSection).
 * Writes run one after another: two read-modify-writes at once (a save while a deletion) would lose one.
 */
import { browser } from 'wxt/browser';
import { recordArticle } from '@/utils/log';
import type { SavedStatement } from '@/utils/messages';
import { savedStatementsItem } from '@/utils/storage';
import { logWrite } from './log-write';
import { logKey } from './reading-log';
import { getTabState } from './tab-state';

let writing: Promise<unknown> = Promise.resolve();

function update(change: (saved: SavedStatement[]) => SavedStatement[]): Promise<void> {
  const write = writing.then(async () =>
    savedStatementsItem.setValue(change(await savedStatementsItem.getValue())),
  );
  writing = write.catch(() => {});
  return write;
}

/** Kept with the speaker the reader named, and the page saved in the reading log. */
export async function saveStatement(
  tabId: number,
  quote: string,
  speaker: string,
): Promise<{ saved: boolean }> {
  const words = quote.trim();
  const name = speaker.trim();
  if (!words || !name) return { saved: false };
  const state = await getTabState(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = state?.url ?? tab?.url;
  if (!url) return { saved: false };
  const article = state?.articles[0];
  const statement = { url, pageTitle: article?.title ?? tab?.title ?? url, quote: words, speaker: name };
  await update((saved) => [...saved, { ...statement, savedAt: Date.now() }]);
  if (article && !tab?.incognito) {
    const key = logKey(url, article, 0, state.articles.length);
    await logWrite(async () => recordArticle(key, article, { visit: false, saved: true }).then(() => ({})));
  }
  return { saved: true };
}

/** The passage saved at `savedAt` from `url` is forgotten. */
export async function deleteSavedStatement(url: string, savedAt: number): Promise<{ deleted: boolean }> {
  let deleted = false;
  await update((saved) => {
    const kept = saved.filter((item) => item.url !== url || item.savedAt !== savedAt);
    deleted = kept.length < saved.length;
    return kept;
  });
  return { deleted };
}
