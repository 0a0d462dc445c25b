/**
 * Parser of the topic query language (../shared/DESIGN.md, "Topics"):
 *
 *   query := or            or := and ("OR" and)*          and := near (["AND"] near)*
 *   near  := unary ("NEAR/" N unary)*
 *   unary := "NOT" unary | "(" query ")" | term
 *   term  := word | "quoted phrase" | glob* | ~fuzzy
 *
 * Decisions beyond the grammar, chosen to behave like the monitoring tools users come from:
 * - Operators are upper case (OR, AND, NOT, NEAR/N) so that "or", "and", "not", "near" stay searchable words;
 *   `near/5` with its slash is also accepted, since nobody searches for that. NOT binds tighter than NEAR,
 *   which binds tighter than AND, which binds tighter than OR: `a b OR c` is `(a AND b) OR c`.
 * - Phrases take straight or typographic quotes (" “ ” „ « »), may hold globs ("guarantee* of security").
 * - A term is split into word parts the same way the text is (see document.ts): a hyphen or an apostrophe in a
 *   term glues its parts (`NATO-*`, `l'OTAN`), any other punctuation just separates words.
 * - Errors are `QuerySyntaxError`s whose column is 1-based (UTF-16 units) and points where something else was
 *   expected; for an unclosed quote or parenthesis that is the end of the query, and the message also names
 *   the column where it was opened. Each carries a `reason` code, which the interface turns into words of its
 *   own language (components/topics/query-error.ts); the English message is for the command line and logs.
 */
import { foldText } from '../text/normalize';
import type { Joiner, QueryNode, TermKind, TermNode, TermPart } from './query-ast';

/** Why a query does not parse: what the parser expected at the error's column, as a code. */
export const QUERY_ERROR_REASONS = [
  'term-expected',
  'close-paren-expected',
  'close-quote-expected',
  'empty-phrase',
  'near-slash-expected',
  'near-number-expected',
  'near-out-of-range',
  'fuzzy-word-expected',
  'fuzzy-glob',
  'letters-expected',
  'glob-alone',
  'unmatched-paren',
  'too-deep',
  'too-many-nears',
] as const;
export type QueryErrorReason = (typeof QUERY_ERROR_REASONS)[number];

/** The longest NEAR distance accepted: far beyond any sentence, small enough to keep matching cheap. */
export const MAX_NEAR = 1000;
/** Nesting (parentheses and NOTs, NEARs in a row) deeper than any real query, shallow enough for the stack. */
export const MAX_DEPTH = 100;

/** What each reason expected, in English words, for the error's message. */
const EXPECTED: Record<QueryErrorReason, string> = {
  'term-expected': 'a term or "("',
  'close-paren-expected': '")"',
  'close-quote-expected': 'a closing quote (")',
  'empty-phrase': 'words inside the quotes',
  'near-slash-expected': '"/" and a number of words after NEAR',
  'near-number-expected': 'a number after "NEAR/"',
  'near-out-of-range': `a number from 1 to ${MAX_NEAR} after "NEAR/"`,
  'fuzzy-word-expected': 'a word after "~"',
  'fuzzy-glob': 'a word without "*" after "~"',
  'letters-expected': 'letters or digits in the term',
  'glob-alone': 'letters or digits next to "*"',
  'unmatched-paren': 'an operator, a term or the end of the query',
  'too-deep': `at most ${MAX_DEPTH} nested parentheses or NOTs`,
  'too-many-nears': `at most ${MAX_DEPTH} NEARs in a row`,
};

export class QuerySyntaxError extends Error {
  /** 1-based column where something else was expected. */
  readonly column: number;
  /** What the parser expected there. */
  readonly reason: QueryErrorReason;

  constructor(column: number, reason: QueryErrorReason, detail = '') {
    super(`Expected ${EXPECTED[reason]} at column ${column}${detail}`);
    this.name = 'QuerySyntaxError';
    this.column = column;
    this.reason = reason;
  }
}

type Token =
  | { kind: 'lparen' | 'rparen' | 'or' | 'and' | 'not'; column: number; text: string }
  | { kind: 'near'; column: number; text: string; distance: number }
  | { kind: 'word' | 'phrase'; column: number; text: string };

export const OPENING_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB']);
export const CLOSING_QUOTES = new Set(['"', '\u201D', '\u201C', '\u00BB']);
const WHITE = /\s/;

