/**
 * Passages the reader saved from the context menu ("Save as statement…", statement.html) with the speaker they
 * named, listed and deleted on the options page (components/options/SavedSection). A passage and its page's entry
 * in the reading log are written by one transaction (utils/log/saved.ts says why), through `logWrite`, so that a
 * full storage is answered as such and changes nothing.
 */
import { browser } from 'wxt/browser';
import {
  countSavedStatements,
  forgetSavedStatement,
  keepSavedStatements,
  saveStatementWithPage,
  savedStatements,
} from '@/utils/log/saved';
import { tellExtensionPages, type ResponseOf, type SavedStatement } from '@/utils/messages';
import { savedStatementsItem } from '@/utils/storage';
import { logWrite } from './log-write';
import { logKey } from './reading-log';
import { getTabState } from './tab-state';

let legacyMoved: Promise<void> | undefined;

/**
 * Passages saved before the log's schema version 3 are in `local:savedStatements`: copied into the log database,
 * then removed from storage, once. A worker stopped between the two copies them again on its next start, over
 * themselves (keyed by when and where). Started with the background; every use of the passages waits for it.
 */
export function moveLegacySavedStatements(): Promise<void> {
  legacyMoved ??= (async () => {
    const legacy = await savedStatementsItem.getValue();
    if (legacy.length === 0) return;
    await keepSavedStatements(legacy);
    await savedStatementsItem.removeValue({ removeMeta: true });
  })().catch((error: unknown) => {
    legacyMoved = undefined; // storage full, say: the passages stay where they are, and the next use tries again
    throw error;
  });
  return legacyMoved;
}

/** Kept with the speaker the reader named, and the page saved in the reading log: both, or neither. */
export async function saveStatement(
  tabId: number,
  quote: string,
  speaker: string,
): Promise<ResponseOf<'statement:save'>> {
  const words = quote.trim();
  const name = speaker.trim();
  if (!words || !name) return { saved: false };
  const state = await getTabState(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const url = state?.url ?? tab?.url;
  if (!url) return { saved: false };
  const article = state?.articles[0];
  const passage: SavedStatement = {
    url,
    pageTitle: article?.title ?? tab?.title ?? url,
    quote: words,
    speaker: name,
    savedAt: Date.now(),
  };
  // Private windows are not logged: their passage is kept alone.
  const page =
    article && !tab?.incognito ? { url: logKey(url, article, 0, state.articles.length), article } : undefined;
  const written = await logWrite(async () => {
    await moveLegacySavedStatements();
    await saveStatementWithPage(passage, page);
    return {};
  });
  if (!written.ok) return { saved: false, error: written.error };
  void tellExtensionPages('statement:changed', {});
  return { saved: true };
}

/** The saved passages, newest first (with those not yet moved from storage, should moving them have failed). */
export async function listSavedStatements(): Promise<SavedStatement[]> {
  const notMoved = await notMovedStatements();
  const saved = await savedStatements();
  return notMoved.length === 0 ? saved : [...saved, ...notMoved].sort((a, b) => b.savedAt - a.savedAt);
}

/** How many passages `listSavedStatements` would list, without reading their words. */
export async function countSavedStatementsListed(): Promise<number> {
  const notMoved = await notMovedStatements();
  return notMoved.length + (await countSavedStatements());
}

/** The passages still in storage because moving them failed (none once they are in the log's database). */
function notMovedStatements(): Promise<SavedStatement[]> {
  return moveLegacySavedStatements().then(
    (): SavedStatement[] => [],
    () => savedStatementsItem.getValue(),
  );
}

/** The passage saved at `savedAt` from `url` is forgotten. */
export async function deleteSavedStatement(url: string, savedAt: number): Promise<{ deleted: boolean }> {
  await moveLegacySavedStatements();
  const deleted = await forgetSavedStatement(url, savedAt);
  if (deleted) void tellExtensionPages('statement:changed', {});
  return { deleted };
}
