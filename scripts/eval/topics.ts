/**
 * Topic evaluation on `<corpus>/topics/articles_dev.jsonl`: each record's title and text are scored with
 * `scoreTopics` and the default topics, and compared with its labels (`label_nato_enlargement`,
 * `label_security_guarantees`; null means "partly about it" and is skipped). Called by scripts/eval.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TOPICS, scoreTopics } from '../../utils/topics';
import type { Topic } from '../../utils/types';

/** Which label of a record judges which default topic. */
const LABEL_OF_TOPIC: Record<string, string> = {
  'nato-enlargement': 'label_nato_enlargement',
  'ukraine-security-guarantees': 'label_security_guarantees',
};

export interface TopicCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  skipped: number;
  /** 0 when undefined (nothing predicted, or nothing to find); the table then shows "–". */
  precision: number;
  recall: number;
  f1: number;
}

export interface TopicEvalRow extends TopicCounts {
  topic: string;
  byLang: Record<string, TopicCounts>;
}

export interface TopicEvalReport {
  file: string;
  records: number;
  rows: TopicEvalRow[];
  /** Articles scored per second, the topics' share of the engine's time. */
  articlesPerSecond: number;
}

function emptyCounts(): TopicCounts {
  return { tp: 0, fp: 0, fn: 0, tn: 0, skipped: 0, precision: 0, recall: 0, f1: 0 };
}

function finish(counts: TopicCounts): void {
  counts.precision = counts.tp + counts.fp ? counts.tp / (counts.tp + counts.fp) : 0;
  counts.recall = counts.tp + counts.fn ? counts.tp / (counts.tp + counts.fn) : 0;
  const sum = counts.precision + counts.recall;
  counts.f1 = sum ? (2 * counts.precision * counts.recall) / sum : 0;
}

function tally(counts: TopicCounts, label: unknown, predicted: boolean): void {
  if (label !== true && label !== false) counts.skipped++;
  else if (label && predicted) counts.tp++;
  else if (label) counts.fn++;
  else if (predicted) counts.fp++;
  else counts.tn++;
}

interface TopicRecord {
  id?: string;
  lang?: string;
  title?: string;
  text?: string;
  [label: string]: unknown;
}

/** Scores the default topics (or the topics given) against the labelled articles of `corpusDir`. */
export function evaluateTopics(corpusDir: string, topics: Topic[] = DEFAULT_TOPICS): TopicEvalReport {
  const file = join(corpusDir, 'topics', 'articles_dev.jsonl');
  if (!existsSync(file)) throw new Error(`No topic set at ${file}`);
  const evaluated = topics.filter((topic) => topic.enabled && LABEL_OF_TOPIC[topic.id]);
  const rows: TopicEvalRow[] = evaluated.map((topic) => ({ topic: topic.id, ...emptyCounts(), byLang: {} }));
  let records = 0;
  let elapsed = 0;
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let record: TopicRecord;
    try {
      record = JSON.parse(line) as TopicRecord;
    } catch {
      throw new Error(`${file}:${index + 1}: not valid JSON`);
    }
    records++;
    const lang = record.lang ?? 'und';
    const started = performance.now();
    const results = scoreTopics({ title: record.title ?? '', text: record.text ?? '', lang }, evaluated);
    elapsed += performance.now() - started;
    results.forEach((result, i) => {
      const row = rows[i]!;
      const label = record[LABEL_OF_TOPIC[result.id]!];
      tally(row, label, result.matched);
      row.byLang[lang] ??= emptyCounts();
      tally(row.byLang[lang], label, result.matched);
    });
  });
  for (const row of rows) {
    finish(row);
    Object.values(row.byLang).forEach(finish);
  }
  return { file, records, rows, articlesPerSecond: elapsed > 0 ? (records * 1000) / elapsed : 0 };
}

const figure = (value: number, defined: boolean) => (defined ? value.toFixed(3) : '–');

/** The report as Markdown: one row per topic, then one per topic and language. */
export function formatTopicTable(report: TopicEvalReport): string {
  const lines = [
    `Topics — ${report.records} articles (${Math.round(report.articlesPerSecond)} articles/s scored)`,
    '',
    '| topic | lang | TP | FP | FN | skipped | precision | recall | F1 |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (topic: string, lang: string, c: TopicCounts) =>
    `| ${topic} | ${lang} | ${c.tp} | ${c.fp} | ${c.fn} | ${c.skipped} | ${figure(c.precision, c.tp + c.fp > 0)} | ${figure(c.recall, c.tp + c.fn > 0)} | ${figure(c.f1, c.tp + c.fp > 0 && c.tp + c.fn > 0)} |`;
  for (const topicRow of report.rows) lines.push(row(topicRow.topic, 'all', topicRow));
  for (const topicRow of report.rows) {
    for (const [lang, counts] of Object.entries(topicRow.byLang).sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(row(topicRow.topic, lang, counts));
    }
  }
  return lines.join('\n');
}
