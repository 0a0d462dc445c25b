/**
 * Saved passages as the background keeps them, asked again whenever it says they changed (`statement:changed`: a
 * passage saved from another window, "delete everything", its Undo).
 */
import { useEffect, useState } from 'preact/hooks';
import { listen, sendToBackground } from '@/utils/messages';

/** Runs `load` now and on every `statement:changed`, until the component goes. */
export function useOnSavedChange(load: () => void): void {
  useEffect(() => {
    const stop = new AbortController();
    listen(
      {
        'statement:changed': () => {
          load();
          return null;
        },
      },
      () => {},
      stop.signal,
    );
    load();
    return () => stop.abort();
    // `load` only sets state: the first one serves for the component's life.
  }, []);
}

/**
 * How many passages are saved (null until the background has said, or when it could not). The log section needs
 * it because "Delete everything…" deletes the passages too: a log with no entry still has something to delete
 * when passages were saved from private windows, whose pages are not logged.
 */
export function useSavedCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  // A handler that failed in the background answers null.
  useOnSavedChange(
    () =>
      void sendToBackground('statement:count', {}).then(
        (answer) => setCount(answer ?? null),
        () => setCount(null),
      ),
  );
  return count;
}
