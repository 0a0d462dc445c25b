/**
 * Whether an article covers a topic, and how much. Each distinct occurrence of the query's positive terms
 * (overlapping ones, such as `NATO-*` and `*erweiterung` on "NATO-Osterweiterung", count once; a NEAR match
 * counts once for both its sides) weighs 3 in the title, 2 in the lede (first two sentences, about 300
 * characters) and 1 in the body. The text's part is divided by (words / 500)^0.75 once the text is longer
 * than 500 words: a long opinion piece that mentions a subject in passing three times is less about it than a
 * 200-word dispatch that mentions it once, yet a long report that keeps returning to it still counts.
 * A topic matches when its query holds over title and text together and the score reaches its `minScore`,
 * by default 1: one mention in a short text, in the title, or a few in a long text.
 */
import type { Topic, TopicHit, TopicResult } from '../types';
import { TopicDocument } from './document';
import { compileQuery, evaluate, type Occurrence } from './matcher';
import { QueryPrecheck } from './precheck';
import type { QueryNode } from './query-ast';

export const TITLE_WEIGHT = 3;
export const LEDE_WEIGHT = 2;
export const BODY_WEIGHT = 1;
export const DEFAULT_MIN_SCORE = 1;
/** Text length (in words) up to which mentions count in full, and how fast they weaken beyond it. */
export const REFERENCE_WORDS = 500;
export const LENGTH_EXPONENT = 0.75;

/** Sorted occurrences with overlapping ones merged into one span. */
function mergeOverlapping(occurrences: Occurrence[]): Occurrence[] {
  const sorted = [...occurrences].sort((a, b) => a.first - b.first || b.last - a.last);
  const merged: Occurrence[] = [];
  for (const occurrence of sorted) {
    const last = merged[merged.length - 1];
    if (last && occurrence.first <= last.last) last.last = Math.max(last.last, occurrence.last);
    else merged.push({ ...occurrence });
  }
  return merged;
}

function scoreOne(doc: TopicDocument, topic: Topic): TopicResult {
  const result: TopicResult = { id: topic.id, name: topic.name, matched: false, score: 0, hits: [] };
  const query = compileQuery(topic.query);
  // A topic saved with a broken query matches nothing rather than breaking the page's analysis;
  // the options page validates queries with parseQuery as they are typed.
  if (!query.ok) return result;
  const { holds, occurrences } = evaluate(doc, query.root);
  let titleScore = 0;
  let textScore = 0;
  const hits: TopicHit[] = [];
  for (const occurrence of mergeOverlapping(occurrences)) {
    if (doc.fieldOf(occurrence.first) === 'title') {
      titleScore += TITLE_WEIGHT;
      continue;
    }
    const start = doc.parts.starts[occurrence.first]!;
    const end = doc.parts.ends[occurrence.last]!;
    textScore += start < doc.ledeEnd ? LEDE_WEIGHT : BODY_WEIGHT;
    hits.push({ text: doc.text.slice(start, end), start, end });
  }
  const textWords = doc.size - doc.textStart;
  const lengthFactor = Math.max(1, textWords / REFERENCE_WORDS) ** LENGTH_EXPONENT;
  const score = Math.round((titleScore + textScore / lengthFactor) * 100) / 100;
  result.score = score;
  result.hits = hits;
  result.matched = holds && score > 0 && score >= (topic.minScore ?? DEFAULT_MIN_SCORE);
  return result;
}

/** One result per enabled topic, in the order given; `hits` are offsets into `article.text`. */
export function scoreTopics(
  article: { title: string; text: string; lang: string },
  topics: Topic[],
): TopicResult[] {
  const enabled = topics.filter((topic) => topic.enabled);
  if (enabled.length === 0) return [];
  const doc = new TopicDocument(article.title ?? '', article.text ?? '', article.lang || 'und');
  return enabled.map((topic) => scoreOne(doc, topic));
}

/** Keyed by the compiled query's tree, so it lives as long as the query's cache entry. */
const precheckByQuery = new WeakMap<QueryNode, QueryPrecheck>();

function precheckOf(root: QueryNode): QueryPrecheck {
  let precheck = precheckByQuery.get(root);
  if (!precheck) {
    precheck = new QueryPrecheck(root);
    precheckByQuery.set(root, precheck);
  }
  return precheck;
}

/**
 * Ids of the enabled topics whose query holds on one passage (a statement's content or its sentence) with at
 * least one positive term in it. No score threshold: a passage is too short for weights to mean anything.
 */
export function topicsMatchingPassage(passage: string, topics: Topic[], lang: string): string[] {
  const enabled = topics.filter((topic) => topic.enabled);
  if (enabled.length === 0 || !passage) return [];
  const doc = new TopicDocument('', passage, lang || 'und');
  const ids: string[] = [];
  for (const topic of enabled) {
    const query = compileQuery(topic.query);
    if (!query.ok || !precheckOf(query.root).mayMatch(doc)) continue;
    const { holds, occurrences } = evaluate(doc, query.root);
    if (holds && occurrences.length > 0) ids.push(topic.id);
  }
  return ids;
}
