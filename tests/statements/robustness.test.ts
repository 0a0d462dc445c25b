import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../utils/statements';
import { findQuotes } from '../../utils/statements/quote-spans';
import { statementId } from '../../utils/statements/id';
import { expectExactOffsets, extract } from './helpers';

describe('robustness', () => {
  it('an unbalanced opening mark does not swallow the article', () => {
    const text =
      '« Une phrase sans fin.\n\nLe ministre Paul Roy a déclaré que la réforme serait votée.\n\n« Elle le sera », a ajouté Roy.';
    const statements = extract(text);
    expect(statements.map((s) => s.content)).toContain('la réforme serait votée');
    expect(statements.map((s) => s.content)).toContain('Elle le sera');
    expect(statements.every((s) => s.content.length < 60)).toBe(true);
    expectExactOffsets(text, statements);
  });

  it('stray closing marks and odd ASCII quotes neither throw nor break offsets', () => {
    const text = 'Il a dit » bonjour ». He said "yes. Then " and ” again”. Smith said "fine" and left.';
    const statements = extract(text, 'en');
    expectExactOffsets(text, statements);
  });

  it('empty and whitespace-only texts give no statements; non-strings are refused clearly', () => {
    expect(extract('')).toEqual([]);
    expect(extract(' \n\n ')).toEqual([]);
    expect(() => extractStatements(undefined as unknown as string, { lang: 'fr', articleKey: 'k' })).toThrow(
      TypeError,
    );
  });

  it('unknown languages fall back to the universal quote rules', () => {
    const statements = extractStatements('“Q is here,” said John Smith.', { lang: 'xx', articleKey: 'k' });
    expect(statements[0]?.content).toBe('Q is here');
  });

  it('ids are stable and depend on the article key and the position', () => {
    const text = 'Jean Dupont a déclaré que tout allait bien.';
    const a = extractStatements(text, { lang: 'fr', articleKey: 'a' });
    const b = extractStatements(text, { lang: 'fr', articleKey: 'a' });
    const c = extractStatements(text, { lang: 'fr', articleKey: 'b' });
    expect(a[0]!.id).toBe(b[0]!.id);
    expect(a[0]!.id).not.toBe(c[0]!.id);
    expect(statementId('a', 1, 2)).not.toBe(statementId('a', 1, 3));
  });

  it('quote spans: nesting, multi-paragraph continuation, apostrophes', () => {
    const text = '« Un “deux” trois »\n\n« suite\n\n« fin » Putin’s ‘word’';
    const spans = findQuotes(text, [
      { open: '«', close: '»' },
      { open: '“', close: '”' },
    ]);
    const shown = spans.map((s) => [s.depth, text.slice(s.open, s.close + 1)]);
    expect(shown).toContainEqual([0, '« Un “deux” trois »']);
    expect(shown).toContainEqual([1, '“deux”']);
    expect(shown).toContainEqual([0, '« suite\n\n« fin »']);
    expect(shown).toContainEqual([0, '‘word’']);
  });
});
