/**
 * Schema.org JSON-LD as news sites publish it: one object, an array, an `@graph`, types as strings or arrays,
 * authors as strings, objects, arrays or `@id` references into the graph. Broken blocks are skipped.
 */

export type JsonLdNode = Record<string, unknown>;

/** Types whose node is an article (or a post of a live blog). */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'discussionforumposting',
  'techarticle',
  'scholarlyarticle',
  'report',
  'satiricalarticle',
]);

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Types of a node, lower case and without any `schema:`/URL prefix. */
export function typesOf(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1).toLowerCase());
}

export function isArticleNode(node: JsonLdNode): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

export function isLiveBlogNode(node: JsonLdNode): boolean {
  return typesOf(node).includes('liveblogposting');
}

/** Every node of the page's JSON-LD, flattened (arrays and `@graph`), in document order. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const source = (script.textContent ?? '')
      .trim()
      // Some CMSs wrap the block in HTML comments or CDATA markers for ancient browsers.
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>)$/, '');
    if (!source) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    collect(parsed, nodes, 0);
  }
  return nodes;
}

function collect(value: unknown, into: JsonLdNode[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into, depth + 1);
  } else if (isNode(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], into, depth + 1);
  }
}

/** Looks `@id` references up among the page's nodes, so that `author: {"@id": "#jane"}` finds Jane's name. */
export function nodeIndex(nodes: JsonLdNode[]): Map<string, JsonLdNode> {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1) byId.set(id, node);
  }
  return byId;
}

/** A text property (string, number, first of an array, or `{@value}`), trimmed; `undefined` when absent. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text) return text;
    }
    return undefined;
  }
  if (isNode(value)) return textOf(value['@value']);
  return undefined;
}

/** Names of people or organisations (author, publisher): strings, `{name}`, arrays, `@id` references. */
export function namesOf(value: unknown, byId: Map<string, JsonLdNode>): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list) {
    let name: string | undefined;
    if (typeof item === 'string') name = /^https?:\/\//.test(item) ? undefined : item.trim();
    else if (isNode(item)) {
      const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
      name = textOf(item.name) ?? (ref ? textOf(ref.name) : undefined);
    }
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** A URL property: a string, `{@id}` or `{url}`. */
export function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return urlOf(value[0]);
  if (isNode(value)) return urlOf(value['@id']) ?? urlOf(value.url);
  return undefined;
}

/** The updates of a live blog, whichever property the site used. */
export function liveBlogUpdates(node: JsonLdNode): JsonLdNode[] {
  const raw = node.liveBlogUpdate ?? node.blogPost ?? node.hasPart;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter(isNode);
}
