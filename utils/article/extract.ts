/**
 * Every article of a page, with its metadata. The main article comes from Mozilla Readability run on a
 * clone of the document (the page's own DOM is never touched); pages with several articles (listings of full
 * `<article>` elements, live blogs) yield each of them; pages without an article yield none, cheaply.
 */
import { Readability } from '@mozilla/readability';
import { normalizeText } from '../text/normalize';
import { articleBlocks } from './article-text';
import { readabilityCopy } from './readability-copy';
import { looksLikeArticlePage } from './is-article';
import {
  cleanByline,
  primaryLanguage,
  readPageMetadata,
  withoutSiteSuffix,
  type PageMetadata,
} from './metadata';
import { articleElementsParts, liveBlogParts, type ArticlePart } from './multi-article';
import { toIsoDate } from './date';
import { isLiveBlogNode } from './json-ld';
import { countWords } from './word-count';

export interface ExtractedArticle {
  title: string;
  /** The analysed text: paragraphs joined by blank lines, normalised. */
  text: string;
  url?: string;
  canonicalUrl?: string;
  site?: string;
  byline?: string;
  publishedAt?: string;
  /** Language the page declares (primary subtag); the text decides when it is missing. */
  lang?: string;
  description?: string;
}

/** Stages of extraction, as timed for the bench: Readability, the page's metadata, the article's text, its normalisation. */
export type ExtractStage = 'readability' | 'metadata' | 'text' | 'normalise';

export interface ExtractOptions {
  /** Where the page was found: resolves relative links and is echoed. */
  url?: string;
  /** Called with each stage's duration (ms), for the bench. */
  onStage?: (stage: ExtractStage, ms: number) => void;
  /** Told about errors that were caught to keep the promise of never throwing (the robustness run lists them). */
  onError?: (error: unknown) => void;
}

/** Readability's text below this many words is a stub, a paywall teaser or an error page, not an article. */
const MIN_MAIN_WORDS = 50;
/**
 * Readability gives up past this many elements (in browsers; linkedom's `getElementsByTagName('*')`, which it
 * counts with, is empty): the page is then treated as holding no article rather than stalling the tab. The lean
 * copy of readability-copy.ts keeps real pages far below it.
 */
const MAX_ELEMENTS = 60_000;
/** Past this many elements in the (already lean) copy, Readability alone could take most of a second. */
const MAX_READABILITY_ELEMENTS = 3000;

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function fromPart(part: ArticlePart, page: PageMetadata, url: string | undefined): ExtractedArticle {
  return {
    title: part.title ?? '',
    text: part.text,
    url: part.url ?? url,
    // The reading log keys on the page: a post's own address (with its fragment) is its `url`.
    canonicalUrl: page.canonicalUrl,
    site: page.site ?? hostOf(page.canonicalUrl ?? url),
    byline: part.byline,
    publishedAt: part.publishedAt,
    lang: page.lang,
  };
}

/** What Readability found besides the article's content, used where the page's own metadata is silent. */
interface ReadabilityFindings {
  content: Element;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
}

/**
 * The main article's content. Readability's cost grows faster than the page (it reads `textContent` of nested
 * elements over and over): on the rare copies still this large once cut down to the article's container, the
 * container itself is the article, cleaned by the same furniture rules as every article's text.
 */
function readMainContent(doc: Document, options: ExtractOptions): ReadabilityFindings | undefined {
  const copy = readabilityCopy(doc);
  if (copy.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS) {
    const body = copy.querySelector('body');
    return body ? { content: body, title: copy.querySelector('title')?.textContent } : undefined;
  }
  try {
    const parsed = new Readability<Element>(copy, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as Element,
    }).parse();
    return parsed?.content ? { ...parsed, content: parsed.content } : undefined;
  } catch (error) {
    // Readability throws on pages past maxElemsToParse and on some broken markup: no article, not a crash.
    if (!(error instanceof Error && /Aborting parsing document/.test(error.message)))
      options.onError?.(error);
    return undefined;
  }
}

function mainArticle(
  doc: Document,
  page: PageMetadata,
  options: ExtractOptions,
): ExtractedArticle | undefined {
  const started = performance.now();
  const found = readMainContent(doc, options);
  options.onStage?.('readability', performance.now() - started);
  if (!found) return undefined;

  const textStarted = performance.now();
  const readabilityTitle = found.title?.replace(/\s+/g, ' ').trim();
  const site = page.site ?? found.siteName?.trim();
  const title =
    page.title ??
    (readabilityTitle ? withoutSiteSuffix(readabilityTitle, site, page.canonicalUrl ?? options.url) : '');
  const byline = page.byline ?? cleanByline(found.byline ?? undefined) ?? page.bylineInPage;
  const blocks = articleBlocks(found.content, { title, byline });
  const normaliseStarted = performance.now();
  options.onStage?.('text', normaliseStarted - textStarted);
  const text = normalizeText(blocks.join('\n\n'));
  options.onStage?.('normalise', performance.now() - normaliseStarted);
  if (countWords(text) < MIN_MAIN_WORDS) return undefined;
  return {
    title,
    text,
    url: options.url,
    canonicalUrl: page.canonicalUrl,
    site: site || hostOf(page.canonicalUrl ?? options.url),
    byline,
    publishedAt: page.publishedAt ?? toIsoDate(found.publishedTime),
    lang: page.lang ?? primaryLanguage(found.lang),
    // Readability's excerpt is the first paragraph, often the byline: only a description the page wrote counts.
    description: page.description,
  };
}

/** Every article of the page, in page order; [] when it holds none. Never throws on a malformed page. */
export function extractArticles(doc: Document, options: ExtractOptions = {}): ExtractedArticle[] {
  try {
    if (!doc.documentElement || !looksLikeArticlePage(doc)) return [];
    const started = performance.now();
    const page = readPageMetadata(doc, options.url);
    const liveBlog = page.jsonLd.some(isLiveBlogNode);
    const singleArticle = page.articleNode !== undefined || page.ogType === 'article';
    const several = articleElementsParts(doc, { singleArticle, liveBlog }, options.url);
    const parts = several.length ? several : liveBlogParts(page.jsonLd, options.url);
    options.onStage?.('metadata', performance.now() - started);
    if (parts.length) return parts.map((part) => fromPart(part, page, options.url));
    const main = mainArticle(doc, page, options);
    return main ? [main] : [];
  } catch (error) {
    // A page can be broken in ways no parser foresees; the promise to callers is "no article", not a crash.
    options.onError?.(error);
    return [];
  }
}
