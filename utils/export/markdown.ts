/**
 * The readable report (DESIGN.md): by topic, then speaker, every statement with a link to its article; then the
 * articles. Page text is escaped so that it reads as text: a title holding `*`, `[` or `<script>` cannot turn into
 * Markdown or HTML.
 */
import type { LogEntry } from '../log/schema';
import type { Statement } from '../types';
import type { ExportFormat, ExportInput, ExportPieces } from './types';

/** Characters that start Markdown or HTML anywhere in a line. */
const INLINE_SYNTAX = '\\`*_[]<>|~';
/** …and those that do only at the start of a block (headings, lists, quotes). */
const BLOCK_START = '#+-=>!';

/** Page text as literal Markdown text, on one line. */
export function markdownText(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    const escape = INLINE_SYNTAX.includes(char) || (out === '' && BLOCK_START.includes(char));
    out += escape ? `\\${char}` : char === '&' ? '&amp;' : char;
  }
  return out;
}

/** A link target that stays one: the characters that would end or break it are percent-encoded. */
function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (char) => encodeURIComponent(char));
}

const link = (entry: LogEntry) => `[${markdownText(entry.title || entry.url)}](${markdownUrl(entry.url)})`;
const day = (iso?: string) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined);
const byDate = (a: LogEntry, b: LogEntry) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '');

function statementLine(statement: Statement, entry: LogEntry): string {
  const said =
    statement.kind === 'direct' ? `“${markdownText(statement.content)}”` : markdownText(statement.content);
  const source = [link(entry), entry.site && markdownText(entry.site), day(entry.publishedAt)].filter(
    Boolean,
  );
  return `- ${said} — _${markdownText(statement.cue)}_ · ${source.join(', ')}\n`;
}

function speakerSections(entries: LogEntry[]): string {
  const bySpeaker = new Map<string, { statement: Statement; entry: LogEntry }[]>();
  for (const entry of [...entries].sort(byDate)) {
    for (const statement of entry.statements) {
      const speaker = statement.speaker || 'Unknown speaker';
      const said = bySpeaker.get(speaker);
      if (said) said.push({ statement, entry });
      else bySpeaker.set(speaker, [{ statement, entry }]);
    }
  }
  let text = '';
  const speakers = [...bySpeaker].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  for (const [speaker, said] of speakers) {
    text += `\n### ${markdownText(speaker)}\n\n`;
    for (const { statement, entry } of said) text += statementLine(statement, entry);
  }
  return text;
}

function* writeMarkdown(input: ExportInput): ExportPieces {
  const statements = input.entries.reduce((sum, entry) => sum + entry.statements.length, 0);
  yield {
    text:
      `# Veille — reading log\n\n` +
      `Exported ${day(input.exportedAt) ?? input.exportedAt} · ${input.entries.length} articles · ${statements} statements\n`,
    entriesDone: 0,
  };
  const topicIds = [
    ...new Set([...input.topics.map((topic) => topic.id), ...input.entries.flatMap((e) => e.topics)]),
  ];
  const names = new Map(input.topics.map((topic) => [topic.id, topic.name]));
  for (const id of topicIds) {
    const inTopic = input.entries.filter((entry) => entry.topics.includes(id));
    if (inTopic.length === 0) continue;
    yield { text: `\n## ${markdownText(names.get(id) ?? id)}\n${speakerSections(inTopic)}`, entriesDone: 0 };
  }
  const others = input.entries.filter((entry) => entry.topics.length === 0);
  if (others.length > 0) yield { text: `\n## Saved, no topic\n${speakerSections(others)}`, entriesDone: 0 };
  yield { text: '\n## Articles\n\n', entriesDone: 0 };
  for (const [index, entry] of [...input.entries].sort(byDate).entries()) {
    const facts = [
      entry.site && markdownText(entry.site),
      day(entry.publishedAt),
      entry.topics.map((id) => markdownText(names.get(id) ?? id)).join(', '),
      entry.statements.length === 1 ? '1 statement' : `${entry.statements.length} statements`,
      entry.tags.length > 0 && entry.tags.map((tag) => `#${markdownText(tag)}`).join(' '),
    ].filter(Boolean);
    let text = `- ${entry.starred ? '★ ' : ''}${link(entry)} — ${facts.join(' · ')}\n`;
    if (entry.note) text += `  > ${markdownText(entry.note)}\n`;
    yield { text, entriesDone: index + 1 };
  }
}

export const markdownExport: ExportFormat = {
  id: 'markdown',
  extension: 'md',
  mimeType: 'text/markdown;charset=utf-8',
  write: writeMarkdown,
};
