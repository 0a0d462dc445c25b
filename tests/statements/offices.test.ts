/** Roles of different offices name different people; synonyms of one office name its holder. */
import { describe, expect, test } from 'vitest';
import { extract } from './helpers';

describe('offices', () => {
  test.each([
    [
      'fr',
      'Le président Jacques Morel a déclaré que la réforme serait votée. Le Premier ministre a ajouté que le calendrier restait serré.',
    ],
    [
      'en',
      'President Anna Kolar said the plan would pass. The prime minister added that the timing was tight.',
    ],
    [
      'de',
      'Bundeskanzler Olaf Brenner sagte, man werde helfen. Der Außenminister erklärte, die Hilfe komme bald.',
    ],
  ])('%s: a role of another office does not point back to the holder named before', (lang, text) => {
    const [first, second] = extract(text, lang);
    expect(first?.speaker).not.toBe('');
    expect(second?.speaker).not.toBe(first?.speaker);
  });

  test.each([
    [
      'fr',
      'Le ministre des Affaires étrangères, Paul Girard, a déclaré que la France soutenait Kiev. Le président Jacques Morel a reçu les ambassadeurs. Le chef de la diplomatie a ajouté que les sanctions resteraient en place.',
      'Paul Girard',
    ],
    [
      'en',
      'Helen Marsh, the foreign minister, said the embassy would stay open. President Anna Kolar said she met the envoys. The foreign secretary said the talks would go on.',
      'Helen Marsh',
    ],
  ])(
    '%s: a synonym of an office points back to its holder past a holder of another',
    (lang, text, holder) => {
      const statements = extract(text, lang);
      expect([statements[0]?.speaker, statements.at(-1)?.speaker]).toEqual([holder, holder]);
    },
  );
});
