/**
 * Page furniture named in words, per language: the labels of "read also" asides and the prefixes of bylines.
 * Extraction does not know the language yet when it reads them, so every language's words apply.
 * Adding a language is adding its file and its line below.
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

export interface ArticleLexicon {
  /** Labels that open an aside, an ad or a related link rather than the article: "Lire aussi", "Read more". */
  readMore: string[];
  /** Words before an author's name in a byline: "By", "Par", "Von". */
  bylinePrefixes: string[];
}

export const ARTICLE_LEXICONS: Record<string, ArticleLexicon> = { de, en, es, fr, it, nl, pl, pt, ru, uk };
