/**
 * The positions mode, English verb chains before a cue: catenative verbs ("went on to accuse", "started off by
 * emphasizing", "kept attacking", "is steering clear of criticizing"), whose subject is the speaker of the cue
 * they govern (`Lexicon.positionCatenatives`), and negated cues of `positionCues` ("has not mentioned", "did not
 * immediately respond to", "never criticized"), whose position withheld is one taken, the negation standing in
 * the auxiliary chain. The default mode, where our sets and GGT count speech only, reads none of them; speech
 * withheld reports nothing in either mode.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';
import type { Statement } from '../../utils/types';

function positions(text: string): Statement[] {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true });
}

function speech(text: string): Statement[] {
  return extractStatements(text, { lang: 'en', articleKey: 'test' });
}

describe('positions mode, English negated cues', () => {
  test.each([
    ['Senator Ruth Calder has not mentioned the pension scandal.', 'the pension scandal', 'Ruth Calder'],
    [
      'The mayor Nina Cole did not immediately respond to the letter from the unions.',
      'the letter from the unions',
      'Nina Cole',
    ],
    ['The governor Rita Lane never criticized the pipeline deal.', 'the pipeline deal', 'Rita Lane'],
    ['The senator Joan Pike would not support the new tax.', 'the new tax', 'Joan Pike'],
    ["The senator Joan Pike didn't mention the new tax.", 'the new tax', 'Joan Pike'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([[speaker, content, 'indirect']]);
    expect(speech(text)).toEqual([]);
  });

  test('an infinitive content ends before a predicate coordinated with the cue: ", but was outvoted"', () => {
    for (const text of [
      'The mayor Nina Cole did not want to close the pool, but was outvoted by the council.',
      'The mayor Nina Cole wanted to close the pool, but was outvoted by the council.',
    ]) {
      const found = positions(text);
      expect(
        found.map((s) => [s.speaker, s.content, s.kind]),
        text,
      ).toEqual([['Nina Cole', 'to close the pool', 'indirect']]);
    }
  });

  test('speech withheld reports nothing: "did not say that …"', () => {
    const text = 'The mayor Nina Cole did not say that the deal was signed.';
    expect(positions(text)).toEqual([]);
    expect(speech(text)).toEqual([]);
  });
});

describe('positions mode, English catenative chains', () => {
  test.each([
    [
      'The mayor Nina Cole went on to accuse the board of hiding the costs.',
      'the board of hiding the costs',
      'Nina Cole',
    ],
    ['Senator Ruth Calder started off by emphasizing jobs and wages.', 'jobs and wages', 'Ruth Calder'],
    ['The union leader Rosa Vega is steering clear of criticizing the merger.', 'the merger', 'Rosa Vega'],
    ['The senator Joan Pike kept attacking the pension plan.', 'the pension plan', 'Joan Pike'],
    ['The council member Eric Hale needs to defend the budget cuts.', 'the budget cuts', 'Eric Hale'],
    ['The judge Mary Lind avoided mentioning the earlier ruling.', 'the earlier ruling', 'Mary Lind'],
    ['The senator Joan Pike has refrained from endorsing the new tax.', 'the new tax', 'Joan Pike'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([[speaker, content, 'indirect']]);
    expect(speech(text)).toEqual([]);
  });

  test('a negated catenative before a speech cue: "could not resist pointing out that …"', () => {
    const found = positions('Governor Rita Lane could not resist pointing out that the bridge was late.');
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([
      ['Rita Lane', 'the bridge was late', 'indirect'],
    ]);
  });

  test('a catenative with no cue after it reports nothing: "kept the budget", "needs more time"', () => {
    for (const text of [
      'The mayor Nina Cole kept the old budget.',
      'The council member Eric Hale needs more time to decide.',
      'The funds were used to criticize the mayor.',
    ])
      expect(positions(text), text).toEqual([]);
  });
});
