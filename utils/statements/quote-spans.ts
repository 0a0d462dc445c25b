/**
 * Quotations in a text: pairs of quote marks, nested ones inside, and quotations running over several
 * paragraphs (the press convention: each paragraph of a long quotation opens with a mark again and only the
 * last one closes it). An opening mark that is never closed is ignored rather than allowed to swallow the
 * rest of the article. One pass over the text.
 */
import type { QuotePair } from './lexicon/types';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  /** 0 for a top-level quotation, 1 for one inside it… */
  depth: number;
  /** Length of the marks when they are two characters (plain-text wire copy writes '' for ”). Default 1. */
  openLength?: number;
  closeLength?: number;
}

/** The quotation's content range, inside its marks. */
export function innerRange(span: QuoteSpan): [number, number] {
  return [span.open + (span.openLength ?? 1), span.close - (span.closeLength ?? 1) + 1];
}

/** Marks understood in every language, after the language's own pairs. */
const UNIVERSAL: QuotePair[] = [
  { open: '«', close: '»' },
  { open: '“', close: '”' },
  { open: '„', close: '“' },
  { open: '„', close: '”' },
  { open: '"', close: '"' },
  // Mixed typography is common in copy-edited text: “…" and "…”.
  { open: '“', close: '"' },
  { open: '"', close: '”' },
  { open: '‘', close: '’' },
  { open: '‚', close: '‘' },
  { open: '‹', close: '›' },
  { open: '「', close: '」' },
];

interface Open {
  at: number;
  mark: string;
  closers: ReadonlySet<string>;
  length: number;
}

/** Two ASCII apostrophes stand for a double quotation mark in plain-text wire copy (''…''), `` opens. */
const DOUBLE_APOSTROPHE = "''";

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** `c` written inside a character class of a regular expression. */
function escapeInClass(c: string): string {
  return c.replace(/[\\\]^-]/g, '\\$&');
}

/** What a language's pairs of marks (with the universal ones) make: who closes what, and where to stop. */
interface MarkTables {
  closersOf: ReadonlyMap<string, ReadonlySet<string>>;
  openerChars: ReadonlySet<string>;
  closerChars: ReadonlySet<string>;
  /** Any character but these leaves `findQuotes` as it is: it jumps from one of them to the next. */
  marks: RegExp;
}

/** Tables by language pairs: they are the same for every text of a language, and many texts are short. */
const tablesOf = new WeakMap<readonly QuotePair[], MarkTables>();

function markTables(languagePairs: readonly QuotePair[]): MarkTables {
  const known = tablesOf.get(languagePairs);
  if (known) return known;
  const closersOf = new Map<string, Set<string>>();
  const openerChars = new Set<string>();
  const closerChars = new Set<string>();
  // The language's pairs win: in German » opens and « closes, in French the reverse.
  const seen = new Set<string>();
  for (const p of [...languagePairs, ...UNIVERSAL]) {
    if (seen.has(p.close) && !closersOf.has(p.open) && languagePairs.some((l) => l.close === p.open))
      continue;
    let set = closersOf.get(p.open);
    if (!set) {
      if (languagePairs.some((l) => l.close === p.open && l.open !== p.open)) continue;
      set = new Set();
      closersOf.set(p.open, set);
    }
    set.add(p.close);
    openerChars.add(p.open);
    closerChars.add(p.close);
    seen.add(p.open);
  }
  // (A search by a regular expression is much cheaper than a look-up for every character of the text.)
  const marks = new RegExp(`[\\n'\`${[...openerChars, ...closerChars].map(escapeInClass).join('')}]`, 'g');
  const tables = { closersOf, openerChars, closerChars, marks };
  tablesOf.set(languagePairs, tables);
  return tables;
}

