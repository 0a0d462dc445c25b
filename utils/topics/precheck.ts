/**
 * A cheap, exact-where-it-says-no test of whether a query can match a short passage: which of the query's
 * positive terms have their first word part among the passage's words, then the query's logic over that
 * knowledge alone. "No" is certain: a term whose first part is absent has no occurrence, a NEAR needs an
 * occurrence on both sides, an AND needs every child to hold. "Maybe" goes to the full evaluation.
 * Statements are checked against every topic one by one and almost none mention any: this spares them the
 * full evaluation, whose glob lookups are redone for every new document.
 */
import { PREFIX_LENGTH, type TopicDocument } from './document';
import { globMatches, globPieces } from './glob';
import type { QueryNode, TermNode } from './query-ast';

/** What is known of a node on a passage: whether it may hold, and whether it may hold with a hit. */
interface Possible {
  holds: boolean;
  hit: boolean;
}

const NEVER: Possible = { holds: false, hit: false };

export class QueryPrecheck {
  private readonly termsByLiteral = new Map<string, TermNode[]>();
  /** Glob terms with a fixed start of at least PREFIX_LENGTH letters, by those letters (as the document buckets its words). */
  private readonly globsByPrefix = new Map<string, { term: TermNode; pieces: string[] }[]>();
  /** Glob terms that open with a star or a single letter: few, tested against every word. */
  private readonly looseGlobs: { term: TermNode; pieces: string[] }[] = [];
  /** A fuzzy term matches words that no index can list in advance: it is taken as present. */
  private readonly fuzzy = new Set<TermNode>();

  constructor(private readonly root: QueryNode) {
    this.index(root);
  }

  /** False only when the query cannot hold with a hit on `doc`. */
  mayMatch(doc: TopicDocument): boolean {
    const present = new Set<TermNode>(this.fuzzy);
    for (const key of doc.positions.keys()) {
      for (const term of this.termsByLiteral.get(key) ?? []) present.add(term);
      for (const glob of this.globsByPrefix.get(key.slice(0, PREFIX_LENGTH)) ?? []) {
        if (globMatches(glob.pieces, key)) present.add(glob.term);
      }
      for (const glob of this.looseGlobs) if (globMatches(glob.pieces, key)) present.add(glob.term);
    }
    const { holds, hit } = possible(this.root, present);
    return holds && hit;
  }

  /** Terms under NOT are left out: they never make a hit, and a NOT is taken as possibly holding anyway. */
  private index(node: QueryNode): void {
    switch (node.type) {
      case 'term':
        this.indexTerm(node);
        return;
      case 'not':
        return;
      case 'and':
      case 'or':
        node.children.forEach((child) => this.index(child));
        return;
      case 'near':
        this.index(node.left);
        this.index(node.right);
    }
  }

  private indexTerm(term: TermNode): void {
    const first = term.parts[0];
    if (!first) return;
    if (term.kind === 'fuzzy') {
      this.fuzzy.add(term);
      return;
    }
    if (!first.glob) {
      const list = this.termsByLiteral.get(first.pattern);
      if (list) list.push(term);
      else this.termsByLiteral.set(first.pattern, [term]);
      return;
    }
    const glob = { term, pieces: globPieces(first.pattern) };
    const head = glob.pieces[0]!;
    if (head.length < PREFIX_LENGTH) {
      this.looseGlobs.push(glob);
      return;
    }
    const prefix = head.slice(0, PREFIX_LENGTH);
    const list = this.globsByPrefix.get(prefix);
    if (list) list.push(glob);
    else this.globsByPrefix.set(prefix, [glob]);
  }
}

/** The query's logic (matcher.ts's `evaluate`) over the terms known present, erring only towards "possible". */
function possible(node: QueryNode, present: ReadonlySet<TermNode>): Possible {
  switch (node.type) {
    case 'term':
      return present.has(node) ? { holds: true, hit: true } : NEVER;
    case 'not':
      return { holds: true, hit: false };
    case 'and': {
      let hit = false;
      for (const child of node.children) {
        const result = possible(child, present);
        if (!result.holds) return NEVER;
        hit ||= result.hit;
      }
      return { holds: true, hit };
    }
    case 'or': {
      let holds = false;
      let hit = false;
      for (const child of node.children) {
        const result = possible(child, present);
        holds ||= result.holds;
        hit ||= result.hit;
      }
      return { holds, hit };
    }
    case 'near': {
      const leftNegated = node.left.type === 'not';
      const rightNegated = node.right.type === 'not';
      if (leftNegated && rightNegated) return { holds: true, hit: false };
      if (leftNegated || rightNegated) {
        const positive = possible(leftNegated ? node.right : node.left, present);
        return positive.hit ? { holds: true, hit: true } : NEVER;
      }
      const both = possible(node.left, present).hit && possible(node.right, present).hit;
      return both ? { holds: true, hit: true } : NEVER;
    }
  }
}
