/**
 * German speakers: who speaks when the verb comes second or last, when a pronoun or "man" takes up an earlier
 * speaker, and which capitalised runs are names. Every sentence here is written for the test.
 */
import { describe, expect, test } from 'vitest';
import { extract, find } from '../helpers';
import { statementStarting } from './helpers';

describe('German subjects around a cue', () => {
  test('a relative clause puts its verb last: its pronoun, far before the cue, is the subject', () => {
    const statements = extract(
      'Neuer Leiter wird ein Ingenieur, Paul Anton Rieger, der in einem ersten Gespräch mit der Lokalzeitung betonte, er stehe für alle Beschäftigten.',
      'de',
    );
    expect(find(statements, 'er stehe für alle Beschäftigten').speaker).toBe('Paul Anton Rieger');
  });

  test('a relative pronoun that is an object leaves the subject to the clause', () => {
    const statements = extract(
      'Sie traf die Ministerin, die der Kanzler später lobte, und sagte, das Gespräch sei gut gewesen.',
      'de',
    );
    expect(find(statements, 'das Gespräch sei gut gewesen').speaker).not.toMatch(/Ministerin/);
  });

  test('a cue after "und" shares the subject of the first verb, not its object', () => {
    const statements = extract(
      'Die Ministerin Maria Kolb besuchte die Mannschaft und erklärte nach dem Spiel, dass der Gegner stark gewesen sei.',
      'de',
    );
    expect(find(statements, 'der Gegner stark gewesen sei').speaker).toBe('Maria Kolb');
  });

  test('a predicative phrase with "als" before the verb is no subject', () => {
    const statements = extract(
      'Als Grund für die Kündigung des Vertrages gab die Musikschule an, der Mieter habe falsche Angaben gemacht.',
      'de',
    );
    expect(find(statements, 'der Mieter habe falsche Angaben gemacht').mention).toBe('die Musikschule');
  });

  test('an adverb before the verb leaves the subject after it, a plural without article too', () => {
    const statements = extract(
      'Nun vermelden belgische Zeitungen, dass die Werft neue Aufträge erwarte.',
      'de',
    );
    expect(find(statements, 'die Werft neue Aufträge erwarte').speaker).toBe('belgische Zeitungen');
  });

  test('in a subordinate clause the pronoun after the conjunction is the subject, not a noun before the cue', () => {
    const statements = extract(
      'Die Vereinigung der Sparer schloss sich an, indem sie den Vorstand deutlich zum Handeln aufforderte: „Die Gebühren müssen sinken.“',
      'de',
    );
    expect(find(statements, 'Die Gebühren müssen sinken').mention).toBe('sie');
  });

  test('after a fronted phrase closed by a comma, the pronoun after the verb is the subject', () => {
    const statements = extract(
      'Die Pläne des Rates, unter Karl Berger die Gebühren zu erhöhen, nannte er einen „Griff in die Kasse“.',
      'de',
    );
    expect(statementStarting(statements, 'Griff in die Kasse').mention).toBe('er');
  });

  test('a complement opened by a demonstrative is no part of the source after "nach einem Bericht"', () => {
    const statements = extract(
      'Die Firma soll nach einem langen Bericht des Buchhalters für diese Lieferungen trotzdem kassiert haben.',
      'de',
    );
    expect(statements[0]?.mention).toBe('des Buchhalters');
  });

  test('a subject after a trailing verb with its particle outranks a relative clause before it', () => {
    const statements = extract(
      'Die Rebellen töteten mehrere hundert Bauern, die sich auf der Flucht befanden, teilten die Vereinten Nationen mit.',
      'de',
    );
    expect(statements[0]?.mention).toBe('die Vereinten Nationen');
    // An object before the particle is no subject: the clause after the comma is the content.
    const [s] = extract(
      'Der Minister Karl Huber warf den Nachbarn vor, die Regeln gebrochen zu haben.',
      'de',
    );
    expect(s?.speaker).toBe('Karl Huber');
  });

  test('a prepositional phrase after a fronted one is no speaker', () => {
    const [s] = extract(
      'In einem Gutachten der Behörde, auf das sich mehrere Zeitungen berufen, wird der Beschluss damit begründet, dass der See verschmutzt sei.',
      'de',
    );
    expect(s?.mention).not.toBe('auf');
  });

  test('a name run stops at an object article after it', () => {
    const statements = extract(
      'Auch lehnte Angela Berger den Vorschlag des Ministers Peter Lang ab, die Aufsicht zu ändern.',
      'de',
    );
    expect(statements[0]?.speaker).toBe('Angela Berger');
  });

  test('a reported sentence after an adverb-fronted one takes the subject after its verb', () => {
    const statements = extract(
      'Zudem prognostizierte der Chef des Verbandes, Peter Lang, einen Anstieg der Preise. Dabei soll es jedoch große Unterschiede geben.',
      'de',
    );
    expect(find(statements, 'Dabei soll es jedoch große Unterschiede geben').speaker).toBe('Peter Lang');
  });

  test('the subject after a fronted quoted name speaks for a hearsay sentence after it', () => {
    const statements = extract(
      'Für die Schulen gibt die Stadt Linz jährlich zehn Millionen Euro aus. Gegen den „Verein freier Schulträger“ ermittelt seit dem Frühjahr die Staatsanwaltschaft. Der Kassier soll Belege gefälscht haben.',
      'de',
    );
    expect(find(statements, 'Der Kassier soll Belege gefälscht haben').speaker).toBe('Staatsanwaltschaft');
  });
});

