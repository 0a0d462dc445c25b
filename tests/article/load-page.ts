/** Test helper: a fixture page of tests/fixtures as a linkedom Document, as the CLI builds it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../../scripts/cli/run';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixturePath(name: string): string {
  return join(FIXTURES, name.includes('/') ? name : join('pages', name));
}

export function loadPage(name: string): Document {
  return parsePage(readFileSync(fixturePath(name), 'utf8'));
}

export function pageFromHtml(html: string): Document {
  return parsePage(html);
}
