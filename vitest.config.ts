import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects, both run by `npm test`:
 * - `unit`: the engine and the extension's pure parts, in Node (tests/**, WXT's fake browser available);
 * - `e2e`: the built extension in real Chromium (tests/e2e/), one file at a time (a browser per file is
 *   already plenty on a 2-core machine). Its global setup builds `.output/chrome-mv3-e2e/` first, and only runs
 *   when e2e tests are selected (`npx vitest run tests/topics` does not build anything).
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // After the unit tests, not beside them: Chromium and the engine's tests would share 2 cores.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
