/**
 * Words of a text: runs of letters or digits, and each Han, kana or similar character on its own (those
 * scripts do not separate words with spaces; counting characters is what word counters do for them).
 * Cheap and language-independent: good for sizes and thresholds.
 */
// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]{1,100000}/gu;

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) count++;
  return count;
}
