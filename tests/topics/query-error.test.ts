/**
 * Every reason the query parser gives for a syntax error has its words in both interface languages, with as many
 * values as the message has placeholders, so no part of the message the reader sees is left in English.
 */
import { describe, expect, it } from 'vitest';
import { REASON_MESSAGES } from '@/components/topics/query-error';
import { QUERY_ERROR_REASONS } from '@/utils/topics/query-parser';
import { LOCALES, render } from '../extension/locale-messages';

describe('query syntax errors in the interface languages', () => {
  it.each(Object.keys(LOCALES))(
    'has a message for every reason code in %s, its placeholders filled',
    (lang) => {
      const messages = LOCALES[lang as keyof typeof LOCALES];
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
    expect(render(LOCALES.en, 'queryExpectedShallower', REASON_MESSAGES['too-deep'].substitutions)).toBe(
      'at most 100 parentheses or NOTs inside one another',
    );
    expect(render(LOCALES.fr, 'queryExpectedNear', REASON_MESSAGES['near-out-of-range'].substitutions)).toBe(
      'NEAR/ et un nombre de mots de 1 à 1000',
    );
  });
});
