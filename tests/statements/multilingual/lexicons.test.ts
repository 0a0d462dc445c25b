/** The per-language lexicons are well-formed data: registered under their own code, no empty or bare-glob words. */
import { describe, expect, test } from 'vitest';
import { lexiconFor, registeredLanguages } from '../../../utils/statements/lexicon/index';
import type { Lexicon } from '../../../utils/statements/lexicon/types';

const LANGUAGES = ['de', 'ru', 'es', 'it', 'pl', 'uk'];

function allWords(lex: Lexicon): string[] {
  return [
    ...lex.cues.flatMap((c) => [...c.forms, ...(c.participles ?? []), ...(c.particles ?? [])]),
    ...lex.auxiliaries,
    ...lex.fillers,
    ...lex.complementizers,
    ...lex.accordingTo.map((m) => m.form),
    ...lex.pronouns.map((p) => p.form),
    ...lex.roles.flatMap((r) => r.forms),
    ...lex.institutions.flatMap((i) => i.forms),
    ...lex.institutionNouns,
    ...(lex.reportiveMarkers ?? []),
    ...(lex.asMarkers ?? []),
    ...(lex.anaphoricContent ?? []),
  ];
}

describe('multilingual lexicons', () => {
  test('are registered', () => {
    for (const lang of LANGUAGES) expect(registeredLanguages()).toContain(lang);
  });

  for (const lang of LANGUAGES) {
    test(`${lang}: well-formed`, () => {
      const lex = lexiconFor(lang)!;
      expect(lex.lang).toBe(lang);
      expect(lex.cues.length).toBeGreaterThan(30);
      expect(lex.quotes.length).toBeGreaterThan(0);
      for (const word of allWords(lex)) {
        expect(word.trim(), `${lang}: "${word}"`).toBe(word);
        expect(word).not.toBe('');
        expect(word).not.toBe('*');
        expect(word).not.toMatch(/\s{2}/);
      }
      for (const [, endings] of Object.entries(lex.caseEndings ?? {})) {
        for (const e of endings) expect(e.from.length).toBeGreaterThan(0);
      }
      // A marker that governs a case needs the endings to undo it.
      for (const m of lex.accordingTo)
        if (m.case) expect(lex.caseEndings?.[m.case], `${lang}: ${m.form}`).toBeDefined();
    });
  }

  test('region subtags fall back to the language', () => {
    expect(lexiconFor('de-AT')?.lang).toBe('de');
    expect(lexiconFor('uk_UA')?.lang).toBe('uk');
  });
});
