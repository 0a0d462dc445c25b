/**
 * Live blogs add posts after load, and SPAs render the new article after the URL changes: a MutationObserver
 * notices text being added and asks for a new analysis. The callback stays cheap (it only adds up the length of
 * what was added); the analysis itself is debounced and rate-limited by page-analysis.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis } from './page-analysis';

/** Less new text than this is a counter, a clock or an ad, not a post. */
const MIN_ADDED_TEXT = 80;

export function watchLiveUpdates(ctx: ContentScriptContext, analysis: PageAnalysis): void {
  const root = document.body;
  if (!root) return;
  let added = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') {
        added += record.target.textContent?.length ?? 0;
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) {
          added += node.textContent?.length ?? 0;
        }
      }
    }
    if (added >= MIN_ADDED_TEXT) {
      added = 0;
      analysis.request('update');
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
