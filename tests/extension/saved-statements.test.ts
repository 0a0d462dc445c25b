/**
 * The background's side of "Save as statement…": the passage and its page in the log answer together, a full
 * storage is said and changes nothing, and passages kept in `local:savedStatements` before the log's schema
 * version 3 move into the log's database once. The log's handlers tell open pages when deleting everything, its
 * Undo or an import changed the passages.
 */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { getEntry } from '@/utils/log';
import { keepSavedStatements } from '@/utils/log/saved';
import type { SavedStatement, TabState } from '@/utils/messages';
import { logProblemItem, tabStateItem } from '@/utils/storage';
import type { ArticleAnalysis } from '@/utils/types';
import { freshIndexedDb } from '../log/fresh-log';

const TAB = 7;
const PAGE_URL = 'https://daily.example/2025/bees';

const ARTICLE: ArticleAnalysis = {
  title: 'Hives after the summer',
  lang: 'en',
  wordCount: 120,
  excerpt: '',
  topics: [],
  statements: [],
};

/** The background module afresh: it moves the old passages once per worker lifetime, as a new worker would. */
const background = async () => {
  vi.resetModules();
  return import('@/entrypoints/background/saved-statements');
};

async function openTab(incognito = false): Promise<void> {
  const state: TabState = { url: PAGE_URL, status: 'done', articles: [ARTICLE], analysedAt: 1 };
  await tabStateItem(TAB).setValue(state);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => {
    if (id !== TAB) throw new Error(`No tab with id: ${id}.`);
    return { id, url: PAGE_URL, title: ARTICLE.title, incognito } as Browser.tabs.Tab;
  });
}

const legacy: SavedStatement[] = [
  { url: PAGE_URL, pageTitle: 'Hives', quote: 'first words', speaker: 'Tomas Lindqvist', savedAt: 100 },
  { url: 'https://other.example/', pageTitle: 'Other', quote: 'second', speaker: 'Ana Ruiz', savedAt: 200 },
];

describe('saving a statement from the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await freshIndexedDb();
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps the passage and saves the page in the log, and tells open pages', async () => {
    const { listSavedStatements, saveStatement } = await background();
    await openTab();
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
    expect(await saveStatement(TAB, '  the treatment works  ', ' Tomas Lindqvist ')).toEqual({ saved: true });
    expect(await listSavedStatements()).toMatchObject([
      { url: PAGE_URL, pageTitle: ARTICLE.title, quote: 'the treatment works', speaker: 'Tomas Lindqvist' },
    ]);
    expect(await getEntry(PAGE_URL)).toMatchObject({ saved: true, title: ARTICLE.title });
    expect(told).toHaveBeenCalledWith({ veille: 1, name: 'statement:changed', payload: {} });
  });

  it('keeps a passage from a private window without logging its page', async () => {
    const { listSavedStatements, saveStatement } = await background();
    await openTab(true);
    expect(await saveStatement(TAB, 'words', 'Someone')).toEqual({ saved: true });
    expect(await listSavedStatements()).toHaveLength(1);
    expect(await getEntry(PAGE_URL)).toBeUndefined();
  });

  it('counts the passages as the options page lists them (what "Delete everything…" has to delete)', async () => {
    const { countSavedStatementsListed, saveStatement } = await background();
    expect(await countSavedStatementsListed()).toBe(0);
    await openTab(true);
    // Saved at two moments (two passages of one page saved at the same millisecond would be one key).
    vi.spyOn(Date, 'now').mockReturnValueOnce(1_000).mockReturnValueOnce(2_000);
    await saveStatement(TAB, 'words', 'Someone');
    await saveStatement(TAB, 'more words', 'Someone else');
    expect(await countSavedStatementsListed()).toBe(2);
  });

  it('says when there is nothing to save', async () => {
    const { saveStatement } = await background();
    await openTab();
    expect(await saveStatement(TAB, '   ', 'Someone')).toEqual({ saved: false });
    expect(await saveStatement(TAB, 'words', '')).toEqual({ saved: false });
    expect(await saveStatement(TAB + 1, 'words', 'Someone')).toEqual({ saved: false });
  });

  it('answers storage-full and changes nothing when the log cannot be written', async () => {
    const { listSavedStatements, saveStatement } = await background();
    await openTab();
    const put = FakeObjectStore.prototype.put;
    // The passage's `add` goes through; the page's `put` in the same transaction is refused.
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (
      this: InstanceType<typeof FakeObjectStore>,
      ...args: Parameters<typeof put>
    ) {
      if (this.name === 'entries')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await saveStatement(TAB, 'words', 'Someone')).toEqual({ saved: false, error: 'storage-full' });
    vi.mocked(FakeObjectStore.prototype.put).mockRestore();
    expect(await listSavedStatements()).toEqual([]);
    expect(await getEntry(PAGE_URL)).toBeUndefined();
    expect(await logProblemItem.getValue()).toMatchObject({ kind: 'storage-full' });
    // Once there is room again, the same save lands whole and the problem is cleared.
    expect(await saveStatement(TAB, 'words', 'Someone')).toEqual({ saved: true });
    expect(await listSavedStatements()).toHaveLength(1);
    expect(await getEntry(PAGE_URL)).toMatchObject({ saved: true });
    expect(await logProblemItem.getValue()).toBeNull();
  });

  it('deletes a passage and says whether there was one', async () => {
    const { deleteSavedStatement, listSavedStatements, saveStatement } = await background();
    await openTab();
    await saveStatement(TAB, 'words', 'Someone');
    const [saved] = await listSavedStatements();
    expect(await deleteSavedStatement(PAGE_URL, saved!.savedAt)).toEqual({ deleted: true });
    expect(await deleteSavedStatement(PAGE_URL, saved!.savedAt)).toEqual({ deleted: false });
    expect(await listSavedStatements()).toEqual([]);
    expect(await getEntry(PAGE_URL)).toMatchObject({ saved: true });
  });
});

