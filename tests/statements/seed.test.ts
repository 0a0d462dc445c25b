import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../utils/statements';
import { expectExactOffsets } from './helpers';

/** The seed article (the only corpus text allowed as a fixture, kept in tests/fixtures/seed/): every non-optional gold statement. */
const seedDir = resolve(__dirname, '../fixtures/seed');

interface Gold {
  statements: {
    speaker: string;
    kind: string;
    content: string;
    addressee?: string;
    via?: string;
    optional?: boolean;
    cue: string;
    mention: string;
  }[];
  not_statements: string[];
}

describe('seed article', () => {
  const text = readFileSync(resolve(seedDir, 'article.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(resolve(seedDir, 'gold.json'), 'utf8')) as Gold;
  const statements = extractStatements(text, { lang: 'fr', articleKey: 'seed' });

  for (const g of gold.statements.filter((x) => !x.optional)) {
    it(`finds "${g.content.slice(0, 60)}…"`, () => {
      const s = statements.find((x) => x.content === g.content);
      expect(s, 'statement present').toBeDefined();
      expect(s!.speaker).toBe(g.speaker);
      expect(s!.kind).toBe(g.kind);
      expect(s!.cue).toBe(g.cue);
      expect(s!.mention).toBe(g.mention);
      expect(s!.addressee).toBe(g.addressee);
      expect(s!.via).toBe(g.via);
    });
  }

  it('finds nothing from not_statements', () => {
    for (const not of gold.not_statements) {
      for (const s of statements) {
        expect(not.includes(s.content) || s.content.includes(not)).toBe(false);
      }
    }
  });

  it('has exact offsets', () => {
    expectExactOffsets(text, statements);
  });
});
