/**
 * German clause structure in reported speech: verb-final subordinate clauses, Konjunktiv I carried over to
 * later sentences, fronted objects. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('German clauses around a cue', () => {
  test('a participle before its auxiliary heads a cue in a subordinate clause', () => {
    const statements = extract(
      'Nachdem der Sprecher des Vereins den Mitgliedern mitgeteilt hatte, dass die Halle geschlossen werde, verließen die Mitglieder den Saal.',
      'de',
    );
    expect(statementStarting(statements, 'die Halle')).toMatchObject({
      cue: 'mitgeteilt hatte',
      // The reported clause ends where the main clause takes over again (", verließen viele …").
      content: 'die Halle geschlossen werde',
    });
  });

  test('a clause opened by a subject after a comma is no trailing attribution', () => {
    const statements = extract(
      'In dem Gespräch, in dem die Sängerin gesagt hatte, sie habe das Lied allein geschrieben, lachte sie viel.',
      'de',
    );
    expect(statements.map((s) => s.content)).toEqual(['sie habe das Lied allein geschrieben']);
  });

  test('the content of a subordinate clause ends before a question word or "um … zu"', () => {
    const [s] = extract(
      'Die Behörde sagte, dass neue Filter eingebaut würden, um die Luft in der Stadt zu verbessern.',
      'de',
    );
    expect(s?.content).toBe('neue Filter eingebaut würden, um die Luft in der Stadt zu verbessern');
  });

  test('a short clause may end on its auxiliary', () => {
    const [s] = extract('Damals sagte die Anwältin, dass der Vertrag gekündigt würde.', 'de');
    expect(s?.content).toBe('der Vertrag gekündigt würde');
  });

  test('a demonstrative pronoun right before a cue and its comma is the subject', () => {
    const statements = extract(
      'Am Telefon war nur eine Sekretärin. Diese bestätigte, dass der Termin verschoben wird.',
      'de',
    );
    expect(statementStarting(statements, 'der Termin')).toMatchObject({ mention: 'Diese' });
  });

  test('"ging … davon aus" with the subject and an apposition between verb and particle', () => {
    const [s] = extract(
      'Zu diesem Zeitpunkt ging Berger, der Anwalt des Klägers, noch davon aus, dass das Urteil bald falle.',
      'de',
    );
    expect(s).toMatchObject({ speaker: 'Berger', cueClass: 'claim', content: 'das Urteil bald falle' });
  });
});

describe('Konjunktiv I carried over to later sentences', () => {
  test('"andere" (not "ändere") and a verb-final "soll" in a relative clause mark no reported sentence', () => {
    const statements = extract(
      'Der Minister sagte, die Lage sei ernst. Andere Länder haben andere Regeln. Es gibt einen Plan, mit dem der Hafen ausgebaut werden soll.',
      'de',
    );
    expect(statements.map((s) => s.content)).toEqual(['die Lage sei ernst']);
  });
});
