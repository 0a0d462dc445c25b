/**
 * `foldText` works unit by unit through a table and builds its result in chunks: whatever the length and the
 * characters (lone surrogates, combining marks, typographic quotes), the text folded whole is the
 * concatenation of its units folded one at a time, of the same length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../utils/text/normalize';

const unitByUnit = (text: string) =>
  Array.from({ length: text.length }, (_, i) => foldText(text[i]!)).join('');

describe('foldText', () => {
  it('folds a text as its units one by one, keeping its length', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 1, max: 40 }),
        (s, times) => {
          // Repeated past the chunk size (4,096 units), so that chunk boundaries fall inside the text.
          const text = s.repeat(times * 30);
          const folded = foldText(text);
          expect(folded.length).toBe(text.length);
          expect(folded).toBe(unitByUnit(text));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lowers case, strips diacritics, and unifies apostrophes, quotes and dashes', () => {
    expect(foldText('Ça S’EST «DÉCIDÉ» — ĖЁ')).toBe('ca s\'est "decide" - eе');
    expect(foldText('\uD83D x \uDE00')).toBe('\uD83D x \uDE00');
  });
});
