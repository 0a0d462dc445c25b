/** What the background and popup can ask of the page: highlight a statement, clear it, analyse again. */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { listen } from '../messages';
import { clearHighlight, findStatementRange, showHighlight } from './highlight';
import type { PageAnalysis } from './page-analysis';

export function answerCommands(ctx: ContentScriptContext, analysis: PageAnalysis): void {
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
      'page:reanalyse': () => {
        analysis.request('request');
        return { started: true };
      },
    },
    () => {
      /* malformed commands are ignored here; the background counts its own */
    },
    ctx.signal,
  );
  ctx.onInvalidated(clearHighlight);
}
