/** German reporting style: verb second, separable cues, Konjunktiv I, "laut", "zufolge", ", so X". */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('German statements', () => {
  test('direct speech after a colon, in „…“', () => {
    const [s, ...rest] = extract(
      'Bundeskanzler Olaf Scholz sagte am Montag in Berlin: „Die Ukraine kann sich auf Deutschland verlassen.“',
      'de',
    );
    expect(rest).toHaveLength(0);
    expect(s).toMatchObject({
      kind: 'direct',
      speaker: 'Olaf Scholz',
      content: 'Die Ukraine kann sich auf Deutschland verlassen',
    });
  });

  test('indirect speech with "dass" after a comma', () => {
    const s = statementStarting(
      extract('Kremlsprecher Dmitri Peskow teilte mit, dass Moskau keine Verhandlungen plane.', 'de'),
      'Moskau',
    );
    expect(s).toMatchObject({
      kind: 'indirect',
      speaker: 'Dmitri Peskow',
      content: 'Moskau keine Verhandlungen plane',
    });
  });

  test('Konjunktiv I without "dass", carried over to the next sentence', () => {
    const statements = extract(
      'Verteidigungsminister Boris Pistorius sagte, die Bundeswehr werde ihre Präsenz in Litauen ausbauen. Die Brigade sei bis 2027 einsatzbereit. Die Soldaten trainieren seit Mai.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Boris Pistorius', 'die Bundeswehr werde ihre Präsenz in Litauen ausbauen'],
      ['Boris Pistorius', 'Die Brigade sei bis 2027 einsatzbereit'],
    ]);
  });

  test('"laut X" and "nach Angaben X" before the verb, with no comma', () => {
    const a = statementStarting(
      extract(
        'Laut Regierungssprecher Steffen Hebestreit hat der Kanzler mit Präsident Selenskyj telefoniert.',
        'de',
      ),
      'hat',
    );
    expect(a).toMatchObject({ speaker: 'Steffen Hebestreit', cue: 'Laut' });
    const b = statementStarting(
      extract(
        'Nach Angaben des ukrainischen Generalstabs wurden in der Nacht 40 Drohnen abgeschossen.',
        'de',
      ),
      'wurden',
    );
    expect(b.mention).toContain('Generalstabs');
  });

  test('postposed attribution: "X zufolge" and ", so X."', () => {
    const a = statementStarting(
      extract('Diplomatenkreisen zufolge ist ein Gipfeltreffen im Herbst geplant.', 'de'),
      'ist ein Gipfeltreffen',
    );
    expect(a.cue).toBe('zufolge');
    const b = statementStarting(
      extract('Die NATO werde keine Truppen in die Ukraine schicken, so Generalsekretär Mark Rutte.', 'de'),
      'Die NATO',
    );
    expect(b).toMatchObject({
      speaker: 'Mark Rutte',
      cue: 'so',
      content: 'Die NATO werde keine Truppen in die Ukraine schicken',
    });
  });

  test('separable cue with the particle after the subject: "…, teilte ein Sprecher mit."', () => {
    const s = statementStarting(
      extract(
        'Die Gespräche würden fortgesetzt, teilte ein Sprecher des Auswärtigen Amts am Abend mit.',
        'de',
      ),
      'Die Gespräche',
    );
    expect(s.mention).toBe('ein Sprecher des Auswärtigen Amts');
  });

  test('"Wie X mitteilte, …" attributes the rest of the sentence', () => {
    const s = statementStarting(
      extract('Wie das Auswärtige Amt mitteilte, wurde der Botschafter einbestellt.', 'de'),
      'wurde',
    );
    expect(s.speaker).toBe('Auswärtiges Amt');
  });

  test('pronoun coreference: "Sie fügte hinzu"', () => {
    const statements = extract(
      '„Wir stehen an der Seite der Ukraine“, sagte Außenministerin Annalena Baerbock. Sie fügte hinzu: „Das gilt auch für den Winter.“',
      'de',
    );
    expect(statements.map((s) => [s.kind, s.speaker, s.mention])).toEqual([
      ['direct', 'Annalena Baerbock', 'Außenministerin Annalena Baerbock'],
      ['direct', 'Annalena Baerbock', 'Sie'],
    ]);
  });

  test('an infinitive clause after cue + comma: "forderte … auf, … zu beenden"', () => {
    const s = statementStarting(
      extract('Die Außenministerin forderte Moskau auf, die Angriffe sofort zu beenden.', 'de'),
      'die Angriffe',
    );
    expect(s).toMatchObject({ kind: 'indirect', cue: 'forderte', content: 'die Angriffe sofort zu beenden' });
  });

  test('the hearsay modal carries reported speech on; an ordinal date does not end the sentence', () => {
    const statements = extract(
      'Am 12. Mai teilte die Polizei mit, der Täter sei geflohen. Er soll sich in Polen aufhalten.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Polizei', 'der Täter sei geflohen'],
      ['Polizei', 'Er soll sich in Polen aufhalten'],
    ]);
  });

  test('a separable verb without its particle is no cue ("Es gab Anschläge")', () => {
    expect(
      extract('Es gab Anschläge in mehreren Städten, und die Polizei teilte die Stadt in Zonen auf.', 'de'),
    ).toEqual([]);
  });

  test('after a fronted time adverbial the subject follows the verb', () => {
    const [a] = extract('Erst vergangene Woche kündigte der Verband an, die Beiträge zu senken.', 'de');
    expect(a!.mention).toBe('der Verband');
    const [b] = extract(
      'Bereits vor drei Tagen hatte die Gewerkschaft erklärt, dass die Gespräche gescheitert seien.',
      'de',
    );
    expect(b!.mention).toBe('die Gewerkschaft');
  });

  test('a stated intention in the present ("X will …") is reported with its subject', () => {
    const [s] = extract('Die Landesregierung will die Grundsteuer im kommenden Jahr senken.', 'de');
    expect(s).toMatchObject({ kind: 'indirect', mention: 'Die Landesregierung', cueClass: 'promise' });
    // The past ("wollte") narrates, it does not report a position.
    expect(extract('Der Fahrer wollte noch bremsen.', 'de')).toHaveLength(0);
  });

  test('a long verb bracket, with an ordinal date inside, still reports', () => {
    const [s] = extract(
      'Die Ministerin hat am 14. März bei einem Besuch in der Hauptstadt des Nachbarlandes die Lieferung weiterer Hilfsgüter an die Region angekündigt.',
      'de',
    );
    expect(s).toMatchObject({ mention: 'Die Ministerin', cue: 'hat … angekündigt' });
  });

  test('a pronoun after the verb is the subject when an object or adverbial was fronted', () => {
    const [a] = extract(
      'Die Pläne des Senats, die Mieten für zwei Jahre einzufrieren, bezeichnete er als „reine Symbolpolitik“.',
      'de',
    );
    expect(a!.mention).toBe('er');
    const statements = extract(
      'Die Stadtwerke wollen ihr Netz erweitern. In der Innenstadt will der Versorger auch neue Speicher bauen.',
      'de',
    );
    expect(statementStarting(statements, 'In der Innenstadt').mention).toBe('der Versorger');
  });

  test('an impersonal "heißt es" is said by the document named in the fronted phrase', () => {
    const [s] = extract('In dem Bericht der Kommission heißt es, die Grenzwerte seien zu hoch.', 'de');
    expect(s).toMatchObject({
      mention: 'dem Bericht der Kommission',
      content: 'die Grenzwerte seien zu hoch',
    });
  });

  test('a fronted prepositional phrase leaves the subject of a later relative clause alone', () => {
    const statements = extract(
      'Bei dem Festgenommenen handelt es sich um einen 40-jährigen Mann, von dem die Staatsanwaltschaft glaubt, er habe die Tat lange geplant.',
      'de',
    );
    expect(statementStarting(statements, 'er habe').mention).toBe('die Staatsanwaltschaft');
  });

  test('"Nach ersten Angaben" with the verb right after it names its own source', () => {
    const [s] = extract('Nach ersten Angaben sollen drei Menschen verletzt worden sein.', 'de');
    expect(s).toMatchObject({
      mention: 'ersten Angaben',
      content: 'sollen drei Menschen verletzt worden sein',
    });
  });

  test('"Wie X, Name, mitteilte, …": the name in apposition is the speaker, "Wie" is no part of it', () => {
    const [s] = extract(
      'Wie der Sprecher des Landratsamtes, Jonas Keller, mitteilte, bleiben die Schulen am Montag geschlossen.',
      'de',
    );
    expect(s).toMatchObject({
      speaker: 'Jonas Keller',
      content: 'bleiben die Schulen am Montag geschlossen',
    });
  });
});
