import { describe, expect, it } from 'vitest';
import { formatCitation, formatDate } from '@/components/citation';
import type { ArticleAnalysis, Statement } from '@/utils/types';

const statement: Statement = {
  id: 's1',
  speaker: 'Ada Martin',
  mention: 'la ministre Ada Martin',
  role: 'ministre',
  cue: 'a déclaré',
  kind: 'direct',
  content: 'Nous restons prêts',
  via: 'AFP',
  sentence: '« Nous restons prêts », a déclaré la ministre Ada Martin.',
  start: 2,
  end: 20,
  lang: 'fr',
  topics: [],
};
const article: ArticleAnalysis = {
  title: 'Un titre',
  site: 'Le Journal',
  publishedAt: '2024-03-05T10:00:00+01:00',
  canonicalUrl: 'https://journal.example/a',
  lang: 'fr',
  wordCount: 100,
  excerpt: '',
  topics: [],
  statements: [statement],
};

describe('citations', () => {
  it('give speaker, the words in the language’s quotation marks, outlet, date and link', () => {
    expect(formatCitation(statement, article, 'https://journal.example/a?utm_source=x', 'fr')).toBe(
      'Ada Martin (ministre) [AFP]: «\u00a0Nous restons prêts\u00a0» — Un titre. Le Journal, 5 mars 2024, https://journal.example/a',
    );
    expect(formatCitation({ ...statement, role: undefined, via: undefined }, article, 'x', 'en')).toBe(
      'Ada Martin: “Nous restons prêts” — Un titre. Le Journal, March 5, 2024, https://journal.example/a',
    );
  });

  it('fall back to the mention and the page URL, and keep an unreadable date as written', () => {
    const bare = { ...article, site: undefined, canonicalUrl: undefined, publishedAt: 'hier' };
    expect(
      formatCitation(
        { ...statement, speaker: '', role: undefined, via: undefined },
        bare,
        'https://p.example/',
        'en',
      ),
    ).toBe('la ministre Ada Martin: “Nous restons prêts” — Un titre. hier, https://p.example/');
    expect(formatDate(undefined, 'en')).toBeUndefined();
  });
});
