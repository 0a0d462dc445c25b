/** German reported speech (Konjunktiv I) after a sentence whose own cue reported nothing: its subject speaks. */
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
