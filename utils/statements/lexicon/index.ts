/**
 * The lexicons by language. Adding a language: write `./xx.ts` exporting a `Lexicon` and add it here.
 */
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { pl } from './pl';
import { ru } from './ru';
import { uk } from './uk';
import type { Lexicon } from './types';

const LEXICONS: Record<string, Lexicon> = { en, fr, de, es, it, pl, ru, uk };

/** The lexicon of `lang` (ISO 639-1, region ignored), or undefined when the language has none. */
export function lexiconFor(lang: string): Lexicon | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return LEXICONS[base];
}

export function registeredLanguages(): string[] {
  return Object.keys(LEXICONS);
}
