/**
 * Writes records as they come, in the format asked for. Without an explicit format the first record waits:
 * a single article is printed as pretty JSON, several as JSON Lines (streamed from the second one on).
 */
import type { ArticleAnalysis } from '../../utils/types';
import type { OutputFormat } from './args';
import { renderMarkdown } from './markdown';

export class OutputWriter {
  private readonly pending: ArticleAnalysis[] = [];
  private streaming = false;
  private count = 0;

  constructor(
    private readonly format: OutputFormat | undefined,
    private readonly write: (chunk: string) => void,
  ) {}

  add(record: ArticleAnalysis): void {
    this.count++;
    if (this.format === 'jsonl' || this.streaming) {
      this.write(`${JSON.stringify(record)}\n`);
    } else if (this.format === 'md') {
      this.write(`${this.count > 1 ? '\n---\n\n' : ''}${renderMarkdown(record)}`);
    } else {
      this.pending.push(record);
      if (this.format === undefined && this.pending.length === 2) {
        this.streaming = true;
        for (const held of this.pending.splice(0)) this.write(`${JSON.stringify(held)}\n`);
      }
    }
  }

  /** Flushes what was held back; `json` prints one object for one record, an array otherwise. */
  finish(): void {
    if (this.format === 'json') {
      const value = this.pending.length === 1 ? this.pending[0] : this.pending;
      this.write(`${JSON.stringify(value, null, 2)}\n`);
    } else if (this.format === undefined && this.pending.length === 1) {
      this.write(`${JSON.stringify(this.pending[0], null, 2)}\n`);
    }
    this.pending.length = 0;
  }

  get written(): number {
    return this.count;
  }
}
