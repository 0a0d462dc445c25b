/**
 * A stable sort in steps of a few milliseconds (sorted runs, then merges of runs), for arrays that would hold
 * the page's main thread for a long task if sorted in one go (a 100,000-entry log, its vocabulary). The
 * generator returns a new sorted array; the caller may pause between two steps.
 */

/**
 * Sorted runs this long take a few milliseconds each; merging goes on by the same amount of work per step (a
 * loaded machine stretches every step, so they are kept well under the 50 ms of a long task).
 */
const RUN = 2_048;

export function* sortInSteps<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
): Generator<void, T[], void> {
  // Already in order (the log arrives newest first, the default order, and refreshes as it streams in): one pass.
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++) {
    inOrder = compare(items[i - 1]!, items[i]!) <= 0;
    if (i % RUN === 0) yield;
  }
  if (inOrder) return items.slice();
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += RUN) {
    runs.push(items.slice(start, start + RUN).sort(compare));
    yield;
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const left = runs[r]!;
      const right = runs[r + 1];
      if (!right) {
        merged.push(left);
        continue;
      }
      const out = new Array<T>(left.length + right.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < left.length && j < right.length) {
        out[k++] = compare(left[i]!, right[j]!) <= 0 ? left[i++]! : right[j++]!;
        if (k % (RUN * 2) === 0) yield;
      }
      while (i < left.length) out[k++] = left[i++]!;
      while (j < right.length) out[k++] = right[j++]!;
      merged.push(out);
      yield;
    }
    runs = merged;
  }
  return runs[0] ?? [];
}
