/**
 * The positions mode, English acts on discourse whose object is the content (the "acts on discourse" block of
 * the English `positionCues`): publishing ("published the memo"), linking ("linked the shortage to the plant"),
 * offering ("offered no evidence that …"), responding ("responded to the charges"), persisting in a line
 * ("is doubling down on her attacks") and escalating it ("unleashed a series of posts"), questioning someone
 * ("grilled the banker over the fees"). The default mode, where our sets and GGT count speech only, reads none
 * of them.
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

const ACTS: readonly (readonly [text: string, content: string, speaker: string])[] = [
  // Publishing.
  [
    "The Harbor Gazette published excerpts of the council's budget memo.",
    "excerpts of the council's budget memo",
    'Harbor Gazette',
  ],
  // Linking.
  [
    'Senator Ruth Calder linked the water shortage to the new bottling plant.',
    'the water shortage to the new bottling plant',
    'Ruth Calder',
  ],
  [
    'The mayor Tom Reid tied the rise in rents to short-term rentals.',
    'the rise in rents to short-term rentals',
    'Tom Reid',
  ],
  // Offering.
  [
    'The governor Rita Lane offered no evidence that the ballots were forged.',
    'no evidence that the ballots were forged',
    'Rita Lane',
  ],
  ['The nurses union offered a plan to reopen the clinic.', 'a plan to reopen the clinic', 'union'],
  // Responding.
  [
    'Councilman Eric Hale responded to the charges with a long post.',
    'the charges with a long post',
    'Eric Hale',
  ],
  // Persisting in a line.
  [
    'The mayor Nina Cole is doubling down on her attacks on the port authority.',
    'her attacks on the port authority',
    'Nina Cole',
  ],
  [
    'The senator Joan Pike stood by her remarks about the pension fund.',
    'her remarks about the pension fund',
    'Joan Pike',
  ],
  // Escalating.
  [
    'Governor Alan Brisk unleashed a series of posts mocking the county board.',
    'a series of posts mocking the county board',
    'Alan Brisk',
  ],
  [
    'The candidate Ida Burns has intensified her criticism of the water board.',
    'her criticism of the water board',
    'Ida Burns',
  ],
  // Questioning someone.
  [
    "Senator Ruth Calder grilled the bank's chief over the hidden fees.",
    "the bank's chief over the hidden fees",
    'Ruth Calder',
  ],
];

describe('positions mode, English acts on discourse with their object', () => {
  test.each(ACTS)('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
    expect(statement!.kind).toBe('indirect');
  });

  test('the default mode reads none of these objects', () => {
    for (const [text] of ACTS) expect(speech(text), text).toEqual([]);
  });

  test('the nouns "offers", "links" after a possessor, and a passive with no agent, report nothing', () => {
    for (const text of [
      "The union's job offers were rejected.",
      'Their links to the lobby are well known.',
      'The offer was linked to the vote.',
      // ("linked to": a participle after its noun, the verb's object coming before "to" when active.)
      'The documents linked to the case were sealed.',
      'Their ties to the lobby are well known.',
      'The clinic answered queries from parents.',
    ])
      expect(positions(text), text).toEqual([]);
  });

  test('a passive with its agent: the agent published the subject', () => {
    const found = positions('The audit was published by the Harbor Gazette.');
    expect(found.map((s) => [s.speaker, s.content, s.kind])).toEqual([
      ['Harbor Gazette', 'The audit', 'indirect'],
    ]);
  });

  test('a participle after its noun reads no object from the verb of its clause', () => {
    const found = positions('A study published last week found that rents rose.');
    expect(found.map((s) => [s.speaker, s.cue, s.content, s.kind])).toEqual([
      ['A study published last week', 'found', 'rents rose', 'indirect'],
    ]);
  });
});
