/**
 * German agency style, third round: demands and views stated with an object or an infinitive, verbs that
 * report only with their preposition, casualties that are no demand. Every sentence here is written for the
 * test.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('German agency style: cues with objects and infinitives', () => {
  test('"fordert" without its particle takes a clause, an infinitive or an object', () => {
    expect(
      statementStarting(
        extract('Der Elternbeirat fordert, dass die Schule länger offen bleibt.', 'de'),
        'die',
      ),
    ).toMatchObject({
      speaker: 'Elternbeirat',
      cueClass: 'demand',
      content: 'die Schule länger offen bleibt',
    });
    expect(
      extract('Die Bürgerinitiative forderte, den alten Bahnhof zu erhalten.', 'de').map((s) => s.content),
    ).toEqual(['den alten Bahnhof zu erhalten']);
    const [object] = extract('Der Mieterverein forderte eine Obergrenze für Nebenkosten.', 'de');
    expect(object).toMatchObject({ speaker: 'Mieterverein', cueClass: 'demand', kind: 'indirect' });
  });

  test('casualties after or before "fordern" make no demand', () => {
    expect(extract('Der Wirbelsturm forderte mindestens 40 Tote.', 'de')).toEqual([]);
    expect(extract('Elf Todesopfer forderte das Hochwasser im Tal.', 'de')).toEqual([]);
    expect(extract('Der Unfall hat drei Menschenleben gefordert.', 'de')).toEqual([]);
  });

  test('an infinitive with "zu" inside a separable verb closes the content', () => {
    const s = statementStarting(
      extract('Die Stadträtin forderte die Verwaltung auf, mehr Radwege auszuweisen.', 'de'),
      'mehr',
    );
    expect(s).toMatchObject({ content: 'mehr Radwege auszuweisen', cueClass: 'demand' });
    expect(
      extract('Der Verein kündigte an, das Vereinsheim im Sommer wiederzueröffnen.', 'de').map(
        (s) => s.content,
      ),
    ).toEqual(['das Vereinsheim im Sommer wiederzueröffnen']);
  });

  test('"ist zuversichtlich" and "zeigte sich überzeugt" introduce what is stated', () => {
    expect(
      statementStarting(
        extract('Die Trainerin ist zuversichtlich, das Turnier gewinnen zu können.', 'de'),
        'das Turnier',
      ),
    ).toMatchObject({ speaker: 'Trainerin', cueClass: 'claim' });
    expect(
      statementStarting(
        extract('Der Bürgermeister zeigte sich überzeugt, dass die Brücke rechtzeitig fertig wird.', 'de'),
        'die Brücke',
      ),
    ).toMatchObject({ speaker: 'Bürgermeister' });
  });

  test('"sieht darin", "sieht … als", "hält … für" and "macht … verantwortlich" report the sentence', () => {
    const view = extract('Der Historiker sieht darin einen Bruch mit der Tradition.', 'de');
    expect(view).toMatchObject([{ speaker: 'Historiker', kind: 'indirect', cueClass: 'claim' }]);
    expect(view[0]?.content).toBe('Der Historiker sieht darin einen Bruch mit der Tradition');
    expect(extract('Der Vorstand sieht das Ergebnis als Bestätigung seines Kurses.', 'de')).toHaveLength(1);
    expect(extract('Die Winzer halten den späten Frost für die größte Gefahr.', 'de')).toMatchObject([
      { speaker: 'Winzer', cueClass: 'claim' },
    ]);
    expect(extract('Die Reederei macht das Wetter für die Verspätung verantwortlich.', 'de')).toMatchObject([
      { speaker: 'Reederei', cueClass: 'criticise' },
    ]);
  });

  test('without its preposition "halten" or "sehen" is a plain verb, also inside reported speech', () => {
    expect(extract('Der Torwart hielt den Elfmeter in der letzten Minute.', 'de')).toEqual([]);
    expect(extract('Am Ufer sahen Spaziergänger einen Seeadler.', 'de')).toEqual([]);
    const [s] = extract('Die Sprecherin sagte, die Firmen hielten sich an alle Auflagen der Behörde.', 'de');
    expect(s?.content).toBe('die Firmen hielten sich an alle Auflagen der Behörde');
  });
});
