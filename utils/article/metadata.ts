/**
 * What a page says about itself: JSON-LD (NewsArticle & co.), Open Graph and article meta tags, `<time>`,
 * `<html lang>`, `<link rel=canonical>`. Each field takes the first source that has it, most specific first.
 */
import { cleanCanonicalUrl } from './canonical-url';
import { stripBylinePrefix } from './boilerplate';
import { toIsoDate } from './date';
import {
  isArticleNode,
  namesOf,
  nodeIndex,
  readJsonLd,
  textOf,
  typesOf,
  urlOf,
  type JsonLdNode,
} from './json-ld';

export interface PageMetadata {
  title?: string;
  site?: string;
  byline?: string;
  /** The byline as the page shows it, when no metadata names the author (Readability's guess comes first). */
  bylineInPage?: string;
  publishedAt?: string;
  canonicalUrl?: string;
  /** Primary language subtag declared by the page ("fr" for fr-FR). */
  lang?: string;
  description?: string;
  /** og:type, lower case. */
  ogType?: string;
  /** The page's JSON-LD nodes (flattened), for live blogs. */
  jsonLd: JsonLdNode[];
  /** The node describing the page's article, when there is one. */
  articleNode?: JsonLdNode;
}

/** Where pages show their author. */
const BYLINE_SELECTOR =
  '[itemprop="author"] [itemprop="name"], [rel="author"], [itemprop="author"], .byline, .author, [class*="byline" i]';

const MAX_BYLINE_CANDIDATES = 10;

/** `<meta>` contents by lower-case `property`, `name` or `itemprop` (first occurrence wins). */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    // `value` instead of `content` is invalid but found on real pages (and readers accept it).
    const content = (meta.getAttribute('content') ?? meta.getAttribute('value'))?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function first(tags: Map<string, string>, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}

/** "fr-FR", "en_US", "de" → "fr", "en", "de"; anything else → undefined. */
export function primaryLanguage(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

function collapse(text: string | undefined | null): string | undefined {
  const collapsed = text?.replace(/\s+/g, ' ').trim();
  return collapsed || undefined;
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

/** A year or a clock time: a "byline" holding one is a dateline. */
const DATE_LIKE = /\b(?:1[89]|20)\d\d\b|\b\d{1,2}:\d\d\b/;

/** Where a byline's parts split: "Jane Doe · CBC News · Posted: …", "By\nJane Doe\nUpdated …". */
const BYLINE_PARTS = /\s+[-–—·|•]\s+|\n|\s{3,}/;

/**
 * A byline from author names, cleaned of "By" and of what sites put next to it (datelines, the outlet, a
 * lone "By" whose name is elsewhere): the first part that reads as names. Capped: some sites put a bio there.
 */
export function cleanByline(byline: string | undefined): string | undefined {
  if (!byline) return undefined;
  for (const part of byline.split(BYLINE_PARTS)) {
    const collapsed = collapse(part);
    if (!collapsed || isUrl(collapsed)) continue;
    const stripped = stripBylinePrefix(collapsed);
    // A bare "By": the name follows in the next part.
    if (stripBylinePrefix(`${stripped} x`) !== `${stripped} x`) continue;
    if (DATE_LIKE.test(stripped) || !/\p{L}{2}/u.test(stripped)) continue;
    return stripped.length > 120 ? undefined : stripped;
  }
  return undefined;
}

/** The node describing the page's article: its NewsArticle-like node, preferring one with a headline. */
function findArticleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const articles = nodes.filter(isArticleNode);
  return articles.find((node) => textOf(node.headline) ?? textOf(node.name)) ?? articles[0];
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' / '];

function letters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase();
}

/**
 * Titles often end with " | Site" (og:title, <title>): the site's name is not part of the title. The suffix
 * goes when it names the site (its og:site_name, or its host: "Aktuálně.cz" on aktualne.cz).
 */
export function withoutSiteSuffix(title: string, site: string | undefined, url: string | undefined): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  const hostLabel = letters(host.split('.').slice(0, -1).join('') || host);
  const siteLetters = site ? letters(site) : '';
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = letters(title.slice(at + separator.length));
    if (!suffix) continue;
    const namesSite =
      (siteLetters && (siteLetters.includes(suffix) || suffix.includes(siteLetters))) ||
      (hostLabel.length >= 3 && (suffix.includes(hostLabel) || hostLabel.includes(suffix)));
    if (namesSite) return title.slice(0, at).trim();
  }
  return title;
}

