/**
 * A refused import says what is wrong in the interface language: every problem the validator can give has its
 * words in English and French, and a file too large for the browser to read is refused before it is read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importProblemsText, problemKey } from '@/components/log/import-problems';
import { importSizeError, MAX_IMPORT_MEGABYTES, parseLogExport } from '@/utils/export/import';
import { jsonExport } from '@/utils/export/json';
import { exportToString } from '@/utils/export/types';
import { EXPECTED, problemText } from '@/utils/log/validate';
import { ENTRIES, TOPICS } from '../log/sample-entries';
import { LOCALES, render } from './locale-messages';

function speak(lang: keyof typeof LOCALES): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, values?: string | string[]) =>
    render(LOCALES[lang], key, values),
  );
}

/** The problems of an export whose first entry's visit count is not a number, and whose second is its twin. */
function refusedProblems() {
  const good = exportToString(jsonExport, { entries: ENTRIES, topics: TOPICS, exportedAt: '' });
  const data = JSON.parse(good) as { entries: Record<string, unknown>[] };
  data.entries = [{ ...data.entries[0], visits: 'two' }, data.entries[0]!];
  const parsed = parseLogExport(JSON.stringify(data));
  if (parsed.ok || parsed.error.kind !== 'invalid') throw new Error('the file was not refused as invalid');
  return parsed.error.problems;
}

describe('the problems of a refused import, in words', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(Object.keys(LOCALES))('has words for every problem in %s, its limit filled in', (lang) => {
    const messages = LOCALES[lang as keyof typeof LOCALES];
    for (const expected of EXPECTED) {
      const problem = expected === 'tooLong' ? { path: 'x', expected, limit: 42 } : { path: 'x', expected };
      const key = problemKey(problem);
      expect(Object.keys(messages[key]?.placeholders ?? {}), key).toEqual(
        expected === 'tooLong' ? ['limit'] : [],
      );
      speak(lang as keyof typeof LOCALES);
      const shown = importProblemsText([problem]);
      expect(shown, key).toMatch(/^x ?: \S/);
      expect(shown, key).not.toContain('$');
      if (expected === 'tooLong') expect(shown).toContain('42');
    }
  });

  it('says where and what in French, never the validator’s English', () => {
    speak('fr');
    expect(importProblemsText(refusedProblems())).toBe(
      'entries[0].visits : un nombre entier ≥ 0 attendu; entries[1].url : présent deux fois',
    );
    speak('en');
    expect(importProblemsText(refusedProblems())).toBe(refusedProblems().map(problemText).join('; '));
  });

  it('shows the first three problems', () => {
    speak('en');
    const many = Array.from({ length: 5 }, (_, index) => ({
      path: `entries[${index}]`,
      expected: 'entry' as const,
    }));
    expect(importProblemsText(many).split('; ')).toEqual([
      'entries[0]: expected an entry',
      'entries[1]: expected an entry',
      'entries[2]: expected an entry',
    ]);
  });
});

describe('a file too large to import', () => {
  it('is refused before it is read, with the limit', () => {
    const limit = MAX_IMPORT_MEGABYTES * 1024 * 1024;
    expect(importSizeError(limit)).toBeNull();
    expect(importSizeError(limit + 1)).toEqual({ kind: 'too-large', maxMegabytes: MAX_IMPORT_MEGABYTES });
    expect(render(LOCALES.fr, 'importErrorTooLarge', String(MAX_IMPORT_MEGABYTES))).toMatch(
      /^Ce fichier est trop volumineux pour être importé \(plus de 500 Mo\)\. Importez plutôt .* Le journal est inchangé\.$/,
    );
  });
});
