/** Test helper: a fixture page of tests/fixtures as a linkedom Document, as the CLI builds it. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parsePage } from '../../scripts/cli/run';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
/** The seed article as a news page: the sample `npm start` opens, one file for both. */
export const SEED_PAGE = join(import.meta.dirname, '..', '..', 'assets', 'sample', 'page.html');

export function fixturePath(name: string): string {
  return join(FIXTURES, name.includes('/') ? name : join('pages', name));
}

/** A fixture page by name, or any page by absolute path (`SEED_PAGE`). */
export function loadPage(nameOrPath: string): Document {
  const path = isAbsolute(nameOrPath) ? nameOrPath : fixturePath(nameOrPath);
  return parsePage(readFileSync(path, 'utf8'));
}

export function pageFromHtml(html: string): Document {
  return parsePage(html);
}
