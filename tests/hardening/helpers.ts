/** Shared pieces of the hardening tests: hostile text generators and a size-ratio timer. */
import fc from 'fast-check';

/**
 * Fragments a hostile or merely unusual text is made of: every quotation mark the lexicons know (opening and
 * closing, alone and doubled), cue verbs and names in several languages, right-to-left text with its marks,
 * combining and zero-width characters, emoji and astral characters, line breaks and odd spaces.
 */
export const FRAGMENTS = [
  '«',
  '»',
  '« ',
  ' »',
  '“',
  '”',
  '„',
  '‘',
  '’',
  '‚',
  '‹',
  '›',
  '"',
  "'",
  '「',
  '」',
  '『',
  '』',
  ' said ',
  ' a déclaré ',
  ' sagte ',
  ' заявил ',
  ' powiedział ',
  ' dijo ',
  ' ha detto ',
  ' що ',
  ' that ',
  ' que ',
  ' dass ',
  'Jean Roux',
  'the minister',
  'Mr. Smith',
  'Le président',
  'Putin',
  'NATO',
  'l’OTAN',
  'قال الوزير ',
  'إن الباب مفتوح',
  'אמר השר ',
  '\u200F',
  '\u200E',
  '\u202B',
  '\u202C',
  '\u2067',
  '\u2069',
  'e\u0301',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '😀',
  '𝕏',
  '\uD800',
  '\uDC00',
  '.',
  '. ',
  '? ',
  '! ',
  ': ',
  ', ',
  ' — ',
  '…',
  '\n',
  '\n\n',
  '\u00A0',
  '\u202F',
  '\t',
  ' ',
  'a',
  'word',
];

/** Text made of hostile fragments, or of any code units at all (lone surrogates included). */
export const hostileText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength }),
  );

/**
 * How much slower `run` gets from `small` to `large` input: the fastest of a few runs each, so a pause from
 * another process does not count. A ratio between two sizes in the same process, never a wall-clock budget.
 */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, runs = 3): number {
  const fastest = (input: T) => {
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      run(input);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  // One run of each size first, so that compiling and the first large allocations are not counted.
  run(small);
  run(large);
  return fastest(large) / fastest(small);
}
