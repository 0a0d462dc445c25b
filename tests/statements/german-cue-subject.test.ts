/** German subjects: Konjunktiv I after a cue sentence that reported nothing; a name in apposition to a partitive subject. */
import { describe, expect, test } from 'vitest';
import { extract, find } from './helpers';

describe('Konjunktiv I after a cue sentence that reported nothing', () => {
  test('the subject of the cue sentence between speaks, not the last speaker before it', () => {
    const statements = extract(
      'Laut Feuerwehr waren rund 30 Einsätze verzögert worden.\n\nBürgermeisterin Petra Vogt begrüßte das Urteil. Wer Rettungswege blockiere, gefährde Menschenleben.',
      'de',
    );
    expect(find(statements, 'Wer Rettungswege blockiere, gefährde Menschenleben').speaker).toContain(
      'Petra Vogt',
    );
  });

  test('with no cue in the sentence between, the last speaker goes on', () => {
    const statements = extract(
      'Petra Vogt sagte, die Stadt werde helfen. Die Feuerwehr war die ganze Nacht im Einsatz. Die Kosten trage das Land.',
      'de',
    );
    expect(find(statements, 'Die Kosten trage das Land').speaker).toBe('Petra Vogt');
  });
});

describe('a name in apposition to a partitive or role subject', () => {
  test.each([
    [
      'Eine der Verurteilten, die 27-jährige Studentin Lea Brandt, kündigte an, in Revision zu gehen.',
      'Lea Brandt',
    ],
    ['Einer der Angeklagten, Tim Ostrowski, sagte, er bereue nichts.', 'Tim Ostrowski'],
  ])('the name speaks: %s', (text, name) => {
    const [statement] = extract(text, 'de');
    expect(statement?.speaker).toContain(name);
  });
});