/** The page's own metadata; `url` (where the page was found) resolves relative canonical links. */
export function readPageMetadata(doc: Document, url?: string): PageMetadata {
  const tags = metaTags(doc);
  const jsonLd = readJsonLd(doc);
  const byId = nodeIndex(jsonLd);
  const node = findArticleNode(jsonLd);
  const websiteNode = jsonLd.find((n) => typesOf(n).includes('website'));

  const site = collapse(
    first(tags, ['og:site_name', 'application-name', 'twitter:site:name']) ??
      (node ? namesOf(node.publisher, byId)[0] : undefined) ??
      (websiteNode ? textOf(websiteNode.name) : undefined),
  );

  const ogTitle = first(tags, ['og:title', 'twitter:title', 'dc.title', 'dcterm:title', 'dcterms.title']);
  const rawTitle = collapse((node ? (textOf(node.headline) ?? textOf(node.name)) : undefined) ?? ogTitle);

  const authors = node ? namesOf(node.author ?? node.creator, byId) : [];
  const metaAuthor = first(tags, [
    'author',
    'article:author',
    'dc.creator',
    'byl',
    'sailthru.author',
    'parsely-author',
  ]);
  const byline = cleanByline(authors.length ? authors.join(', ') : metaAuthor);
  let bylineInPage: string | undefined;
  for (const element of [...doc.querySelectorAll(BYLINE_SELECTOR)].slice(0, MAX_BYLINE_CANDIDATES)) {
    bylineInPage = cleanByline(element.textContent ?? undefined);
    if (bylineInPage) break;
  }

  const publishedAt = publishedDate(doc, tags, node);

  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined;
  const canonicalSource =
    canonicalHref ??
    first(tags, ['og:url']) ??
    (node ? (urlOf(node.url) ?? urlOf(node.mainEntityOfPage)) : undefined);
  const canonicalUrl = canonicalSource ? cleanCanonicalUrl(canonicalSource, url) : undefined;
  const title = rawTitle ? withoutSiteSuffix(rawTitle, site, canonicalUrl ?? url) : undefined;

  const lang =
    primaryLanguage(node ? textOf(node.inLanguage) : undefined) ??
    primaryLanguage(doc.documentElement?.getAttribute('lang')) ??
    primaryLanguage(doc.documentElement?.getAttribute('xml:lang')) ??
    primaryLanguage(first(tags, ['content-language', 'dc.language', 'language'])) ??
    primaryLanguage(first(tags, ['og:locale']));

  const description = collapse(
    first(tags, ['og:description', 'description', 'twitter:description']) ??
      (node ? textOf(node.description) : undefined),
  );

  return {
    title,
    site,
    byline,
    bylineInPage,
    publishedAt,
    canonicalUrl,
    lang,
    description,
    ogType: tags.get('og:type')?.toLowerCase(),
    jsonLd,
    articleNode: node,
  };
}

function publishedDate(
  doc: Document,
  tags: Map<string, string>,
  node: JsonLdNode | undefined,
): string | undefined {
  // In order of trust, each read only when the ones before gave no date: the selectors walk the whole page when
  // nothing matches, and most pages give their date in JSON-LD or a meta tag.
  const candidates: (() => string | undefined)[] = [
    () => (node ? textOf(node.datePublished) : undefined),
    () =>
      first(tags, [
        'article:published_time',
        'og:published_time',
        'datepublished',
        'article.published',
        'published_time',
        'publishdate',
        'publish-date',
        'pubdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'parsely-pub-date',
        'sailthru.date',
        'cxenseparse:recs:publishtime',
      ]),
    () => doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime') ?? undefined,
    () => doc.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined,
    () => doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined,
    () => (node ? textOf(node.dateCreated) : undefined),
  ];
  for (const candidate of candidates) {
    const iso = toIsoDate(candidate());
    if (iso) return iso;
  }
  return undefined;
}
