/**
 * Findings named with no verb: a headline labelled by a poll or a study ("Poll: …") and a frame opening or
 * closing the sentence ("In this poll, …", "… in the latest polls").
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function found(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test' }).map((s) => [s.mention, s.content]);
}

describe('findings without a verb (English)', () => {
  test('a headline labelled by a finding noun', () => {
    expect(found('Poll: Voters in Ohio sour on both candidates.')).toEqual([
      ['Poll', 'Voters in Ohio sour on both candidates'],
    ]);
  });

  test('a genre label is no finding', () => {
    expect(found('Analysis: Voters in Ohio sour on both candidates.')).toEqual([]);
  });

  test('a frame opening the sentence, over a participle phrase set off by commas', () => {
    expect(
      found('In the latest Marist College poll, conducted in early May, Ruiz led Chen by six points.'),
    ).toEqual([['the latest Marist College poll', 'Ruiz led Chen by six points']]);
  });

  test('a frame whose clause reports on its own is that report', () => {
    expect(found('In the survey, most farmers said they would plant less corn.')).toEqual([
      ['most farmers', 'they would plant less corn'],
    ]);
  });

  test('a frame closing the sentence, after a fronted adverbial', () => {
    expect(
      found(
        'Despite the applause, the mayor gained no ground in one of the first polls taken after the debate.',
      ),
    ).toEqual([['one of the first polls taken after the debate', 'the mayor gained no ground']]);
  });

  test('a closing frame with a verb of its own is no frame', () => {
    expect(found('Trust in polls has fallen since the election.')).toEqual([]);
    expect(found('The mayor spoke at length in the survey office downtown.')).toEqual([]);
  });
});