describe('passages saved before the log kept them (local:savedStatements)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await freshIndexedDb();
  });
  afterEach(() => vi.restoreAllMocks());

  /** As version 1 left them, with WXT's version marker. */
  const storeLegacy = () =>
    fakeBrowser.storage.local.set({ savedStatements: legacy, savedStatements$: { v: 1 } });

  it('moves them into the log database once, newest first, and removes them from storage', async () => {
    await storeLegacy();
    const { listSavedStatements, moveLegacySavedStatements } = await background();
    await moveLegacySavedStatements();
    expect(await fakeBrowser.storage.local.get(['savedStatements', 'savedStatements$'])).toEqual({});
    expect(await listSavedStatements()).toEqual([...legacy].reverse());
    // The next worker finds nothing left to move, and nothing is doubled.
    const next = await background();
    await next.moveLegacySavedStatements();
    expect(await next.listSavedStatements()).toEqual([...legacy].reverse());
  });

  it('moves them whole when a worker stopped after copying them but before removing them', async () => {
    await storeLegacy();
    // The copy a stopped worker made: the passages are in the log database and still in storage.
    await keepSavedStatements(legacy);
    const { deleteSavedStatement, listSavedStatements } = await background();
    expect(await listSavedStatements()).toEqual([...legacy].reverse());
    expect(await fakeBrowser.storage.local.get('savedStatements')).toEqual({});
    expect(await deleteSavedStatement(legacy[0]!.url, legacy[0]!.savedAt)).toEqual({ deleted: true });
    expect(await listSavedStatements()).toEqual([legacy[1]]);
  });

  it('still lists them, and keeps them in storage, when the log database cannot take them', async () => {
    await storeLegacy();
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { countSavedStatementsListed, listSavedStatements } = await background();
    expect(await listSavedStatements()).toEqual([...legacy].reverse());
    expect(await countSavedStatementsListed()).toBe(legacy.length);
    expect((await fakeBrowser.storage.local.get('savedStatements')).savedStatements).toEqual(legacy);
    vi.mocked(FakeObjectStore.prototype.put).mockRestore();
    // The next use tries again, and moves them.
    expect(await listSavedStatements()).toEqual([...legacy].reverse());
    expect(await fakeBrowser.storage.local.get('savedStatements')).toEqual({});
  });
});

describe('the log handlers and the saved passages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await freshIndexedDb();
  });
  afterEach(() => vi.restoreAllMocks());

  const handlers = async () => {
    vi.resetModules();
    return (await import('@/entrypoints/background/log-handlers')).logHandlers;
  };
  const call = <N extends 'log:delete' | 'log:undo' | 'log:import-stage' | 'log:import-commit'>(
    logHandlers: Awaited<ReturnType<typeof handlers>>,
    name: N,
    payload: unknown,
  ) => (logHandlers[name] as (request: unknown, sender: object) => Promise<unknown> | unknown)(payload, {});

  it('tell open pages when deleting everything took the passages, when Undo brings them back, and when an import adds some', async () => {
    const logHandlers = await handlers();
    await keepSavedStatements(legacy);
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
    const changed = () =>
      told.mock.calls.filter(([message]) => (message as { name?: string }).name === 'statement:changed')
        .length;

    // No entry in the log: deleting the page deletes nothing, deleting everything takes the passages, and says so.
    expect(await call(logHandlers, 'log:delete', { urls: [PAGE_URL] })).toMatchObject({
      ok: true,
      deleted: { entries: 0, passages: 0 },
    });
    expect(changed()).toBe(0);
    const answer = await call(logHandlers, 'log:delete', { all: true });
    expect(answer).toMatchObject({ ok: true, deleted: { entries: 0, passages: legacy.length } });
    const { batch } = answer as { batch: string };
    expect(changed()).toBe(1);
    const { listSavedStatements } = await background();
    expect(await listSavedStatements()).toEqual([]);
    await call(logHandlers, 'log:undo', { batch });
    expect(changed()).toBe(2);
    expect(await listSavedStatements()).toEqual([...legacy].reverse());

    const passage = { ...legacy[0]!, savedAt: 300 };
    await call(logHandlers, 'log:import-stage', { importId: 'i', entries: [], saved: [passage, legacy[1]] });
    expect(await call(logHandlers, 'log:import-commit', { importId: 'i', total: 0, savedTotal: 2 })).toEqual({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: 0,
      passagesAdded: 1,
    });
    expect(changed()).toBe(3);
    expect(await listSavedStatements()).toEqual([passage, ...[...legacy].reverse()]);
  });
});
