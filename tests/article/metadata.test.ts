import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  primaryLanguage,
  readPageMetadata,
  withoutSiteSuffix,
} from '../../utils/article/metadata';
import { toIsoDate } from '../../utils/article/date';
import { loadPage, pageFromHtml } from './load-page';

describe('readPageMetadata', () => {
  it('reads a JSON-LD @graph: headline, authors by @id and inline, date, language, publisher', () => {
    const meta = readPageMetadata(loadPage('jsonld-graph.html'), 'https://rheinblatt.example/lokales/');
    expect(meta.title).toBe('Bürgermeisterin eröffnet neue Stadtbibliothek');
    expect(meta.byline).toBe('Anna Becker, Jonas Weber');
    expect(meta.publishedAt).toBe('2024-03-14T08:30:00+01:00');
    expect(meta.lang).toBe('de');
    expect(meta.site).toBe('Rheinblatt');
    expect(meta.description).toBe('Nach drei Jahren Bauzeit ist die neue Bibliothek am Marktplatz geöffnet.');
    // Relative canonical link resolved against the page, tracking parameters gone, the others kept.
    expect(meta.canonicalUrl).toBe('https://rheinblatt.example/lokales/2024/03/stadtbibliothek.html?seite=2');
  });

  it('falls back to Open Graph and article meta tags, without the site name after the title', () => {
    const meta = readPageMetadata(loadPage('og-meta.html'));
    expect(meta.title).toBe('Harbour ferry returns after winter repairs');
    expect(meta.site).toBe('Coastal Gazette');
    expect(meta.byline).toBe('Ruth Okafor');
    expect(meta.publishedAt).toBe('2023-04-02T06:15:00Z');
    expect(meta.lang).toBe('en');
    expect(meta.canonicalUrl).toBe('https://gazette.example/news/harbour-ferry?id=77');
    expect(meta.ogType).toBe('article');
  });

  it('takes the date from <time datetime> and the language from <html lang> when nothing else says', () => {
    const meta = readPageMetadata(loadPage('time-only.html'));
    expect(meta.publishedAt).toBe('2021-06-05');
    expect(meta.lang).toBe('es');
    expect(meta.title).toBeUndefined();
  });

  it('reads JSON-LD given as an array, with @type as a list and a schema.org URL', () => {
    const doc = pageFromHtml(`<html><head><script type="application/ld+json">
      [{"@type":"BreadcrumbList"},{"@type":["http://schema.org/ReportageNewsArticle","CreativeWork"],
        "headline":"Floods in the north","author":"Lena Holm","datePublished":"2020-02-03T10:00:00Z","inLanguage":"sv-SE"}]
      </script></head><body></body></html>`);
    const meta = readPageMetadata(doc);
    expect(meta.title).toBe('Floods in the north');
    expect(meta.byline).toBe('Lena Holm');
    expect(meta.publishedAt).toBe('2020-02-03T10:00:00Z');
    expect(meta.lang).toBe('sv');
  });

  it('survives broken JSON-LD and impossible values', () => {
    const meta = readPageMetadata(loadPage('malformed.html'));
    expect(meta.publishedAt).toBeUndefined();
    expect(meta.byline).toBeUndefined();
  });
});

describe('toIsoDate', () => {
  it('keeps ISO dates as written (their offset says the local day)', () => {
    expect(toIsoDate('2022-01-28T19:42:00+01:00')).toBe('2022-01-28T19:42:00+01:00');
    expect(toIsoDate('2022-01-28')).toBe('2022-01-28');
    expect(toIsoDate('2022-01-28 19:42:00')).toBe('2022-01-28T19:42:00');
  });
  it('converts other date forms to UTC ISO 8601', () => {
    expect(toIsoDate('Fri, 28 Jan 2022 18:42:00 GMT')).toBe('2022-01-28T18:42:00.000Z');
    expect(toIsoDate('1643395320')).toBe('2022-01-28T18:42:00.000Z');
  });
  it('drops what is not a plausible publication date', () => {
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate('0000-00-00')).toBeUndefined();
    expect(toIsoDate('1970-01-01T00:00:00Z')).toBeUndefined();
    expect(toIsoDate('')).toBeUndefined();
  });
});

describe('bylines, titles and languages', () => {
  it('keeps the names of a byline and drops prefixes, datelines and outlets', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('Par Marie Dupont')).toBe('Marie Dupont');
    expect(cleanByline('Jane Doe · City Desk · Posted: Oct 14, 2022 9:27 AM')).toBe('Jane Doe');
    expect(cleanByline('By\nJane Doe\n\nUpdated on December 12, 2016')).toBe('Jane Doe');
    expect(cleanByline('March 3, 2021 10:15')).toBeUndefined();
    expect(cleanByline('By')).toBeUndefined();
    expect(cleanByline('https://news.example/authors/jane')).toBeUndefined();
  });

  it('removes a title suffix naming the site, by its name or its host, and nothing else', () => {
    expect(withoutSiteSuffix('Harbour reopens | Coastal Gazette', 'Coastal Gazette', undefined)).toBe(
      'Harbour reopens',
    );
    expect(
      withoutSiteSuffix('Pont rouvert - Journal du Val', undefined, 'https://www.journalduval.example/a'),
    ).toBe('Pont rouvert');
    expect(
      withoutSiteSuffix('Evolve: Shared Mutable History — a guide', 'Docs', 'https://docs.example/'),
    ).toBe('Evolve: Shared Mutable History — a guide');
  });

  it('reduces language tags to their primary subtag', () => {
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('en_US')).toBe('en');
    expect(primaryLanguage('x')).toBeUndefined();
    expect(primaryLanguage('')).toBeUndefined();
  });
});
