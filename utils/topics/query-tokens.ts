/**
 * The pieces of a query for the expert editor's syntax highlighting: every character of the query belongs to
 * exactly one piece, so the editor can draw them as text spans under the textarea (never as HTML). Unlike the
 * parser this never throws: an unclosed phrase is a piece of kind `unclosed` running to the end.
 */
import { CLOSING_QUOTES, isWordChar, OPENING_QUOTES } from './query-parser';

export type QueryTokenKind =
  'space' | 'paren' | 'operator' | 'near' | 'phrase' | 'unclosed' | 'word' | 'glob' | 'fuzzy';

export interface QueryToken {
  kind: QueryTokenKind;
  text: string;
  /** 0-based offset in the query. */
  start: number;
}

function wordKind(text: string): QueryTokenKind {
  if (text === 'OR' || text === 'AND' || text === 'NOT') return 'operator';
  if (/^NEAR\//i.test(text)) return 'near';
  if (text.startsWith('~')) return 'fuzzy';
  return text.includes('*') ? 'glob' : 'word';
}

export function queryTokens(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    let end = i + 1;
    let kind: QueryTokenKind;
    if (/\s/.test(ch)) {
      while (end < query.length && /\s/.test(query[end]!)) end++;
      kind = 'space';
    } else if (ch === '(' || ch === ')') {
      kind = 'paren';
    } else if (OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) {
      while (end < query.length && !CLOSING_QUOTES.has(query[end]!)) end++;
      kind = end < query.length ? 'phrase' : 'unclosed';
      end = Math.min(end + 1, query.length);
    } else {
      while (end < query.length && isWordChar(query[end]!)) end++;
      kind = wordKind(query.slice(i, end));
    }
    tokens.push({ kind, text: query.slice(i, end), start: i });
    i = end;
  }
  return tokens;
}
