/**
 * Veille's only script in pages, and only on a user's action: the background injects it the first time the reader
 * clicks a statement in the popup, to highlight it on the page (entrypoints/background/inject.ts). Pages are read
 * by the background without it (entrypoints/background/page-source.ts). Built without the webextension polyfill
 * (wxt.config.ts).
 */
import { answerCommands } from '@/utils/content/commands';

export default defineContentScript({
  registration: 'runtime',
  // A page's `message` listeners would see WXT's start-up postMessage: Veille stays invisible to pages.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      answerCommands(ctx);
    } catch (error) {
      // Never into the page: a failure here leaves the page exactly as it was.
      console.debug('Veille: content script did not start', error);
    }
  },
});
