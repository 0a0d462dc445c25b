/**
 * The receiving end of the protocol (utils/messages.ts `listen`), in WXT's fake browser: each message validated
 * before a handler sees it, malformed ones dropped and reported (never acted on), others' traffic left alone, and
 * answers given through `sendResponse`, which every engine supports without the polyfill.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { envelope, listen } from '@/utils/messages';

beforeEach(() => fakeBrowser.reset());

type Listener = (raw: unknown, sender: object, sendResponse: (response: unknown) => void) => unknown;

/** The listener `listen` registers, taken from the fake browser to be called as the browser calls it. */
function registered(): Listener {
  const [listener] = addListener.mock.calls.at(-1) ?? [];
  return listener as Listener;
}
let addListener: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
});

/** Delivers `raw` as the browser would; resolves with the answer, or `undefined` when the listener kept out. */
async function deliver(raw: unknown): Promise<{ answer: unknown }> {
  let answer: unknown;
  await new Promise<void>((done) => {
    const kept = registered()(raw, {}, (response) => {
      answer = response;
      done();
    });
    if (kept !== true) done();
  });
  return { answer };
}

describe('listen', () => {
  it('answers a valid message through sendResponse', async () => {
    const handler = vi.fn(({ tabId }: { tabId: number }) => ({ url: `tab ${tabId}`, saved: false }));
    listen({ 'log:status': ({ tabId }) => handler({ tabId }) }, () => {});
    const { answer } = await deliver(envelope('log:status', { tabId: 4, articleIndex: 0 }));
    expect(answer).toEqual({ url: 'tab 4', saved: false });
  });

  it('turns a failing handler into a null answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    listen(
      {
        'tab:analyse': () => {
          throw new Error('boom');
        },
      },
      () => {},
    );
    expect((await deliver(envelope('tab:analyse', { tabId: 1 }))).answer).toBeNull();
  });

  it('drops and reports malformed messages of ours, ignores everyone else’s, never calls a handler', async () => {
    const handler = vi.fn(() => null);
    const analyse = vi.fn(() => ({ injected: false }));
    const dropped = vi.fn();
    listen({ 'tab:analyse': analyse, 'page:clear-highlight': handler }, dropped);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({
            veille: fc.constant(1),
            name: fc.constantFrom('tab:analyse', 'page:clear-highlight'),
            payload: fc.anything(),
          }),
        ),
        async (raw) => {
          // Only what happens to satisfy a validator may reach a handler.
          const valid =
            typeof raw === 'object' &&
            raw !== null &&
            (raw as { veille?: unknown }).veille === 1 &&
            ((raw as { name?: unknown }).name === 'tab:analyse'
              ? Number.isInteger((raw as { payload?: { tabId?: unknown } }).payload?.tabId)
              : (raw as { name?: unknown }).name === 'page:clear-highlight');
          fc.pre(!valid);
          dropped.mockClear();
          await deliver(raw);
          const ours = typeof raw === 'object' && raw !== null && (raw as { veille?: unknown }).veille === 1;
          expect(dropped).toHaveBeenCalledTimes(ours ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
    expect(handler).not.toHaveBeenCalled();
    expect(analyse).not.toHaveBeenCalled();
  });
});