export function findQuotes(text: string, languagePairs: readonly QuotePair[]): QuoteSpan[] {
  const { closersOf, openerChars, closerChars, marks } = markTables(languagePairs);
  const spans: QuoteSpan[] = [];
  let stack: Open[] = [];
  const n = text.length;
  const nextMark = (from: number): number => {
    marks.lastIndex = from;
    return marks.exec(text)?.index ?? n;
  };
  for (let i = nextMark(0); i < n; i = nextMark(i + 1)) {
    const c = text[i]!;
    if (c === '\n') {
      if (stack.length === 0) continue;
      // Paragraph end inside a quotation: it goes on only if the next paragraph opens with the same mark.
      let j = i;
      while (j < n && /\s/.test(text[j]!)) j++;
      const bottom = stack[0]!;
      if (j < n && text[j] === bottom.mark) {
        stack = [bottom];
        i = j; // the repeated opening mark is part of the quotation, not a new one
        continue;
      }
      stack = [];
      continue;
    }
    if (c === "'" && text[i + 1] === "'") {
      const prev = text[i - 1];
      const after = text[i + 2];
      const top = stack[stack.length - 1];
      if (top && top.mark === DOUBLE_APOSTROPHE) {
        stack.pop();
        spans.push({ open: top.at, close: i + 1, depth: stack.length, openLength: 2, closeLength: 2 });
      } else if (!isLetter(prev) && after !== undefined && !/\s/.test(after)) {
        stack.push({ at: i, mark: DOUBLE_APOSTROPHE, closers: new Set([DOUBLE_APOSTROPHE]), length: 2 });
      }
      i++;
      continue;
    }
    if (c === '`' && text[i + 1] === '`') {
      stack.push({ at: i, mark: DOUBLE_APOSTROPHE, closers: new Set([DOUBLE_APOSTROPHE]), length: 2 });
      i++;
      continue;
    }
    if (!openerChars.has(c) && !closerChars.has(c)) continue;
    const top = stack[stack.length - 1];
    const prev = text[i - 1];
    const next = text[i + 1];
    // Apostrophes look like closing single quotes: "Putin’s" is not a quotation end.
    if (c === '’' && isLetter(prev) && isLetter(next)) continue;
    // An ASCII quote standing alone between spaces neither opens nor closes anything, unless a space sets it
    // off from the single mark closing a nested quotation: "… the term 'outreach,' " he said.
    if (c === '"' && (prev === undefined || /\s/.test(prev)) && (next === undefined || /\s/.test(next))) {
      const beforeSpace = text[i - 2];
      const nestedClose = top?.mark === '"' && prev === ' ' && (beforeSpace === "'" || beforeSpace === '’');
      if (!nestedClose) continue;
    }
    if (top && top.closers.has(c)) {
      // An ASCII quote right after a letter and before a letter is inside a word (rare, but never a close).
      if (!(c === '"' && isLetter(prev) && isLetter(next))) {
        stack.pop();
        spans.push({ open: top.at, close: i, depth: stack.length, openLength: top.length });
        continue;
      }
    }
    // A closing mark typed where the opening one belongs (”Q.” opening a paragraph): at the start of a
    // paragraph, before a letter, with nothing open, it can only open a quotation it also closes.
    // (Not », which opens the continuation paragraphs of a French quotation, nor ’, an elision: "’Tis".)
    if (
      c === '”' &&
      !openerChars.has(c) &&
      stack.length === 0 &&
      (prev === undefined || prev === '\n') &&
      isLetter(next)
    ) {
      stack.push({ at: i, mark: c, closers: new Set([c]), length: 1 });
      continue;
    }
    // A closer of some outer quotation: close everything opened since (unbalanced inner marks).
    if (closerChars.has(c) && !openerChars.has(c)) {
      for (let k = stack.length - 2; k >= 0; k--) {
        const s = stack[k]!;
        if (s.closers.has(c)) {
          stack = stack.slice(0, k);
          spans.push({ open: s.at, close: i, depth: k, openLength: s.length });
          break;
        }
      }
      continue;
    }
    // An opening mark typed where the closing one belongs ("… 51 percent.“" at a paragraph's end): after a
    // word or punctuation and before a space, it cannot open anything, so it closes the same mark's quotation.
    if (
      top &&
      top.mark === c &&
      prev !== undefined &&
      !/\s/.test(prev) &&
      (next === undefined || /\s/.test(next))
    ) {
      stack.pop();
      spans.push({ open: top.at, close: i, depth: stack.length, openLength: top.length });
      continue;
    }
    const closers = closersOf.get(c);
    if (!closers) continue;
    // Ambiguous marks (", ‘) open only at the start of a word.
    if ((c === '"' || c === '‘' || c === '‚') && isLetter(prev)) continue;
    if ((c === '"' || c === '‘') && (next === undefined || /\s/.test(next))) continue;
    stack.push({ at: i, mark: c, closers, length: 1 });
  }
  spans.sort((a, b) => a.open - b.open);
  // Depth from containment among closed quotations only: a mark never closed must not turn the rest of
  // its paragraph into nested quotations.
  const outer: number[] = [];
  for (const span of spans) {
    while (outer.length > 0 && outer[outer.length - 1]! < span.open) outer.pop();
    span.depth = outer.length;
    outer.push(span.close);
  }
  return spans;
}
