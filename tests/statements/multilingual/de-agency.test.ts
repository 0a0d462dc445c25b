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

describe('German agency style: sources without a verb', () => {
  test('a name in commas after the source inside the clause is its apposition', () => {
    const [s] = extract(
      'Der Pegel steigt nach Angaben des Sprechers der Feuerwehr, Jonas Kraft, weiter an.',
      'de',
    );
    expect(s).toMatchObject({ speaker: 'Jonas Kraft', cue: 'nach Angaben' });
    expect(s?.content).toBe('Der Pegel steigt … weiter an');
  });

  test('"nach dem Willen" and "nach den Vorstellungen" name whose plan is reported', () => {
    const [will] = extract('Nach dem Willen des Stadtrats soll das Freibad im Juni öffnen.', 'de');
    expect(will).toMatchObject({ speaker: 'Stadtrats', content: 'soll das Freibad im Juni öffnen' });
    const [plan] = extract('Die Gebühren sollen nach den Vorstellungen der Verwaltung sinken.', 'de');
    expect(plan?.speaker).toBe('Verwaltung');
  });

  test('a source named inside what a cue reports leaves the report to the cue', () => {
    const statements = extract(
      'Wie die Sprecherin Lena Vogt mitteilte, ist das Wasser nach Einschätzung der Behörde unbedenklich.',
      'de',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      speaker: 'Lena Vogt',
      content: 'ist das Wasser nach Einschätzung der Behörde unbedenklich',
    });
  });
});

describe('German agency style: verbs that report only in some uses', () => {
  test('"drohen" reports with "mit", its particle or its clause, not when something looms', () => {
    expect(extract('Der Region droht ein langer Winter ohne Strom.', 'de')).toEqual([]);
    expect(extract('Die Brücke droht einzustürzen.', 'de')).toEqual([]);
    expect(extract('Der Vermieter drohte mit einer Räumungsklage.', 'de')).toMatchObject([
      { speaker: 'Vermieter', cueClass: 'warn' },
    ]);
    expect(
      statementStarting(extract('Die Gewerkschaft drohte, den Hafen zu bestreiken.', 'de'), 'den Hafen'),
    ).toMatchObject({ speaker: 'Gewerkschaft', cueClass: 'warn' });
  });

  test('"verteidigte" with an object alone reports nothing, with a clause it does', () => {
    expect(extract('Die Läuferin verteidigte ihren Titel im Sprint.', 'de')).toEqual([]);
    expect(
      statementStarting(
        extract('Der Bürgermeister verteidigte, dass die Straße für den Verkehr gesperrt wurde.', 'de'),
        'die Straße',
      ),
    ).toMatchObject({ speaker: 'Bürgermeister' });
  });

  test('a relative clause with a prepositional phrase after cue and comma is no reported clause', () => {
    expect(
      extract(
        'Die Anwältin hatte vor Gericht einen Mann verteidigt, der wegen Diebstahls angeklagt war.',
        'de',
      ),
    ).toEqual([]);
  });
});

describe('German agency style: two verbs sharing one subject', () => {
  test('after "und" the phrase following a cue is its object, not an inverted subject', () => {
    const s = statementStarting(
      extract(
        'Die Elternvertreter sprachen von einer „Zumutung“ und forderten die Schulbehörde auf, den Plan zu stoppen.',
        'de',
      ),
      'den Plan',
    );
    expect(s).toMatchObject({ speaker: 'Elternvertreter', cue: 'forderten' });
  });

  test("the clause after the second verb is that verb's, not the first one's", () => {
    const s = statementStarting(
      extract('Die Ministerin lobte die Helfer und betonte, dass die Deiche halten würden.', 'de'),
      'die Deiche',
    );
    expect(s).toMatchObject({ cue: 'betonte', cueClass: 'say', speaker: 'Ministerin' });
  });

  test('"haben sich darauf verständigt" and Konjunktiv I "gehe davon aus" introduce a report', () => {
    expect(
      statementStarting(
        extract('Die beiden Gemeinden haben sich darauf verständigt, die Feuerwehr zusammenzulegen.', 'de'),
        'die Feuerwehr',
      ),
    ).toMatchObject({ cueClass: 'promise' });
    expect(extract('Ein Passant verständigte die Polizei.', 'de')).toEqual([]);
    const statements = extract(
      'Der Bau soll im Mai beginnen. Das sagte der Leiter des Bauamts, Tim Roth. Er gehe davon aus, dass die Kosten im Rahmen bleiben.',
      'de',
    );
    expect(statementStarting(statements, 'die Kosten')).toMatchObject({
      speaker: 'Tim Roth',
      cueClass: 'claim',
    });
  });
});

