/**
 * The languages `detectLanguage` knows. Each one is a data file (`xx.json`, named by its ISO 639-1 code):
 * adding a language is adding a file and its line below.
 */
import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import it from './it.json';
import nl from './nl.json';
import pl from './pl.json';
import pt from './pt.json';
import ru from './ru.json';
import uk from './uk.json';

export interface LanguageProfile {
  /** Writing system of the language's words: only languages of a text's dominant script compete. */
  script: 'Latin' | 'Cyrillic';
  /** Frequent function words, lower case, apostrophes written `'` (elided forms such as `l'` end with it). */
  stopwords: string[];
  /** Letters frequent in this language and rare in the others of its script. */
  letters: string;
}

export const LANGUAGE_PROFILES: Record<string, LanguageProfile> = {
  de: de as LanguageProfile,
  en: en as LanguageProfile,
  es: es as LanguageProfile,
  fr: fr as LanguageProfile,
  it: it as LanguageProfile,
  nl: nl as LanguageProfile,
  pl: pl as LanguageProfile,
  pt: pt as LanguageProfile,
  ru: ru as LanguageProfile,
  uk: uk as LanguageProfile,
};
