/**
 * Which words of a document a term part matches. Lookups go through the document's vocabulary (its distinct
 * folded words), never through its running text: a literal is one map lookup (in matcher.ts), a glob with a
 * fixed start tests only the words sharing its first letters, a fuzzy word is one fuse.js search. Results are
 * cached per document, since several topics share many patterns.
 */
import Fuse from 'fuse.js';
import { PREFIX_LENGTH, type TopicDocument } from './document';
import { globMatches, globPieces } from './glob';

/** fuse.js scores from 0 (exact) to 1; 0.35 lets one or two typos through in a word of usual length. */
const FUZZY_THRESHOLD = 0.35;
const fuseIndexes = new WeakMap<TopicDocument, Fuse<string>>();

/** Typos allowed for a word of this length: fuse.js finds near substrings, so the length difference is bounded too. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

function globKeys(doc: TopicDocument, pattern: string): Set<string> {
  const pieces = globPieces(pattern);
  const head = pieces[0]!;
  const found = new Set<string>();
  if (head.length >= PREFIX_LENGTH) {
    for (const key of doc.keysByPrefix().get(head.slice(0, PREFIX_LENGTH)) ?? []) {
      if (globMatches(pieces, key)) found.add(key);
    }
  } else {
    // "*erweiterung", "e*": few such globs; a pass over the distinct words is cheaper than keeping another index.
    for (const key of doc.positions.keys()) if (globMatches(pieces, key)) found.add(key);
  }
  return found;
}

function fuzzyKeys(doc: TopicDocument, word: string): Set<string> {
  let fuse = fuseIndexes.get(doc);
  if (!fuse) {
    fuse = new Fuse([...doc.positions.keys()], {
      threshold: FUZZY_THRESHOLD,
      ignoreLocation: true,
      includeScore: true,
    });
    fuseIndexes.set(doc, fuse);
  }
  const edits = allowedEdits(word.length);
  const found = new Set<string>();
  for (const result of fuse.search(word)) {
    if (Math.abs(result.item.length - word.length) <= edits) found.add(result.item);
  }
  return found;
}

/** The document's words matched by a glob (`*` anywhere) or, with `fuzzy`, close to a word (`~word`). */
export function matchingKeys(doc: TopicDocument, pattern: string, fuzzy: boolean): ReadonlySet<string> {
  const cache = fuzzy ? doc.fuzzyCache : doc.globCache;
  let keys = cache.get(pattern);
  if (!keys) {
    keys = fuzzy ? fuzzyKeys(doc, pattern) : globKeys(doc, pattern);
    cache.set(pattern, keys);
  }
  return keys;
}
