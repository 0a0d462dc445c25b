/**
 * The positions mode: clausal contents of stance, cognition and non-committal speech ("has not said when …",
 * "was sure the vote …", "wondered whether …"), and nothing of them in the default mode.
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

function found(text: string): [string, string, string][] {
  return positions(text).map((s) => [s.speaker, s.content, s.kind]);
}

describe('negated speech before a reported question', () => {
  test.each([
    [
      'The governor, Ella Marsh, has not said how she will pay for the plan.',
      ['Ella Marsh', 'how she will pay for the plan', 'indirect'],
    ],
    [
      'Senator Paul Grady could not explain why the funds were moved in March.',
      ['Paul Grady', 'why the funds were moved in March', 'indirect'],
    ],
    [
      'The mayor, Tom Reyes, did not say whether he would run again.',
      ['Tom Reyes', 'whether he would run again', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
    expect(speech(text)).toEqual([]);
  });

  test('a negated speech act with an object is no report of its subject: "wouldn\'t answer the questions"', () => {
    // (The questions are others', met by the one who does not answer them: nobody's in particular.)
    const found = positions('The senator Joan Pike would not answer the questions about her donors.');
    expect(found.map((s) => [s.speaker, s.cue, s.content])).toEqual([['', 'questions about', 'her donors']]);
  });
});

describe('certainty, doubt and concern held as a state', () => {
  test.each([
    [
      "The mayor, Ana Costa, wasn't sure whether the bridge would reopen in May.",
      ['Ana Costa', 'whether the bridge would reopen in May', 'indirect'],
    ],
    [
      'Senator Joan Pike is doubtful that the bill can pass this year.',
      ['Joan Pike', 'the bill can pass this year', 'indirect'],
    ],
    [
      'Tom Reyes, the union leader, was not convinced that the offer would hold.',
      ['Tom Reyes', 'the offer would hold', 'indirect'],
    ],
    [
      'Governor Ella Marsh is increasingly worried that the fund will run dry.',
      ['Ella Marsh', 'the fund will run dry', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
    expect(speech(text)).toEqual([]);
  });

  test('the adjective before an infinitive or an object is no stance: "is sure to win", "was worried"', () => {
    expect(positions('The mayor, Ana Costa, is not sure to win the vote in May.')).toEqual([]);
  });
});

describe('feelings and discretion held about a topic', () => {
  test.each([
    [
      'Campaign aides were coy about whether the senator would run again.',
      ['Campaign aides', 'whether the senator would run again', 'indirect'],
    ],
    [
      "Senator Joan Pike wasn't too worried about the drop in the polls.",
      ['Joan Pike', 'the drop in the polls', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
    expect(speech(text)).toEqual([]);
  });
});

describe('questions held', () => {
  test.each([
    [
      'The senator Joan Pike has often wondered whether the count would be fair.',
      ['Joan Pike', 'whether the count would be fair', 'indirect'],
    ],
    [
      'Party donors were wondering about the candidate’s ability to finish the race.',
      ['Party donors', 'the candidate’s ability to finish the race', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
    expect(speech(text)).toEqual([]);
  });

  test('a quoted question is still reported: "“Who pays for it?” she wondered"', () => {
    expect(found('“Who will pay for the new bridge?” the mayor, Ana Costa, wondered.')).toContainEqual([
      'Ana Costa',
      'Who will pay for the new bridge?',
      'direct',
    ]);
  });
});

describe('verbs of phase, attempt and appearance before the cue keep its subject', () => {
  test.each([
    [
      'Protesters continued to call for an inquiry into the raid.',
      ['Protesters', 'an inquiry into the raid', 'indirect'],
    ],
    [
      'Senator Joan Pike seemed to suggest that the vote would be delayed.',
      ['Joan Pike', 'the vote would be delayed', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  test('in the default mode too: "went on to say that …"', () => {
    expect(
      speech('The mayor, Ana Costa, went on to say that the budget was sound.').map((s) => [
        s.speaker,
        s.content,
      ]),
    ).toEqual([['Ana Costa', 'the budget was sound']]);
  });
});

describe('feelings held about a fact', () => {
  test.each([
    [
      'Parents at the rally were frustrated that the district had cut the music program.',
      ['Parents at the rally', 'the district had cut the music program', 'indirect'],
    ],
    [
      'The mayor, Ana Costa, is so angry that the state is holding back the funds.',
      ['Ana Costa', 'the state is holding back the funds', 'indirect'],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toContainEqual(expected);
  });

  test('a feeling caused by someone is no stance held: "was annoyed by the delay"', () => {
    expect(positions('The mayor, Ana Costa, was annoyed by the long delay at the port.')).toEqual([]);
  });
});
