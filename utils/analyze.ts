/**
 * The analysis pipeline: article(s) → language → topics → statements, as one `ArticleAnalysis` per article.
 * The same code runs in the page, the extension's other contexts, the CLI and the tests.
 */
import type { ArticleAnalysis, Statement, Topic } from './types';
import { extractArticles, type ExtractedArticle, type ExtractStage } from './article';
import { primaryLanguage } from './article/metadata';
import { countWords } from './article/word-count';
import { LANGUAGE_PROFILES } from './text/languages';
import { guessLanguage } from './text/language';
import { scoreTopics, topicsMatchingPassage } from './topics';
import { extractStatements } from './statements';

/** Stages of the pipeline, as timed by `onStage` (the bench reads them). */
export type Stage = ExtractStage | 'language' | 'topics' | 'statements';

export interface AnalyzeOptions {
  topics: Topic[];
  /** Include the analysed text in the result. */
  withText?: boolean;
  /**
   * The positions mode of statement extraction (`ExtractOptions.positions`): stances and intentions ("wants
   * to", "supports") as well as speech. Off by default.
   */
  positions?: boolean;
  /** Forces the language of every article (ISO 639-1) instead of reading or detecting it. */
  lang?: string;
  /** Called with the duration (ms) of each stage. */
  onStage?: (stage: Stage, ms: number) => void;
  /** Told about errors caught inside extraction (which never throws on a malformed page). */
  onError?: (error: unknown) => void;
}

export interface TextInput {
  text: string;
  title?: string;
  id?: string;
  url?: string;
  lang?: string;
  publishedAt?: string;
}

/** Length of the excerpt taken from the text when the page gives no description. */
const EXCERPT_LENGTH = 200;
/** A page's declared language is overruled by the text only when the text says clearly and at length. */
const MIN_WORDS_TO_OVERRULE = 50;
const MIN_CONFIDENCE_TO_OVERRULE = 0.12;

interface ArticleCore {
  text: string;
  title: string;
  id?: string;
  url?: string;
  canonicalUrl?: string;
  site?: string;
  byline?: string;
  publishedAt?: string;
  /** Language the page or the input declares. */
  declaredLang?: string;
  /** Language imposed by the caller (input's `lang`, `--lang`). */
  forcedLang?: string;
  description?: string;
  /** Key for statement ids, when the article's addresses cannot tell it apart (several articles on a page). */
  key?: string;
}

/**
 * The article's language: the caller's if given; else the page's declaration, unless the text clearly says
 * otherwise (templates often declare the site's default language on every page) in a language we know.
 */
function chooseLanguage(core: ArticleCore, wordCount: number): string {
  if (core.forcedLang) return core.forcedLang;
  const guess = guessLanguage(core.text.length ? core.text : core.title);
  const declared = core.declaredLang;
  if (!declared) return guess.lang;
  if (guess.lang === 'und' || guess.lang === declared) return declared;
  const clear = wordCount >= MIN_WORDS_TO_OVERRULE && guess.confidence >= MIN_CONFIDENCE_TO_OVERRULE;
  return clear && declared in LANGUAGE_PROFILES ? guess.lang : declared;
}

/** FNV-1a, 32 bits: a short stable key for texts that come without any address. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${flat.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH)}…`;
}

function timed<T>(stage: Stage, options: AnalyzeOptions, run: () => T): T {
  if (!options.onStage) return run();
  const started = performance.now();
  const result = run();
  options.onStage(stage, performance.now() - started);
  return result;
}

function statementTopics(statement: Statement, topics: Topic[], lang: string): string[] {
  const ids = new Set(topicsMatchingPassage(statement.content, topics, lang));
  if (statement.sentence && statement.sentence !== statement.content) {
    for (const id of topicsMatchingPassage(statement.sentence, topics, lang)) ids.add(id);
  }
  return topics.filter((topic) => ids.has(topic.id)).map((topic) => topic.id);
}

function analyzeArticle(core: ArticleCore, options: AnalyzeOptions): ArticleAnalysis {
  const wordCount = countWords(core.text);
  const lang = timed('language', options, () => chooseLanguage(core, wordCount));
  const topics = timed('topics', options, () =>
    scoreTopics({ title: core.title, text: core.text, lang }, options.topics),
  );
  const articleKey = core.key ?? core.canonicalUrl ?? core.url ?? core.id ?? `text:${hashText(core.text)}`;
  const statements = timed('statements', options, () => {
    const found = extractStatements(core.text, { lang, articleKey, positions: options.positions });
    for (const statement of found) statement.topics = statementTopics(statement, options.topics, lang);
    return found;
  });
  const analysis: ArticleAnalysis = {
    id: core.id,
    url: core.url,
    canonicalUrl: core.canonicalUrl,
    title: core.title,
    site: core.site,
    byline: core.byline,
    publishedAt: core.publishedAt,
    lang,
    wordCount,
    excerpt: core.description ?? excerptOf(core.text),
    topics,
    statements,
  };
  if (options.withText) analysis.text = core.text;
  // Absent fields stay absent (not `undefined`) so that results compare and serialise cleanly.
  for (const key of Object.keys(analysis) as (keyof ArticleAnalysis)[]) {
    if (analysis[key] === undefined) delete analysis[key];
  }
  return analysis;
}

/** Analyses a text as given: offsets of hits and statements refer to `input.text` exactly (no normalisation). */
export function analyzeText(input: TextInput, options: AnalyzeOptions): ArticleAnalysis {
  return analyzeArticle(
    {
      text: input.text,
      title: input.title ?? '',
      id: input.id,
      url: input.url,
      publishedAt: input.publishedAt,
      forcedLang: primaryLanguage(input.lang) ?? primaryLanguage(options.lang),
    },
    options,
  );
}

/** Every article of the page ([] when it holds none). Never throws on a malformed page. */
export function analyzeDocument(
  doc: Document,
  options: AnalyzeOptions & { url?: string },
): ArticleAnalysis[] {
  const articles: ExtractedArticle[] = extractArticles(doc, {
    url: options.url,
    onStage: options.onStage,
    onError: options.onError,
  });
  const pageKey = articles[0]?.canonicalUrl ?? options.url ?? 'page';
  return articles.map((article, index) =>
    analyzeArticle(
      {
        text: article.text,
        title: article.title,
        url: article.url,
        canonicalUrl: article.canonicalUrl,
        site: article.site,
        byline: article.byline,
        publishedAt: article.publishedAt,
        declaredLang: article.lang,
        forcedLang: primaryLanguage(options.lang),
        description: article.description,
        // Articles of one page share its canonical URL: their own address, else their rank, tells them apart.
        key:
          articles.length > 1
            ? article.url && article.url !== options.url
              ? article.url
              : `${pageKey}#${index + 1}`
            : undefined,
      },
      options,
    ),
  );
}
