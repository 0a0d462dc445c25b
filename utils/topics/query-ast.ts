/**
 * The syntax tree of a topic query (grammar in ../shared/DESIGN.md, decisions in query-parser.ts).
 * Terms are stored already folded (`foldText`) and split into word parts, so matching never re-reads the query.
 */

/**
 * One word part of a term, folded: a literal ("otan"), or a glob when it holds `*` ("elargi*", "*erweiterung").
 * `joiner` is the hyphen or apostrophe that must glue the part to the previous one, as in the query ("NATO-*",
 * "l'OTAN"); '' when they are only separated by a space (or other punctuation) and need only be consecutive words.
 */
export type Joiner = '' | "'" | '-';

export interface TermPart {
  pattern: string;
  glob: boolean;
  joiner: Joiner;
}

export type TermKind = 'word' | 'phrase' | 'glob' | 'fuzzy';

export interface TermNode {
  type: 'term';
  kind: TermKind;
  /** The term as the user wrote it (without quotes or `~`). */
  source: string;
  parts: TermPart[];
  /** 1-based column of the term in the query, for messages. */
  column: number;
}

export interface AndNode {
  type: 'and';
  children: QueryNode[];
}

export interface OrNode {
  type: 'or';
  children: QueryNode[];
}

export interface NotNode {
  type: 'not';
  child: QueryNode;
}

/** Both sides within `distance` words of each other, in the same sentence. */
export interface NearNode {
  type: 'near';
  distance: number;
  left: QueryNode;
  right: QueryNode;
}

export type QueryNode = TermNode | AndNode | OrNode | NotNode | NearNode;
