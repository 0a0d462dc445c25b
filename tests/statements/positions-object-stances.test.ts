/**
 * The positions mode, English verbs whose object is the position taken on it (`objectPositionCues` in the
 * English lexicon): criticism and ridicule ("mocked the complaint", "attacked Delgado"), challenges and
 * dismissals ("questioned the cost", "balked at the offer"), things named, stressed or granted ("has
 * acknowledged the risk", "laid out her plan"). The default mode, where our sets and GGT count speech only,
 * keeps its narrower readings.
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

describe('positions mode, English verbs of a position taken on their object', () => {
  test.each([
    // Criticism and ridicule.
    ['The senator Ruth Calder mocked the new parking rules.', 'the new parking rules', 'Calder'],
    // (One word is enough when it is a name; the setting of the act is not the object.)
    ['Governor Alan Brisk attacked Delgado in a late-night post.', 'Delgado', 'Brisk'],
    ['Councilwoman Ida Burns railed against the new bridge tolls.', 'the new bridge tolls', 'Burns'],
    ['The mayor Tom Reid derided the budget as a giveaway.', 'the budget as a giveaway', 'Reid'],
    ['The senator Joan Pike went after the governor as a coward.', 'the governor as a coward', 'Pike'],
    // Challenges and dismissals.
    ['The nurses union balked at the offer of a small raise.', 'the offer of a small raise', 'union'],
    [
      'The mayor Nina Cole pushed back against the plan to close the clinic.',
      'the plan to close the clinic',
      'Cole',
    ],
    // Things named, stressed or granted.
    ['Senator Alan Voss has acknowledged the reality of rising seas.', 'the reality of rising seas', 'Voss'],
    ['The director Lea Marsh highlights the closing of the mills.', 'the closing of the mills', 'Marsh'],
    ['The governor Rita Lane laid out her plan for the schools.', 'her plan for the schools', 'Lane'],
    ['The bishop Paul Irving invoked the memory of the flood.', 'the memory of the flood', 'Irving'],
    // Accounts given of something.
    [
      'The Daily Ledger has also detailed the spending of the foundation.',
      'the spending of the foundation',
      'Ledger',
    ],
    ['The filmmaker Ava Stone chronicles the closing of the mines.', 'the closing of the mines', 'Stone'],
    ['The comedian Rob Lane made fun of the new tax forms.', 'the new tax forms', 'Lane'],
    // Characterisations, with their predicate.
    [
      'The senator Joan Pike is casting herself as a friend of farmers.',
      'herself as a friend of farmers',
      'Pike',
    ],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
  });

  test('the default mode reads none of these objects', () => {
    for (const [text, content] of [
      ['The senator Ruth Calder mocked the new parking rules.', 'the new parking rules'],
      ['Governor Alan Brisk attacked Delgado in a late-night post.', 'Delgado'],
      ['The director Lea Marsh highlights the closing of the mills.', 'the closing of the mills'],
      ['The nurses union balked at the offer of a small raise.', 'the offer of a small raise'],
    ] as const)
      expect(
        speech(text).map((s) => s.content),
        text,
      ).not.toContain(content);
  });

  test('a one-word object that is no name, a passive and a noun report nothing', () => {
    for (const text of [
      'Governor Alan Brisk attacked him in a late-night post.',
      'The new parking rules were mocked.',
      'Donors funded the ads, with attacks that helped the party win the House.',
      'The mayor Ann Ruiz painted the fence on Sunday.',
    ])
      expect(positions(text), text).toEqual([]);
  });
});

test('a progressive takes no inverted subject: "…, painting the council as a gang" reads its object', () => {
  const found = positions('The mayor Ann Ruiz spoke for an hour, painting the council as a gang of thieves.');
  const statement = found.find((s) => s.cue === 'painting');
  expect(statement?.content).toBe('the council as a gang of thieves');
  expect(statement?.speaker).not.toContain('council');
});

describe('object bounds', () => {
  test('a phrase opening with a preposition is the setting of the act, not its object', () => {
    const found = positions('The losses, which the bank detailed in its yearly filings, were large.');
    expect(found.map((s) => s.content)).not.toContain('in its yearly filings');
  });

  test('an object runs on over the full stops of initials ("the U.S. voting system")', () => {
    expect(
      positions('The senator Joan Pike questioned the integrity of the U.S. voting system.').map(
        (s) => s.content,
      ),
    ).toContain('the integrity of the U.S. voting system');
  });

  test('but not into a sentence the splitter left joined ("the U.S. The next day …")', () => {
    const contents = positions('The senator Joan Pike questioned the U.S. The next day she left.').map(
      (s) => s.content,
    );
    expect(contents.some((c) => c.includes('next day'))).toBe(false);
  });
});

describe('positions mode, a position written in the passive with its agent', () => {
  test.each([
    ['The mayor Dan Ruiz is supported by most of the city unions.', 'The mayor Dan Ruiz', 'city unions'],
    [
      'The new stadium plan, however, has been endorsed by the chamber of commerce.',
      'The new stadium plan',
      'chamber of commerce',
    ],
    ['The toll increase was mocked by Senator Joan Pike.', 'The toll increase', 'Pike'],
    [
      'The story about the mayor was first reported by the Daily Ledger.',
      'The story about the mayor',
      'Ledger',
    ],
  ])('%s', (text, content, speaker) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found.map((s) => [s.speaker, s.content]))).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
    expect(speech(text).map((s) => s.content)).not.toContain(content);
  });

  test('not without its agent, nor with a pronoun subject', () => {
    for (const text of [
      'The toll increase was mocked on the radio.',
      'It was mocked by Senator Joan Pike.',
      'Nobody knows why it was mocked by Joan Pike.',
    ])
      expect(
        positions(text).filter((s) => s.cue.includes('mocked')),
        text,
      ).toEqual([]);
  });
});
