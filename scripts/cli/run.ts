/**
 * The command line: inputs → analyses → standard output; problems → standard error, naming the input (and the
 * line for JSONL); the other inputs are still analysed. Exit code 0, 1 (some input failed) or 2 (usage).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { boundHtmlDepth } from '../../utils/html/bound-depth';
import { analyzeDocument, analyzeText, type AnalyzeOptions } from '../../utils/analyze';
import { DEFAULT_TOPICS } from '../../utils/topics';
import type { ArticleAnalysis } from '../../utils/types';
import { parseArgs, USAGE, UsageError } from './args';
import { decodePage } from './decode';
import { expandInputs, sniffKind, type InputFile } from './inputs';
import { parseJsonlRecord, type JsonlRecord } from './jsonl';
import { OutputWriter } from './output';
import { loadTopicsFile, TopicsFileError } from './topics-file';

export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Progress is only shown to a person watching a terminal. */
  stderrIsTTY: boolean;
}

/** A .txt file's first line is its title when it is short enough to be one. */
const MAX_TITLE_LENGTH = 200;

/**
 * Parses a page in Node with linkedom (about ten times faster than jsdom on news pages), its nesting bounded as in
 * the browser (linkedom is quadratic in depth).
 */
export function parsePage(html: string): Document {
  return parseHTML(boundHtmlDepth(html)).document as unknown as Document;
}

export function titleOfText(text: string): string | undefined {
  const firstLine = /^[^\S\n]*(\S[^\n]*)/.exec(text.replace(/^\s*\n/, ''))?.[1]?.trim();
  return firstLine && firstLine.length <= MAX_TITLE_LENGTH ? firstLine : undefined;
}

class Run {
  failed = false;
  constructor(
    readonly io: CliIo,
    readonly writer: OutputWriter,
    readonly analyze: AnalyzeOptions,
  ) {}

  problem(where: string, message: string): void {
    this.failed = true;
    this.io.stderr(`veille: ${where}: ${message}\n`);
  }

  note(where: string, message: string): void {
    this.io.stderr(`veille: ${where}: ${message}\n`);
  }

  emit(records: ArticleAnalysis[]): void {
    for (const record of records) this.writer.add(record);
  }

  page(where: string, html: string, record: JsonlRecord = {}): void {
    const analyses = analyzeDocument(parsePage(html), {
      ...this.analyze,
      url: record.url,
      lang: record.lang ?? this.analyze.lang,
    });
    // A note, not a failure (a front page is no mistake); it says how to have the words analysed anyway.
    if (!analyses.length)
      this.note(
        where,
        'no article found (to analyse its words anyway, give them as text: a .txt file or a "text" field)',
      );
    for (const analysis of analyses) {
      if (record.title) analysis.title = record.title;
      if (record.publishedAt) analysis.publishedAt = record.publishedAt;
    }
    // Ids first, as in every record of the output.
    this.emit(
      record.id === undefined ? analyses : analyses.map((analysis) => ({ id: record.id, ...analysis })),
    );
  }

  text(where: string, text: string): void {
    const plain = text.replace(/^\uFEFF/, '');
    if (this.empty(where, plain)) return;
    this.emit([analyzeText({ text: plain, title: titleOfText(plain) }, this.analyze)]);
  }

  /** An empty text is a mistake upstream (a failed download, a wrong field): said, rather than a blank record. */
  empty(where: string, text: string): boolean {
    if (/\S/.test(text)) return false;
    this.problem(where, 'the text is empty: nothing to analyse');
    return true;
  }

  jsonl(path: string, content: string, progress: (line: number) => void): void {
    const lines = content.split('\n');
    lines.forEach((raw, index) => {
      const line = raw.replace(/\r$/, '');
      if (!line.trim()) return;
      const where = `${path}:${index + 1}`;
      const parsed = parseJsonlRecord(line);
      if ('error' in parsed) {
        this.problem(where, parsed.error);
        return;
      }
      const { record } = parsed;
      try {
        if (record.text !== undefined) {
          if (this.empty(where, record.text)) return;
          this.emit([
            analyzeText(
              {
                text: record.text,
                title: record.title,
                id: record.id,
                url: record.url,
                lang: record.lang,
                publishedAt: record.publishedAt,
              },
              this.analyze,
            ),
          ]);
        } else
          this.page(
            record.id !== undefined ? `${where} (id ${record.id})` : where,
            record.html ?? '',
            record,
          );
      } catch (error) {
        this.problem(where, `analysis failed (${(error as Error).message})`);
      }
      progress(index + 1);
    });
  }

  async file(input: InputFile, progress: (line: number) => void): Promise<void> {
    let kind = input.kind;
    let content: string;
    try {
      const bytes = input.kind === 'stdin' ? await this.io.readStdin() : readFileSync(input.path);
      content =
        kind === 'html' || kind === 'stdin' ? decodePage(bytes) : new TextDecoder('utf-8').decode(bytes);
    } catch (error) {
      this.problem(
        input.path,
        `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
      return;
    }
    if (kind === 'stdin') kind = sniffKind(content);
    try {
      if (kind === 'html') this.page(input.path, content);
      else if (kind === 'jsonl') this.jsonl(input.path, content, progress);
      else this.text(input.path, content);
    } catch (error) {
      this.problem(input.path, `analysis failed (${(error as Error).message})`);
    }
  }
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`veille: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  let topics = DEFAULT_TOPICS;
  if (options.topicsFile) {
    try {
      topics = loadTopicsFile(options.topicsFile);
    } catch (error) {
      if (!(error instanceof TopicsFileError)) throw error;
      io.stderr(`veille: --topics ${options.topicsFile}: ${error.message}\n`);
      return 2;
    }
  }

  const writer = new OutputWriter(options.format, io.stdout);
  const run = new Run(io, writer, {
    topics,
    withText: options.withText,
    lang: options.lang,
    positions: options.positions,
  });
  const { files, problems } = expandInputs(options.inputs);
  for (const problem of problems) run.problem(problem.path, problem.message);

  const showProgress = io.stderrIsTTY && files.length > 1;
  const started = performance.now();
  for (const [index, file] of files.entries()) {
    const report = (line?: number) => {
      if (showProgress)
        io.stderr(`\r\x1b[K[${index + 1}/${files.length}] ${file.path}${line ? `:${line}` : ''}`);
    };
    report();
    await run.file(file, (line) => {
      if (line % 25 === 0) report(line);
    });
  }
  if (showProgress) {
    const seconds = (performance.now() - started) / 1000;
    io.stderr(`\r\x1b[K${files.length} inputs, ${writer.written} articles in ${seconds.toFixed(1)} s\n`);
  }
  writer.finish();
  return run.failed ? 1 : 0;
}
