/** An analysis as Markdown a person reads: title, a meta line, topics with scores, statements by speaker. */
import type { ArticleAnalysis, Statement } from '../../utils/types';

/** Markdown's inline markup characters, escaped where page text is dropped into markup. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeInline(line)}` : '>'))
    .join('\n');
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

function metaLine(analysis: ArticleAnalysis): string {
  const parts = [
    analysis.site,
    analysis.byline,
    analysis.publishedAt,
    analysis.lang,
    `${analysis.wordCount} words`,
    analysis.id !== undefined ? `id ${analysis.id}` : undefined,
  ].filter((part): part is string => Boolean(part));
  return `*${parts.map(escapeInline).join(' · ')}*`;
}

function statementDetails(statement: Statement): string {
  const parts = [statement.cue ? `*${escapeInline(statement.cue)}*` : undefined, statement.kind];
  if (statement.mention && statement.mention !== statement.speaker)
    parts.push(`as “${escapeInline(statement.mention)}”`);
  if (statement.addressee) parts.push(`to ${escapeInline(statement.addressee)}`);
  if (statement.via) parts.push(`via ${escapeInline(statement.via)}`);
  if (statement.topics.length) parts.push(`topics: ${statement.topics.join(', ')}`);
  return `> — ${parts.filter(Boolean).join(' · ')}`;
}

export function renderMarkdown(analysis: ArticleAnalysis): string {
  const lines: string[] = [`# ${escapeInline(analysis.title || 'Untitled')}`, '', metaLine(analysis)];
  const link = analysis.canonicalUrl ?? analysis.url;
  if (link) lines.push('', `<${link}>`);
  if (analysis.excerpt) lines.push('', quoteBlock(analysis.excerpt));

  lines.push('', '## Topics', '');
  if (!analysis.topics.length) lines.push('No topic is tracked.');
  for (const topic of analysis.topics) {
    const hits = [...new Set(topic.hits.map((hit) => hit.text))].slice(0, 5);
    const status = topic.matched ? '**matched**' : 'not matched';
    const hitList = hits.length ? ` — ${hits.map((hit) => `“${escapeInline(hit)}”`).join(', ')}` : '';
    lines.push(
      `- ${escapeInline(topic.name)} (\`${topic.id}\`): ${status}, score ${formatScore(topic.score)}${hitList}`,
    );
  }

  lines.push('', `## Statements (${analysis.statements.length})`);
  const bySpeaker = new Map<string, Statement[]>();
  for (const statement of analysis.statements) {
    const group = bySpeaker.get(statement.speaker);
    if (group) group.push(statement);
    else bySpeaker.set(statement.speaker, [statement]);
  }
  if (!bySpeaker.size) lines.push('', 'No attributed statement found.');
  for (const [speaker, statements] of bySpeaker) {
    lines.push('', `### ${escapeInline(speaker || 'Unknown speaker')}`);
    for (const statement of statements)
      lines.push('', quoteBlock(statement.content), statementDetails(statement));
  }

  if (analysis.text !== undefined) lines.push('', '## Text', '', analysis.text);
  return `${lines.join('\n')}\n`;
}
