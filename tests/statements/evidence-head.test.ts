/**
 * The subject of a finding ("shows", "found") headed by an evidence noun far from its verb, after a participle
 * phrase, a relative clause or prepositional phrases: the whole phrase is the source.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function found(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test' }).map((s) => [s.speaker, s.content]);
}

describe('postmodified evidence subjects (English)', () => {
  test.each([
    [
      'The average of the polls taken over the past three weeks shows Ruiz leading Chen by four points.',
      'The average of the polls taken over the past three weeks',
      'Ruiz leading Chen by four points',
    ],
    [
      'In 2019, research conducted by the Institute for Fiscal Studies found that rents had doubled.',
      'research conducted by the Institute for Fiscal Studies',
      'rents had doubled',
    ],
    [
      'An analysis of the donors who have given more than a million dollars since March 2020, shows smaller groups gaining ground.',
      'An analysis of the donors who have given more than a million dollars since March 2020',
      'smaller groups gaining ground',
    ],
    [
      'A detailed study being released on Monday by a group of economists shows that wages stalled.',
      'A detailed study being released on Monday by a group of economists',
      'wages stalled',
    ],
  ])('%s', (text, speaker, content) => {
    expect(found(text)).toContainEqual([speaker, content]);
  });

  test('a main verb with its object after the noun is no postmodifier', () => {
    const statements = found('The poll surveyed 900 voters and found that most distrusted both candidates.');
    expect(statements).toContainEqual(['Poll', 'most distrusted both candidates']);
  });

  test('a phrase after "according to" does not open the clause', () => {
    const statements = found(
      'According to a police investigation of the 2019 crash, Lee found himself alone on the road.',
    );
    expect(statements.map(([speaker]) => speaker)).not.toContain(
      'According to a police investigation of the 2019 crash',
    );
  });
});
