/**
 * A linear tokenizer for attribution analysis: words (with their folded form), punctuation, paragraph breaks.
 * Words keep inner hyphens ("porte-parole", "a-t-il") and split French-style elisions after the apostrophe
 * ("qu'il" → "qu'" + "il"), so that lexicon entries written the same way match token by token.
 */

export type TokenKind = 'word' | 'punct' | 'break';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The folded text of the token (`foldText`: lower case, no diacritics, one apostrophe and quote). */
  fold: string;
  /** First character is an upper-case letter (names, sentence starts, acronyms). */
  upper: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;
/** Elided words of Romance languages that end with an apostrophe: l', d', qu', jusqu'… (any short prefix). */
const MAX_ELISION = 3;
const LONG_ELISIONS = new Set([
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu',
  'aujourd',
  'dell',
  'dall',
  'nell',
  'sull',
  'all',
  'quest',
  'quell',
]);

const CLITICS = new Set(['s', 're', 'll', 've', 'd', 'm']);

const WORD = 1;
const SPACE = 2;
const OTHER = 3;
/**
 * The class of every UTF-16 unit met so far (`WORD`, `SPACE`, `OTHER`; 0 when not yet met): the tokenizer
 * asks about every unit of the text, and a table answers faster than a regular expression.
 */
const unitClasses = new Uint8Array(0x10000);

/** The class of the one-unit string `c`. */
function unitClass(c: string): number {
  const code = c.charCodeAt(0);
  let known = unitClasses[code]!;
  if (known === 0) {
    known = WORD_CHAR.test(c) ? WORD : /\s/.test(c) ? SPACE : OTHER;
    unitClasses[code] = known;
  }
  return known;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && unitClass(c) === WORD;
}

/**
 * Tokens of `text`; `folded` must be `foldText(text)` (same length). Runs in one pass.
 */
export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      let j = i;
      while (j < n && (text[j] === '\n' || text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      tokens.push({ start: i, end: j, kind: 'break', fold: '\n', upper: false });
      i = j;
      continue;
    }
    if (unitClass(c) === SPACE) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      const start = i;
      let j = i + 1;
      for (;;) {
        if (j < n && isWordChar(text[j])) {
          j++;
          continue;
        }
        const f = folded[j];
        // Inner hyphen between letters: one token ("porte-parole", "déclare-t-il", "e-mail").
        if (f === '-' && text[j] !== '—' && text[j] !== '–' && isWordChar(text[j + 1])) {
          j += 2;
          continue;
        }
        if (f === "'" && isWordChar(text[j + 1])) {
          // English clitics first ("I'm", "Putin's", "they're"): the word ends before the apostrophe.
          let r = j + 1;
          while (r < n && isWordChar(text[r])) r++;
          if (CLITICS.has(folded.slice(j + 1, r))) break;
          // Elision: a short word before the apostrophe is a word of its own ("qu'", "l'", "d'").
          const left = folded.slice(start, j);
          const lastPart = left.slice(left.lastIndexOf('-') + 1);
          if (lastPart.length <= MAX_ELISION || LONG_ELISIONS.has(lastPart)) {
            j++; // the apostrophe belongs to the elided word
            break;
          }
          // Otherwise (O'Brien, aujourd'hui): keep the word whole.
          j += 2;
          continue;
        }
        break;
      }
      tokens.push({ start, end: j, kind: 'word', fold: folded.slice(start, j), upper: UPPER.test(c) });
      i = j;
      continue;
    }
    tokens.push({ start: i, end: i + 1, kind: 'punct', fold: folded[i]!, upper: false });
    i++;
  }
  return tokens;
}
