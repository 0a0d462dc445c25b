/**
 * How many passages are saved (null until the background has said, or when it could not), asked again whenever it
 * says they changed (`statement:changed`: a passage saved from another window, deleting everything, its Undo).
 * The log section needs it because "Delete everything…" deletes the passages too: a log with no entry still has
 * something to delete when passages were saved from private windows, whose pages are not logged.
 */
import { useEffect, useState } from 'preact/hooks';
import { listen, sendToBackground } from '@/utils/messages';

export function useSavedCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    // A handler that failed in the background answers null.
    const load = () =>
      void sendToBackground('statement:count', {}).then(
        (answer) => setCount(answer ?? null),
        () => setCount(null),
      );
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
  }, []);
  return count;
}
