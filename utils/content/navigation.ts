/**
 * Single-page applications change article without loading a page: WXT's `wxt:locationchange` (the Navigation API
 * where there is one, polling elsewhere) tells us, and the page is analysed again as a new visit.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageAnalysis } from './page-analysis';

export function watchNavigation(ctx: ContentScriptContext, analysis: PageAnalysis): void {
  ctx.addEventListener(window, 'wxt:locationchange', () => analysis.request('navigation'));
}
