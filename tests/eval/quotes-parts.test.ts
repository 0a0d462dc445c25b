/**
 * The statement scorer (scripts/eval/quotes.ts) and quotations in parts: a gold statement given in several
 * `content_spans` may pair with a run of linked parts; a gold statement per part still needs each part.
 * The records are written for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateQuoteFile } from '../../scripts/eval/quotes';

const dir = mkdtempSync(join(tmpdir(), 'veille-quotes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = '“The bridge will reopen in May,” Nora Quill said. “Nobody wants another winter of detours.”';
const part1: [number, number] = [1, text.indexOf(',”')];
const part2: [number, number] = [text.lastIndexOf('“') + 1, text.length - 1];

function score(statements: object[]) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, JSON.stringify({ id: 'r1', lang: 'en', text, statements }) + '\n');
  return evaluateQuoteFile(file);
}

const gold = (spans: [number, number][]) => ({
  speaker: 'Nora Quill',
  content: spans.map(([a, b]) => text.slice(a, b)).join(' … '),
  kind: 'direct',
  content_start: spans[0]![0],
  content_end: spans[spans.length - 1]![1],
  ...(spans.length > 1 ? { content_spans: spans } : {}),
});

describe('scoring quotations in parts', () => {
  it('pairs a gold statement in two spans with the two linked parts, leaving nothing spurious', () => {
    const r = score([gold([part1, part2])]);
    expect(r.predicted).toBe(2);
    expect(r.at03).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.at08).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.speakerAccuracy).toBe(1);
  });

  it('pairs gold statements of one part each with the parts one by one', () => {
    const r = score([gold([part1]), gold([part2])]);
    expect(r.at03).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('does not join parts for a gold statement of one span', () => {
    // One span over both parts and the attribution between them: each part alone overlaps it too little
    // at 0.8, and the parts are not read as one prediction.
    const r = score([gold([[part1[0], part2[1]]])]);
    expect(r.at08).toMatchObject({ tp: 0, fp: 2, fn: 1 });
    expect(r.at03).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  describe('a split quotation within one sentence (one predicted statement with parts)', () => {
    const split =
      '“The bridge will reopen in May,” Nora Quill said, “and nobody wants another winter of detours.”';
    const q1: [number, number] = [1, split.indexOf(',”')];
    const q2: [number, number] = [split.lastIndexOf('“') + 1, split.length - 1];
    const scoreSplit = (statements: object[]) => {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
      writeFileSync(file, JSON.stringify({ id: 'r2', lang: 'en', text: split, statements }) + '\n');
      return evaluateQuoteFile(file);
    };
    const goldOf = (spans: [number, number][]) => ({
      speaker: 'Nora Quill',
      content: spans.map(([a, b]) => split.slice(a, b)).join(' … '),
      kind: 'direct',
      content_start: spans[0]![0],
      content_end: spans[spans.length - 1]![1],
      ...(spans.length > 1 ? { content_spans: spans } : {}),
    });

    it('pairs each part with a gold statement of one span', () => {
      const r = scoreSplit([goldOf([q1]), goldOf([q2])]);
      expect(r.predicted).toBe(1);
      expect(r.at03).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    });

    it('pairs the whole with a gold statement given in the same two spans', () => {
      const r = scoreSplit([goldOf([q1, q2])]);
      expect(r.at08).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    });
  });
});
