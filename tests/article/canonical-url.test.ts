import { describe, expect, it } from 'vitest';
import { cleanCanonicalUrl } from '../../utils/article/canonical-url';

describe('cleanCanonicalUrl', () => {
  it('removes utm_* and click identifiers but keeps the parameters that name the page', () => {
    expect(
      cleanCanonicalUrl(
        'https://news.example/a?id=42&utm_source=x&utm_medium=email&fbclid=abc&gclid=def&page=2',
      ),
    ).toBe('https://news.example/a?id=42&page=2');
  });

  it('drops the query entirely when only tracking was in it, and the fragment', () => {
    expect(cleanCanonicalUrl('https://news.example/a?utm_campaign=spring&xtor=RSS-3#comments')).toBe(
      'https://news.example/a',
    );
  });

  it('matches tracking parameter names whatever their case', () => {
    expect(cleanCanonicalUrl('https://news.example/a?UTM_Source=x&MC_CID=1&q=ok')).toBe(
      'https://news.example/a?q=ok',
    );
  });

  it('keeps hash-bang routes, which name the page in old single-page sites', () => {
    expect(cleanCanonicalUrl('https://news.example/#!/story/7?x=1')).toBe(
      'https://news.example/#!/story/7?x=1',
    );
  });

  it('resolves relative links against the page address', () => {
    expect(cleanCanonicalUrl('/world/story.html?utm_source=a', 'https://news.example/home')).toBe(
      'https://news.example/world/story.html',
    );
  });

  it('leaves an address without tracking untouched', () => {
    expect(cleanCanonicalUrl('https://news.example/a/b.html?id=1')).toBe(
      'https://news.example/a/b.html?id=1',
    );
  });

  it('refuses what is not an http(s) URL', () => {
    expect(cleanCanonicalUrl('javascript:alert(1)')).toBeUndefined();
    expect(cleanCanonicalUrl('not a url')).toBeUndefined();
    expect(cleanCanonicalUrl('mailto:desk@news.example')).toBeUndefined();
  });
});
