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

  test('Konjunktiv I far from any statement: the subject named in the sentence before speaks', () => {
    const statements = extract(
      'Gegen den Kassierer des Vereins ermittelt seit Mai die Staatsanwaltschaft. Er soll Spenden veruntreut haben.',
      'de',
    );
    expect(statementStarting(statements, 'Er soll')).toMatchObject({
      mention: 'die Staatsanwaltschaft',
      kind: 'indirect',
    });
  });

  test('"soll" with a plain infinitive far from any statement is a plan, not hearsay', () => {
    const statements = extract(
      'Der Stadtrat tagte am Montag. Die neue Brücke soll im Jahr 2030 fertig werden.',
      'de',
    );
    expect(statements).toEqual([]);
  });
});

describe('German cues and subjects', () => {
  test('decisions, plans and stated positions with their clause', () => {
    const [a] = extract('Die Stadt hat entschieden, das alte Hallenbad zu schließen.', 'de');
    expect(a).toMatchObject({ speaker: 'Stadt', content: 'das alte Hallenbad zu schließen' });
    const [b] = extract('Der Verband ist der Meinung, dass die Preise weiter steigen werden.', 'de');
    expect(b).toMatchObject({ cueClass: 'claim', content: 'die Preise weiter steigen werden' });
    const [c] = extract(
      'Außerdem ließ die Pressestelle der Firma verlauten, dass der Umbau bald beginne.',
      'de',
    );
    expect(c).toMatchObject({ content: 'der Umbau bald beginne' });
    // Their object alone is no statement ("entschieden" the match, "plant" the building).
    expect(extract('Die Mannschaft entschied das Spiel in der letzten Minute.', 'de')).toEqual([]);
  });

  test('"ist … geplant" is a passive of state: its subject does not speak', () => {
    expect(extract('Das nächste Treffen ist für den Herbst geplant.', 'de')).toEqual([]);
  });

  test('a fronted dative or accusative is no subject: the subject follows the verb', () => {
    const [s] = extract('Den Bericht der Kommission bestätigte die Ministerin am Abend.', 'de');
    expect(s?.mention).toBe('die Ministerin');
  });

  test('after fronted adverbs the subject follows the verb', () => {
    const [s] = extract('Darüber hinaus will die Partei die Mieten begrenzen.', 'de');
    expect(s?.mention).toBe('die Partei');
  });

  test('a fronted prepositional phrase with a relative clause: the verb after its comma is second', () => {
    const [s] = extract(
      'Trotz der Proteste, die seit Wochen andauern, plant die Regierung aus drei Parteien, die Steuer zu erhöhen.',
      'de',
    );
    expect(s).toMatchObject({ speaker: 'Regierung', content: 'die Steuer zu erhöhen' });
  });

  test('"meldete sich" (got in touch) reports nothing', () => {
    expect(extract('Nach der Auktion meldete sich der Verkäufer bei den Käufern.', 'de')).toEqual([]);
    expect(extract('Eine Woche später meldete er sich wieder bei seiner Familie.', 'de')).toEqual([]);
  });

  test('"bezeichnete … als" with a pronoun subject: the whole clause, as for other speech acts with an object', () => {
    const statements = extract(
      'Der Verband lehnt den Plan ab. Er bezeichnete die neue Regel als großen Fehler.',
      'de',
    );
    expect(statementStarting(statements, 'Er bezeichnete')).toMatchObject({
      content: 'Er bezeichnete die neue Regel als großen Fehler',
      mention: 'Er',
    });
  });

  test('right after reported speech, Konjunktiv II goes on reporting; the past indicative does not', () => {
    const statements = extract(
      'Nach Angaben der Feuerwehr sind die Straßen gesperrt. Die Anwohner würden mit Bussen in Sicherheit gebracht. Am Abend wurden die Sperren aufgehoben.',
      'de',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'sind die Straßen gesperrt',
      'Die Anwohner würden mit Bussen in Sicherheit gebracht',
    ]);
  });

  test('a passive with its agent reports what the agent said', () => {
    const statements = extract(
      'Von der Opposition wurden neue Proteste angekündigt. Dem Bürgermeister wird seit Wochen von der Opposition im Rat vorgeworfen, untätig zu sein.',
      'de',
    );
    expect(statements.map((s) => [s.mention, s.cue])).toEqual([
      ['der Opposition', 'wurden … angekündigt'],
      ['der Opposition', 'wird … vorgeworfen'],
    ]);
    // "von" after a noun belongs to it: no agent, and no statement.
    expect(extract('Die Straße wurde in der Nähe von Bergen gesperrt.', 'de')).toEqual([]);
  });

  test('"Mrd." inside a sentence does not end it', () => {
    const [s] = extract('Die Partei will die Hochschulen mit 1,9 Mrd. Euro fördern.', 'de');
    expect(s?.content).toBe('Die Partei will die Hochschulen mit 1,9 Mrd. Euro fördern');
  });

  test('a fronted "so" or "bis …" is no subject: the subject follows the verb', () => {
    const [a] = extract(
      '„Er ist ein harter Verhandler“, so beschrieb ihn die Gewerkschafterin Anna Roth.',
      'de',
    );
    expect(a?.mention).toBe('die Gewerkschafterin Anna Roth');
    const [b] = extract('Bis Freitag sagte sie, dass die Zahl der Gäste weiter steigen werde.', 'de');
    expect(b?.mention).toBe('sie');
  });

  test('"sprach … von" and "rechnet … mit" with the subject between verb and preposition', () => {
    const [a] = extract('Nach dem Besuch sprach der Minister von einer „beispiellosen Zerstörung“.', 'de');
    expect(a).toMatchObject({ kind: 'direct', mention: 'der Minister', content: 'beispiellosen Zerstörung' });
    const [b] = extract('Insgesamt spricht die Feuerwehr von weniger Einsätzen als im Vorjahr.', 'de');
    expect(b).toMatchObject({ mention: 'die Feuerwehr', kind: 'indirect' });
    const [c] = extract('Mit einer Besserung rechnet der Wetterdienst erst am Montag.', 'de');
    expect(c?.mention).toBe('der Wetterdienst');
    // Without its preposition the verb reports nothing ("sprach" with someone, "rechnet" sums).
    expect(extract('Der Minister sprach lange mit den Bauern.', 'de')).toEqual([]);
  });

  test('a separable particle before "und" closes its clause; "bittet um" is a demand', () => {
    const [a] = extract(
      'Der Kritiker wirft dem Museum Gleichgültigkeit vor und verlangt eine Entschuldigung.',
      'de',
    );
    expect(a).toMatchObject({ mention: 'Der Kritiker', cueClass: 'criticise' });
    const [b] = extract('Die Polizei bittet weiterhin um Hinweise aus der Bevölkerung.', 'de');
    expect(b).toMatchObject({ mention: 'Die Polizei', cueClass: 'demand' });
  });

  test('a one-word heading before a colon is no speaker where all nouns are capitalised', () => {
    const statements = extract(
      'Die Partei stellte ihr Programm vor. Die Kernpunkte sind:\n\nBildung: Die Partei will mehr Lehrer einstellen.',
      'de',
    );
    expect(statements.map((s) => [s.mention, s.cue])).toEqual([['Die Partei', 'will']]);
  });

  test('an inverted subject may be followed by one adverb before the colon', () => {
    const [s] = extract(
      'Nachdem sie gefragt worden war, was sie davon halte, antwortete Meier empört: „Das ist eine Frechheit.“',
      'de',
    );
    expect(s).toMatchObject({ mention: 'Meier', kind: 'direct' });
  });

  test('"heißt es in dem Schreiben": the document after the impersonal cue speaks', () => {
    const statements = extract(
      'Das Amt schickte der Familie einen Brief. So heißt es in dem Schreiben wörtlich: „Die Frist ist abgelaufen.“',
      'de',
    );
    expect(statementStarting(statements, 'Die Frist')).toMatchObject({
      mention: 'dem Schreiben',
      kind: 'direct',
    });
  });

  test('"der" or "einer" before an adjective in -en opens a dative or genitive, no subject', () => {
    const [s] = extract('Der regionalen Zeitung sagte Berger, er werde den Verein verlassen.', 'de');
    expect(s).toMatchObject({ mention: 'Berger', content: 'er werde den Verein verlassen' });
    expect(extract('Der größten Bank des Landes droht eine hohe Strafe.', 'de')).toEqual([]);
  });

  test('a clause ending on a verb before a trailing cue is no apposition; ", so gebe es" is no source', () => {
    const [s] = extract(
      'Sollten sie davon erfahren, so gebe es keine Möglichkeit, sich dagegen zu wehren, schreibt der Verein auf seiner Website.',
      'de',
    );
    expect(s).toMatchObject({ mention: 'der Verein', cue: 'schreibt' });
  });

  test('a verb-final form after its governed preposition in a subordinate clause is no cue', () => {
    const [s] = extract(
      'Der Sprecher sagte, dass die Gegner immer von neuen Regeln sprächen, die aber niemand kenne.',
      'de',
    );
    expect(s?.content).toBe('die Gegner immer von neuen Regeln sprächen, die aber niemand kenne');
  });

  test('an acronym in parentheses may close the antecedent of a relative clause before the cue', () => {
    const [s] = extract(
      'Der Verband Deutscher Reeder (VDR), der seit Jahren Zuschüsse verlangt, kritisierte den Haushalt scharf.',
      'de',
    );
    // (The head is read from its end: "Deutscher Reeder"; before, no subject was found at all.)
    expect(s?.mention).toContain('Reeder');
  });
});

