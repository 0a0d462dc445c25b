/** Italian reporting style (ANSA): "ha detto che", "…", ha affermato X, "secondo X", dropped subjects. */
import { describe, expect, test } from 'vitest';
import { extract, statementStarting } from './helpers';

describe('Italian statements', () => {
  test('compound past cue with "che"', () => {
    const s = statementStarting(
      extract(
        "Il ministro degli Esteri Antonio Tajani ha detto che l'Italia sostiene l'ingresso di Kiev nell'Ue.",
        'it',
      ),
      "l'Italia",
    );
    expect(s).toMatchObject({ kind: 'indirect', speaker: 'Antonio Tajani', cue: 'ha detto' });
  });

  test('direct speech in "…" and «…» with the cue after it', () => {
    const [a] = extract(
      '"La porta della Nato resta aperta", ha affermato il segretario generale Mark Rutte.',
      'it',
    );
    expect(a).toMatchObject({
      kind: 'direct',
      speaker: 'Mark Rutte',
      content: 'La porta della Nato resta aperta',
    });
    const [b] = extract(
      '«Non possiamo abbassare la guardia», ha sottolineato il ministro Guido Crosetto.',
      'it',
    );
    expect(b).toMatchObject({ kind: 'direct', speaker: 'Guido Crosetto' });
  });

  test('"secondo X" before and after the clause', () => {
    const a = statementStarting(
      extract('Secondo il Cremlino, i colloqui sono stati "costruttivi".', 'it'),
      'i colloqui',
    );
    expect(a).toMatchObject({ kind: 'mixed', speaker: 'Cremlino' });
    const b = statementStarting(
      extract('Le sanzioni resteranno in vigore, secondo fonti diplomatiche.', 'it'),
      'Le sanzioni',
    );
    expect(b.speaker).toBe('fonti diplomatiche');
  });

  test('role and dropped subject go back to the named speaker', () => {
    const statements = extract(
      'La premier Giorgia Meloni ha ribadito che il sostegno a Kiev non cambierà. "L\'Italia non vi lascerà soli", ha detto la premier. "Siamo al vostro fianco", ha aggiunto.',
      'it',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Giorgia Meloni', 'La premier Giorgia Meloni'],
      ['Giorgia Meloni', 'la premier'],
      ['Giorgia Meloni', ''],
    ]);
  });

  test('the colon form without a cue: "X: «…»"', () => {
    const [s] = extract(
      'La segretaria del Pd Elly Schlein: «Il governo fa promesse che non può mantenere».',
      'it',
    );
    expect(s).toMatchObject({
      kind: 'direct',
      speaker: 'Elly Schlein',
      content: 'Il governo fa promesse che non può mantenere',
    });
  });

  test('"X ha ringraziato Y e ha chiesto che …": the conjunction is no auxiliary, Y is no speaker', () => {
    const [s] = extract(
      'Il sindaco Marco Fabbri ha ringraziato i volontari e ha chiesto che le scuole restino chiuse.',
      'it',
    );
    expect(s).toMatchObject({ speaker: 'Marco Fabbri', cue: 'ha chiesto' });
  });

  test('the agency’s apposition taking up the report ends the content', () => {
    expect(
      extract(
        'Il comando ucraino ha sostenuto che le sue unità hanno abbattuto tre droni, notizia che non è stato possibile verificare.',
        'it',
      ).map((s) => s.content),
    ).toEqual(['le sue unità hanno abbattuto tre droni']);
  });

  test('"per" after a quotation with no comma is no source', () => {
    expect(
      extract('La sindaca ha detto che la città "non ha alcuna intenzione" di cedere per ora.', 'it').map(
        (s) => [s.speaker, s.content],
      ),
    ).toEqual([['sindaca', 'la città "non ha alcuna intenzione" di cedere per ora']]);
  });

  test('"Per X, …" opening the sentence attributes a view; "Per il momento" does not', () => {
    const [s] = extract('Per il sindaco di Bari, la riforma arriva troppo tardi.', 'it');
    expect(s).toMatchObject({ cue: 'Per', content: 'la riforma arriva troppo tardi' });
    expect(extract('Per il momento, la situazione è calma.', 'it')).toEqual([]);
  });

  test('"A quanto riferiscono X, …" attributes the clause to X', () => {
    const [s] = extract('A quanto riferiscono fonti sindacali, lo sciopero durerà tre giorni.', 'it');
    expect(s).toMatchObject({ speaker: 'fonti sindacali', content: 'lo sciopero durerà tre giorni' });
  });

  test('"il titolare del Viminale" is a role resolved to the minister named before', () => {
    const statements = extract(
      "Il ministro dell'Interno Marco Rossi ha detto che i controlli aumenteranno. Secondo il titolare del Viminale, gli sbarchi sono in calo.",
      'it',
    );
    expect(statementStarting(statements, 'gli sbarchi')).toMatchObject({ speaker: 'Marco Rossi' });
  });

  test('a subject set off by a participial insertion still speaks for the second verb', () => {
    const statements = extract(
      'Il governatore Luca Bianchi, arrivato in elicottero, ha visitato i paesi colpiti e ha assicurato che gli aiuti arriveranno.',
      'it',
    );
    expect(statementStarting(statements, 'gli aiuti')).toMatchObject({ speaker: 'Luca Bianchi' });
  });

  test('a name closing a prepositional phrase before the cue is its object, not the speaker', () => {
    const [s] = extract(
      "Il commissario europeo Piotr Serafin in un'intervista al quotidiano Rzeczpospolita ha detto che il bilancio crescerà.",
      'it',
    );
    expect(s).toMatchObject({ speaker: 'Piotr Serafin', content: 'il bilancio crescerà' });
  });

  test('"secondo quanto riportato dal …": the marker ends on the preposition joined to its article', () => {
    const statements = extract(
      'Secondo quanto riportato dal Sole 24 Ore, la manovra sarà rivista. Stando a quanto riferito dalla Protezione civile, le scuole riaprono lunedì.',
      'it',
    );
    expect(statementStarting(statements, 'la manovra').speaker).toMatch(/Sole 24 Ore/);
    expect(statementStarting(statements, 'le scuole').speaker).toMatch(/^Protezione civile$/i);
  });

  test('"il ministro dello Sport, X,": "dello" links the role to its complement', () => {
    const [s] = extract(
      'Il ministro dello Sviluppo, Luca Ferri, ha assicurato: "Gli impianti riapriranno".',
      'it',
    );
    expect(s).toMatchObject({ speaker: 'Luca Ferri', content: 'Gli impianti riapriranno' });
  });

  test('a surname later goes back to the name after the role’s place, not to the place', () => {
    const statements = extract(
      'Il sindaco di Torino Marco Bassi ha detto che la metro aprirà a marzo. Bassi ha poi risposto alle critiche, spiegando che i lavori sono finanziati.',
      'it',
    );
    expect(statementStarting(statements, 'i lavori')).toMatchObject({ speaker: 'Marco Bassi' });
  });

  test('"fanno sapere i Vigili del fuoco": a national service named with a lower-case complement', () => {
    const [s] = extract('Sono state salvate venti persone, fanno sapere i Vigili del fuoco.', 'it');
    expect(s).toMatchObject({ speaker: 'Vigili del fuoco', content: 'Sono state salvate venti persone' });
  });

  test('the antecedent of "che" after a linker is named without it ("della Regione")', () => {
    const [s] = extract(
      'Immediata la risposta della Provincia, che in una nota ha affermato che le strade sono sicure.',
      'it',
    );
    expect(s).toMatchObject({ speaker: 'Provincia', content: 'le strade sono sicure' });
  });

  test('"Secondo X" with no comma ends before the article of the clause\'s subject', () => {
    const statements = extract(
      'Il ministro dei Trasporti Paolo Serra ha annunciato che i lavori finiranno a giugno. Secondo Serra la nuova linea porterà diecimila passeggeri al giorno. Secondo il ministro il cantiere non chiuderà il centro.',
      'it',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Paolo Serra', 'i lavori finiranno a giugno'],
      ['Paolo Serra', 'la nuova linea porterà diecimila passeggeri al giorno'],
      ['Paolo Serra', 'il cantiere non chiuderà il centro'],
    ]);
  });
});
