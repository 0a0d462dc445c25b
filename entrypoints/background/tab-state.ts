/**
 * Per-tab state in `storage.session` (utils/storage.ts): it outlives the service worker, which the browser stops
 * after 30 s of quiet, so the popup opened minutes later still finds the page's statements.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '@/utils/messages';
import { storage } from 'wxt/utils/storage';
import { TAB_KEY_PREFIX, tabStateItem } from '@/utils/storage';
import { showBadge } from './badge';

export async function getTabState(tabId: number): Promise<TabState | null> {
  return tabStateItem(tabId).getValue();
}

export async function setTabState(tabId: number, state: TabState | null): Promise<void> {
  if (state) await tabStateItem(tabId).setValue(state);
  else await tabStateItem(tabId).removeValue({ removeMeta: true });
  await showBadge(tabId, state);
}

/** Forget tabs that closed while the service worker was asleep (their onRemoved event went to nobody). */
export async function forgetClosedTabs(): Promise<void> {
  const open = new Set((await browser.tabs.query({})).map((tab) => tab.id));
  const snapshot = await storage.snapshot('session');
  const stale = Object.keys(snapshot)
    .filter((key) => key.startsWith(TAB_KEY_PREFIX))
    .map((key) => Number(key.slice(TAB_KEY_PREFIX.length)))
    .filter((id) => Number.isInteger(id) && !open.has(id));
  await Promise.all(stale.map((id) => tabStateItem(id).removeValue({ removeMeta: true })));
}
