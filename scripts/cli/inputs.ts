/** Turns the command line's inputs into the files to analyse: folders expanded (recursively, in name order). */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type InputKind = 'html' | 'txt' | 'jsonl' | 'stdin';

export interface InputFile {
  /** As the user will recognise it in messages: the path given, or "-" for standard input. */
  path: string;
  kind: InputKind;
}

export interface InputProblem {
  path: string;
  message: string;
}

const KINDS: Record<string, InputKind> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'txt',
  '.jsonl': 'jsonl',
};

export function kindOf(path: string): InputKind | undefined {
  return KINDS[extname(path).toLowerCase()];
}

function walk(folder: string, into: InputFile[]): void {
  // Byte order, not locale order: the same folder lists the same way on every machine.
  const names = readdirSync(folder).sort();
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    const stats = statSync(path);
    if (stats.isDirectory()) walk(path, into);
    else {
      const kind = kindOf(name);
      if (kind && stats.isFile()) into.push({ path, kind });
    }
  }
}

export function expandInputs(inputs: string[]): { files: InputFile[]; problems: InputProblem[] } {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: '-', kind: 'stdin' });
      continue;
    }
    try {
      const stats = statSync(input);
      if (stats.isDirectory()) {
        const before = files.length;
        walk(input, files);
        // A folder that yields nothing is usually the wrong folder: said, rather than an empty output and success.
        if (files.length === before)
          problems.push({ path: input, message: 'the folder holds no .html, .htm, .txt or .jsonl file' });
        continue;
      }
      const kind = kindOf(input);
      if (!kind) {
        problems.push({
          path: input,
          message: 'not a page, text or JSONL file (expected .html, .htm, .txt, .jsonl, a folder or -)',
        });
      } else files.push({ path: input, kind });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        path: input,
        message: code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? String(error)})`,
      });
    }
  }
  return { files, problems };
}

/** What standard input holds, from its first characters: a page, JSONL records, or plain text. */
export function sniffKind(content: string): Exclude<InputKind, 'stdin'> {
  const start = content.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return 'html';
  if (start.startsWith('{')) return 'jsonl';
  return 'txt';
}
