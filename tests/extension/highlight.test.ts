import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { locateStatement, type QuoteLocation } from '@/utils/content/highlight';

function page(body: string): Document {
  return parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
}

/** The text between the located start and end, read back from the DOM's text nodes. */
function textAt(location: QuoteLocation | null): string | null {
  if (!location) return null;
  const doc = location.startNode.ownerDocument;
  const walker = doc.createTreeWalker(doc.body, 0x4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const first = nodes.indexOf(location.startNode);
  const last = nodes.indexOf(location.endNode);
  if (first === last) return location.startNode.data.slice(location.startOffset, location.endOffset);
  return (
    location.startNode.data.slice(location.startOffset) +
    nodes
      .slice(first + 1, last)
      .map((node) => node.data)
      .join('') +
    location.endNode.data.slice(0, location.endOffset)
  );
}

describe('re-finding a statement on the page', () => {
  it('finds words split across inline elements and typographic spaces', () => {
    const doc = page('<p>Il a dit que «\u202fl’<em>OTAN</em> doit\n   rester ouverte\u202f», selon lui.</p>');
    const location = locateStatement(doc, { quote: "l'OTAN doit rester ouverte", context: '' });
    expect(textAt(location)).toBe('l’OTAN doit\n   rester ouverte');
  });

  it('prefers the occurrence inside the statement’s sentence', () => {
    const doc = page(
      '<h2>Rester ouverte</h2><p>Le ministre a déclaré que la porte devait rester ouverte à tous.</p>',
    );
    const location = locateStatement(doc, {
      quote: 'rester ouverte',
      context: 'Le ministre a déclaré que la porte devait rester ouverte à tous.',
    });
    expect(location?.startNode.parentNode?.nodeName).toBe('P');
    expect(textAt(location)).toBe('rester ouverte');
  });

  it('ignores scripts and styles, and gives up on what is not there or too short to mean anything', () => {
    const doc = page('<script>var s = "rester ouverte";</script><p>Autre chose.</p>');
    expect(locateStatement(doc, { quote: 'rester ouverte', context: '' })).toBeNull();
    expect(locateStatement(doc, { quote: 'Aut', context: '' })).toBeNull();
  });
});
