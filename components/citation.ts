/** A statement as a citation people paste into notes and reports: speaker, the words, outlet, date, link. */
import type { ArticleAnalysis, Statement } from '@/utils/types';

/** `2022-01-28T19:42:00+01:00` → "28 January 2022" in the given language; the raw value when unparseable. */
export function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** Quotation marks of the citation's language: « » with no-break spaces in French, “ ” elsewhere. */
function quote(text: string, lang: string): string {
  return lang.startsWith('fr') ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

export function formatCitation(
  statement: Statement,
  article: ArticleAnalysis,
  pageUrl: string,
  lang: string,
): string {
  const speaker = statement.speaker || statement.mention;
  const who = statement.role ? `${speaker} (${statement.role})` : speaker;
  const source = [
    article.site,
    formatDate(article.publishedAt, lang),
    article.canonicalUrl ?? article.url ?? pageUrl,
  ]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const via = statement.via ? ` [${statement.via}]` : '';
  return `${who}${via}: ${quote(statement.content, lang)} — ${article.title}. ${source}`;
}
