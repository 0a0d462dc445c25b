/**
 * Language detection from the text: small, fast and data-driven. Function words and distinctive letters per
 * language (utils/text/languages/*.json) are counted over the first part of the text; only the languages
 * written in the text's dominant script compete, so Cyrillic texts are only ever uk or ru (told apart by
 * і ї є ґ against ы э ъ and their function words). Answers 'und' when the evidence is thin or split.
 */
import { LANGUAGE_PROFILES, type LanguageProfile } from './languages';

/** Enough text to decide; reading further only costs time on long pages. */
const SAMPLE_LENGTH = 20_000;
/** Below this many words a guess is a coin toss. */
const MIN_WORDS = 3;
/** The best language needs at least this score… */
const MIN_SCORE = 1.5;
/** …and this lead over the runner-up. */
const MIN_LEAD = 1.25;
/** Below this much evidence per word, the few function words found are chance (Latin placeholder text, code). */
const MIN_CONFIDENCE = 0.08;
/** A distinctive letter is weaker evidence than a whole function word. */
const LETTER_WEIGHT = 0.5;

interface Index {
  stopwords: Map<string, string[]>;
  letters: Map<string, string[]>;
  scripts: Map<string, string[]>;
}

let index: Index | undefined;

function push(map: Map<string, string[]>, key: string, lang: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [lang]);
  else if (!list.includes(lang)) list.push(lang);
}

function buildIndex(): Index {
  const built: Index = { stopwords: new Map(), letters: new Map(), scripts: new Map() };
  for (const [lang, profile] of Object.entries(LANGUAGE_PROFILES) as [string, LanguageProfile][]) {
    for (const word of profile.stopwords) push(built.stopwords, word, lang);
    for (const letter of profile.letters) push(built.letters, letter, lang);
    push(built.scripts, profile.script, lang);
  }
  return built;
}

// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const WORD = /[\p{L}\p{M}]{1,100000}['\u2019]?/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

function scriptOf(word: string): string {
  const first = word[0]!;
  if (LATIN.test(first)) return 'Latin';
  if (CYRILLIC.test(first)) return 'Cyrillic';
  return 'Other';
}

export interface LanguageGuess {
  /** ISO 639-1, or 'und'. */
  lang: string;
  /**
   * Evidence per word read (0 to about 1): prose in a known language scores well above 0.1, while
   * placeholder text, code or a language we have no profile for scores near 0.
   */
  confidence: number;
}

/** ISO 639-1 code of the text's language, or 'und' when unsure. */
export function detectLanguage(text: string): string {
  return guessLanguage(text).lang;
}

/** The language of the text and how strongly the text says so. */
export function guessLanguage(text: string): LanguageGuess {
  index ??= buildIndex();
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const scriptWords = new Map<string, number>();
  const scores = new Map<string, number>();
  // Evidence shared by several languages is split between them: "que" says less than "dass".
  const add = (langs: string[] | undefined, weight: number) => {
    if (!langs) return;
    for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + weight / langs.length);
  };
  let wordCount = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    const word = match[0].toLowerCase().replace('\u2019', "'");
    wordCount++;
    const script = scriptOf(word);
    scriptWords.set(script, (scriptWords.get(script) ?? 0) + 1);
    // "l'OTAN": the elided article counts as the function word it is; "aujourd'hui" loses nothing by it.
    add(
      index.stopwords.get(word) ?? (word.endsWith("'") ? index.stopwords.get(word.slice(0, -1)) : undefined),
      1,
    );
    for (const letter of word) add(index.letters.get(letter), LETTER_WEIGHT);
  }
  const unsure = { lang: 'und', confidence: 0 };
  if (wordCount < MIN_WORDS) return unsure;

  let script = 'Other';
  let scriptCount = 0;
  for (const [name, count] of scriptWords) {
    if (count > scriptCount) [script, scriptCount] = [name, count];
  }
  const candidates = index.scripts.get(script);
  if (!candidates) return unsure;

  let best = 'und';
  let bestScore = 0;
  let second = 0;
  for (const lang of candidates) {
    const score = scores.get(lang) ?? 0;
    if (score > bestScore) {
      second = bestScore;
      [best, bestScore] = [lang, score];
    } else if (score > second) second = score;
  }
  const confidence = bestScore / wordCount;
  if (bestScore < MIN_SCORE || bestScore < second * MIN_LEAD || confidence < MIN_CONFIDENCE) return unsure;
  return { lang: best, confidence };
}