describe('German agency style: adjectives, adverbial cues and passive requests', () => {
  test('"zuversichtlich" with an adverb before it, and "zeigte sich" with an inverted subject', () => {
    expect(
      statementStarting(
        extract('Der Kapitän ist dagegen zuversichtlich, den Hafen vor dem Sturm zu erreichen.', 'de'),
        'den Hafen',
      ),
    ).toMatchObject({ speaker: 'Kapitän', cueClass: 'claim' });
    expect(
      statementStarting(
        extract('Am Abend zeigte sich die Bürgermeisterin überzeugt, dass der Damm hält.', 'de'),
        'der Damm',
      ),
    ).toMatchObject({ speaker: 'Bürgermeisterin' });
    expect(extract('Die Stimmung im Dorf ist zuversichtlich.', 'de')).toEqual([]);
  });

  test('"mit den Worten" gives the quotation to the subject of the clause\'s own verb', () => {
    const [s] = extract(
      'Die Schulleiterin beendete die Feier mit den Worten „Wir sehen uns im Herbst“.',
      'de',
    );
    expect(s).toMatchObject({ speaker: 'Schulleiterin', kind: 'direct', content: 'Wir sehen uns im Herbst' });
    const [t] = extract('Der Kapitän versuchte mit den Worten „Das Schiff ist sicher“ zu beruhigen.', 'de');
    expect(t).toMatchObject({ speaker: 'Kapitän', content: 'Das Schiff ist sicher' });
  });

  test('an agentless passive request or suspicion reports its infinitive, with no speaker named', () => {
    const [asked] = extract('Die Anwohner wurden gebeten, die Fenster geschlossen zu halten.', 'de');
    expect(asked).toMatchObject({
      content: 'die Fenster geschlossen zu halten',
      speaker: '',
      cueClass: 'demand',
    });
    const [suspected] = extract(
      'Der Kassierer wird verdächtigt, Geld aus der Kasse genommen zu haben.',
      'de',
    );
    expect(suspected).toMatchObject({ speaker: '', cueClass: 'criticise' });
    const [called] = extract('Die Hörer wurden dazu aufgerufen, ihre Nachbarn zu warnen.', 'de');
    expect(called).toMatchObject({ speaker: '', content: 'ihre Nachbarn zu warnen' });
  });
});

describe('German agency style: a plural source after "laut"', () => {
  test('a bare plural source takes no noun after it, a genitive link still joins it', () => {
    const [s] = extract('Die Stiftung hat laut Medienberichten Spenden an Parteien weitergeleitet.', 'de');
    expect(s).toMatchObject({ speaker: 'Medienberichten', cue: 'laut' });
    expect(s?.content).toBe('Die Stiftung hat … Spenden an Parteien weitergeleitet');
    const [t] = extract('Laut Berichten der Lokalzeitung ist die Brücke gesperrt.', 'de');
    expect(t?.speaker).toBe('Berichten der Lokalzeitung');
  });
});

describe('German agency style: objects that are no statement', () => {
  test('"bat" with its addressee, then the request', () => {
    const [s] = extract('Die Feuerwehr bat die Anwohner, die Fenster geschlossen zu halten.', 'de');
    expect(s).toMatchObject({ speaker: 'Feuerwehr', content: 'die Fenster geschlossen zu halten' });
  });

  test('"erinnerte an" and "erklärte … für" with an object alone report nothing, with a clause they do', () => {
    expect(extract('Am Sonntag erinnerten die Vereine an die Gründung der Stadt.', 'de')).toEqual([]);
    expect(extract('Der Schiedsrichter erklärte das Spiel für beendet.', 'de')).toEqual([]);
    expect(
      statementStarting(
        extract('Die Bürgermeisterin erinnerte daran, dass die Brücke schon 1990 gesperrt war.', 'de'),
        'die Brücke',
      ),
    ).toMatchObject({ speaker: 'Bürgermeisterin' });
    expect(
      statementStarting(
        extract('Der Trainer erklärte, dass die Mannschaft müde sei.', 'de'),
        'die Mannschaft',
      ),
    ).toMatchObject({ speaker: 'Trainer' });
  });
});

