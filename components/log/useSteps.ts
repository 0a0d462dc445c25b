/**
 * The result of work written as steps (a generator that yields between two steps and returns its result:
 * utils/log/query.ts, speakers.ts, same-statement.ts), run with the main thread given back to the browser every
 * few milliseconds, so that sorting, filtering or grouping a 100,000-entry log never makes a long task. When
 * `deps` change, the run under way is dropped and a new one starts; until it ends, the previous result stays
 * (`busy` is true, `current` false), so a view can choose between showing it and showing nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from './useLog';

/** Work between two yields to the browser: well under the 50 ms of a long task, even on a loaded machine. */
const SLICE_MS = 8;

export interface StepsResult<T> {
  value: T;
  /** Work for newer dependencies is under way (shown only when it did not end within its first slice). */
  busy: boolean;
  /** `value` was computed from the current dependencies. */
  current: boolean;
}

/** `start` returning null runs nothing: the value stays as it is. */
export function useSteps<T>(
  start: () => Generator<void, T, void> | null,
  deps: readonly unknown[],
  initial: T,
): StepsResult<T> {
  const [state, setState] = useState({ value: initial, deps: null as readonly unknown[] | null, busy: true });
  useEffect(() => {
    const steps = start();
    if (!steps) return setState((current) => (current.busy ? { ...current, busy: false } : current));
    let cancelled = false;
    void (async () => {
      let sliceStart = performance.now();
      for (let step = steps.next(); !cancelled; step = steps.next()) {
        if (step.done) return setState({ value: step.value, deps, busy: false });
        if (performance.now() - sliceStart > SLICE_MS) {
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
  const current =
    state.deps !== null && state.deps.length === deps.length && state.deps.every((d, i) => d === deps[i]);
  return { value: state.value, busy: state.busy, current };
}
