/** German reporting style, second round: sources inside words, quoted sources, verb brackets, Konjunktiv I. */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';
import { entryWords } from '../../../utils/statements/lexicon/compile';

describe('German reporting style', () => {
  test('a glob opening a later word of an entry stays on that word ("nach *angaben")', () => {
    expect(entryWords('nach *angaben')).toEqual(['nach', '*angaben']);
    expect(entryWords('déclar*')).toEqual(['declar*']);
  });

  test('"Nach Behördenangaben" names its source inside the compound', () => {
    const s = statementStarting(
      extract('Nach Behördenangaben sind bei dem Sturm im Süden des Landes drei Menschen gestorben.', 'de'),
      'sind',
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Behördenangaben' });
  });

  test('"nach ersten Ermittlungen" with an adjective, before the verb', () => {
    const s = statementStarting(
      extract(
        'Nach ersten Erkenntnissen liegt kein Fremdverschulden an dem Brand in der Lagerhalle vor.',
        'de',
      ),
      'liegt',
    );
    expect(s.speaker).toBe('ersten Erkenntnissen');
  });

  test('the source after "nach Angaben" does not swallow the verb', () => {
    const s = statementStarting(
      extract('Nach Angaben der Feuerwehr sind zwei Wohnhäuser vollständig ausgebrannt.', 'de'),
      'sind',
    );
    expect(s.mention).toBe('der Feuerwehr');
  });

  test('a source named in quotation marks after "laut"', () => {
    const s = statementStarting(
      extract('Laut „Radio Bremen“ wurden am Hafen mehrere Container beschädigt.', 'de'),
      'wurden',
    );
    expect(s.mention).toBe('„Radio Bremen“');
  });

  test('a quoted source inside the clause ends at its closing mark', () => {
    const [s] = extract('Die Fähre hatte laut „Reuters“ Schlagseite, bevor sie den Hafen erreichte.', 'de');
    expect(s?.mention).toBe('„Reuters“');
  });

  test('Konjunktiv I of further verbs continues the speaker, nouns of the same shape do not', () => {
    const statements = extract(
      'Die Bürgermeisterin Anna Roth sagte, die Stadt werde das Bad im Sommer öffnen. Die Sanierung koste rund zwei Millionen Euro. Stelle und Folge des Projekts wurden im Rat beraten.',
      'de',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'die Stadt werde das Bad im Sommer öffnen',
      'Die Sanierung koste rund zwei Millionen Euro',
    ]);
    expect(statements[1]!.speaker).toBe('Anna Roth');
  });

  test('Konjunktiv I of a verb in -ieren continues the speaker', () => {
    const statements = extract(
      'Der Verband Gastro Nord erklärte, die Betriebe hätten kaum Personal. Die Branche profitiere nicht vom Tourismus.',
      'de',
    );
    expect(statements.map((s) => s.content)).toContain('Die Branche profitiere nicht vom Tourismus');
  });

  test('a speech act with its object inside the verb bracket reports the whole sentence', () => {
    const [s] = extract('Der Landrat Peter Kunz wies die Vorwürfe der Opposition entschieden zurück.', 'de');
    expect(s).toMatchObject({
      kind: 'indirect',
      speaker: 'Peter Kunz',
      content: 'Der Landrat Peter Kunz wies die Vorwürfe der Opposition entschieden zurück',
    });
  });

  test('a fronted adverb is not the speaker when a subject pronoun follows the verb', () => {
    const statements = extract(
      'Innenministerin Jana Berg kam am Morgen nach Kiel. Gleichzeitig betonte sie, die Polizei sei gut vorbereitet.',
      'de',
    );
    const s = statementStarting(statements, 'die Polizei');
    expect(s).toMatchObject({ speaker: 'Jana Berg', mention: 'sie' });
  });

  test('nouns are not post-modifiers of a source: the verb after it stays out', () => {
    const s = statementStarting(
      extract('Nach Angaben der Gewerkschaft sollen 300 Stellen wegfallen.', 'de'),
      'sollen',
    );
    expect(s.mention).toBe('der Gewerkschaft');
  });

  test('a participle at the end of the clause closes a verb bracket opened by its auxiliary', () => {
    const [s] = extract('Die Stadtverwaltung hat den Bau einer neuen Brücke angekündigt.', 'de');
    expect(s).toMatchObject({
      kind: 'indirect',
      speaker: 'Stadtverwaltung',
      content: 'Die Stadtverwaltung hat den Bau einer neuen Brücke angekündigt',
    });
  });

  test('no bracket across a comma, and none without an object inside it', () => {
    expect(extract('Der Plan, den sie hat, wurde angekündigt.', 'de')).toEqual([]);
  });

  test('a verb-second clause after cue and comma is reported speech without "dass"', () => {
    const s = statementStarting(
      extract('Auf der Konferenz sagte die Ministerin, die Länder hielten sich an das Abkommen.', 'de'),
      'die Länder',
    );
    expect(s).toMatchObject({ kind: 'indirect', content: 'die Länder hielten sich an das Abkommen' });
  });

  test('a relative clause after cue and comma is not reported speech', () => {
    expect(extract('Das sagte Meier, der einen Plan vorlegte, am Montag in Bonn.', 'de')).toEqual([]);
  });

  test('"spricht von" reports the whole sentence; "lehnte … ab" only with quoted words', () => {
    // A rejection with a plain object reports a decision, which German news annotation does not count as a
    // statement ("Das Parlament lehnte die Vorlage ab."); with quoted words it reports speech.
    const statements = extract(
      'Die Feuerwehr spricht von über hundert Einsätzen. Der Bürgermeister Karl Wendt lehnte den Vorschlag der Grünen ab. Die Ministerin lehnte den Plan als „völlig unausgegoren“ ab.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.cue])).toEqual([
      ['Feuerwehr', 'spricht von'],
      ['Ministerin', 'lehnte'],
    ]);
  });

  test('a quotation closing the object of a speech act is direct speech', () => {
    const [s] = extract(
      'Der Innenminister Paul Brandt wies alle Vorwürfe als „völlig haltlos“ zurück.',
      'de',
    );
    expect(s).toMatchObject({ kind: 'direct', speaker: 'Paul Brandt', content: 'völlig haltlos' });
  });

  test('"Wie X (ACRONYM) mitteilte" and "Wie X bekannt gab" attribute the rest of the sentence', () => {
    const [a] = extract(
      'Wie die Europäische Weltraumorganisation (ESA) mitteilte, ist der Satellit in seiner Umlaufbahn.',
      'de',
    );
    expect(a).toMatchObject({ kind: 'indirect', content: 'ist der Satellit in seiner Umlaufbahn' });
    const [b] = extract(
      'Wie das Verkehrsministerium heute bekannt gab, wird die Strecke im Mai eröffnet.',
      'de',
    );
    expect(b?.content).toBe('wird die Strecke im Mai eröffnet');
  });

  test('"nach" with adjectives and compounds, and a bracketed acronym after the source', () => {
    const [a] = extract(
      'Heute wurden nach örtlichen Polizeiangaben mindestens zwölf Menschen verletzt.',
      'de',
    );
    expect(a?.mention).toBe('örtlichen Polizeiangaben');
    const [b] = extract(
      'Das Zentrum des Bebens lag nach Angaben des Deutschen Geoforschungszentrums (GFZ) nahe der Küste.',
      'de',
    );
    expect(b?.mention).toBe('des Deutschen Geoforschungszentrums (GFZ)');
    const [c] = extract('Nach bisher unbestätigten Berichten wurde der Firma ein Auftrag erteilt.', 'de');
    expect(c?.content).toBe('wurde der Firma ein Auftrag erteilt');
  });

  test('a verb-second clause whose verb opens a quotation is mixed speech', () => {
    const [s] = extract('Ein Sprecher meinte, der Fahrer „konnte den Wagen nicht mehr halten“.', 'de');
    expect(s).toMatchObject({ kind: 'mixed', content: 'der Fahrer „konnte den Wagen nicht mehr halten“' });
  });

  test('a reported sentence after a cue that reported nothing gives the speech to that subject', () => {
    const statements = extract(
      'Die Gewerkschaft der Lokführer kritisierte gestern scharf. Die Züge seien seit Wochen überfüllt.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toContainEqual([
      'Gewerkschaft der Lokführer',
      'Die Züge seien seit Wochen überfüllt',
    ]);
  });

  test('a reported sentence after a sentence with no cue is not attributed', () => {
    expect(extract('Der Zug kam um acht Uhr an. Die Fahrgäste seien müde gewesen.', 'de')).toEqual([]);
  });

  test('a passive verb bracket reports nothing: its subject does not speak', () => {
    expect(extract('Bei der Prüfung wurden zahlreiche Mängel an den Brücken festgestellt.', 'de')).toEqual(
      [],
    );
  });

  test('a quotation right after an inner source continues the clause', () => {
    const [s] = extract('Der Antrag wird nach Angaben des Gerichts „mit großer Sorgfalt“ geprüft.', 'de');
    expect(s).toMatchObject({ kind: 'mixed', mention: 'des Gerichts' });
  });

  test('"schlug … vor", "kam zu dem Ergebnis, dass" and "vertritt die Ansicht, dass" are cues', () => {
    const [a] = extract('Die Kommission schlug vor, die Frist um ein Jahr zu verlängern.', 'de');
    expect(a).toMatchObject({ cueClass: 'demand', content: 'die Frist um ein Jahr zu verlängern' });
    const [b] = extract('Die Prüfer kamen zu dem Ergebnis, dass die Kosten gestiegen seien.', 'de');
    expect(b).toMatchObject({ cueClass: 'claim', content: 'die Kosten gestiegen seien' });
    const [c] = extract('Der Verband vertritt die Ansicht, dass die Reform zu spät komme.', 'de');
    expect(c?.content).toBe('die Reform zu spät komme');
  });

  test('a form both finite and participle ("erklärt") closes the bracket of an earlier auxiliary', () => {
    const [s] = extract(
      'Meier hatte bei seinem Besuch in der Hauptstadt erklärt, die Truppen würden bald abgezogen.',
      'de',
    );
    expect(s).toMatchObject({
      speaker: 'Meier',
      cue: 'hatte … erklärt',
      content: 'die Truppen würden bald abgezogen',
    });
  });
});
