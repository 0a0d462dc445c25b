/**
 * Builds the extension twice (monitoring granted, and as shipped) once before the browser tests, and checks that the
 * browser they drive is there, with the command that installs it when it is not.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from './harness';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}: apt-get update && apt-get install -y chromium ` +
        '(playwright-core drives it; never `playwright install`).',
    );
  }
  // The e2e build (monitoring granted) for most tests, and the store build for what users see before granting.
  for (const e2e of ['1', '0']) {
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VEILLE_E2E: e2e },
    });
  }
}
