/**
 * Roles that open a sentence without reporting anything, and the pronouns after them; roles that introduced a
 * person who had not spoken yet; French nouns of both genders; elided articles in roles; French object pronouns
 * before a cue ("lui a répondu X").
 */
import { describe, expect, test } from 'vitest';
import { extract, find } from './helpers';

describe('role subjects and role holders', () => {
  test('a pronoun after a sentence opened by a role takes up the person known by that role', () => {
    const statements = extract(
      '« On a manqué de réalisme », a regretté l’entraîneur lillois, Marc Dujardin. « Je prends tout pour moi », a reconnu le gardien Paul Gérard.\n\nInterrogé sur le mercato, l’entraîneur a esquivé. « Le club connaît mes besoins », a-t-il glissé.',
      'fr',
    );
    expect(find(statements, 'Le club connaît mes besoins').speaker).toBe('Marc Dujardin');
  });

  test('in English too: "The budget director did not back down. She said …"', () => {
    const statements = extract(
      'The city’s budget director, Lorna Field, said the cuts were unavoidable. Councilwoman Ana Reyes said the cuts would hurt families.\n\nThe budget director did not back down. She said the mayor was open to talks.',
      'en',
    );
    expect(find(statements, 'the mayor was open to talks').speaker).toBe('Lorna Field');
  });

  test('a role that is a speaker’s own phrase is not taken up again by the next pronoun', () => {
    const statements = extract(
      'Foreign minister Anna Berg said the talks would go on. Defence minister Carl Lind said troops were ready. The minister, who spoke in Oslo, added that more aid would follow. “We are ready,” he said.',
      'en',
    );
    expect(find(statements, 'We are ready').speaker).not.toBe('Anna Berg');
  });

  test('an object named after a comma is no subject: the pronoun goes on with the subject role', () => {
    const statements = extract(
      '« On méritait mieux », a estimé l’entraîneur nantais, Luc Morvan.\n\nLe technicien a défendu son gardien, Hugo Lemaire, fautif sur le but. « Je ne vais pas l’accabler », a-t-il assuré.',
      'fr',
    );
    expect(find(statements, 'Je ne vais pas l’accabler').speaker).toBe('Luc Morvan');
  });

  test('a role that introduced someone who has not spoken yet names that person later', () => {
    const statements = extract(
      '« On méritait mieux », a estimé l’entraîneur nantais, Luc Morvan, qui a défendu son gardien, Hugo Lemaire. « C’est ma faute », a reconnu le gardien de 24 ans.',
      'fr',
    );
    expect(find(statements, 'C’est ma faute').speaker).toBe('Hugo Lemaire');
  });

  test('"l’ancienne maire" (a noun of both genders, an elided article) takes up the woman named so', () => {
    const statements = extract(
      "L'ancienne maire de Saint-Aubin, Claire Duval, a assuré n'avoir « rien caché ».\n\nInterrogée par le tribunal, l'ancienne maire a reconnu avoir « manqué de vigilance ».",
      'fr',
    );
    expect(find(statements, 'avoir « manqué de vigilance »').speaker).toBe('Claire Duval');
  });

  test('"Pour la magistrate" is a source', () => {
    const statements = extract(
      'La procureure, Nadia Serrano, n’a pas été convaincue. Pour la magistrate, le prévenu « savait tout ».',
      'fr',
    );
    expect(find(statements, 'le prévenu « savait tout »').speaker).toBe('Nadia Serrano');
  });

  test.each([
    ['« On ne peut pas dire oui partout », lui a répondu Christophe Durand.', 'Christophe Durand'],
    ['« On ne peut pas dire oui partout », leur a répondu Christophe Durand, le maire.', 'Christophe Durand'],
    ['« C’est un tournant », nous a confié la ministre Anne Morel.', 'Anne Morel'],
  ])('an object pronoun before the cue is no subject: %s', (text, speaker) => {
    expect(extract(text, 'fr').map((s) => s.speaker)).toEqual([speaker]);
  });
});
