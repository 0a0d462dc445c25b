/**
 * Recognising what on a page is not the article: ads, cookie banners, "read also" asides, related links,
 * captions, sharing buttons, bylines and datelines. Used while walking an article's elements.
 */
import { ARTICLE_LEXICONS } from './lexicon';

/** Elements whose content is never article prose. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'figure',
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'button',
  'iframe',
  'svg',
  'math',
  'select',
  'textarea',
  'input',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'menu',
  'dialog',
  'label',
]);

/** ARIA roles of page furniture. */
const SKIPPED_ROLES = new Set([
  'dialog',
  'alertdialog',
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'menu',
  'menubar',
  'toolbar',
  'search',
  'button',
]);

/**
 * Class or id words of furniture. Matched as whole words of the attribute (split on spaces, `-` and `_`), so
 * "ad-slot" is an ad and "heading" is not.
 */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'adslot',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'pub',
  'publicite',
  'sponsor',
  'sponsored',
  'promo',
  'promotion',
  'related',
  'lire',
  'aussi',
  'readmore',
  'seealso',
  'newsletter',
  'share',
  'sharing',
  'social',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'subscribe',
  'subscription',
  'paywall',
  'byline',
  'dateline',
  'caption',
  'credit',
  'credits',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'outbrain',
  'taboola',
  'teaser',
  'recommended',
  'popup',
  'modal',
  'banner',
]);
/** Pairs that mean furniture only together ("read more", "see also"). */
const FURNITURE_PAIRS = new Set(['read more', 'see also', 'more stories']);

/**
 * Furniture class names sometimes sit on a wrapper of the whole article ("article share-enabled"); such
 * an element is only skipped when it is small.
 */
const FURNITURE_MAX_CHARS = 600;

function furnitureClass(el: Element): boolean {
  const attr = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (attr.length < 2) return false;
  const parts = attr.toLowerCase().split(/[\s_-]+/);
  for (let i = 0; i < parts.length; i++) {
    if (FURNITURE_WORDS.has(parts[i]!)) return true;
    if (i > 0 && FURNITURE_PAIRS.has(`${parts[i - 1]} ${parts[i]}`)) return true;
  }
  return false;
}

/** Whether an element and everything inside it stay out of the article's text. */
export function isFurniture(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  if (furnitureClass(el)) return (el.textContent ?? '').length <= FURNITURE_MAX_CHARS;
  return false;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

let readMoreLabels: string[] | undefined;
let bylinePrefixes: string[] | undefined;

function labels(): string[] {
  readMoreLabels ??= Object.values(ARTICLE_LEXICONS).flatMap((lexicon) => lexicon.readMore.map(fold));
  return readMoreLabels;
}

/** What may follow a "read also" label: the end, or punctuation that introduces the link. */
const AFTER_LABEL = /^\s*(?:$|[:|>»›–—\-•·])/u;

/** A block opened by a "read also" label: "Lire aussi : …", "Read more | …", or a bare "Advertisement". */
export function isReadMoreBlock(text: string, linkShare: number): boolean {
  if (text.length > 300) return false;
  const folded = fold(text.slice(0, 60));
  for (const label of labels()) {
    if (!folded.startsWith(label)) continue;
    const rest = folded.slice(label.length);
    if (AFTER_LABEL.test(rest) || linkShare >= 0.5) return true;
  }
  return false;
}

/** "By Jane Doe", "Par la Rédaction": a short line naming the author(s). */
export function isBylineBlock(text: string, byline: string | undefined): boolean {
  if (text.length > 160) return false;
  if (byline && (text === byline || fold(text).includes(fold(byline))))
    return text.length < byline.length + 80;
  bylinePrefixes ??= Object.values(ARTICLE_LEXICONS).flatMap((lexicon) => lexicon.bylinePrefixes);
  return bylinePrefixes.some((prefix) => text.startsWith(`${prefix} `) && !/[.!?]\s/.test(text));
}

/** "By Jane Doe" → "Jane Doe". */
export function stripBylinePrefix(byline: string): string {
  bylinePrefixes ??= Object.values(ARTICLE_LEXICONS).flatMap((lexicon) => lexicon.bylinePrefixes);
  for (const prefix of bylinePrefixes) {
    if (byline.length > prefix.length + 1 && byline.toLowerCase().startsWith(`${prefix.toLowerCase()} `)) {
      return byline.slice(prefix.length + 1).trim();
    }
  }
  return byline;
}
