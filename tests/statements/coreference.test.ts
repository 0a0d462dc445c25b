/** Speaker resolution details: words that open sentences are no part of names. */
import { describe, expect, test } from 'vitest';
import { extract } from './helpers';

describe('coreference', () => {
  test('a capitalised preposition or "según" at a sentence start is not glued to the name after it', () => {
    const statements = extract(
      'Según Marchetti, la reunión fue útil. Marchetti añadió que habría otra cita en marzo.',
      'es',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Marchetti', 'Marchetti']);
  });

  test('"Nach Angaben" opens no name: the surname stays the speaker', () => {
    const statements = extract(
      'Nach Angaben Kowalskis sind die Gespräche beendet. Kowalski sagte, er sei enttäuscht.',
      'de',
    );
    expect(statements.every((s) => !s.speaker.startsWith('Nach'))).toBe(true);
  });

  test('a sentence adverb followed by a comma is not a speaker ("Auparavant, …")', () => {
    const statements = extract(
      'Igor Dodon a parlé lundi. Auparavant, il avait affirmé que le pays était au bord de la crise.',
      'fr',
    );
    expect(statements[0]?.speaker).toBe('Igor Dodon');
  });

  test('a pronoun points to a person named as the subject of a sentence after the last speaker', () => {
    const statements = extract(
      'Mary Stone said the plant would close. Peter Vance arrived at the site an hour later. He said the workers had not been told.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Mary Stone', 'Peter Vance']);
  });

  test('with no one named in between, the pronoun keeps to the last speaker', () => {
    const statements = extract(
      'Mary Stone said the plant would close. The site was quiet on Monday. She said the workers had not been told.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Mary Stone', 'Mary Stone']);
  });

  test.each([
    [
      'ru',
      'Мария Иванова заявила, что переговоры продолжатся. Андрей Смирнов сказал, что ничего не знает. Она добавила, что всё решится в мае.',
      ['Мария Иванова', 'Андрей Смирнов', 'Мария Иванова'],
    ],
    [
      'uk',
      'Олена Коваль заявила, що переговори триватимуть. Петро Бондар сказав, що нічого не знає. Вона додала, що все вирішиться у травні.',
      ['Олена Коваль', 'Петро Бондар', 'Олена Коваль'],
    ],
    [
      'pl',
      'Anna Nowak powiedziała, że rozmowy będą trwały. Piotr Lis powiedział, że nic nie wie. Ona dodała, że wszystko rozstrzygnie się w maju.',
      ['Anna Nowak', 'Piotr Lis', 'Anna Nowak'],
    ],
  ])('%s: the gender a past-tense cue marks guides a later pronoun', (lang, text, speakers) => {
    expect(extract(text, lang).map((s) => s.speaker)).toEqual(speakers);
  });

  test('"I" outside quotations points to a person, never to an institution', () => {
    const statements = extract(
      'The Finance Ministry said the budget was final. I said that the figures were wrong.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Finance Ministry', 'The Finance Ministry'],
      ['', 'I'],
    ]);
  });

  test('an abbreviated title keeps its full stop before the name ("said Dr. …", "Sen. …")', () => {
    const statements = extract(
      'The results were encouraging, said Dr. Helen Marsh, a surgeon in Leeds. Sen. Paul Ortega said the bill would pass.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Helen Marsh', 'Paul Ortega']);
  });

  test('a name takes the gender its later pronouns give it, so "she" skips a man named since', () => {
    const statements = extract(
      'Lena Ortiz said the shelter was full. Tom Brandt, who runs the kitchen, looked at his list. "We need more beds," she said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });

  test('a surname opening a sentence after the last speaker is the antecedent of a pronoun', () => {
    const statements = extract(
      'Lena Ortiz said the shelter was full. Tom Brandt runs the kitchen. Brandt looked at his list. "We need more beds," he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'Tom Brandt']);
  });

  test('pronouns inside quotations teach no gender', () => {
    const statements = extract(
      'Lena Ortiz spoke first. "He told me his plan," Ortiz said. "I trusted him," she said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });

  test('a name standing alone on its line (a caption, a credit) is no antecedent for a pronoun', () => {
    const statements = extract(
      'Lena Ortiz said the shelter was full.\n\nPhoto Desk Staff\n\n"We need more beds," she said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });

  test('the sentence-opening name is the subject across an apposition holding commas', () => {
    const statements = extract(
      'Tom Brandt, the owner of a bakery based in Kenora, Ont., says the flour price doubled.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Tom Brandt']);
  });

  test('a dateline opening the sentence is not taken for that subject', () => {
    const statements = extract('HALIFAX, 4 June - Flour prices doubled, Ann Lee, a baker, said.', 'en');
    expect(statements.map((s) => s.speaker)).toEqual(['Ann Lee']);
  });

  test('"Unlike", "Despite" and other prepositions opening a sentence are no part of the name after them', () => {
    const statements = extract(
      'Unlike Tom Brandt, Lena Ortiz said the shelter was full. Despite Ann Lee, he said nothing had changed.',
      'en',
    );
    expect(statements[0]?.speaker).toBe('Lena Ortiz');
    expect(statements).toHaveLength(2);
    for (const s of statements) expect(s.speaker).not.toMatch(/^(Unlike|Despite) /);
  });

  test('a role with "a"/"an" introduces someone new: it is not resolved to a person named before', () => {
    const statements = extract(
      'Lena Ortiz said the shelter was full. A city spokeswoman said more beds would come in March. The spokeswoman said the budget allowed it.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz', 'city spokeswoman', 'city spokeswoman']);
  });

  test('a role before a name ending on an institution noun names an institution, which "he" never stands for', () => {
    const statements = extract(
      "Tom Brandt spoke first. The city's official Harbour Transit Agency said fares would rise. He said the rise was unfair.",
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Harbour Transit Agency', 'Tom Brandt']);
  });

  test('a speaker named by one word learns its gender, so "he" skips her', () => {
    const statements = extract(
      'Tom Brandt ran the kitchen for years. Maya told reporters that her shift ended at noon. He told them the kitchen would close.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Maya', 'Tom Brandt']);
  });

  test('a lower-case word after an English role is its verb, not a postnominal adjective', () => {
    const statements = extract(
      'Justice Ann Marsh heard the case. A Superior Court judge chastised the station, saying it had played games.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Superior Court judge']);
  });

  test('a name opening its sentence behind its title is the antecedent of a later pronoun', () => {
    const statements = extract(
      'Lena Ortiz said the shelter was full. Housing lawyer Ann Brody said while rents rose, wages did not. "We need more units," she said.',
      'en',
    );
    expect(statements.at(-1)?.speaker).toBe('Ann Brody');
  });

  test('an English compound title ("head coach") stays one role before the name', () => {
    const [s] = extract('Harbour head coach Ken Hitchcock said the team played well.', 'en');
    expect(s?.speaker).toBe('Ken Hitchcock');
    expect(s?.role).toBe('head coach');
  });

  test('a name run opening with an acronym is an organisation, which "it" stands for', () => {
    const statements = extract(
      'Harbour Power said crews were out. KT Harbour Power said 800 workers were on the lines. It said most homes would have power by Friday.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual([
      'Harbour Power',
      'KT Harbour Power',
      'KT Harbour Power',
    ]);
  });

  test('a name after a capitalised preposition ("On Harbour Day, …") does not open the sentence as its subject', () => {
    const statements = extract(
      'Tom Brandt said the shelter was full. On Harbour Day, he plans to cook for friends. "They deserve it," he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Tom Brandt', 'Tom Brandt']);
  });

  test('before any speaker, a pronoun takes the nearest name of its gender', () => {
    const statements = extract(
      'Lena Ortiz left Aleppo in 2016 with her husband, Omar Haddad, and his two daughters. "We started again," she said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Lena Ortiz']);
  });
});
