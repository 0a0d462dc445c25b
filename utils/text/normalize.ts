/**
 * Text normalisation. Two different jobs, kept apart on purpose:
 * - `normalizeText` cleans text taken from a page before it is analysed (its offsets become the analysed text's);
 * - `foldText` gives a view of a text *of the same length* for matching, so that a match found in the fold is
 *   at the same offsets in the original: statements and topic hits keep exact offsets into what the user reads.
 */

/** Spaces that typesetting uses and that mean a plain space to a reader (no-break, narrow no-break, thin…). */
const SPACE_VARIANTS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters that are invisible and only break words apart for matching (soft hyphen, zero-width space, BOM). */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/g;

/** Cleans page text: NFC, one kind of space, no invisible characters, `\n` line ends, no trailing blanks. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(SPACE_VARIANTS, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n');
}

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u02BB', '\u2032', '`', '\u00B4']);
const DOUBLE_QUOTES = new Set([
  '\u201C',
  '\u201D',
  '\u201E',
  '\u201F',
  '\u00AB',
  '\u00BB',
  '\u2039',
  '\u203A',
  '\u2033',
]);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);

/** One UTF-16 unit folded to one unit: lower case, no diacritics, one kind of apostrophe, quote, dash, space. */
function foldUnit(unit: string): string {
  let folded = unit;
  if (APOSTROPHES.has(unit)) folded = "'";
  else if (DOUBLE_QUOTES.has(unit)) folded = '"';
  else if (DASHES.has(unit)) folded = '-';
  else if (SPACE_VARIANTS.test(unit) || unit === '\t') folded = ' ';
  else if (unit === '\u00AD' || unit === '\u200B' || unit === '\uFEFF') folded = ' ';
  else {
    const lower = unit.toLowerCase();
    // ẞ→ß, but İ→i̇ is two units: keep the length, which the offsets depend on.
    const candidate = lower.length === 1 ? lower : unit;
    const stripped = candidate.normalize('NFD').replace(/\p{M}+/gu, '');
    folded = stripped.length === 1 ? stripped : candidate;
    // Cyrillic ё/й are letters of their own in dictionaries but are written е/и just as often.
    if (folded === '\u0451') folded = '\u0435';
  }
  SPACE_VARIANTS.lastIndex = 0;
  return folded;
}

/**
 * The folded code of every UTF-16 unit met so far, 0 for one not yet folded (a table rather than a map, and
 * codes rather than strings: `foldText` runs over every character of every text the engine reads).
 */
const foldedCodes = new Uint16Array(0x10000);

function foldedCode(code: number): number {
  let folded = foldedCodes[code]!;
  if (folded === 0) {
    folded = foldUnit(String.fromCharCode(code)).charCodeAt(0);
    foldedCodes[code] = folded;
  }
  return folded;
}

/** Units turned back into a string this many at a time (the arguments of one call stay well within limits). */
const CHUNK = 4096;

/**
 * A same-length view of `text` for case-, diacritic- and typography-insensitive matching:
 * `foldText(t).length === t.length`, and each unit of the result comes from the unit at the same offset.
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += CHUNK) {
    const codes = new Array<number>(Math.min(CHUNK, text.length - i));
    for (let k = 0; k < codes.length; k++) codes[k] = foldedCode(text.charCodeAt(i + k));
    out += String.fromCharCode(...codes);
  }
  return out;
}
