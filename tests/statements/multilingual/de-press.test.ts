/**
 * German press conventions (dpa, Spiegel, FAZ, Tagesschau) around the cue: the newspaper spoken to, written in
 * „…“ after its article, between the cue and the reported clause.
 */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('German: the newspaper spoken to', () => {
  test('"sagte der „…“, …": the addressee, then the Konjunktiv clause', () => {
    const s = statementStarting(
      extract('Die Ministerin sagte der „Rheinischen Post“, die Reform komme noch vor dem Sommer.', 'de'),
      'die Reform',
    );
    expect(s).toMatchObject({ kind: 'indirect', addressee: 'Rheinischen Post' });
  });

  test('"sagte dem „…“: „…“": the quotation after the colon is the content', () => {
    const statements = extract('Der Bürgermeister sagte dem „Tagesspiegel“: „Wir bauen weiter.“', 'de');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      kind: 'direct',
      content: 'Wir bauen weiter',
      addressee: 'Tagesspiegel',
    });
  });
});

describe('German: what a document says ("steht")', () => {
  test('"Darin steht: „…“": the document named before speaks', () => {
    const statements = extract(
      'Der Kommission liegt ein Gutachten der Bundesbank vor. Darin steht: „Die Schuldenquote steigt bis 2030 deutlich.“',
      'de',
    );
    const s = statementStarting(statements, 'Die Schuldenquote');
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Gutachten', cue: 'steht' });
  });

  test('"Im Bericht steht, dass …"', () => {
    const [s] = extract('Im Jahresbericht steht, dass die Zahl der Anträge gesunken sei.', 'de');
    expect(s).toMatchObject({ kind: 'indirect', content: 'die Zahl der Anträge gesunken sei' });
  });

  test('"steht" with any other subject reports nothing', () => {
    expect(extract('Die Koalition steht vor einer schweren Woche.', 'de')).toHaveLength(0);
    expect(
      extract('Der Trainer steht zu seiner Mannschaft: Er will keinen Spieler abgeben.', 'de'),
    ).toHaveLength(0);
  });
});

describe('German: organisations named with their common noun', () => {
  test('"Die Gewerkschaft Verdi hat …": an institution, not a person called Verdi', () => {
    const [s] = extract('Die Gewerkschaft IG Metall hat die Beschäftigten zu Warnstreiks aufgerufen.', 'de');
    expect(s).toMatchObject({ speaker: 'IG Metall', mention: 'Die Gewerkschaft IG Metall' });
  });

  test('"die Gewerkschaft" alone names the union named before; times may stand before the particle', () => {
    const statements = extract(
      'Der Verband Pro Bahn hat die Pläne scharf kritisiert. Die Preise stiegen zu stark, teilte der Verband am Mittwoch mit.',
      'de',
    );
    const s = statementStarting(statements, 'Die Preise');
    expect(s).toMatchObject({
      speaker: 'Pro Bahn',
      mention: 'der Verband',
      content: 'Die Preise stiegen zu stark',
    });
  });

  test('a list of places before the comma is no subject of the inverted cue', () => {
    const [s] = extract('Gesperrt seien Köln, Bonn und Aachen, teilte die Polizei am Abend mit.', 'de');
    expect(s).toMatchObject({ mention: 'die Polizei', content: 'Gesperrt seien Köln, Bonn und Aachen' });
  });
});

describe('German: Konjunktiv II written like the past', () => {
  test('after cue + object + comma, a pronoun and its verb open the reported clause', () => {
    const [s] = extract('Die Opposition kritisierte den Haushalt, sie gingen von falschen Zahlen aus.', 'de');
    expect(s).toMatchObject({ kind: 'indirect', content: 'sie gingen von falschen Zahlen aus' });
  });

  test('right after "sagte,": the same', () => {
    const [s] = extract('Der Bürgermeister sagte, sie brauchten mehr Zeit für die Planung.', 'de');
    expect(s).toMatchObject({ kind: 'indirect', content: 'sie brauchten mehr Zeit für die Planung' });
  });
});

describe('German: a Konjunktiv clause holding a complementizer', () => {
  test('"sagte der Zeitung, man gehe davon aus, dass …": the whole clause after the comma, said by the speaker', () => {
    const statements = extract(
      'Eine Sprecherin der Bahn sagte der Zeitung, man gehe davon aus, dass der Tunnel im Herbst öffne.',
      'de',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      speaker: 'Sprecherin der Bahn',
      content: 'man gehe davon aus, dass der Tunnel im Herbst öffne',
    });
  });

  test('a clause of the subject and Konjunktiv I before "dass" keeps it: "sagte, sie halte es für möglich, dass …"', () => {
    const [s] = extract(
      'Die Ministerin sagte am Montag, sie halte es für möglich, dass die Frist verlängert werde.',
      'de',
    );
    expect(s?.content).toBe('sie halte es für möglich, dass die Frist verlängert werde');
  });
});
