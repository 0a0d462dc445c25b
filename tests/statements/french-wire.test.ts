/**
 * French press conventions (Le Monde, Le Figaro, Ouest-France, France 24): incises of a cue of several words
 * split by an inverted pronoun, sources of an indefinite "on", a "selon" frame before a subject and its cue.
 */
import { describe, expect, test } from 'vitest';
import { extract, find } from './helpers';

describe('incises', () => {
  test('a cue of several words split by the inverted pronoun ("fait-il valoir") is a cue', () => {
    const s = find(
      extract('« Nous irons jusqu’au bout », fait-il valoir. Le maire a quitté la salle.'),
      'Nous irons jusqu’au bout',
    );
    expect(s.cue).toBe('fait-il valoir');
    expect(s.kind).toBe('direct');
  });

  test('"fait-on savoir" takes its source after an addressee marker', () => {
    const s = find(
      extract('« Le chantier sera livré à temps », fait-on savoir à la préfecture.'),
      'Le chantier sera livré à temps',
    );
    expect(s.speaker.toLowerCase()).toContain('préfecture');
  });
});

describe('the source of an indefinite "on"', () => {
  test('"dans l’entourage de" names it', () => {
    const s = find(
      extract('« Rien n’est arbitré à ce stade », indique-t-on dans l’entourage de la ministre.'),
      'Rien n’est arbitré à ce stade',
    );
    expect(s.speaker).toContain('entourage de la ministre');
  });

  test('"chez" names it', () => {
    const s = find(
      extract('« Aucune usine ne fermera », explique-t-on chez Stellantis.'),
      'Aucune usine ne fermera',
    );
    expect(s.speaker).toBe('Stellantis');
  });

  test('a document after "dans" says where, not who', () => {
    const s = find(extract('« Rien n’est décidé », indique-t-on dans un communiqué.'), 'Rien n’est décidé');
    expect(s.speaker).toBe('');
  });
});

describe('"selon" before a clause with its own cue', () => {
  test('a one-word subject after the source’s comma opens the reported clause, not the source’s name', () => {
    const s = find(
      extract('Selon un diplomate européen, Varsovie réclame des garanties sur le calendrier.'),
      'Varsovie réclame des garanties sur le calendrier',
    );
    expect(s.speaker).toBe('diplomate européen');
  });

  test('a full name in apposition to a role is still its holder', () => {
    const s = find(
      extract('Le porte-parole du gouvernement, Paul Renaud a déclaré que la réforme serait votée.'),
      'la réforme serait votée',
    );
    expect(s.speaker).toBe('Paul Renaud');
  });
});

describe('ce que l’orateur fait d’autre que parler', () => {
  test('", sans préciser …" ends the reported clause', () => {
    const s = find(
      extract(
        'Le préfet a annoncé que plusieurs écoles resteraient fermées lundi, sans préciser lesquelles.',
      ),
      'plusieurs écoles resteraient fermées lundi',
    );
    expect(s.speaker).toBe('préfet');
  });
});

describe('a fronted source with its apposition', () => {
  test('"Pour X, chercheur à …, la crise …": the role in apposition is no part of the content', () => {
    const s = find(
      extract(
        'Pour Julie Marchand, chercheuse à l’Institut des hautes études, la réforme « arrive trop tard ».',
      ),
      'la réforme « arrive trop tard »',
    );
    expect(s.speaker).toBe('Julie Marchand');
    expect(s.kind).toBe('mixed');
  });

  test('a clause after the source’s comma is the content, not an apposition', () => {
    const s = find(
      extract('Selon Paul Morel, les salariés qui ont signé la pétition seront reçus lundi.'),
      'les salariés qui ont signé la pétition seront reçus lundi',
    );
    expect(s.speaker).toBe('Paul Morel');
  });
});

describe('an inverted subject and its adverbial', () => {
  test('"en conférence de presse", "au micro de Canal+" after an inverted role are the setting, not the speaker', () => {
    const statements = extract(
      '« On a manqué de tout », a lâché le technicien en conférence de presse. « Ce n’est pas digne du club », a martelé le gardien au micro de Canal+.',
    );
    expect(find(statements, 'On a manqué de tout').mention).toBe('le technicien');
    expect(find(statements, 'Ce n’est pas digne du club').mention).toBe('le gardien');
  });

  test('"a assuré le prévenu à la barre": the place of speaking is no part of the speaker', () => {
    const s = find(
      extract('« Je regrette ce qui s’est passé », a assuré le prévenu à la barre.'),
      'Je regrette ce qui s’est passé',
    );
    expect(s.mention).toBe('le prévenu');
  });
});

describe('une déclaration dans une condition', () => {
  test('"… si Kiev réclamait …" is a hypothesis of the outer statement', () => {
    const statements = extract(
      'Le ministre a indiqué que Paris bloquerait le texte si Budapest réclamait de nouvelles exemptions.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.speaker).toBe('ministre');
  });
});

describe('sport', () => {
  test('a coach named in apposition to his title and club speaks, not the club', () => {
    const s = find(
      extract(
        "L'entraîneur de l'US Vannes-Océan, Marc Le Floch, a estimé que ses joueurs avaient « manqué d'envie ».",
      ),
      "ses joueurs avaient « manqué d'envie »",
    );
    expect(s.speaker).toBe('Marc Le Floch');
  });
});
