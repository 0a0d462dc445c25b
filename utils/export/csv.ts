/**
 * The two CSV exports (DESIGN.md): statements, one row each with their article's columns, for people who sort
 * and count quotes in a spreadsheet; and articles, one row each. Column names are stable: people build sheets on
 * them (new ones go at the end). The statements carry the person their speaker's name belongs to
 * (utils/log/speakers.ts) and, for a statement several articles reported, how many and the id of its earliest
 * report (utils/log/same-statement.ts), so that a sheet can count each statement once.
 */
import { bySpeakerInSteps } from '../log/reported';
import type { LogEntry } from '../log/schema';
import type { Statement } from '../types';
import { csvRow, UTF8_BOM } from './csv-cell';
import { stepsAsPieces, type ExportFormat, type ExportInput, type ExportPieces } from './types';

const iso = (epochMs: number) => new Date(epochMs).toISOString();
const list = (items: string[]) => items.join('; ');

const ARTICLE_COLUMNS = ['article_url', 'article_title', 'site', 'published_at', 'article_lang'] as const;

function articleCells(entry: LogEntry) {
  return [entry.url, entry.title, entry.site, entry.publishedAt, entry.lang];
}

export const STATEMENT_COLUMNS = [
  ...ARTICLE_COLUMNS,
  'speaker',
  'mention',
  'role',
  'cue',
  'cue_class',
  'kind',
  'content',
  'addressee',
  'via',
  'sentence',
  'statement_lang',
  'statement_topics',
  'statement_id',
  'person',
  'reported_by_articles',
  'first_report_id',
] as const;

function statementCells(statement: Statement) {
  return [
    statement.speaker,
    statement.mention,
    statement.role,
    statement.cue,
    statement.cueClass,
    statement.kind,
    statement.content,
    statement.addressee,
    statement.via,
    statement.sentence,
    statement.lang,
    list(statement.topics),
    statement.id,
  ];
}

function* writeStatements(input: ExportInput): ExportPieces {
  yield { text: UTF8_BOM + csvRow([...STATEMENT_COLUMNS]), entriesDone: 0 };
  const { groupOf, statements } = yield* stepsAsPieces(bySpeakerInSteps(input.entries));
  const reports = new Map<Statement, { articles: number; first: string }>();
  for (const { sources, articles } of statements)
    if (sources.length > 1)
      for (const { statement } of sources)
        reports.set(statement, { articles, first: sources[0]!.statement.id });
  for (const [index, entry] of input.entries.entries()) {
    const article = articleCells(entry);
    let text = '';
    for (const statement of entry.statements) {
      const report = reports.get(statement);
      text += csvRow([
        ...article,
        ...statementCells(statement),
        groupOf.get(statement.speaker)?.label ?? '',
        report?.articles ?? 1,
        report?.first ?? statement.id,
      ]);
    }
    yield { text, entriesDone: index + 1 };
  }
}

export const ARTICLE_CSV_COLUMNS = [
  'url',
  'title',
  'site',
  'byline',
  'published_at',
  'lang',
  'topics',
  'statements',
  'speakers',
  'first_seen',
  'last_seen',
  'visits',
  'active_seconds',
  'saved',
  'starred',
  'tags',
  'note',
  'excerpt',
] as const;

function* writeArticles(input: ExportInput): ExportPieces {
  const topicName = new Map(input.topics.map((topic) => [topic.id, topic.name]));
  yield { text: UTF8_BOM + csvRow([...ARTICLE_CSV_COLUMNS]), entriesDone: 0 };
  for (const [index, entry] of input.entries.entries()) {
    const speakers = [...new Set(entry.statements.map((s) => s.speaker).filter(Boolean))];
    const text = csvRow([
      entry.url,
      entry.title,
      entry.site,
      entry.byline,
      entry.publishedAt,
      entry.lang,
      list(entry.topics.map((id) => topicName.get(id) ?? id)),
      entry.statements.length,
      list(speakers),
      iso(entry.firstSeen),
      iso(entry.lastSeen),
      entry.visits,
      Math.round(entry.activeMs / 1000),
      entry.saved,
      entry.starred,
      list(entry.tags),
      entry.note,
      entry.excerpt,
    ]);
    yield { text, entriesDone: index + 1 };
  }
}

export const statementsCsvExport: ExportFormat = {
  id: 'csv-statements',
  extension: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  write: writeStatements,
};

export const articlesCsvExport: ExportFormat = {
  id: 'csv-articles',
  extension: 'csv',
  mimeType: 'text/csv;charset=utf-8',
  write: writeArticles,
};
