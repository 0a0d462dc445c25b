/**
 * The result of work written as steps (a generator that yields between two steps and returns its result), run
 * with the main thread given back to the browser every few milliseconds, so that sorting or filtering a
 * 100,000-entry log never makes a long task. When `deps` change, the run under way is dropped and a new one
 * starts; until it ends, the previous result stays (and `busy` is true).
 */
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from './useLog';

/** Work between two yields to the browser: well under the 50 ms of a long task, even on a loaded machine. */
const SLICE_MS = 8;

export function useSteps<T>(
  start: () => Generator<void, T, void>,
  deps: readonly unknown[],
  initial: T,
): { value: T; busy: boolean } {
  const [state, setState] = useState({ value: initial, busy: true });
  useEffect(() => {
    const steps = start();
    let cancelled = false;
    void (async () => {
      let sliceStart = performance.now();
      for (let step = steps.next(); !cancelled; step = steps.next()) {
        if (step.done) return setState({ value: step.value, busy: false });
        if (performance.now() - sliceStart > SLICE_MS) {
          // Shown as busy only when the work did not end within its first slice.
          setState((current) => (current.busy ? current : { ...current, busy: true }));
          await nextTask();
          sliceStart = performance.now();
        }
      }
    })();
    return () => {
      cancelled = true;
    };
  }, deps); // the caller's dependencies are those of `start`
  return state;
}
