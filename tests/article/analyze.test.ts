import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeText } from '../../utils/analyze';
import { DEFAULT_TOPICS, topicsMatchingPassage } from '../../utils/topics';
import type { Topic } from '../../utils/types';
import { loadPage, pageFromHtml, SEED_PAGE } from './load-page';

const TOPICS: Topic[] = [
  ...DEFAULT_TOPICS,
  { id: 'disabled', name: 'Disabled topic', query: 'bridge', enabled: false },
];

describe('analyzeText', () => {
  const text =
    'Le maire a annoncé\u202fmardi que le nouveau pont ouvrira avant la fin de l’année, selon la mairie.';

  it('analyses the text as given: no normalisation, so offsets refer to it', () => {
    const analysis = analyzeText({ text, id: 'a1' }, { topics: TOPICS, withText: true });
    expect(analysis.text).toBe(text);
    for (const statement of analysis.statements) {
      expect(text.slice(statement.start, statement.start + 12)).toBe(statement.content.slice(0, 12));
    }
    for (const topic of analysis.topics) {
      for (const hit of topic.hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    }
  });

  it('echoes id, url and date, detects the language, counts words, and scores enabled topics in order', () => {
    const analysis = analyzeText(
      { text, id: 'a1', url: 'https://x.example/a', publishedAt: '2024-01-02', title: 'Pont' },
      { topics: TOPICS },
    );
    expect(analysis).toMatchObject({
      id: 'a1',
      url: 'https://x.example/a',
      publishedAt: '2024-01-02',
      title: 'Pont',
    });
    expect(analysis.lang).toBe('fr');
    expect(analysis.wordCount).toBe(19);
    expect(analysis.topics.map((t) => t.id)).toEqual(
      DEFAULT_TOPICS.filter((t) => t.enabled).map((t) => t.id),
    );
    expect(analysis.text).toBeUndefined();
    expect('canonicalUrl' in analysis).toBe(false);
  });

  it('takes the language given over detection', () => {
    expect(analyzeText({ text, lang: 'it' }, { topics: [] }).lang).toBe('it');
    expect(analyzeText({ text }, { topics: [], lang: 'de-AT' }).lang).toBe('de');
  });

  it('makes an excerpt of about 200 characters cut at a word', () => {
    const long = 'Mot '.repeat(200);
    const { excerpt } = analyzeText({ text: long }, { topics: [] });
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt.endsWith('Mot…')).toBe(true);
  });

  it('reports the time of each stage', () => {
    const stages = new Set<string>();
    analyzeText({ text }, { topics: TOPICS, onStage: (stage) => stages.add(stage) });
    expect([...stages].sort()).toEqual(['language', 'statements', 'topics']);
  });
});

describe('analyzeDocument', () => {
  it('analyses the seed page: metadata, French, topics and statements on the cleaned text', () => {
    const [analysis, ...rest] = analyzeDocument(loadPage(SEED_PAGE), {
      topics: DEFAULT_TOPICS,
      withText: true,
    });
    expect(rest).toHaveLength(0);
    expect(analysis!.title).toBe(
      'Poutine dit à Macron que l’Occident a ignoré les préoccupations de sécurité de la Russie',
    );
    expect(analysis!.publishedAt?.slice(0, 10)).toBe('2022-01-28');
    expect(analysis!.lang).toBe('fr');
    expect(analysis!.text).not.toContain('Lire aussi');
    expect(analysis!.excerpt).toMatch(/^Le président Vladimir Poutine/);
    // Each statement's topics are those whose query matches its content or its sentence.
    for (const statement of analysis!.statements) {
      const expected = new Set([
        ...topicsMatchingPassage(statement.content, DEFAULT_TOPICS, 'fr'),
        ...topicsMatchingPassage(statement.sentence, DEFAULT_TOPICS, 'fr'),
      ]);
      expect(new Set(statement.topics)).toEqual(expected);
      // Offsets point into the analysed text (split quotes join their parts in `content`, hence the prefix).
      expect(analysis!.text!.slice(statement.start, statement.start + 12)).toBe(
        statement.content.slice(0, 12),
      );
    }
  });

  it('prefers the language of the text over a template’s wrong declaration, when the text is long', () => {
    const paragraph =
      '<p>Le conseil municipal a voté jeudi soir le budget de la ville pour l’année prochaine, après un long débat sur le prix des transports et des cantines scolaires dans les quartiers.</p>';
    const doc = pageFromHtml(
      `<html lang="en"><head><title>Budget</title></head><body><article><h1>Budget</h1>${paragraph.repeat(4)}</article></body></html>`,
    );
    expect(analyzeDocument(doc, { topics: [] })[0]!.lang).toBe('fr');
  });

  it('gives the articles of one page keys of their own, and an empty list for a page without article', () => {
    const posts = analyzeDocument(loadPage('listing.html'), {
      topics: [],
      url: 'https://valley.example/digest',
    });
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.url)).size).toBe(3);
    expect(analyzeDocument(loadPage('home.html'), { topics: DEFAULT_TOPICS })).toEqual([]);
  });

  it('never throws on a malformed page', () => {
    expect(() => analyzeDocument(loadPage('malformed.html'), { topics: DEFAULT_TOPICS })).not.toThrow();
  });
});