describe('German: a sentence after a quotation closed by a full stop', () => {
  test('with its own subject before the cue it is a sentence of its own, not the attribution', () => {
    const statements = extract(
      'Der Minister erklärte: „Wir lehnen jede Kürzung ab.“ Das Amt legte am Montag seinen Bericht vor.',
      'de',
    );
    expect(statements.map((s) => [s.kind, s.content])).toEqual([['direct', 'Wir lehnen jede Kürzung ab']]);
  });
});

describe('German: adverbials or an object between the cue and its Konjunktiv clause', () => {
  test('the clause after the comma is the content, whatever plain words stand between it and the cue', () => {
    const statements = extract(
      'Der Minister sagte der Deutschen Presse-Agentur, die Lage sei ernst. Die Kanzlerin betonte am Rande des Gipfels in Brüssel, Europa müsse geschlossen handeln. Die Ärztin erklärte im Gespräch mit dem Sender, die Lage in den Kliniken sei angespannt.',
      'de',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Minister', 'die Lage sei ernst'],
      ['Kanzlerin', 'Europa müsse geschlossen handeln'],
      ['Ärztin', 'die Lage in den Kliniken sei angespannt'],
    ]);
  });

  test('after an object: "kritisierte den Plan, er gehe …" reports the clause; the object’s relative clause does not', () => {
    const statements = extract(
      'Der Verband kritisierte den Plan, er gehe an der Wirklichkeit vorbei. Der Trainer lobte seine Mannschaft, sie habe großartig gekämpft. Die Opposition kritisierte den Entwurf, den der Minister vorgelegt habe.',
      'de',
    );
    expect(statements.slice(0, 2).map((s) => [s.speaker, s.content])).toEqual([
      ['Verband', 'er gehe an der Wirklichkeit vorbei'],
      ['Trainer', 'sie habe großartig gekämpft'],
    ]);
    // The relative clause describes the object: it is not what the opposition said.
    expect(statements.map((s) => s.content)).not.toContain('den der Minister vorgelegt habe');
  });

  test('a relative clause closed by its verb-final cue, its object before it, reports nothing past its comma', () => {
    const statements = extract(
      'Die Ministerin, die schärfere Kontrollen verlangt hatte, sagte am Dienstag, die Grenze bleibe offen.',
      'de',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({
      speaker: 'Ministerin',
      cue: 'sagte',
      kind: 'indirect',
      content: 'die Grenze bleibe offen',
    });
  });

  test('"Das sagte X" / "Das teilte X mit": the fronted demonstrative takes up the previous sentence', () => {
    const statements = extract(
      'Die Brücke bleibt bis zum Herbst gesperrt. Das sagte die Bürgermeisterin Anna Roth am Freitag. Der Umweg führt über die Nachbarstadt. Das teilte die Stadtverwaltung mit.',
      'de',
    );
    expect(statementStarting(statements, 'Die Brücke')).toMatchObject({
      speaker: 'Anna Roth',
      cue: 'sagte',
      kind: 'indirect',
      content: 'Die Brücke bleibt bis zum Herbst gesperrt',
    });
    expect(statementStarting(statements, 'Der Umweg')).toMatchObject({
      speaker: 'Stadtverwaltung',
      content: 'Der Umweg führt über die Nachbarstadt',
    });
  });

  test('an article before a capitalised noun cue stays an article: "Das Sagen hat …"', () => {
    const statements = extract('Die Brücke bleibt gesperrt. Das Sagen hat hier der Stadtrat.', 'de');
    expect(statements).toHaveLength(0);
  });

  test('"X, der betonte, dass …": the relative pronoun before a lower-case cue is its subject, X speaks', () => {
    const statements = extract(
      'Die Ministerin, die betonte, dass die Grenze offen bleibe, verließ den Saal.',
      'de',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ speaker: 'Ministerin', cue: 'betonte', kind: 'indirect' });
    expect(statements[0]?.content).toMatch(/^die Grenze offen bleibe/);
  });
});