describe('German coreference', () => {
  test('"man" takes up the institution that spoke last, never a person', () => {
    const statements = extract(
      'Der Bürgermeister Otto Brenner lobte den Plan. Offiziell erklärt die Landesregierung, man unterstütze die Bauern. Man betont aber auch, dass das Geld knapp sei.',
      'de',
    );
    expect(find(statements, 'das Geld knapp sei').speaker).toBe('Landesregierung');
  });

  test('"man" with no institution before stays unknown', () => {
    const statements = extract(
      'Der Bürgermeister Otto Brenner lobte den Plan. Man betont aber auch, dass das Geld knapp sei.',
      'de',
    );
    expect(find(statements, 'das Geld knapp sei').speaker).toBe('');
  });

  test('a feminine pronoun takes up an institution named with "die"', () => {
    const statements = extract(
      'Der Minister Karl Huber stellte den Plan vor. Die Gewerkschaft der Lehrer kritisierte den Plan scharf. Sie bezeichnet die Lösung als Irrweg.',
      'de',
    );
    expect(find(statements, 'Sie bezeichnet die Lösung als Irrweg').speaker).toBe('Gewerkschaft der Lehrer');
  });

  test('a pronoun opening a sentence takes up the subject before it when the genders agree', () => {
    const text =
      'Den von Minister Karl Huber (SPD) geplanten Umbau der Schulen hat die Gewerkschaft der Lehrer (GdL) abgelehnt. Sie bezeichnet den Plan als Irrweg.';
    expect(find(extract(text, 'de'), 'Sie bezeichnet den Plan als Irrweg').speaker).toBe(
      'Gewerkschaft der Lehrer',
    );
    // A masculine pronoun does not take up a feminine institution: the named man before it speaks.
    const other = text.replace('Sie bezeichnet', 'Er bezeichnet');
    expect(find(extract(other, 'de'), 'Er bezeichnet den Plan als Irrweg').speaker).toBe('Karl Huber');
  });

  test('a possessive in "nach ihren Informationen" refers back to the speaker', () => {
    const statements = extract(
      'Die Anwältin Vera Lindner kritisierte die Behörden. Nach ihren Informationen habe sich der Mann im Ausland aufgehalten.',
      'de',
    );
    expect(find(statements, 'habe sich der Mann im Ausland aufgehalten').speaker).toBe('Vera Lindner');
  });

  test('a capitalised noun with its genitive or after an article is no name for a pronoun', () => {
    const statements = extract(
      'Die Zahl der Unfälle stieg, wie die Statistiken der Versicherungen zeigen. Er sagte, das sei bedenklich.',
      'de',
    );
    expect(find(statements, 'das sei bedenklich').speaker).not.toMatch(/Statistiken|Zahl|Unfälle/);
  });
});

