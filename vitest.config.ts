import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Three projects, all run by `npm test`:
 * - `unit`: the engine and the extension's pure parts, in Node (tests/**, WXT's fake browser available);
 * - `timing`: time linear in the input, measured as ratios, one file alone after the unit tests;
 * - `e2e`: the built extension in real Chromium (tests/e2e/), one file at a time (a browser per file is
 *   already plenty on a 2-core machine). Its global setup builds `.output/chrome-mv3-e2e/` first, and only runs
 *   when e2e tests are selected (`npx vitest run tests/topics` does not build anything).
 */
/** Tests whose assertions are ratios of run times (time linear in the input). */
const TIMING = 'tests/hardening/linear-time.test.ts';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A test that asserts nothing is a defect.
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', TIMING, '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timing',
          include: [TIMING],
          environment: 'node',
          // Alone, after the unit tests: its assertions are ratios of run times, which other test files running
          // beside it on the same cores would skew.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          // A process of its own, since the ratios are of this process's CPU time, and `gc()` to start each run
          // from a collected heap (tests/hardening/helpers.ts, `growth`).
          pool: 'forks',
          execArgv: ['--expose-gc'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // After the unit tests, not beside them: Chromium and the engine's tests would share 2 cores.
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser's answer is awaited by polling; 1 s (the default) is short for a page, the extension's
          // worker and IndexedDB on two cores shared with a build or another session.
          expect: { requireAssertions: true, poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
