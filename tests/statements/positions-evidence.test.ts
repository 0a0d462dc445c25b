/**
 * The positions mode, English sources of evidence and of survey answers: verbs of evidence after a poll, a study
 * or records ("the survey indicates …", "the data confirm …"), pictures and ads as sources ("footage shows …",
 * "the ad mentions …"), and the shares of those polled with the stance they gave ("46 percent would back …").
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

describe('positions mode, English evidence and survey sources', () => {
  test.each([
    // Verbs of evidence after an evidence noun: the object is what the source found.
    [
      'The survey indicates a close race in the northern counties.',
      'a close race in the northern counties',
      'survey',
    ],
    [
      'The leaked documents reveal a second bank account in Zurich.',
      'a second bank account in Zurich',
      'documents',
    ],
    ['The new figures confirm a steady decline in enrollment.', 'a steady decline in enrollment', 'figures'],
    [
      'The study documents a sharp rise in rents across the valley.',
      'a sharp rise in rents across the valley',
      'study',
    ],
    ['The data suggest a slower recovery than expected.', 'a slower recovery than expected', 'data'],
    // (The first half of a correlative is no negation.)
    [
      'The survey not only documented longer waits at clinics, but also drew links to staff cuts.',
      'longer waits at clinics',
      'survey',
    ],
    // Pictures and ads as sources.
    [
      'Footage of the arrest shows him kneeling beside the patrol car.',
      'him kneeling beside the patrol car',
      'footage',
    ],
    [
      // (A name's apposition belongs to the object.)
      'The ad also mentions Tom Reyes, the only councilman who voted against the levee.',
      'Tom Reyes, the only councilman who voted against the levee',
      'ad',
    ],
    // Quantified groups holding a suspicion or a doubt, the clause without its "that".
    ['Many economists suspect the cuts were too deep.', 'the cuts were too deep', 'economists'],
    ['Few analysts doubt the bill will pass.', 'the bill will pass', 'analysts'],
    // Shares of those polled.
    ['Nearly 30 percent support the new transit levy.', 'the new transit levy', 'nearly 30 percent'],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker);
    expect(statement!.kind).toBe('indirect');
  });

  test('each share of a poll holds its own preference, its object ending where the next share opens', () => {
    const found = positions(
      'Among registered voters, 52 percent would choose Ms. Kane and 41 percent would back Mr. Oduya, while 4 percent prefer the independent candidate.',
    );
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([
      ['52 percent', 'Ms. Kane', 'indirect'],
      ['41 percent', 'Mr. Oduya', 'indirect'],
      ['4 percent', 'the independent candidate', 'indirect'],
    ]);
  });

  test('a clause of circumstance after the object is no part of the finding', () => {
    const found = positions('The poll shows a tightening race as the governor gains ground in the suburbs.');
    expect(found.map((s) => [s.speaker, s.content])).toEqual([['Poll', 'a tightening race']]);
  });

  test('a person demonstrating or documenting something shows an act, not a finding', () => {
    for (const text of [
      'The mayor demonstrated his skill at the piano.',
      'The team documented the trip in a blog.',
      // (Choosing to act is an act; a share that is no subject reports nothing.)
      'He would choose to stay home.',
      'Her lead fell to 46 percent after the debate.',
      // (A suspect or a doubt with a plain object holds no view in a clause.)
      'Police suspected the driver.',
      'She doubted his story.',
    ])
      expect(positions(text), text).toEqual([]);
  });

  test('the default mode reads none of the new objects', () => {
    expect(speech('The survey indicates a close race in the northern counties.')).toEqual([]);
    expect(speech('Nearly 30 percent support the new transit levy.')).toEqual([]);
    expect(
      speech('The ad also mentions Tom Reyes, the only councilman who voted against the levee.'),
    ).toEqual([]);
  });
});

describe('English findings in every mode', () => {
  test.each([
    // (A manner adverbial between the cue and its clause.)
    [
      'A new study shows in detail how large firms shelter profits.',
      'how large firms shelter profits',
      'study',
    ],
    // (A compound whose head is shared stays in the object: "low- and middle-income".)
    [
      'One study found the new tax would fall on low- and middle-income families.',
      'the new tax would fall on low- and middle-income families',
      'study',
    ],
    // (A trailing finding whose postmodifier ends on a cue's homograph.)
    [
      'Donations rose to $1 billion, an analysis of the reports shows.',
      'Donations rose to $1 billion',
      'an analysis of the reports',
    ],
  ])('%s', (text, content, speaker) => {
    for (const found of [speech(text), positions(text)]) {
      const statement = found.find((s) => s.content === content);
      expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
      expect(statement!.speaker.toLowerCase()).toContain(speaker);
      expect(statement!.kind).toBe('indirect');
    }
  });
});