describe('German agency style: roles, places and "derselben Quelle"', () => {
  test('"der SPD-Politiker", "die Grünen-Politikerin" take up the politician named before', () => {
    const statements = extract(
      'Der Innenminister Jonas Brandt sagte, die Grenzkontrollen würden verlängert. „Wir bleiben wachsam“, fügte der SPD-Politiker hinzu. Die Grünen-Politikerin Hanna Keil sagte, das Vorgehen sei unverhältnismäßig. „Das schadet Europa“, sagte die Fraktionschefin.',
      'de',
    );
    expect(find(statements, 'Wir bleiben wachsam').speaker).toBe('Jonas Brandt');
    expect(find(statements, 'das Vorgehen sei unverhältnismäßig').speaker).toBe('Hanna Keil');
    expect(find(statements, 'Das schadet Europa').speaker).toBe('Hanna Keil');
  });

  test('"ein Sprecher …" is someone new, and a role known by no name is no other role', () => {
    const statements = extract(
      'Ein Unwetter habe zahlreiche Keller geflutet, teilte ein Polizeisprecher mit. Wie ein Sprecher des Wetterdienstes sagte, ist am Abend mit neuen Gewittern zu rechnen. „Die Lage bleibt angespannt“, erklärte er. Die Ministerin sagte, die Schäden würden rasch erfasst. Der Landrat sagte, die Schulen blieben geschlossen.',
      'de',
    );
    expect(find(statements, 'ist am Abend mit neuen Gewittern zu rechnen').speaker).toMatch(/Wetterdienst/);
    expect(find(statements, 'Die Lage bleibt angespannt').speaker).toMatch(/Wetterdienst/);
    expect(find(statements, 'die Schulen blieben geschlossen').speaker).toBe('Landrat');
  });

  test('the place after a role stays with it: "ein Regierungssprecher in Prag" is the speaker', () => {
    const statements = extract(
      'Ein Regierungssprecher in Prag sagte, man werde die Vorschläge genau prüfen.',
      'de',
    );
    expect(find(statements, 'man werde die Vorschläge genau prüfen').speaker).toMatch(/^Regierungssprecher/);
  });

  test('"nach Angaben derselben Quelle" is the source just quoted', () => {
    const statements = extract(
      'Bei dem Brand sei niemand verletzt worden, teilte die Feuerwehr mit. Nach Angaben derselben Quelle entstand ein Schaden von mehreren Millionen Euro.',
      'de',
    );
    expect(find(statements, 'entstand ein Schaden von mehreren Millionen Euro').speaker).toBe('Feuerwehr');
  });
});

describe('German roles of other parties and offices', () => {
  test('a politician of another party is someone else: "die Linken-Chefin" is not the Green named before', () => {
    const statements = extract(
      'Die Grünen-Politikerin Mira Falk sagte, das Gesetz komme zu spät. Die Linken-Chefin warf der Regierung vor, die Mieter im Stich zu lassen.',
      'de',
    );
    expect(find(statements, 'die Mieter im Stich zu lassen').speaker).not.toBe('Mira Falk');
  });

  test('a more specific role is not the unnamed holder of the general one before it', () => {
    const statements = extract(
      'Ein Sprecher sagte, die Verhandlungen würden am Montag fortgesetzt. Der Regierungssprecher erklärte, man sei zuversichtlich.',
      'de',
    );
    expect(find(statements, 'man sei zuversichtlich').speaker).toBe('Regierungssprecher');
  });

  test('"des Innenministeriums", "des Auswärtigen Amtes" are institutions, which no later role takes up', () => {
    const statements = extract(
      'Nach Angaben des Innenministeriums wurden mehr als 300 Angriffe registriert. Der Polizeisprecher sagte, die Zahl sei gestiegen.',
      'de',
    );
    expect(find(statements, 'die Zahl sei gestiegen').speaker).toBe('Polizeisprecher');
  });
});

describe('German: a role of one gender and the names before it', () => {
  test('"die Ministerin" does not take up a man named with a masculine title, nor a service', () => {
    const statements = extract(
      'Die Feuerwehr berichtete von zahlreichen Einsätzen. Der Landrat Peter Sommer besuchte am Abend die Einsatzleitung. Die Ministerin sagte, das Land werde die Kosten übernehmen.',
      'de',
    );
    const s = find(statements, 'das Land werde die Kosten übernehmen');
    expect(s.speaker).not.toBe('Peter Sommer');
    expect(s.speaker).not.toBe('Feuerwehr');
  });
});

describe('German names with several particles', () => {
  test('"Ursula von der Leyen" is one name; "zu den …" after a name is no particle', () => {
    const statements = extract(
      'Die Kommissionspräsidentin Ursula von der Leyen sagte, die Union stehe bereit. Der Verein stellt 2000 Karten zur Verfügung. „Wir wollen allen Fans die Möglichkeit bieten, die Spiele zu sehen“, so Vereinschef Karl Brenner zu den Beweggründen des Vereins.',
      'de',
    );
    expect(find(statements, 'die Union stehe bereit').speaker).toBe('Ursula von der Leyen');
    // Opening the sentence, the particle is capitalised: still the same name.
    const again = extract(
      'Die Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte, man werde weiter helfen.',
      'de',
    );
    expect(find(again, 'man werde weiter helfen').speaker).toBe('Ursula von der Leyen');
    expect(
      find(statements, 'Wir wollen allen Fans die Möglichkeit bieten, die Spiele zu sehen').speaker,
    ).toBe('Karl Brenner');
  });
});
