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

/** CPU time this process has used, in ms: unlike the clock, it does not run while other processes hold the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

/** Collects the heap when the process allows it (`--expose-gc`, as the timing project runs). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * How much slower `run` gets from `small` to `large` input, in CPU time: the least each size took over `rounds`
 * rounds that run the small input then the large one, each run from a collected heap. A busy machine slows a
 * process's CPU time far less than its clock (through shared caches only), and what it does it does to both
 * sizes alike; a collection left by an earlier run is not counted. Noise only adds time, so the least is the
 * closest to the work itself. A ratio between two sizes in the same process, never a budget in milliseconds.
 */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, rounds = 5): number {
  const least = [Infinity, Infinity];
  // One run of each size first, so that compiling and the first large allocations are not counted.
  run(small);
  run(large);
  for (let round = 0; round < rounds; round++) {
    [small, large].forEach((input, size) => {
      collect();
      const started = cpuMs();
      run(input);
      least[size] = Math.min(least[size]!, cpuMs() - started);
    });
  }
  return least[1]! / least[0]!;
}
