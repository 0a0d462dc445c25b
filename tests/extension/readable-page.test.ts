import { describe, expect, it } from 'vitest';
import { readableOrigin } from '@/utils/readable-page';

describe('readableOrigin', () => {
  it('gives the origin of a web page', () => {
    expect(readableOrigin('https://www.lemonde.fr/international/article.html?x=1#top')).toBe(
      'https://www.lemonde.fr',
    );
    expect(readableOrigin('http://127.0.0.1:8080/page')).toBe('http://127.0.0.1:8080');
  });

  it('refuses what is not a web page', () => {
    for (const url of [
      undefined,
      '',
      'chrome://extensions',
      'about:blank',
      'file:///home/a.html',
      'not a url',
    ])
      expect(readableOrigin(url)).toBeUndefined();
  });

  it('refuses the add-on stores and account pages browsers keep from every extension', () => {
    expect(readableOrigin('https://chromewebstore.google.com/detail/abc')).toBeUndefined();
    expect(readableOrigin('https://chrome.google.com/webstore/detail/abc')).toBeUndefined();
    expect(readableOrigin('https://addons.mozilla.org/fr/firefox/')).toBeUndefined();
    expect(readableOrigin('https://support.mozilla.org/kb/x')).toBeUndefined();
  });

  it('keeps ordinary pages of the same sites and look-alike names', () => {
    expect(readableOrigin('https://chrome.google.com/webstorey')).toBe('https://chrome.google.com');
    expect(readableOrigin('https://news.google.com/')).toBe('https://news.google.com');
    expect(readableOrigin('https://blog.mozilla.org/')).toBe('https://blog.mozilla.org');
    expect(readableOrigin('https://addons.mozilla.org.example.com/')).toBe(
      'https://addons.mozilla.org.example.com',
    );
  });
});
