/**
 * English speakers that are no noun phrase: a connective opening the clause, a verb governing the cue's
 * infinitive, the words of a quotation. The speaker is the phrase that is left, or nobody.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';
import { find } from './helpers';

const positions = (text: string) =>
  extractStatements(text, { lang: 'en', articleKey: 'test', positions: true });

describe('a conjunction or subordinator opening the clause is no part of its subject', () => {
  test('a subordinate clause closed by a comma: the subject follows it', () => {
    const found = positions(
      'But while the forum will be her last, Vega has often clashed with the mayor, debated Hale three times in 2019 and faced Stone once.',
    );
    const s = find(found, 'Hale three times in 2019 and faced Stone once');
    expect(s.speaker).toBe('Vega');
    expect(s.kind).toBe('indirect');
  });

  test('"And" before the pronoun of the main clause', () => {
    const found = positions(
      'Ruth Kane backed the measure. And she sponsored the 2016 law, requiring county clinics to tell the health board when a patient is turned away.',
    );
    const s = find(found, 'when a patient is turned away');
    expect(s.mention).toBe('she');
    expect(s.speaker).toBe('Ruth Kane');
  });

  test('the sentence subject after "But", not a name inside a later quotation', () => {
    const found = positions(
      'Ana Ortiz spoke last. But Ortiz leaned on the lectern and invoked the old joke Lincoln told about the mill owner, who cabled, "Dear Sam, Don\'t pay a cent more than the work is worth."',
    );
    const s = find(found, 'the old joke');
    expect(s.speaker).toBe('Ana Ortiz');
    expect(s.kind).toBe('indirect');
  });
});

describe("a verb governing the cue's infinitive ends the subject before it", () => {
  test.each([
    [
      'The plant laid off 300 staff. Ann Reyes tried on Monday to make the case that the cuts were a one-off.',
      'the cuts were a one-off',
    ],
    ['Ann Reyes needs to tell the truth about the deal.', 'the truth about the deal'],
  ])('%s', (text, content) => {
    const s = find(positions(text), content);
    expect(s.speaker).toBe('Ann Reyes');
    expect(s.kind).toBe('indirect');
  });
});

describe('capitalised runs that name no person, for a pronoun to take up', () => {
  test('a day of the calendar ("Memorial Day")', () => {
    const s = find(
      positions('Tom Hale held a barbecue on Memorial Day. He welcomed dozens of neighbours.'),
      'dozens of neighbours',
    );
    expect(s.mention).toBe('He');
    expect(s.speaker).toBe('Tom Hale');
    expect(s.kind).toBe('indirect');
  });

  test('a name goes on after its middle initial ("John F. Kennedy", not "John F")', () => {
    const s = find(
      positions('John F. Kennedy spoke first. He said the plan was sound.'),
      'the plan was sound',
    );
    expect(s.speaker).toBe('John F. Kennedy');
  });

  test('a name cut after its middle initial is none', () => {
    const s = find(
      positions(
        'Rep. Linda M. "Lin" Hale held a barbecue on Memorial Day. She welcomed dozens of neighbours.',
      ),
      'dozens of neighbours',
    );
    expect(s.speaker).not.toBe('Linda M');
    expect(s.speaker).not.toBe('Memorial Day');
  });
});

describe('a question quoted after its opening marks names nobody by its auxiliary', () => {
  test('\'\'Did Lee …?\'\' opens a sentence: "Did Lee" is no name for "Mr. Lee" to take up', () => {
    const found = positions(
      "Mr. Kane did not hold back. As he put it, ''Did Lee pay his contractors on time?'' Mr. Lee has often mentioned the inspection.",
    );
    const s = find(found, 'the inspection');
    expect(s.speaker).toBe('Lee');
    expect(s.kind).toBe('indirect');
  });
});

describe('a pronoun with its contracted auxiliary, a name before a dash', () => {
  test('"She\'s said": the pronoun, taken up like any', () => {
    const s = find(
      positions("Ada Ruiz spoke first. She's said the plan is a mistake."),
      'the plan is a mistake',
    );
    expect(s.mention).toBe('She');
    expect(s.speaker).toBe('Ada Ruiz');
    expect(s.kind).toBe('indirect');
  });

  test('a name set off by a dash apposition; no name in a compound adjective ("Yale-educated")', () => {
    const found = positions(
      'Ada Ruiz — Yale-educated lawyer and late-night radio host — has been called a fraud by fellow attorneys for promoting “miracle” settlements. She’s been investigated for promoting “instant” refunds.',
    );
    expect(find(found, '“miracle” settlements').speaker).toBe('Ada Ruiz');
    const second = find(found, '“instant” refunds');
    expect(second.mention).toBe('She');
    expect(second.speaker).toBe('Ada Ruiz');
  });
});

describe('a verb in the past with its object, a noun before a relative', () => {
  test('"a weekly show that aired …": "show" is a noun, and "The pair filmed a weekly" no speaker', () => {
    expect(positions('The pair filmed a weekly show that aired on Sunday, and was short on facts.')).toEqual(
      [],
    );
  });

  test('a noun phrase with a determiner after a preposition is still a subject', () => {
    const s = find(positions('The head of the agency warned that the dam could fail.'), 'the dam could fail');
    expect(s.speaker).toContain('head of the agency');
  });
});

describe('clauses opening the sentence, titles and pronouns', () => {
  test('a participle opening its own clause is no speaker ("Speaking to …, X responded")', () => {
    const s = find(
      positions(
        "Speaking to farmers in Iowa on Monday, Governor Tom R. Lee Jr. responded to Ms. Ruiz's radio remark that skipping the vote made her ''brave.''",
      ),
      "Ms. Ruiz's radio remark that skipping the vote made her ''brave.''",
    );
    expect(s.speaker).toContain('Tom R. Lee');
    expect(s.kind).toBe('mixed');
  });

  test('a noun homograph before a title modifies it ("state Sen. Ana Price"): no cue "state"', () => {
    const found = positions('"We are not done yet," her cousin, state Sen. Ana Price, told the crowd.');
    expect(found.map((s) => s.cue)).not.toContain('state');
    expect(found.map((s) => s.speaker)).not.toContain('Sen');
  });

  test("a personal pronoun is a whole subject: the words after it are its verb's", () => {
    const s = find(
      positions(
        'Ada Ruiz wrote a memoir. She thanks her first editors for speaking out against censorship because to her, “no book is worth more than a free reader.”',
      ),
      'censorship because to her, “no book is worth more than a free reader.”',
    );
    expect(s.mention).toBe('She');
    expect(s.speaker).toBe('Ada Ruiz');
  });
});

describe('headlines in title case', () => {
  test('a verb form the text writes elsewhere inside a name is that name\'s word ("Denver Post")', () => {
    const found = positions(
      'Denver Post Attack Ad Targets Retired Teacher Who Ran a Bakery.\n\nThe Denver Post ran a feature Saturday.',
    );
    expect(found.map((s) => s.cue)).not.toContain('Post');
  });

  test('a headline verb still reports', () => {
    const s = find(
      positions('Rural Mayors Slam Tom Lee As A ‘Reckless Gambler.’\n\nThey were angry.'),
      'Tom Lee As A ‘Reckless Gambler.’',
    );
    expect(s.cue).toBe('Slam');
  });
});

describe('a capitalised "To" after a cue taking an infinitive, in a headline', () => {
  test('opens the infinitive, not an addressee', () => {
    const s = find(
      positions(
        'Lashing Out At Lee, Ortiz Vows To Scrap Fees Charged By Landlords.\n\nOrtiz spoke on Monday.',
      ),
      'To Scrap Fees Charged By Landlords',
    );
    expect(s.speaker).toBe('Ortiz');
    expect(s.cue).toBe('Vows');
    expect(s.kind).toBe('indirect');
  });
});
