/**
 * Pages that hold several articles: listings of full `<article>` elements, and live blogs (their posts in
 * `<article>` elements, or in JSON-LD `LiveBlogPosting.liveBlogUpdate`). Each one becomes an article of its own.
 */
import { normalizeText } from '../text/normalize';
import { articleText } from './article-text';
import { cleanByline } from './metadata';
import { toIsoDate } from './date';
import { isFurniture } from './boilerplate';
import { countWords } from './word-count';
import {
  isLiveBlogNode,
  liveBlogUpdates,
  namesOf,
  nodeIndex,
  textOf,
  urlOf,
  type JsonLdNode,
} from './json-ld';

/** What one article of a page brings besides the page's own metadata. */
export interface ArticlePart {
  text: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  url?: string;
}

/** Fewer characters than this and an `<article>` is a teaser card, not an article… */
const MIN_ARTICLE_CHARS = 400;
/** …except in a declared live blog, whose posts are often a paragraph or two. */
const MIN_POST_CHARS = 150;
/** Words an article's cleaned text needs to count (a live blog's post, half of it). */
const MIN_ARTICLE_WORDS = 40;
/** Posts of a live blog can be short, but not empty. */
const MIN_UPDATE_CHARS = 80;
const HEADING = 'h1, h2, h3, h4, [itemprop="headline"]';
/** Comments are often `<article>` elements too; they are not articles of the page. */
const CONTAINER_FURNITURE = 'aside, nav, footer, [id*="comment"], [class*="comment"]';
/**
 * On a page that declares one article, a first `<article>` this many times longer than the next is the
 * article and the others are teasers or comments around it.
 */
const DOMINANT_RATIO = 3;

/** An absolute http(s) URL for `href`, keeping its fragment; `undefined` when it cannot be one. */
function resolveUrl(href: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function collapse(text: string | null | undefined): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed || undefined;
}

/**
 * `<article>` elements that look like a whole article (or post) rather than a card, a comment or an embed:
 * long enough, with a heading (posts of a declared live blog may have only a time).
 */
function candidateElements(doc: Document, liveBlog: boolean): Element[] {
  const all = [...doc.querySelectorAll('article')].filter(
    (el) =>
      (el.textContent ?? '').length >= (liveBlog ? MIN_POST_CHARS : MIN_ARTICLE_CHARS) &&
      (el.querySelector(HEADING) ?? (liveBlog ? el.querySelector('time') : null)) !== null &&
      !el.closest(CONTAINER_FURNITURE) &&
      !isFurniture(el),
  );
  const set = new Set(all);
  const inside = (el: Element) => all.filter((other) => other !== el && el.contains(other));
  // A wrapper holding several posts is not an article itself; a post holding an embedded article stays one.
  const withoutWrappers = all.filter((el) => inside(el).length < 2);
  return withoutWrappers.filter((el) => {
    for (let parent = el.parentElement; parent; parent = parent.parentElement) {
      if (set.has(parent) && withoutWrappers.includes(parent)) return false;
    }
    return true;
  });
}

function partOfElement(el: Element, pageUrl: string | undefined, minWords: number): ArticlePart | undefined {
  const title = collapse(el.querySelector(HEADING)?.textContent);
  const bylineEl = el.querySelector('[rel="author"], [itemprop="author"], .byline, .author');
  const byline = cleanByline(bylineEl?.textContent ?? undefined);
  const text = articleText(el, { title, byline });
  if (countWords(text) < minWords) return undefined;
  const time = el.querySelector('[itemprop="datePublished"], time[datetime]');
  const publishedAt = toIsoDate(time?.getAttribute('datetime') ?? time?.getAttribute('content'));
  const id = el.getAttribute('id');
  const link = el.querySelector('a[rel="bookmark"], [itemprop="url"]')?.getAttribute('href');
  const href = link ?? (id && pageUrl ? `#${id}` : undefined);
  // A post's own address keeps its fragment: that is what tells two posts of one page apart.
  return { text, title, byline, publishedAt, url: href ? resolveUrl(href, pageUrl) : undefined };
}

export interface PageDeclaration {
  /** The page's metadata says it is one article (a NewsArticle, og:type article). */
  singleArticle: boolean;
  /** The page's JSON-LD says it is a live blog. */
  liveBlog: boolean;
}

/** Each full `<article>` of the page, when there are at least two of them. */
export function articleElementsParts(
  doc: Document,
  declared: PageDeclaration,
  pageUrl?: string,
): ArticlePart[] {
  const elements = candidateElements(doc, declared.liveBlog);
  if (elements.length < 2) return [];
  const minWords = declared.liveBlog ? MIN_ARTICLE_WORDS / 2 : MIN_ARTICLE_WORDS;
  const parts = elements
    .map((el) => partOfElement(el, pageUrl, minWords))
    .filter((p): p is ArticlePart => p !== undefined);
  if (parts.length < 2) return [];
  if (declared.singleArticle && !declared.liveBlog) {
    const [longest = 0, next = 0] = parts.map((part) => part.text.length).sort((a, b) => b - a);
    if (longest >= DOMINANT_RATIO * next) return [];
  }
  return parts;
}

function partOfUpdate(
  update: JsonLdNode,
  byId: Map<string, JsonLdNode>,
  pageUrl?: string,
): ArticlePart | undefined {
  const body = textOf(update.articleBody) ?? textOf(update.text);
  if (!body || body.length < MIN_UPDATE_CHARS) return undefined;
  const text = normalizeText(
    body
      .split(/\n\s*\n|\r\n\s*\r\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n'),
  );
  const href = urlOf(update.url) ?? urlOf(update['@id']);
  return {
    text,
    title: collapse(textOf(update.headline) ?? textOf(update.name)),
    byline: cleanByline(namesOf(update.author, byId).join(', ') || undefined),
    publishedAt: toIsoDate(textOf(update.datePublished) ?? textOf(update.dateCreated)),
    url: href ? resolveUrl(href, pageUrl) : undefined,
  };
}

/** The posts of a JSON-LD live blog, when it carries at least two with their text. */
export function liveBlogParts(nodes: JsonLdNode[], pageUrl?: string): ArticlePart[] {
  const byId = nodeIndex(nodes);
  for (const node of nodes) {
    if (!isLiveBlogNode(node)) continue;
    const parts = liveBlogUpdates(node)
      .map((update) => partOfUpdate(update, byId, pageUrl))
      .filter((p): p is ArticlePart => p !== undefined);
    if (parts.length >= 2) return parts;
  }
  return [];
}
