/**
 * Work written as steps (a generator that yields between slices: utils/log/speakers.ts, same-statement.ts) run in
 * the page in slices of a few milliseconds, with the browser free in between: no long task, whatever the log's size.
 */
import { useEffect, useState } from 'preact/hooks';
import { nextTask } from './useLog';

/** Work between two yields to the browser: well under the 50 ms of a long task. */
const SLICE_MS = 12;

/**
 * The result of `start()`'s steps, run again whenever `inputs` change; null until the first run ends (`start`
 * returning null runs nothing). A run that newer inputs made useless is abandoned.
 */
export function useSteps<T>(start: () => Generator<void, T, void> | null, inputs: unknown[]): T | null {
  const [result, setResult] = useState<{ value: T; inputs: unknown[] } | null>(null);
  useEffect(() => {
    const steps = start();
    if (!steps) return;
    let cancelled = false;
    void (async () => {
      let sliceStart = performance.now();
      for (let step = steps.next(); !cancelled; step = steps.next()) {
        if (step.done) return setResult({ value: step.value, inputs });
        if (performance.now() - sliceStart > SLICE_MS) {
          await nextTask();
          sliceStart = performance.now();
        }
      }
    })();
    return () => {
      cancelled = true;
    };
    // The caller names what the work depends on, as with useMemo.
  }, inputs);
  // A result of older inputs is not shown as the current one.
  return result && result.inputs.every((input, i) => input === inputs[i]) ? result.value : null;
}
