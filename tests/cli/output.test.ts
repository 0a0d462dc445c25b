import { describe, expect, it } from 'vitest';
import { OutputWriter } from '../../scripts/cli/output';
import { renderMarkdown } from '../../scripts/cli/markdown';
import type { ArticleAnalysis } from '../../utils/types';

const analysis = (id: string): ArticleAnalysis => ({
  id,
  title: `Title ${id}`,
  lang: 'en',
  wordCount: 3,
  excerpt: 'Short text.',
  topics: [],
  statements: [],
});

function collect(format: 'json' | 'jsonl' | 'md' | undefined, records: ArticleAnalysis[]): string {
  let out = '';
  const writer = new OutputWriter(format, (chunk) => (out += chunk));
  for (const record of records) writer.add(record);
  writer.finish();
  return out;
}

describe('OutputWriter', () => {
  it('prints one article as pretty JSON and several as JSON Lines by default', () => {
    expect(collect(undefined, [analysis('a')])).toBe(`${JSON.stringify(analysis('a'), null, 2)}\n`);
    expect(collect(undefined, [analysis('a'), analysis('b'), analysis('c')])).toBe(
      ['a', 'b', 'c'].map((id) => JSON.stringify(analysis(id))).join('\n') + '\n',
    );
    expect(collect(undefined, [])).toBe('');
  });

  it('honours an explicit format: json is an object for one record and an array otherwise', () => {
    expect(JSON.parse(collect('json', [analysis('a'), analysis('b')]))).toHaveLength(2);
    expect(JSON.parse(collect('json', []))).toEqual([]);
    expect(collect('jsonl', [analysis('a')])).toBe(`${JSON.stringify(analysis('a'))}\n`);
    expect(collect('md', [analysis('a'), analysis('b')]).split('\n---\n')).toHaveLength(2);
  });
});

describe('renderMarkdown', () => {
  it('shows title, meta line, topics with scores and statements grouped by speaker', () => {
    const md = renderMarkdown({
      ...analysis('x'),
      canonicalUrl: 'https://news.example/a',
      site: 'News',
      publishedAt: '2024-01-02',
      topics: [
        {
          id: 'ports',
          name: 'Ports',
          matched: true,
          score: 2.5,
          hits: [{ text: 'harbour', start: 0, end: 7 }],
        },
        { id: 'rail', name: 'Rail', matched: false, score: 0, hits: [] },
      ],
      statements: [
        {
          id: 's1',
          speaker: 'Ana Silva',
          mention: 'The mayor',
          cue: 'said',
          kind: 'direct',
          content: 'We will *rebuild*',
          addressee: 'reporters',
          via: 'Reuters',
          sentence: '',
          start: 0,
          end: 1,
          lang: 'en',
          topics: ['ports'],
        },
        {
          id: 's2',
          speaker: '',
          mention: 'someone',
          cue: 'claimed',
          kind: 'indirect',
          content: 'it was late',
          sentence: '',
          start: 0,
          end: 1,
          lang: 'en',
          topics: [],
        },
        {
          id: 's3',
          speaker: 'Ana Silva',
          mention: 'Ana Silva',
          cue: 'added',
          kind: 'indirect',
          content: 'the port opens soon',
          sentence: '',
          start: 0,
          end: 1,
          lang: 'en',
          topics: [],
        },
      ],
    });
    expect(md).toMatch(
      /^# Title x\n\n\*News · 2024-01-02 · en · 3 words · id x\*\n\n<https:\/\/news\.example\/a>/,
    );
    expect(md).toContain('- Ports (`ports`): **matched**, score 2.50 — “harbour”');
    expect(md).toContain('- Rail (`rail`): not matched, score 0');
    expect(md.match(/### Ana Silva/g)).toHaveLength(1);
    expect(md).toContain(
      '> We will \\*rebuild\\*\n> — *said* · direct · as “The mayor” · to reporters · via Reuters · topics: ports',
    );
    expect(md).toContain('### Unknown speaker');
    expect(md.indexOf('the port opens soon')).toBeLessThan(md.indexOf('### Unknown speaker'));
  });
});
