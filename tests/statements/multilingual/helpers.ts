/** Shared helpers for the per-language statement tests: extract, then find a statement by its content. */
import { expect } from 'vitest';
import { extractStatements } from '../../../utils/statements';
import type { Statement } from '../../../utils/types';

export function extract(text: string, lang: string): Statement[] {
  const statements = extractStatements(text, { lang, articleKey: `test-${lang}` });
  for (const s of statements) {
    // Offsets are exact: the content is the text at [start, end) (split quotations aside).
    if (!s.content.includes(' … ')) expect(text.slice(s.start, s.end)).toBe(s.content);
  }
  return statements;
}

/** The one statement whose content starts with `prefix`; fails with the list when there is none. */
export function statementStarting(statements: Statement[], prefix: string): Statement {
  const found = statements.filter((s) => s.content.startsWith(prefix));
  expect(
    found.map((s) => s.content),
    `no single statement starting with "${prefix}" in ${JSON.stringify(statements.map((s) => s.content))}`,
  ).toHaveLength(1);
  return found[0]!;
}
