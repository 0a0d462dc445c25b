/**
 * Highlighting a statement on the page without touching the page's DOM: the statement's words are found again
 * in the page's text (not through stored DOM paths, which break as soon as the page re-renders) and shown with
 * the CSS Custom Highlight API, whose ranges live outside the document tree.
 */
import { foldText } from '../text/normalize';
import type { HighlightTarget } from '../messages';

/** The name pages and tests see in `CSS.highlights`, and the `::highlight()` the style below targets. */
export const HIGHLIGHT_NAME = 'veille';

/** Injected as a user stylesheet by the background (scripting.insertCSS), so the page's styles cannot undo it. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #111; }`;

/** Elements whose text a reader does not see as prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

// NodeFilter.SHOW_TEXT, spelled out so this module also runs on a DOM built in Node (tests, linkedom).
const SHOW_TEXT = 0x4;

/** Below this, a quote matches too many places to mean anything. */
const MIN_NEEDLE = 4;

/**
 * The page's visible-ish text, folded, with every whitespace removed, and for each unit of it the text node and
 * offset it came from. Whitespace goes because pages and the engine disagree about it (line breaks in the source,
 * spaces between blocks the engine adds); the words themselves are enough to place a statement.
 */
interface TextIndex {
  text: string;
  nodes: Text[];
  /** For each unit of `text`: index into `nodes`, and offset inside that node. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

const isSpace = (unit: string): boolean => unit === ' ' || unit === '\n' || unit === '\r' || unit === '\t';

function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  const parts: string[] = [];
  const nodeIndices: number[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Only the direct parent is checked: script, style and the like hold text, not elements with prose inside.
    const parent = node.parentElement;
    if (parent && SKIPPED.has(parent.tagName.toUpperCase())) continue;
    const folded = foldText(node.data);
    const nodeIndex = nodes.length;
    nodes.push(node);
    for (let i = 0; i < folded.length; i++) {
      const unit = folded[i]!;
      if (isSpace(unit) || unit === '\u200C' || unit === '\u200D') continue;
      parts.push(unit);
      nodeIndices.push(nodeIndex);
      offsets.push(i);
    }
  }
  return {
    text: parts.join(''),
    nodes,
    nodeOf: Uint32Array.from(nodeIndices),
    offsetOf: Uint32Array.from(offsets),
  };
}

/** The needle as the index sees text: folded, without whitespace. */
function squeeze(text: string): string {
  const folded = foldText(text.normalize('NFC'));
  let out = '';
  for (const unit of folded) if (!isSpace(unit)) out += unit;
  return out;
}

/** Where a statement's words are in the page: the first and last text node holding them, with offsets. */
export interface QuoteLocation {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Where the page holds the statement's words, preferring the occurrence inside its sentence (the same words may
 * appear in a headline or a pull quote); null when the page no longer holds them.
 */
export function locateStatement(doc: Document, target: HighlightTarget): QuoteLocation | null {
  const root = doc.body ?? doc.documentElement;
  if (!root) return null;
  const quote = squeeze(target.quote);
  if (quote.length < MIN_NEEDLE) return null;
  const index = indexText(root);
  let start = -1;
  const context = squeeze(target.context);
  if (context.length >= quote.length) {
    const contextAt = index.text.indexOf(context);
    if (contextAt >= 0) {
      const inside = context.indexOf(quote);
      if (inside >= 0) start = contextAt + inside;
    }
  }
  if (start < 0) start = index.text.indexOf(quote);
  if (start < 0) return null;
  const last = start + quote.length - 1;
  return {
    startNode: index.nodes[index.nodeOf[start]!]!,
    startOffset: index.offsetOf[start]!,
    endNode: index.nodes[index.nodeOf[last]!]!,
    endOffset: index.offsetOf[last]! + 1,
  };
}

/** The statement's words as a DOM Range (kept outside the document tree by the Highlight API). */
export function findStatementRange(doc: Document, target: HighlightTarget): Range | null {
  const location = locateStatement(doc, target);
  if (!location) return null;
  const range = doc.createRange();
  range.setStart(location.startNode, location.startOffset);
  range.setEnd(location.endNode, location.endOffset);
  return range;
}

/** Whether this browser has the Custom Highlight API (Chrome 105+, Firefox 140+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Show `range` as Veille's highlight (replacing any previous one) and scroll it into view. */
export function showHighlight(range: Range): void {
  if (!canHighlight()) return;
  CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  const element = range.startContainer.parentElement;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}

export function clearHighlight(): void {
  if (canHighlight()) CSS.highlights.delete(HIGHLIGHT_NAME);
}
