/** German: the dative object after an inverted cue is the addressee, not part of the speaker's name. */
import { describe, expect, test } from 'vitest';
import { extract } from './helpers';

describe('German addressee after an inverted cue', () => {
  test.each([
    ['Die Lage sei ernst, sagte Brenner der Regionalzeitung.', 'Brenner'],
    ['Die Lage sei ernst, sagte Karl Brenner dem Sender in Köln.', 'Karl Brenner'],
    ['Die Lage sei ernst, sagte Innenministerin Petra Kolb der Nachrichtenagentur.', 'Petra Kolb'],
    ['„Wir bleiben hier“, sagte Brenner der Wochenzeitung.', 'Brenner'],
  ])('the dative object is no part of the name: %s', (text, speaker) => {
    expect(extract(text, 'de').map((s) => s.speaker)).toEqual([speaker]);
  });

  test('a dative object after the verb is no trailing subject: the role and name before the comma speak', () => {
    const statements = extract(
      'Die Sprecherin der Fraktion, Anna Roth, sagte dem SPIEGEL, die Regierung müsse handeln.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Anna Roth', 'die Regierung müsse handeln'],
    ]);
  });

  test('a genitive still joins a role: "der Sprecher der Stadtwerke"', () => {
    const [statement] = extract('Die Leitung sei repariert, sagte der Sprecher der Stadtwerke.', 'de');
    expect(statement?.speaker).toContain('Stadtwerke');
  });
});
