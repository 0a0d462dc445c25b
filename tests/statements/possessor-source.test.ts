/**
 * A cue noun's possessor is its source ("Trump's claim that …", "the governor's decision to close …", "her
 * refusal to testify"); a noun cue reports only so, with its clause or infinitive.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function positions(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => [
    s.speaker,
    s.content,
  ]);
}

describe('possessor sources of noun cues (English)', () => {
  test('the possessor of a homograph cue is its source, not the subject of the sentence', () => {
    const found = extractStatements(
      "Critics mocked Governor Ray Dunn's claim that the budget was balanced.",
      { lang: 'en', articleKey: 'test' },
    );
    expect(found.map((s) => [s.speaker, s.content])).toEqual([['Ray Dunn', 'the budget was balanced']]);
  });

  test.each([
    [
      "Judge Amy Ross's decision to release the files surprised both parties.",
      'Amy Ross',
      'to release the files',
    ],
    ["The union's refusal to sign the contract stalled the talks.", 'union', 'to sign the contract'],
    [
      "Senator Tom Hale's insistence that the vote be delayed angered his allies.",
      'Tom Hale',
      'the vote be delayed',
    ],
  ])('%s', (text, speaker, content) => {
    const found = positions(text);
    const statement = found.find(([, c]) => c!.startsWith(content));
    expect(statement, JSON.stringify(found)).toBeDefined();
    expect(statement![0]!.toLowerCase()).toContain(speaker.toLowerCase());
  });

  test('a possessive determiner points back to the source named before', () => {
    const found = positions(
      'The mayor Lina Ortiz spoke at noon. Her decision to close the market was announced later.',
    );
    expect(found).toContainEqual(['Lina Ortiz', expect.stringMatching(/^to close the market/)]);
  });

  test('a noun cue with no possessor, or with no clause or infinitive, is none', () => {
    for (const text of [
      'The decision to close the market was announced on Monday.',
      "The judge's decision was final.",
      'There is a widespread belief that the plant will close.',
    ])
      expect(positions(text), text).toEqual([]);
  });

  test('adjectives may stand between the possessive and the noun', () => {
    expect(
      positions("Cutting fees is Mayor Lina Ortiz's latest effort to win back small businesses."),
    ).toContainEqual(['Lina Ortiz', 'to win back small businesses']);
    expect(
      positions('Governor Paul Hale spoke on Monday. His stubborn refusal to testify angered the committee.'),
    ).toContainEqual(['Paul Hale', 'to testify']);
  });
});
