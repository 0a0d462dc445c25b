/**
 * Words of a text: runs of letters or digits, and each Han, kana or similar character on its own (those
 * scripts do not separate words with spaces; counting characters is what word counters do for them).
 * Cheap and language-independent: good for sizes and thresholds.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) count++;
  return count;
}
