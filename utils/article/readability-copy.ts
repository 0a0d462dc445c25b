/**
 * The copy of the page Readability works on (it rewrites the document it is given, so never the page's own).
 * Readability's cost grows faster than the page (it reads `textContent` of nested elements over and over), so
 * the copy is kept lean: when the page marks its article body (a single `<article>`, `itemprop=articleBody`,
 * `<main>`), only that part is copied; and what can never be article text (scripts, styles, SVG, navigation,
 * asides, forms) is left out before Readability starts. On very large pages without such a mark, the
 * copy is cut down to the element holding the most prose, found by a cheap count of paragraph lengths.
 */

/** Containers that hold the article on most news pages, most specific first. */
const ARTICLE_CONTAINERS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]'];
/** A container needs this many paragraphs of prose to be trusted with the whole article. */
const CONTAINER_PARAGRAPHS = 3;
const PROSE_PARAGRAPH = 140;
/** Never article text; removed from the copy before Readability reads it. */
const DEAD_WEIGHT = 'script, style, noscript, template, svg, iframe, object, embed, canvas, select, button';
/**
 * Usually not article text, but some sites wrap their whole page in one (ASP.NET's page-wide `<form>`, a body
 * marked aria-hidden while a dialog is open): removed only when they hold a minority of the page's paragraphs.
 */
const USUAL_FURNITURE =
  'nav, aside, form, [hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], [role="dialog"]';

/** Past this many elements Readability takes too long for a page's idle time; only the densest part is kept. */
const HEAVY_PAGE_ELEMENTS = 4000;
/** Paragraphs shorter than this do not vote for their container. */
const VOTING_PARAGRAPH = 80;

function proseParagraphs(el: Element): number {
  let count = 0;
  for (const p of el.querySelectorAll('p')) {
    if ((p.textContent ?? '').trim().length >= PROSE_PARAGRAPH && ++count >= CONTAINER_PARAGRAPHS) break;
  }
  return count;
}

/** The one element that holds the article, when the page says so unambiguously. */
function articleContainer(doc: Document): Element | undefined {
  for (const selector of ARTICLE_CONTAINERS) {
    const found = doc.querySelectorAll(selector);
    if (found.length !== 1) continue;
    const el = found[0]!;
    if (proseParagraphs(el) >= CONTAINER_PARAGRAPHS) return el;
  }
  return undefined;
}

/**
 * The element holding the most paragraph text (a paragraph votes its length for its parent, half for its
 * grandparent, as Readability scores candidates), widened to its parent so that Readability still has a
 * choice to make. Only used on heavy pages.
 */
function densestContainer(doc: Document): Element | undefined {
  const votes = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p, pre')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < VOTING_PARAGRAPH) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    votes.set(parent, (votes.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent) votes.set(grandparent, (votes.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | undefined;
  let bestVotes = 0;
  for (const [el, count] of votes) {
    if (count > bestVotes) [best, bestVotes] = [el, count];
  }
  const widened = best?.parentElement;
  return widened && widened !== doc.documentElement ? widened : best;
}

/**
 * The page's body, found by selector: linkedom's `document.body` (and `head`) *create* an element when theirs is
 * not a direct child of the root (pages repeating `<html>` in old IE conditional comments nest it deeper), which
 * would change the page's document. Of several, the fullest.
 */
function mainBody(doc: Document): Element | null {
  const bodies = doc.querySelectorAll('body');
  let best: Element | null = null;
  let bestLength = -1;
  for (const body of bodies) {
    const length = bodies.length > 1 ? (body.textContent ?? '').length : 0;
    if (length > bestLength) [best, bestLength] = [body, length];
  }
  return best;
}

/**
 * A detached copy of the page for Readability: its head, and its article container or its whole body, under
 * a fresh `<html>` (some saved pages have no `<html>` at all, and Readability needs one).
 */
export function readabilityCopy(doc: Document): Document {
  const container =
    articleContainer(doc) ??
    (doc.querySelectorAll('*').length > HEAVY_PAGE_ELEMENTS ? densestContainer(doc) : undefined);
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  const sourceBody = mainBody(doc);
  const html = root?.localName === 'html' ? (root.cloneNode(false) as Element) : copy.createElement('html');
  const head = doc.querySelector('head');
  html.appendChild(head ? head.cloneNode(true) : copy.createElement('head'));
  let body: Node;
  if (container && container !== sourceBody) {
    body = sourceBody ? sourceBody.cloneNode(false) : copy.createElement('body');
    body.appendChild(container.cloneNode(true));
  } else if (sourceBody) {
    body = sourceBody.cloneNode(true);
  } else {
    body = copy.createElement('body');
    if (root) body.appendChild(root.cloneNode(true));
  }
  html.appendChild(body);
  copy.appendChild(html);
  for (const el of copy.querySelectorAll(DEAD_WEIGHT)) {
    // Keep the JSON-LD: Readability reads metadata from it.
    if (el.localName === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    el.remove();
  }
  const paragraphs = copy.querySelectorAll('p').length;
  for (const el of copy.querySelectorAll(USUAL_FURNITURE)) {
    if (el.isConnected && el.querySelectorAll('p').length * 2 <= paragraphs) el.remove();
  }
  return copy;
}