export function isWordChar(ch: string): boolean {
  return !WHITE.test(ch) && ch !== '(' && ch !== ')' && !OPENING_QUOTES.has(ch) && !CLOSING_QUOTES.has(ch);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    const column = i + 1;
    if (WHITE.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', column, text: ch });
      i++;
    } else if (OPENING_QUOTES.has(ch) || CLOSING_QUOTES.has(ch)) {
      let end = i + 1;
      while (end < query.length && !CLOSING_QUOTES.has(query[end]!)) end++;
      if (end >= query.length) {
        throw new QuerySyntaxError(
          query.length + 1,
          'close-quote-expected',
          `: the phrase opened at column ${column} is not closed`,
        );
      }
      const text = query.slice(i + 1, end);
      if (text.trim() === '') throw new QuerySyntaxError(i + 2, 'empty-phrase');
      tokens.push({ kind: 'phrase', column, text });
      i = end + 1;
    } else {
      let end = i;
      while (end < query.length && isWordChar(query[end]!)) end++;
      tokens.push(operatorOrWord(query.slice(i, end), column));
      i = end;
    }
  }
  return tokens;
}

function operatorOrWord(text: string, column: number): Token {
  if (text === 'OR' || text === 'AND' || text === 'NOT') {
    return { kind: text === 'OR' ? 'or' : text === 'AND' ? 'and' : 'not', column, text };
  }
  const upper = text.toUpperCase();
  if (text === 'NEAR' || upper.startsWith('NEAR/')) {
    if (!upper.startsWith('NEAR/')) throw new QuerySyntaxError(column + 4, 'near-slash-expected');
    const digits = text.slice(5);
    if (!/^[0-9]+$/.test(digits)) throw new QuerySyntaxError(column + 5, 'near-number-expected');
    const distance = Number(digits);
    if (distance < 1 || distance > MAX_NEAR) {
      throw new QuerySyntaxError(column + 5, 'near-out-of-range');
    }
    return { kind: 'near', column, text, distance };
  }
  return { kind: 'word', column, text };
}

/** The glue between two word parts, from the folded characters between them. */
export function joinerOf(gap: string): Joiner {
  return gap === "'" || gap === '-' ? gap : '';
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}*]/u;

/** Length in code units of the code point at `i` (2 for one written as a surrogate pair). */
function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

/**
 * Word parts of a folded term: runs of letters, digits and `*`; a lone hyphen or apostrophe glues two runs. Read
 * one code point at a time: a regular expression's `+` over a run of non-Latin letters a few megabytes long
 * overflows V8's stack (a pasted 5 MB term did).
 */
export function termParts(folded: string): TermPart[] {
  const parts: TermPart[] = [];
  const isWordAt = (i: number) => WORD_CHARACTER.test(folded.slice(i, i + codePointLength(folded, i)));
  let previousEnd = -1;
  let i = 0;
  while (i < folded.length) {
    if (!isWordAt(i)) {
      i += codePointLength(folded, i);
      continue;
    }
    const start = i;
    while (i < folded.length && isWordAt(i)) i += codePointLength(folded, i);
    const pattern = folded.slice(start, i);
    const gap = previousEnd < 0 ? '' : folded.slice(previousEnd, start);
    parts.push({ pattern, glob: pattern.includes('*'), joiner: joinerOf(gap) });
    previousEnd = i;
  }
  return parts;
}

function termNode(token: Token & { kind: 'word' | 'phrase' }): TermNode {
  let source = token.text;
  let fuzzy = false;
  if (token.kind === 'word' && source.startsWith('~')) {
    fuzzy = true;
    source = source.slice(1);
    if (source === '') throw new QuerySyntaxError(token.column + 1, 'fuzzy-word-expected');
    if (source.includes('*')) throw new QuerySyntaxError(token.column + 1, 'fuzzy-glob');
  }
  const parts = termParts(foldText(source.trim()));
  const contentColumn = token.column + (token.kind === 'phrase' || fuzzy ? 1 : 0);
  if (parts.length === 0) throw new QuerySyntaxError(contentColumn, 'letters-expected');
  if (parts.every((part) => /^\*+$/.test(part.pattern))) {
    throw new QuerySyntaxError(contentColumn, 'glob-alone');
  }
  const kind: TermKind = fuzzy
    ? 'fuzzy'
    : token.kind === 'phrase'
      ? 'phrase'
      : parts.some((part) => part.glob)
        ? 'glob'
        : 'word';
  return { type: 'term', kind, source: source.trim(), parts, column: token.column };
}

