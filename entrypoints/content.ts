/**
 * Veille in the page. Registered at runtime by the background for the sites the user granted (never in the
 * manifest, which would ask for every site at install), and injected on demand after a toolbar click.
 * Each behaviour lives in its own file under utils/content/ and stops through `ctx`.
 */
import { answerCommands } from '@/utils/content/commands';
import { watchLiveUpdates } from '@/utils/content/live-updates';
import { watchNavigation } from '@/utils/content/navigation';
import { createPageAnalysis } from '@/utils/content/page-analysis';
import { watchReadingTime } from '@/utils/content/reading-time';

export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // A page's `message` listeners would see WXT's start-up postMessage: Veille stays invisible to pages.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      const analysis = createPageAnalysis(ctx, () => watchReadingTime(ctx));
      answerCommands(ctx, analysis);
      watchNavigation(ctx, analysis);
      watchLiveUpdates(ctx, analysis);
      analysis.request('load');
    } catch (error) {
      // Never into the page: a failure here leaves the page exactly as it was.
      console.debug('Veille: content script did not start', error);
    }
  },
});
