/**
 * English wire and newspaper conventions (AP, Reuters, the BBC, US broadsheets): datelines, spokespeople of
 * named institutions, reports of acts inside reported speech.
 */
import { describe, expect, test } from 'vitest';
import { genderOfFirstName } from '../../utils/statements/first-names';
import { extract, find } from './helpers';

describe('datelines', () => {
  test('a place in capitals before a dash is no subject, however long the apposition after the name', () => {
    const text =
      'PORTLAND — Calder Foods, the frozen-meals maker that was once among the most richly valued start-ups in the state, said on Monday that it would close two plants.';
    const s = find(extract(text, 'en'), 'it would close two plants');
    expect(s.speaker).toBe('Calder Foods');
  });

  test('an agency dateline ends before the first sentence', () => {
    const text =
      'OTTAWA (AP) — Calder Foods, the frozen-meals maker that was once among the most richly valued start-ups in the province, said Tuesday that the settlement came too late.';
    expect(find(extract(text, 'en'), 'the settlement came too late').speaker).toBe('Calder Foods');
  });

  test('a hyphenated word or a dash inside a sentence is no dateline', () => {
    const text = 'Jonas Berg said the co-op — founded in 1998 — would stay open.';
    expect(find(extract(text, 'en'), 'the co-op — founded in 1998 — would stay open').speaker).toBe(
      'Jonas Berg',
    );
  });
});

describe('spokespeople', () => {
  test('a spokesperson for a government named by its nationality keeps the whole phrase', () => {
    const text = 'A spokesman for the Dutch government said The Hague would wait for the court ruling.';
    expect(find(extract(text, 'en'), 'The Hague would wait for the court ruling').speaker).toBe(
      'spokesman for the Dutch government',
    );
  });
});

describe('a report of an act inside reported speech', () => {
  test('"said X had threatened to …" is one statement, the outer speaker’s', () => {
    const text =
      'A union official said Calder Foods had threatened to close the plant if the strike went on.';
    const statements = extract(text, 'en');
    expect(statements).toHaveLength(1);
    expect(statements[0]!.content).toBe(
      'Calder Foods had threatened to close the plant if the strike went on',
    );
    expect(statements[0]!.speaker).toBe('Union official');
  });

  test('"according to X, A and B agreed to …" is X’s statement, coordinated subjects and all', () => {
    const text =
      'According to a statement from the league, Dawson and team owner Carla Ruiz agreed to meet again next week.';
    const statements = extract(text, 'en');
    expect(statements).toHaveLength(1);
    expect(statements[0]!.content).toBe('Dawson and team owner Carla Ruiz agreed to meet again next week');
  });

  test('"said it had rejected an offer" is the outer statement, a second report after its comma still cut off', () => {
    const statements = extract(
      'Calder Foods said on Monday it had rejected a takeover offer from a rival, calling the bid "opportunistic".',
      'en',
    );
    expect(find(statements, 'it had rejected a takeover offer from a rival').speaker).toBe('Calder Foods');
    expect(statements).toHaveLength(2);
  });

  test('a report of words inside reported speech still cuts the outer content', () => {
    const text = 'The mayor said the governor had told him that the bridge would reopen in May.';
    const inner = find(extract(text, 'en'), 'the bridge would reopen in May');
    expect(inner.speaker).not.toBe('');
  });
});

describe('who a pronoun stands for', () => {
  test('a name after a title of several words opens its sentence', () => {
    const statements = extract(
      'Mark Dorsey said the port would reopen. Secretary of State Daniel Ruiz, back from Ankara, struck a more cautious tone. He said the talks would take months.',
      'en',
    );
    expect(find(statements, 'the talks would take months').speaker).toBe('Daniel Ruiz');
  });

  test('one pronoun after a man’s name does not make him a woman when his first name says otherwise', () => {
    const statements = extract(
      'Judge Alan Pryce said she had lied to the court.\n\n"You knew the risks," he told the defendant.',
      'en',
    );
    expect(find(statements, 'You knew the risks').speaker).toBe('Alan Pryce');
  });

  test('the reporter’s question opening a sentence is no statement, and its subject is the one a pronoun takes up', () => {
    expect(extract('Asked whether the club would appeal the ban, Nora Vik smiled.', 'en')).toEqual([]);
    const statements = extract(
      '"We are calm," said Harold Penn.\n\nAsked whether the club would appeal the ban, Arthur Wells laughed. "We will see," he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Harold Penn', 'Arthur Wells']);
  });

  test('common English first names mark their gender', () => {
    expect(genderOfFirstName('Chris Dane')).toBe('m');
    expect(genderOfFirstName('Anders Lund')).toBe('m');
  });
});

describe('what the speaker did besides speaking', () => {
  test('"…, but declined to …" ends the reported clause', () => {
    const s = find(
      extract(
        'The coach said the club had received two offers for the striker, but declined to name the buyers.',
        'en',
      ),
      'the club had received two offers for the striker',
    );
    expect(s.speaker).toBe('coach');
  });

  test('"but would not comment further" ends it', () => {
    const s = find(
      extract('A club spokesman confirmed the meeting had taken place but would not comment further.', 'en'),
      'the meeting had taken place',
    );
    expect(s.speaker).toBe('Club spokesman');
  });

  test('"but refused to …" with no comma ends it too; a verb of the clause’s own subject does not', () => {
    const statements = extract(
      'Lena Ortiz said the jury had been misled about the timeline but refused to blame the prosecutors. Tom Reyes said the witness saw the car and refused to move.',
      'en',
    );
    expect(find(statements, 'the jury had been misled about the timeline').speaker).toBe('Lena Ortiz');
    expect(find(statements, 'the witness saw the car and refused to move').speaker).toBe('Tom Reyes');
  });
});

describe('a report in a condition', () => {
  test('"… if the White House demanded …" is the outer statement’s hypothesis, not a statement', () => {
    const statements = extract(
      'The senator said the party would block the bill if the White House demanded new spending cuts.',
      'en',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.content).toBe(
      'the party would block the bill if the White House demanded new spending cuts',
    );
  });

  test('a report after "because" is still a statement of its own', () => {
    const statements = extract(
      'The senator said the vote was delayed because the White House demanded new spending cuts.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toContain('White House');
  });
});

describe('a dateline with the agency in parentheses, its place not in capitals', () => {
  test.each([
    [
      'Nairobi (AFP) - Kenyan runner Daniel Kiprotich has been banned for four years, the AIU said on Thursday.',
      'en',
      'Kenyan runner Daniel Kiprotich has been banned for four years',
    ],
    [
      'Düsseldorf, 14. Okt (Reuters) - Der Umsatz werde um bis zu 30 Prozent steigen, teilte das Unternehmen mit.',
      'de',
      'Der Umsatz werde um bis zu 30 Prozent steigen',
    ],
  ])('is no part of the content: %s', (text, lang, content) => {
    expect(extract(text, lang).map((s) => s.content)).toEqual([content]);
  });
});
