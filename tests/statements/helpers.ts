/** Small helpers for the statement tests: extraction with defaults, and lookup by content. */
import { expect } from 'vitest';
import { extractStatements } from '../../utils/statements';
import type { Statement } from '../../utils/types';

export function extract(text: string, lang = 'fr'): Statement[] {
  return extractStatements(text, { lang, articleKey: 'test' });
}

/** The statement whose content equals `content` (fails the test, listing what was found, if none). */
export function find(statements: Statement[], content: string): Statement {
  const found = statements.find((s) => s.content === content);
  if (!found) {
    expect.fail(
      `no statement "${content}" among:\n${statements.map((s) => `  - ${s.content} [${s.speaker}]`).join('\n')}`,
    );
  }
  return found;
}

/** Every statement's offsets point at its content (split quotations: the first and last parts). */
export function expectExactOffsets(text: string, statements: Statement[]): void {
  for (const s of statements) {
    if (s.content.includes(' … ')) {
      const parts = s.content.split(' … ');
      expect(text.slice(s.start, s.start + parts[0]!.length)).toBe(parts[0]);
      expect(text.slice(s.end - parts[parts.length - 1]!.length, s.end)).toBe(parts[parts.length - 1]);
    } else {
      expect(text.slice(s.start, s.end)).toBe(s.content);
    }
  }
}
