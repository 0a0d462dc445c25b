/** A name's first name gives it a gender where the article gives none, so pronouns skip the other sex. */
import { describe, expect, test } from 'vitest';
import { genderOfFirstName } from '../../utils/statements/first-names';
import { extract } from './helpers';

describe('first names', () => {
  test('common first names mark their gender; shared or unknown ones do not', () => {
    expect(genderOfFirstName('Olaf Brenner')).toBe('m');
    expect(genderOfFirstName('Ségolène Marchal')).toBe('f');
    expect(genderOfFirstName('Jean-Marc Dufour')).toBeUndefined();
    expect(genderOfFirstName('Dominique Perret')).toBeUndefined();
  });

  test('Polish, Italian, Spanish, Ukrainian and Russian first names too, Polish "ł" included', () => {
    expect(genderOfFirstName('Paweł Wrona')).toBe('m');
    expect(genderOfFirstName('Małgorzata Sikora')).toBe('f');
    expect(genderOfFirstName('Elżbieta Kruk')).toBe('f');
    expect(genderOfFirstName('Giovanna Ricci')).toBe('f');
    expect(genderOfFirstName('Gonzalo Ferrer')).toBe('m');
    expect(genderOfFirstName('Mykola Bondar')).toBe('m');
    expect(genderOfFirstName('Oksana Melnyk')).toBe('f');
    expect(genderOfFirstName('Rosario Vidal')).toBeUndefined();
  });

  test('"he" skips a woman whose name alone tells her gender', () => {
    const statements = extract(
      '"The vote was a joke," said Wendy Harlow, who came from Leeds.\n\nDown the road, Gregory Plane cheered with friends. He thinks the talks failed. "We should walk away now," he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Wendy Harlow', 'Gregory Plane', 'Gregory Plane']);
  });

  test('a name after a short opening adverbial is a subject a later pronoun can take up', () => {
    const statements = extract(
      '"Nobody listens to us," said Harold Penn.\n\nOn the other bank, Arthur Wells waved a flag. "We will win this," he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Harold Penn', 'Arthur Wells']);
  });

  test('in French too, "il" takes up the man named after an opening adverbial', () => {
    const statements = extract(
      '« Personne ne nous écoute », a déclaré Hélène Vidal.\n\nDevant la mairie, Paul Girard agitait un drapeau. « Nous allons gagner », a-t-il dit.',
      'fr',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Hélène Vidal', 'Paul Girard']);
  });
});
