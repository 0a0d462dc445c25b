import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../scripts/cli/decode';
import { expandInputs, sniffKind } from '../../scripts/cli/inputs';

describe('expandInputs', () => {
  const folder = mkdtempSync(join(tmpdir(), 'veille-inputs-'));
  mkdirSync(join(folder, 'b-sub'));
  mkdirSync(join(folder, '.hidden'));
  for (const name of ['c.txt', 'a.html', 'notes.md', 'b-sub/z.jsonl', 'b-sub/y.HTM', '.hidden/x.txt']) {
    writeFileSync(join(folder, name), 'x');
  }

  it('expands folders recursively in name order, keeping only pages, texts and JSONL', () => {
    const { files, problems } = expandInputs([folder]);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.path.slice(folder.length + 1), f.kind])).toEqual([
      ['a.html', 'html'],
      ['b-sub/y.HTM', 'html'],
      ['b-sub/z.jsonl', 'jsonl'],
      ['c.txt', 'txt'],
    ]);
  });

  it('names missing and unsupported inputs, and keeps the others in order', () => {
    const { files, problems } = expandInputs([
      join(folder, 'c.txt'),
      join(folder, 'nope.html'),
      join(folder, 'notes.md'),
      '-',
    ]);
    expect(files.map((f) => f.kind)).toEqual(['txt', 'stdin']);
    expect(problems).toEqual([
      { path: join(folder, 'nope.html'), message: 'no such file or folder' },
      {
        path: join(folder, 'notes.md'),
        message: 'not a page, text or JSONL file (expected .html, .htm, .txt, .jsonl, a folder or -)',
      },
    ]);
  });

  it('says when a folder holds nothing to analyse', () => {
    const empty = mkdtempSync(join(tmpdir(), 'veille-empty-'));
    writeFileSync(join(empty, 'notes.md'), '# notes');
    const { files, problems } = expandInputs([empty, join(folder, 'c.txt')]);
    expect(files.map((f) => f.kind)).toEqual(['txt']);
    expect(problems).toEqual([
      { path: empty, message: 'the folder holds no .html, .htm, .txt or .jsonl file' },
    ]);
  });
});

describe('sniffKind and decodePage', () => {
  it('recognises what standard input holds', () => {
    expect(sniffKind('\uFEFF  <!DOCTYPE html><p>x')).toBe('html');
    expect(sniffKind('{"text": "a"}\n{"text": "b"}')).toBe('jsonl');
    expect(sniffKind('Plain words.')).toBe('txt');
  });

  it('decodes a page in its declared legacy encoding, and UTF-8 otherwise', () => {
    const cp1251 = Uint8Array.from([
      ...Buffer.from('<meta charset="windows-1251"><p>'),
      0xcf,
      0xf0,
      0xe8,
      0xe2,
      0xe5,
      0xf2,
    ]);
    expect(decodePage(cp1251)).toContain('Привет');
    expect(decodePage(Buffer.from('<meta charset="iso-8859-1"><p>déjà'))).toContain('déjà');
    expect(decodePage(Buffer.from('\uFEFF<p>ok'))).toBe('<p>ok');
  });
});
