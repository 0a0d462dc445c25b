/**
 * Bounding how deep a page's elements nest before linkedom parses it: linkedom's parser takes time quadratic in the
 * depth (100,000 nested elements take ~23 s), and no article needs more than a few dozen levels. Past `maxDepth`
 * open elements, start and end tags are left out and their content kept, so the text, and every statement in it,
 * stays (raw-text elements past the bound — scripts, styles — go whole: without their tags their content would
 * be read as markup); a page within the bound comes back unchanged (the same string).
 *
 * One pass over the HTML, each character looked at a bounded number of times (no regular expression on the page's
 * text). It follows the HTML tokenizer closely enough to count depth — comments, raw-text elements, quoted
 * attribute values holding `>`, void elements, end tags closing the nearest open element of their name, and
 * paragraphs and list items closed by the next one — and no further: where it miscounts, it can only count too
 * deep, which leaves tags out past the bound, not text.
 */

/**
 * Far beyond real pages (they nest a few dozen levels), far below linkedom's slow zone, and within what Readability
 * still reads (a paragraph 400 levels down is left out of the article; 200 is kept).
 */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
  'basefont',
  'bgsound',
]);
/** Elements whose content is text up to their end tag, whatever it looks like. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements a start tag of the same group closes when it is the one open (`<li>a<li>b`, `<p>a<p>b`). */
const SELF_CLOSING_SIBLINGS: Record<string, string> = {
  p: 'p',
  li: 'li',
  dt: 'dd',
  dd: 'dd',
  option: 'option',
  tr: 'tr',
  td: 'td',
  th: 'td',
};
/** How far down the stack an end tag looks for its element: a stray end tag is ignored, not a rescan. */
const END_TAG_REACH = 32;

const isNameChar = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 45 ||
  code === 58;

/** Index just past the `>` that ends the tag starting at `from`, quotes respected (`html.length` if none). */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i + 1;
  }
  return html.length;
}

/** Where the end tag `</name` (any case) starts, from `from`; -1 if nowhere. `name` is lower case ASCII. */
function endTagAt(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

export function boundHtmlDepth(html: string, maxDepth = MAX_HTML_DEPTH): string {
  /** Open elements: name, and whether its tags were left out. */
  const names: string[] = [];
  const dropped: boolean[] = [];
  const out: string[] = [];
  let copiedUpTo = 0;
  let changed = false;
  const leaveOut = (from: number, to: number) => {
    out.push(html.slice(copiedUpTo, from));
    copiedUpTo = to;
    changed = true;
  };

  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? html.length : html.indexOf('<', close + 3);
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      // <!doctype …>, <![CDATA[…]]>, <?…>: no element.
      i = html.indexOf('<', tagEnd(html, i + 2));
      continue;
    }
    const closing = next === 47;
    let nameEnd = i + (closing ? 2 : 1);
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    // Tag names are ASCII (isNameChar): lower-casing them changes no length.
    const name = html.slice(i + (closing ? 2 : 1), nameEnd).toLowerCase();
    if (!name) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(html, nameEnd);
    if (closing) {
      const reach = Math.max(0, names.length - END_TAG_REACH);
      let at = names.length - 1;
      while (at >= reach && names[at] !== name) at--;
      if (at >= reach) {
        if (dropped[at]) leaveOut(i, end);
        names.length = at;
        dropped.length = at;
      }
      i = html.indexOf('<', end);
      continue;
    }
    const sibling = SELF_CLOSING_SIBLINGS[name];
    if (sibling && names.length > 0 && SELF_CLOSING_SIBLINGS[names[names.length - 1]!] === sibling) {
      names.pop();
      dropped.pop();
    }
    const selfClosed = html.charCodeAt(end - 2) === 47; // <svg … /> and the like
    let after = end;
    if (RAW_TEXT.has(name)) {
      const close = endTagAt(html, name, end);
      after = close < 0 ? html.length : close;
    }
    if (!VOID.has(name) && !selfClosed) {
      const tooDeep = names.length >= maxDepth;
      // A raw-text element's content would be parsed as markup without its start tag: it goes too.
      if (tooDeep) leaveOut(i, RAW_TEXT.has(name) ? tagEnd(html, after) : end);
      names.push(name);
      dropped.push(tooDeep);
      if (tooDeep && RAW_TEXT.has(name)) {
        names.pop();
        dropped.pop();
        i = html.indexOf('<', copiedUpTo);
        continue;
      }
    }
    i = html.indexOf('<', after);
  }
  if (!changed) return html;
  out.push(html.slice(copiedUpTo));
  return out.join('');
}
