/** What the background can ask of the page once the reader clicked a statement: highlight it, clear it. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen } from '../messages';
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
    () => {
      /* malformed commands are ignored here; the background counts its own */
    },
    ctx.signal,
  );
  ctx.onInvalidated(clearHighlight);
}
