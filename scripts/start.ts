/**
 * `npm start`: the first thing a new user runs. Builds the extension with monitoring granted (build:e2e), serves
 * the bundled sample article on 127.0.0.1 and opens Chromium on it with Veille loaded, in a throw-away profile.
 * Click the Veille button (or look at its badge) to see the article's topics and statements.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve('.output/chrome-mv3-e2e');
const SAMPLE = resolve('assets/sample/page.html');

function explainAndExit(problem: string): never {
  console.error(`npm start: ${problem}

npm start opens Chromium, with a window, on a sample article with Veille loaded. It needs:
  - a display: run it from a desktop session (X11 or Wayland), or with a virtual one:
      apt-get install -y xvfb && xvfb-run -a npm start
  - Chromium at ${CHROMIUM} (or set CHROMIUM=/path/to/chrome):
      apt-get update && apt-get install -y chromium

Without a display you can still:
  - run the browser tests, headless:       npm run test:e2e
  - build and load the extension yourself: npm run build:e2e, then in chrome://extensions turn on
    Developer mode, "Load unpacked", and pick ${EXTENSION}`);
  process.exit(1);
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
  explainAndExit('no display ($DISPLAY and $WAYLAND_DISPLAY are unset).');
if (!existsSync(CHROMIUM)) explainAndExit(`no Chromium at ${CHROMIUM}.`);

console.log('Building the extension (monitoring granted)…');
const build = spawnSync('npx', ['wxt', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, VEILLE_E2E: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const sample = readFileSync(SAMPLE);
const server = createServer((request, response) => {
  if (request.url === '/' || request.url?.startsWith('/article')) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sample);
  } else {
    response.writeHead(404).end();
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/article`;
  const profile = mkdtempSync(join(tmpdir(), 'veille-start-'));
  console.log(`Sample article: ${url}\nOpening Chromium; close its window to stop.`);
  const browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-first-run',
      '--no-default-browser-check',
      url,
    ],
    { stdio: 'ignore' },
  );
  const stop = () => {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  browser.on('exit', (code) => {
    stop();
    process.exit(code ?? 0);
  });
  process.on('SIGINT', () => browser.kill('SIGTERM'));
});
