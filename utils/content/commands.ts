/**
 * What the background can ask of the page once the reader clicked a statement: highlight it, clear it. Commands
 * are validated by the protocol (utils/messages.ts); a malformed one is dropped and reported to the background.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen, sendToBackground } from '../messages';
import { clearHighlight, findStatementRange, showHighlight } from './highlight';

export function answerCommands(ctx: ContentScriptContext): void {
  listen(
    {
      'page:highlight': (target) => {
        const range = findStatementRange(document, target);
        if (range) showHighlight(range);
        return { found: range !== null };
      },
      'page:clear-highlight': () => {
        clearHighlight();
        return null;
      },
    },
    // Counted where the background counts its own (`debug:stats`); a background that cannot be reached (the
    // extension reloaded under the page) leaves nothing to count for.
    () => void sendToBackground('debug:dropped', {}).catch(() => {}),
    ctx.signal,
  );
  ctx.onInvalidated(clearHighlight);
}
