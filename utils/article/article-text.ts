/**
 * The analysed text of an article element: its paragraphs (and headings, list items, quotes) joined by blank
 * lines, without the page furniture inside it (see boilerplate.ts). Reads the DOM, never changes it.
 */
import { normalizeText } from '../text/normalize';
import { isBylineBlock, isFurniture, isReadMoreBlock } from './boilerplate';

/** Elements that start a new paragraph of text. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'br',
  'address',
  'center',
  'details',
  'summary',
  'hgroup',
]);
/** Nesting deeper than this is broken markup, not prose. */
const MAX_DEPTH = 400;
/** Short blocks made mostly of link text are related links, not prose. */
const LINK_SHARE_LIMIT = 0.8;
const LINK_BLOCK_MAX_CHARS = 200;

export interface ArticleTextOptions {
  /** The article's title: a heading repeating it is dropped (it is analysed as the title). */
  title?: string;
  /** The byline, so a paragraph that only repeats it can be recognised. */
  byline?: string;
}

interface Block {
  text: string;
  linkChars: number;
  hasTime: boolean;
}

const WHITE_SPACE = /\s+/g;

function collapse(text: string): string {
  return text.replace(WHITE_SPACE, ' ').trim();
}

/** Paragraphs of `root`, cleaned. */
export function articleBlocks(root: Element, options: ArticleTextOptions = {}): string[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let hasTime = false;
  const flush = () => {
    const collapsed = collapse(text);
    if (collapsed) blocks.push({ text: collapsed, linkChars, hasTime });
    text = '';
    linkChars = 0;
    hasTime = false;
  };
  const walk = (node: Node, depth: number, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        text += value;
        if (inLink) linkChars += value.trim().length;
        continue;
      }
      if (child.nodeType !== 1 || depth > MAX_DEPTH) continue;
      const el = child as Element;
      if (isFurniture(el)) continue;
      const tag = el.localName;
      if (tag === 'time') hasTime = true;
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      walk(el, depth + 1, inLink || tag === 'a');
      if (block) flush();
    }
  };
  walk(root, 0, false);
  flush();

  const title = options.title ? collapse(options.title) : undefined;
  return blocks
    .filter((block) => {
      const linkShare = block.linkChars / Math.max(1, block.text.replace(WHITE_SPACE, '').length);
      if (title && block.text === title) return false;
      if (isReadMoreBlock(block.text, linkShare)) return false;
      if (linkShare >= LINK_SHARE_LIMIT && block.text.length <= LINK_BLOCK_MAX_CHARS) return false;
      // "Published on <time>": a dateline, not prose.
      if (block.hasTime && block.text.length < 200) return false;
      if (isBylineBlock(block.text, options.byline)) return false;
      return true;
    })
    .map((block) => block.text);
}

/** The analysed text of `root`: its paragraphs joined by blank lines, normalised. */
export function articleText(root: Element, options: ArticleTextOptions = {}): string {
  return normalizeText(articleBlocks(root, options).join('\n\n'));
}
