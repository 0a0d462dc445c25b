import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticles, looksLikeArticlePage } from '../../utils/article';
import { fixturePath, loadPage, pageFromHtml, SEED_PAGE } from './load-page';

describe('extractArticles on the seed page', () => {
  const doc = loadPage(SEED_PAGE);
  const before = doc.documentElement.outerHTML;
  const articles = extractArticles(doc);
  const [article] = articles;

  it('finds the one article with its metadata', () => {
    expect(articles).toHaveLength(1);
    expect(article!.title).toBe(
      'Poutine dit à Macron que l’Occident a ignoré les préoccupations de sécurité de la Russie',
    );
    expect(article!.publishedAt?.slice(0, 10)).toBe('2022-01-28');
    expect(article!.lang).toBe('fr');
    expect(article!.site).toBe('Le Quotidien (exemple)');
    expect(article!.byline).toBe('Rédaction internationale');
    expect(article!.canonicalUrl).toBe(
      'https://quotidien.example/international/article/2022/01/28/poutine-macron-otan.html',
    );
  });

  it('keeps the paragraphs, joined by blank lines, normalised (no no-break spaces)', () => {
    const paragraphs = article!.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Le président Vladimir Poutine a déclaré il étudiera/);
    expect(paragraphs.at(-1)).toMatch(/dans ce format s’est confirmée »\.$/);
    expect(paragraphs).toHaveLength(13);
    expect(article!.text).not.toMatch(/[\u00a0\u202f]/);
  });

  it('leaves out the cookie banner, navigation, ad, "Lire aussi", caption, byline, related links and footer', () => {
    for (const furniture of [
      'cookies',
      'S’abonner',
      'Publicité',
      'Offre spéciale',
      'Lire aussi',
      'Washington remet sa réponse écrite',
      'Getty Images',
      'Publié le',
      'Sur le même sujet',
      'Format Normandie',
      'prix du gaz',
      'Tous droits réservés',
      'Mentions légales',
    ]) {
      expect(article!.text).not.toContain(furniture);
    }
  });

  it("never changes the page's own document", () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('extractArticles on hand-written pages', () => {
  it('cleans an article of its aside, ad, caption and byline paragraph', () => {
    const [article, ...rest] = extractArticles(loadPage('jsonld-graph.html'));
    expect(rest).toHaveLength(0);
    expect(article!.byline).toBe('Anna Becker, Jonas Weber');
    expect(article!.text.split('\n\n')).toHaveLength(3);
    expect(article!.text).toContain('„Eine Bibliothek ist ein Ort, an dem alle willkommen sind“, sagte');
    for (const furniture of [
      'Cookies',
      'Lesen Sie auch',
      'Kulturhaus',
      'Anzeige',
      'Foto: Archiv',
      'Von Anna',
      'Buslinie',
      'Impressum',
    ]) {
      expect(article!.text).not.toContain(furniture);
    }
  });

  it('drops a "Read more" line at the end of an article', () => {
    const [article] = extractArticles(loadPage('og-meta.html'));
    expect(article!.text).not.toContain('Read more');
    expect(article!.text).not.toContain('Pier lights');
    expect(article!.text.endsWith('seven in the morning.')).toBe(true);
  });

  it('yields each full <article> of a listing, with its own title and date', () => {
    const articles = extractArticles(loadPage('listing.html'), { url: 'https://valley.example/digest' });
    expect(articles.map((a) => a.title)).toEqual([
      'School roof repaired before the new term',
      'Bakery wins regional bread prize',
      'New bus line links the villages',
    ]);
    expect(articles.map((a) => a.publishedAt)).toEqual([
      '2024-09-01T09:00:00Z',
      '2024-09-02T09:00:00Z',
      '2024-09-03T09:00:00Z',
    ]);
    expect(articles[1]!.url).toBe('https://valley.example/digest#story-2');
    expect(articles[1]!.text).toMatch(/^The family bakery/);
    expect(articles[1]!.text).not.toContain('This week in the valley');
  });

  it('yields the posts of a JSON-LD live blog', () => {
    const articles = extractArticles(loadPage('liveblog-jsonld.html'));
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({
      title: 'Premier accord sur le budget',
      byline: 'Claire Martin',
      publishedAt: '2024-06-27T12:30:00+02:00',
      url: 'https://direct.example/sommet-europeen#post-2',
      canonicalUrl: 'https://direct.example/sommet-europeen',
      lang: 'fr',
    });
    expect(articles[1]!.text).toMatch(/^Un premier accord a été trouvé/);
  });

  it('yields the posts of a live blog written as <article> elements without headings', () => {
    const articles = extractArticles(loadPage('liveblog-dom.html'));
    expect(articles).toHaveLength(3);
    expect(articles[0]!.publishedAt).toBe('2024-10-09T07:40:00Z');
    expect(articles[2]!.text).toMatch(/^The storm reached the coast/);
  });

  it('finds a short post added by script, serialised without white space between elements', () => {
    const page = readFileSync(fixturePath('liveblog-dom.html'), 'utf8');
    const post =
      '<article id="update-4"><time datetime="2024-10-09T08:30:00Z">08:30</time><p>The wind is dropping along the coast, the weather service said, and the highest warning will be lifted at noon as planned.</p><p>Repair crews have started work on the northern lines.</p></article>';
    const articles = extractArticles(
      pageFromHtml(page.replace('<div class="live-feed">', `<div class="live-feed">${post}`)),
    );
    expect(articles).toHaveLength(4);
    expect(articles[0]!.text).toMatch(/^The wind is dropping/);
  });

  it('does not take comments for articles', () => {
    const articles = extractArticles(loadPage('article-with-comments.html'));
    expect(articles).toHaveLength(1);
    expect(articles[0]!.text).toContain('jackdaws had built a nest');
    expect(articles[0]!.text).not.toContain('I walk past the town hall');
  });

  it('returns [] for a search results page and a home page of teasers', () => {
    expect(extractArticles(loadPage('search-results.html'))).toEqual([]);
    expect(extractArticles(loadPage('home.html'))).toEqual([]);
  });

  it('reads pages that repeat <html> (old IE conditional comments) without changing them', () => {
    const paragraph =
      '<p>The museum reopened on Saturday after two years of work on its roof and its heating, and more than three thousand visitors came on the first day, the director said.</p>';
    const html = `<!DOCTYPE html><!--[if IE 8]><!--><html lang="en" class="ie8"><!--<![endif]--><!--[if gt IE 8]><!--><html lang="en"><!--<![endif]--><head><title>Museum reopens</title></head><body><div class="story"><h1>Museum reopens</h1>${paragraph.repeat(6)}</div></body></html>`;
    const doc = pageFromHtml(html);
    const before = doc.documentElement.outerHTML;
    const [article] = extractArticles(doc);
    expect(article!.text.split('\n\n')).toHaveLength(6);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelectorAll('body')).toHaveLength(1);
  });

  it('never throws on a malformed page or an empty document', () => {
    expect(() => extractArticles(loadPage('malformed.html'))).not.toThrow();
    expect(extractArticles(pageFromHtml(''))).toEqual([]);
    expect(extractArticles(pageFromHtml('<html></html>'))).toEqual([]);
  });

  it('keeps every paragraph of a large page', () => {
    const paragraph =
      '<p>' + 'The committee met again today to discuss the plan for the harbour. '.repeat(8) + '</p>';
    const doc = pageFromHtml(
      `<html lang="en"><head><title>Big</title></head><body><article><h1>Big</h1>${paragraph.repeat(1500)}</article></body></html>`,
    );
    const [article] = extractArticles(doc);
    expect(article!.text.split('\n\n')).toHaveLength(1500);
  });
});

describe('looksLikeArticlePage', () => {
  it('says yes from metadata alone, without reading the text', () => {
    expect(
      looksLikeArticlePage(
        pageFromHtml('<html><head><meta property="og:type" content="article"></head><body></body></html>'),
      ),
    ).toBe(true);
    expect(
      looksLikeArticlePage(
        pageFromHtml('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x"}</script>'),
      ),
    ).toBe(true);
  });

  it('says yes for an <article> or a page with paragraphs of prose', () => {
    expect(looksLikeArticlePage(loadPage('time-only.html'))).toBe(true);
    expect(looksLikeArticlePage(loadPage('listing.html'))).toBe(true);
  });

  it('says no for search results, a home page of teasers, and an empty page', () => {
    expect(looksLikeArticlePage(loadPage('search-results.html'))).toBe(false);
    expect(looksLikeArticlePage(loadPage('home.html'))).toBe(false);
    expect(looksLikeArticlePage(pageFromHtml('<html><body><p>Hello</p></body></html>'))).toBe(false);
  });
});
