import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCORE, scoreTopics } from '../../utils/topics';
import type { Topic } from '../../utils/types';

const enlargement: Topic = {
  id: 'e',
  name: 'Enlargement',
  query: 'nato NEAR/3 (expansion OR join*)',
  enabled: true,
};
const filler = (sentences: number) => 'The weather was mild and the markets were calm. '.repeat(sentences);

describe('scoreTopics', () => {
  it('returns one result per enabled topic, in order', () => {
    const topics: Topic[] = [
      { id: 'x', name: 'X', query: 'weather', enabled: true },
      { id: 'off', name: 'Off', query: 'weather', enabled: false },
      enlargement,
    ];
    const results = scoreTopics({ title: '', text: 'Nice weather.', lang: 'en' }, topics);
    expect(results.map((result) => [result.id, result.matched])).toEqual([
      ['x', true],
      ['e', false],
    ]);
  });

  it('weighs the title over the lede over the body', () => {
    const body = `${filler(3)}NATO expansion was raised. ${filler(3)}`;
    const inTitle = scoreTopics({ title: 'NATO expansion debated', text: filler(6), lang: 'en' }, [
      enlargement,
    ])[0]!;
    const inLede = scoreTopics(
      { title: 'Debate', text: `NATO expansion was raised. ${filler(6)}`, lang: 'en' },
      [enlargement],
    )[0]!;
    const inBody = scoreTopics({ title: 'Debate', text: body, lang: 'en' }, [enlargement])[0]!;
    expect(inTitle.score).toBeGreaterThan(inLede.score);
    expect(inLede.score).toBeGreaterThan(inBody.score);
    expect(inTitle.hits).toEqual([]); // hits are offsets into the text only
    expect(inBody.hits).toEqual([
      { text: 'NATO expansion', start: body.indexOf('NATO'), end: body.indexOf(' was raised') },
    ]);
  });

  it('counts a passing mention less in a long text than in a short one', () => {
    const mention = 'Analysts recalled NATO expansion. ';
    const short = scoreTopics({ title: '', text: filler(3) + mention + filler(10), lang: 'en' }, [
      enlargement,
    ])[0]!;
    const long = scoreTopics({ title: '', text: filler(3) + mention + filler(300), lang: 'en' }, [
      enlargement,
    ])[0]!;
    expect(short.matched).toBe(true);
    expect(long.matched).toBe(false);
    expect(long.score).toBeLessThan(DEFAULT_MIN_SCORE);
  });

  it('honours a topic minScore and gives exact hit offsets', () => {
    const text = 'Finland will join NATO. Sweden will join NATO too.';
    const strict = { ...enlargement, minScore: 10 };
    const [result] = scoreTopics({ title: '', text, lang: 'en' }, [strict]);
    expect(result!.matched).toBe(false);
    expect(result!.hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['join NATO', 'join NATO']);
  });

  it('does not throw on a broken query: the topic simply does not match', () => {
    const broken: Topic = { id: 'b', name: 'B', query: '(nato', enabled: true };
    expect(scoreTopics({ title: 'NATO', text: 'NATO', lang: 'en' }, [broken])[0]).toMatchObject({
      matched: false,
      score: 0,
    });
  });

  it('counts overlapping matches once', () => {
    const both: Topic = { id: 'o', name: 'O', query: 'NATO-* OR *erweiterung', enabled: true };
    const [result] = scoreTopics({ title: '', text: 'Die NATO-Osterweiterung.', lang: 'de' }, [both]);
    expect(result!.hits).toEqual([{ text: 'NATO-Osterweiterung', start: 4, end: 23 }]);
  });
});
