/**
 * The readable report (DESIGN.md): by topic, then speaker — one person under one heading, whatever the spelling
 * (utils/log/speakers.ts) — every statement with a link to its article, or "reported by N articles" and each of
 * them when several carried it (utils/log/same-statement.ts); then the articles. Page text is escaped so that it reads as text: a title holding `*`, `[` or `<script>` cannot turn into
 * Markdown or HTML.
 */
import { bySpeakerInSteps, fullestVersion, type ReportedStatement } from '../log/reported';
import type { LogEntry } from '../log/schema';
import type { Statement } from '../types';
import { stepsAsPieces, type ExportFormat, type ExportInput, type ExportPieces } from './types';

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

/**
 * A link target that stays one: the characters that would end or break it are percent-encoded (parentheses by
 * hand: encodeURIComponent leaves them, and an unbalanced ')' would end the link early).
 */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (char) =>
    char === '(' ? '%28' : char === ')' ? '%29' : encodeURIComponent(char),
  );
}

const link = (entry: LogEntry) => `[${markdownText(entry.title || entry.url)}](${markdownUrl(entry.url)})`;
const day = (iso?: string) => (iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined);
const byDate = (a: LogEntry, b: LogEntry) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '');

const quoted = (statement: Statement) =>
  statement.kind === 'direct' ? `“${markdownText(statement.content)}”` : markdownText(statement.content);

function source(entry: LogEntry): string {
  return [link(entry), entry.site && markdownText(entry.site), day(entry.publishedAt)]
    .filter(Boolean)
    .join(', ');
}

function statementLines(said: ReportedStatement): string {
  const { statement, entry } = said.sources[0]!;
  if (said.sources.length === 1)
    return `- ${quoted(statement)} — _${markdownText(statement.cue)}_ · ${source(entry)}\n`;
  let text = `- ${quoted(fullestVersion(said))} — reported by ${said.articles} articles:\n`;
  for (const { statement: version, entry: article } of said.sources)
    text += `  - _${markdownText(version.cue)}_ · ${source(article)}\n`;
  return text;
}

/** The statements of these entries by speaker, most quoted first; the work done in steps. */
function* speakerSections(entries: LogEntry[]): Generator<void, string, void> {
  const { groupOf, statements } = yield* bySpeakerInSteps(entries);
  const bySpeaker = new Map<string, { names: string[]; said: ReportedStatement[] }>();
  for (const said of statements) {
    const group = groupOf.get(said.sources[0]!.statement.speaker);
    const label = group?.label ?? 'Unknown speaker';
    const section = bySpeaker.get(label);
    if (section) section.said.push(said);
    else bySpeaker.set(label, { names: group?.members.map((member) => member.name) ?? [], said: [said] });
  }
  const count = (said: ReportedStatement[]) => said.reduce((sum, s) => sum + s.sources.length, 0);
  let text = '';
  const speakers = [...bySpeaker].sort(
    ([a, x], [b, y]) => count(y.said) - count(x.said) || a.localeCompare(b),
  );
  for (const [speaker, { names, said }] of speakers) {
    text += `\n### ${markdownText(speaker)}\n\n`;
    const others = names.filter((name) => name !== speaker);
    if (others.length > 0) text += `_Also named: ${others.map(markdownText).join(', ')}_\n\n`;
    for (const statement of said) text += statementLines(statement);
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
    const sections = yield* stepsAsPieces(speakerSections(inTopic));
    yield { text: `\n## ${markdownText(names.get(id) ?? id)}\n${sections}`, entriesDone: 0 };
  }
  const others = input.entries.filter((entry) => entry.topics.length === 0);
  if (others.length > 0) {
    const sections = yield* stepsAsPieces(speakerSections(others));
    yield { text: `\n## Saved, no topic\n${sections}`, entriesDone: 0 };
  }
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