class Parser {
  private position = 0;
  private depth = 0;
  /**
   * How many NEARs stand inside one another under each node built so far (none when absent). A chain
   * `a NEAR/3 b NEAR/3 c` nests to the left, so its length is the tree's depth: the matcher walks that depth
   * recursively, and a pasted query of thousands of NEARs would exhaust the stack where it runs.
   */
  private readonly nearDepths = new Map<QueryNode, number>();

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): QueryNode {
    if (this.tokens.length === 0) throw new QuerySyntaxError(1, 'term-expected', ': the query is empty');
    const node = this.or();
    const rest = this.peek();
    if (rest) {
      // Everything else that can follow a complete query continues it (implicit AND): only ")" is left.
      throw new QuerySyntaxError(rest.column, 'unmatched-paren', ': unmatched ")"');
    }
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private or(): QueryNode {
    const children = [this.and()];
    while (this.peek()?.kind === 'or') {
      this.position++;
      children.push(this.and());
    }
    return children.length === 1 ? children[0]! : this.enclosing({ type: 'or', children }, children);
  }

  private and(): QueryNode {
    const children = [this.near()];
    for (;;) {
      const next = this.peek();
      if (next?.kind === 'and') {
        this.position++;
        children.push(this.near());
      } else if (
        next &&
        (next.kind === 'word' || next.kind === 'phrase' || next.kind === 'lparen' || next.kind === 'not')
      ) {
        children.push(this.near());
      } else {
        break;
      }
    }
    return children.length === 1 ? children[0]! : this.enclosing({ type: 'and', children }, children);
  }

  private near(): QueryNode {
    let node = this.unary();
    for (let next = this.peek(); next?.kind === 'near'; next = this.peek()) {
      this.position++;
      const right = this.unary();
      const depth = 1 + Math.max(this.nearDepth(node), this.nearDepth(right));
      if (depth > MAX_DEPTH) throw new QuerySyntaxError(next.column, 'too-many-nears');
      node = { type: 'near', distance: next.distance, left: node, right };
      this.nearDepths.set(node, depth);
    }
    return node;
  }

  private nearDepth(node: QueryNode): number {
    return this.nearDepths.get(node) ?? 0;
  }

  /** `node`, holding `children`, as deep in NEARs as the deepest of them. */
  private enclosing<T extends QueryNode>(node: T, children: readonly QueryNode[]): T {
    // A loop, not Math.max(...): a flat OR may have more children than a call has room for arguments.
    let depth = 0;
    for (const child of children) depth = Math.max(depth, this.nearDepth(child));
    if (depth > 0) this.nearDepths.set(node, depth);
    return node;
  }

  private unary(): QueryNode {
    const token = this.peek();
    if (!token) {
      const previous = this.tokens[this.position - 1];
      const after = previous ? ` after ${previous.text}` : '';
      throw new QuerySyntaxError(this.length + 1, 'term-expected', `: the query ends${after}`);
    }
    if ((token.kind === 'not' || token.kind === 'lparen') && ++this.depth > MAX_DEPTH) {
      throw new QuerySyntaxError(token.column, 'too-deep');
    }
    if (token.kind === 'not') {
      this.position++;
      const child = this.unary();
      this.depth--;
      return this.enclosing({ type: 'not', child }, [child]);
    }
    if (token.kind === 'lparen') {
      this.position++;
      const inner = this.or();
      const close = this.peek();
      if (close?.kind !== 'rparen') {
        throw new QuerySyntaxError(
          close ? close.column : this.length + 1,
          'close-paren-expected',
          `: the parenthesis opened at column ${token.column} is not closed`,
        );
      }
      this.position++;
      this.depth--;
      return inner;
    }
    if (token.kind === 'word' || token.kind === 'phrase') {
      this.position++;
      return termNode(token);
    }
    throw new QuerySyntaxError(token.column, 'term-expected', `: found ${token.text}`);
  }
}

/** Parses a query into its tree; throws `QuerySyntaxError` naming the column and what was expected. */
export function parseQuery(query: string): QueryNode {
  return new Parser(tokenize(query), query.length).parse();
}
