/** axe-core, injected from node_modules into a page: its serious and critical violations, for the browser tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical violations on the page as it is now (evaluate runs outside the page's CSP). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: unknown[]; passes: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(document);
    return { violations: results.violations, passes: results.passes.length };
  })) as { violations: AxeViolation[]; passes: number };
  // axe ran its rules (contrast, names, labels…) on real content, rather than on an empty page.
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
