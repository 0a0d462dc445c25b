/**
 * Photo captions left in an article's text: a paragraph that ends with a photo credit, in brackets with a
 * slash ("(Jane Doe/CBC)", "( Jane Doe / Toronto Star File Photo )") or after the last full stop
 * ("… for him. Jane Doe/THE CANADIAN PRESS"). A caption repeats, in short, what the article reports, so a
 * statement read there would count the same words twice (or a speaker's words the article never quotes).
 * Typographic, not linguistic: the same in every language.
 */

/** Characters of a paragraph's end in which a credit is looked for (credits are short). */
const TAIL = 160;
const BRACKETED_CREDIT = /\(\s*[^()\n]{1,80}\/[^()\n]{1,80}\)\s*$/;
const CLOSING_CREDIT =
  /[.!?]\s+\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4} ?\/ ?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,4}\s*$/u;

/**
 * A test of whether the paragraph holding a character offset is a caption. The text's line breaks are found
 * once, so that each question costs a binary search and one bounded regular expression.
 */
export function captionTest(text: string): (at: number) => boolean {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  const known = new Map<number, boolean>();
  return (at: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    const end = lo < breaks.length ? breaks[lo]! : text.length;
    const cached = known.get(end);
    if (cached !== undefined) return cached;
    const start = lo > 0 ? breaks[lo - 1]! + 1 : 0;
    const tail = text.slice(Math.max(start, end - TAIL), end);
    const caption = BRACKETED_CREDIT.test(tail) || CLOSING_CREDIT.test(tail);
    known.set(end, caption);
    return caption;
  };
}