describe('German agency style: clauses opened by a colon, reports without a source', () => {
  test('an inner source after a colon reports the clause after the colon only', () => {
    const [s] = extract(
      'Auch die Sprecherin des Vereins, Eva Lang, schloss sich der Kritik an: Die Mittel seien ihrer Meinung nach zu knapp.',
      'de',
    );
    expect(s).toMatchObject({ cue: 'ihrer Meinung nach', content: 'Die Mittel seien … zu knapp' });
  });

  test('"war die Rede davon" and "wurde bekannt" report a clause with no speaker named', () => {
    const [talk] = extract('In der Stadt war die Rede davon, dass das Theater schließt.', 'de');
    expect(talk).toMatchObject({ content: 'das Theater schließt', speaker: '' });
    const [known] = extract('Am Montag wurde bekannt, dass die Brauerei verkauft wird.', 'de');
    expect(known).toMatchObject({ content: 'die Brauerei verkauft wird', speaker: '' });
    expect(extract('Die Sängerin wurde bekannt durch ein Lied über den Hafen.', 'de')).toEqual([]);
  });
});

describe('German agency style: more verbs of saying and of taking a side', () => {
  test('"konterte", "wie … bekundete", "fragte, ob", "sprach sich für … aus", "plädierte für"', () => {
    expect(extract('Die Trainerin konterte: „Wir haben gut gespielt.“', 'de')).toMatchObject([
      { speaker: 'Trainerin', kind: 'direct', cueClass: 'say' },
    ]);
    const [asked] = extract('Ein Zuhörer fragte, ob die Bibliothek länger öffnen könne.', 'de');
    expect(asked).toMatchObject({ speaker: 'Zuhörer', content: 'die Bibliothek länger öffnen könne' });
    expect(extract('Der Verband sprach sich gegen höhere Gebühren aus.', 'de')).toMatchObject([
      { speaker: 'Verband', cueClass: 'claim' },
    ]);
    expect(extract('Die Abgeordnete plädierte für eine neue Brücke.', 'de')).toMatchObject([
      { speaker: 'Abgeordnete', cueClass: 'demand' },
    ]);
    expect(extract('Der Chor sprach den Text laut aus.', 'de')).toEqual([]);
    const [s] = extract('Die Stadt hält an dem Plan fest, wie der Bürgermeister Karl Arndt bekundete.', 'de');
    expect(s).toMatchObject({ speaker: 'Karl Arndt', content: 'Die Stadt hält an dem Plan fest' });
  });
});

describe('German agency style: the subject of a verb-final "wie" clause', () => {
  test('the phrase right after "wie" speaks, not an object before the verb', () => {
    const statements = extract(
      'Der Bürgermeister Karl Arndt verteidigte den Haushalt. Die Stadt hält an dem Plan fest, wie er in einem Brief an den Rat über den Antrag bekundete.',
      'de',
    );
    expect(statementStarting(statements, 'Die Stadt')).toMatchObject({
      mention: 'er',
      speaker: 'Karl Arndt',
    });
  });
});

describe('German agency style: assumptions', () => {
  test('"gehen von … aus" states an assumption, unless a danger emanates from something', () => {
    expect(extract('Die Ermittler gehen von einem technischen Defekt aus.', 'de')).toMatchObject([
      { speaker: 'Ermittler', cueClass: 'claim', kind: 'indirect' },
    ]);
    expect(extract('Die größte Gefahr geht von den Lawinen aus.', 'de')).toEqual([]);
  });
});

describe("German agency style: a role of both genders takes its article's", () => {
  test('"der Vorsitzende …, Name" is taken up by "Er", not by an earlier speaker', () => {
    const statements = extract(
      'Maria Berg sprach von einer Krise. Unterdessen verteidigte der Vorsitzende des Vereins, Jonas Falk, den Plan. Er bezeichnete die Kosten als „vertretbar“.',
      'de',
    );
    expect(statementStarting(statements, 'vertretbar')).toMatchObject({
      mention: 'Er',
      speaker: 'Jonas Falk',
    });
  });
});

describe('German agency style: a subject in apposition before the verb', () => {
  test('capitalised words and commas alone are no reported content, a quoted name after an object no subject', () => {
    const statements = extract(
      'Die Bürgermeisterin, Anna Falk, verteidigte die Bezeichnung „Notlösung“, mit der sie den Plan beschrieb.',
      'de',
    );
    expect(statements.filter((s) => s.content.startsWith('Die Bürgermeisterin'))).toEqual([]);
    expect(statements.filter((s) => s.speaker === 'Bezeichnung')).toEqual([]);
    // The quoted name closing the object is what she said.
    expect(statementStarting(statements, 'Notlösung')).toMatchObject({
      speaker: 'Anna Falk',
      kind: 'direct',
    });
  });
});
