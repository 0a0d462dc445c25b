/**
 * Code in the page must never throw into it, and must stop when the extension is reloaded or updated under it
 * (every call to the extension then fails with "Extension context invalidated"): this wrapper does both.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function quietly<A extends unknown[]>(
  ctx: ContentScriptContext,
  task: (...args: A) => unknown,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    if (ctx.isInvalid) return;
    try {
      await task(...args);
    } catch (error) {
      // `isInvalid` notices the extension went away and tears every listener down through ctx.
      if (ctx.isInvalid) return;
      console.debug('Veille:', error);
    }
  };
}
