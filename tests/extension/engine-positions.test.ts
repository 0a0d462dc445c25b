/** The background's engine passes the positions mode (the setting) on to statement extraction. */
import { describe, expect, it } from 'vitest';
import { analyseHtml } from '@/entrypoints/background/engine';

const paragraphs = [
  'The city council plans to close three libraries in the spring to save money on heating and repairs in the coming years.',
  'The mayor, Ana Costa, said the budget left the council no other choice this year, as the cost of heating old buildings kept rising.',
  'Residents who use the branches every week gathered outside the building before the vote, holding signs and reading aloud from their favourite books.',
  'A teacher from the northern district told the council that children in her class would lose the only quiet place they have to do homework.',
  'The council will meet again in April to decide which of the three branches closes first and what happens to the collections they hold.',
];
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Council plans library closures - Town Courier</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-04T18:00:00Z">
</head><body><main><h1>Council plans library closures</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
</main></body></html>`;

describe('analyseHtml', () => {
  it('reports positions and intentions only in the positions mode', () => {
    const classes = (positions: boolean) =>
      analyseHtml(page, 'https://example.org/council', [], positions).flatMap((article) =>
        article.statements.map((statement) => statement.cueClass),
      );
    expect(classes(false)).not.toContain('position');
    expect(classes(true)).toContain('position');
  });
});
