/**
 * Active reading time (DESIGN.md, Reading log): time the page is visible and focused and the reader has shown
 * signs of life (scroll, key, pointer) in the last `IDLE_MS`, sent to the background in small sums. A tab left
 * open in the background or a reader gone for coffee adds nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../messages';
import { quietly } from './quietly';

/** No sign of life for this long: the reader is away (reading a long paragraph takes well under it). */
const IDLE_MS = 90_000;
/** How often time is counted and, once enough has gathered, sent. */
const TICK_MS = 5_000;
const SEND_EVERY_MS = 30_000;

export function watchReadingTime(ctx: ContentScriptContext): void {
  let lastActivity = performance.now();
  let lastTick = performance.now();
  let unsent = 0;

  const active = () =>
    document.visibilityState === 'visible' &&
    document.hasFocus() &&
    performance.now() - lastActivity < IDLE_MS;

  const flush = quietly(ctx, async () => {
    if (unsent < 1_000) return;
    const ms = Math.round(unsent);
    unsent = 0;
    await sendToBackground('page:reading-time', { url: location.href, ms });
  });

  const tick = () => {
    const now = performance.now();
    if (active()) unsent += Math.min(now - lastTick, TICK_MS * 2);
    lastTick = now;
    if (unsent >= SEND_EVERY_MS) void flush();
  };

  const activity = () => {
    if (!active()) lastTick = performance.now(); // coming back: the time away is not counted
    lastActivity = performance.now();
  };
  for (const type of ['scroll', 'keydown', 'pointerdown', 'pointermove', 'wheel'] as const)
    ctx.addEventListener(window, type, activity, { passive: true, capture: true });
  ctx.addEventListener(document, 'visibilitychange', () => {
    tick();
    if (document.visibilityState === 'hidden') void flush();
  });
  ctx.addEventListener(window, 'pagehide', () => {
    tick();
    void flush();
  });
  ctx.setInterval(tick, TICK_MS);
}
