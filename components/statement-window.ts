/**
 * The statement window's address, built by the background from the context menu's selection and read by the
 * window: the tab, the selected words (cut to `QUOTE_MAX`: they travel in the address), and whether they were cut,
 * so that the window says so instead of saving less than the reader selected without a word.
 */
export const QUOTE_MAX = 5_000;

export function statementWindowPath(tabId: number, selection: string): `/statement.html?${string}` {
  const words = selection.trim();
  const cut = words.length > QUOTE_MAX ? '&cut=1' : '';
  return `/statement.html?tab=${tabId}&quote=${encodeURIComponent(words.slice(0, QUOTE_MAX))}${cut}`;
}
