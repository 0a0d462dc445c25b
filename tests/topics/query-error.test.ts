/**
 * Every reason the query parser gives for a syntax error has its words in both interface languages, with as many
 * values as the message has placeholders, so no part of the message the reader sees is left in English.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES } from '@/components/topics/query-error';
import { QUERY_ERROR_REASONS } from '@/utils/topics/query-parser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES: Record<string, Messages> = Object.fromEntries(
  ['en', 'fr'].map((lang) => [
    lang,
    JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')),
  ]),
);

/** The message as the browser fills it: each $NAME$ by its placeholder's content, $n by the n-th value. */
function render(messages: Messages, key: string, values: readonly string[] = []): string {
  const entry = messages[key];
  if (!entry) throw new Error(`no message ${key}`);
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (content === undefined) throw new Error(`${key}: no placeholder ${name}`);
    return content.replace(/\$([1-9])/g, (__, n: string) => {
      const value = values[Number(n) - 1];
      if (value === undefined) throw new Error(`${key}: no value for $${n}`);
      return value;
    });
  });
}

describe('query syntax errors in the interface languages', () => {
  it.each(Object.keys(LOCALES))(
    'has a message for every reason code in %s, its placeholders filled',
    (lang) => {
      const messages = LOCALES[lang]!;
      for (const reason of QUERY_ERROR_REASONS) {
        const { key, substitutions = [] } = REASON_MESSAGES[reason];
        const placeholders = Object.keys(messages[key]?.placeholders ?? {});
        expect(placeholders, `${lang} ${key}`).toHaveLength(substitutions.length);
        const what = render(messages, key, substitutions);
        const shown = render(messages, 'queryErrorAt', ['7', what]);
        expect(what.trim(), `${lang} ${reason}`).not.toBe('');
        expect(shown, `${lang} ${reason}`).toContain('7');
        expect(shown, `${lang} ${reason}`).not.toMatch(/\$/);
      }
    },
  );

  it('says the limit a query went past', () => {
    expect(render(LOCALES.en!, 'queryExpectedShallower', REASON_MESSAGES['too-deep'].substitutions)).toBe(
      'at most 100 parentheses or NOTs inside one another',
    );
    expect(render(LOCALES.fr!, 'queryExpectedNear', REASON_MESSAGES['near-out-of-range'].substitutions)).toBe(
      'NEAR/ et un nombre de mots de 1 à 1000',
    );
  });
});
