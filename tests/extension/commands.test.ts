/**
 * The highlight script's end of the protocol (utils/content/commands.ts), in WXT's fake browser on a linkedom page:
 * a malformed command is never acted on and is reported to the background, which counts it beside its own
 * (`debug:dropped` → `droppedInPages` in `debug:stats`); a valid one is answered, and its answer is checked by the
 * background in turn. The same in real Chromium: tests/e2e/seed.test.ts.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerCommands } from '@/utils/content/commands';
import { envelope, sendToTab } from '@/utils/messages';
import { countersItem } from '@/utils/storage';

type Listener = (raw: unknown, sender: object, sendResponse: (response: unknown) => void) => unknown;

const QUOTE = 'La porte reste ouverte';
let listener: Listener;
let sent: { mock: { calls: unknown[][] }; mockClear(): void };
let stop: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  const { document } = parseHTML(`<html><body><p>« ${QUOTE} », a dit la ministre.</p></body></html>`);
  // linkedom's Range cannot be placed; where the words are is tested in highlight.test.ts, the highlight in e2e.
  document.createRange = () => ({ setStart() {}, setEnd() {} }) as unknown as Range;
  vi.stubGlobal('document', document);
  const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null);
  stop = new AbortController();
  const ctx = { signal: stop.signal, onInvalidated: () => () => {} } as unknown as ContentScriptContext;
  answerCommands(ctx);
  listener = addListener.mock.calls.at(-1)![0] as Listener;
});

afterEach(() => {
  stop.abort();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Delivers `raw` as `tabs.sendMessage` would; the answer, or `undefined` when the script kept out. */
async function deliver(raw: unknown): Promise<unknown> {
  return new Promise((done) => {
    if (listener(raw, {}, done) !== true) done(undefined);
  });
}

const reports = () =>
  sent.mock.calls.filter(([message]) => (message as { name?: string }).name === 'debug:dropped');

describe('the highlight script', () => {
  it('answers a valid command', async () => {
    expect(await deliver(envelope('page:highlight', { quote: QUOTE, context: '' }))).toEqual({ found: true });
    expect(await deliver(envelope('page:clear-highlight', {}))).toBeNull();
    expect(reports()).toHaveLength(0);
  });

  it('never acts on a malformed command, and reports each one to the background', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ veille: fc.constant(1), name: fc.constant('page:highlight'), payload: fc.anything() }),
          fc.record({
            veille: fc.constant(1),
            name: fc.constant('page:highlight'),
            payload: fc.record({ quote: fc.constant(QUOTE), context: fc.anything() }),
          }),
          fc.record({ veille: fc.constant(1), name: fc.string(), payload: fc.anything() }),
          fc.record({
            veille: fc.constant(1),
            name: fc.constant('page:clear-highlight'),
            payload: fc.anything(),
          }),
        ),
        async (raw) => {
          // Only what happens to be a valid message may be answered; everything else is junk to drop.
          const payload = raw.payload as { quote?: unknown; context?: unknown } | null;
          const valid =
            (raw.name === 'page:highlight' &&
              typeof payload === 'object' &&
              payload !== null &&
              Object.keys(payload).sort().join() === 'context,quote' &&
              typeof payload.quote === 'string' &&
              typeof payload.context === 'string') ||
            (raw.name === 'page:clear-highlight' &&
              typeof payload === 'object' &&
              payload !== null &&
              !Array.isArray(payload) &&
              Object.keys(payload).length === 0);
          // A well-formed message of another context (`tab:get`, …) is not this script's to judge.
          fc.pre(!valid && !['tab:analyse', 'log:list', 'debug:stats', 'debug:dropped'].includes(raw.name));
          sent.mockClear();
          expect(await deliver(raw)).toBeUndefined();
          expect(reports()).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
    // And it still highlights.
    expect(await deliver(envelope('page:highlight', { quote: QUOTE, context: '' }))).toEqual({ found: true });
  });

  it('leaves others’ messages alone', async () => {
    for (const raw of [null, 'page:highlight', { name: 'page:highlight', payload: {} }, { type: 'wxt:x' }])
      expect(await deliver(raw)).toBeUndefined();
    expect(reports()).toHaveLength(0);
  });

  it('stops listening once its context is invalidated (the extension updated or reloaded under the page)', async () => {
    stop.abort();
    expect(fakeBrowser.runtime.onMessage.hasListener(listener as never)).toBe(false);
  });
});

describe('its answers, as the background reads them', () => {
  it('are checked: one that does not check is dropped and reported, none at all is no answer', async () => {
    const dropped = vi.fn();
    const answering = (answer: unknown) =>
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer as never);
    const ask = () => sendToTab(7, 'page:highlight', { quote: QUOTE, context: '' }, dropped);
    answering({ found: true });
    expect(await ask()).toEqual({ found: true });
    for (const junk of [{ found: 'yes' }, { found: true, html: '<img src=x>' }, 'found', [true], 1]) {
      answering(junk);
      expect(await ask()).toBeNull();
    }
    expect(dropped).toHaveBeenCalledTimes(5);
    answering(undefined); // the command failed in the page, or nothing listened
    expect(await ask()).toBeNull();
    expect(dropped).toHaveBeenCalledTimes(5);
  });
});

describe('the counters', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrate from version 1, which had no count of drops in pages', async () => {
    await fakeBrowser.storage.session.set({ counters: { dropped: 3, analyses: 7 }, counters$: { v: 1 } });
    await countersItem.migrate();
    expect(await countersItem.getValue()).toEqual({ dropped: 3, droppedInPages: 0, analyses: 7 });
  });
});
