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
      'But while the debate will be his first, Ortiz has long sparred with Diaz, debated Kerr four times in 2012 and faced Moss twice.',
    );
    const s = find(found, 'Kerr four times in 2012 and faced Moss twice');
    expect(s.speaker).toBe('Ortiz');
    expect(s.kind).toBe('indirect');
  });

  test('"And" before the pronoun of the main clause', () => {
    const found = positions(
      'Ruth Kane backed the bill. And she sponsored the 2014 act, requiring state and local police to tell the federal government when someone dies in custody.',
    );
    const s = find(found, 'when someone dies in custody');
    expect(s.mention).toBe('she');
    expect(s.speaker).toBe('Ruth Kane');
  });

  test('the sentence subject after "But", not a name inside a later quotation', () => {
    const found = positions(
      'Ana Ortiz spoke last. But Ortiz smiled behind her thick glasses and invoked the old story Kennedy told about his father, who wired, "Dear Jack, Don\'t buy a single vote more than is necessary."',
    );
    const s = find(found, 'the old story');
    expect(s.speaker).toBe('Ana Ortiz');
    expect(s.kind).toBe('indirect');
  });
});

describe("a verb governing the cue's infinitive ends the subject before it", () => {
  test.each([
    [
      'The bank fired 5,000 workers. Ann Reyes tried on Tuesday to make the case that this was a few bad apples.',
      'this was a few bad apples',
    ],
    ['Ann Reyes needs to tell the truth about the deal.', 'the truth about the deal'],
  ])('%s', (text, content) => {
    const s = find(positions(text), content);
    expect(s.speaker).toBe('Ann Reyes');
    expect(s.kind).toBe('indirect');
  });
});

describe('capitalised runs that name no person, for a pronoun to take up', () => {
  test('a day of the calendar ("Labor Day")', () => {
    const s = find(
      positions('Tom Hale threw a picnic on Labor Day. He welcomed several hundred guests.'),
      'several hundred guests',
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
        'Rep. Robert C. "Bobby" Hale threw a picnic on Labor Day. He welcomed several hundred guests.',
      ),
      'several hundred guests',
    );
    expect(s.speaker).not.toBe('Robert C');
    expect(s.speaker).not.toBe('Labor Day');
  });
});

describe('a question quoted after its opening marks names nobody by its auxiliary', () => {
  test('\'\'Did Lee …?\'\' opens a sentence: "Did Lee" is no name for "Mr. Lee" to take up', () => {
    const found = positions(
      "Mr. Kane did not hold back. As he put it, ''Did Lee lower his taxes through legal avoidance?'' Mr. Lee has repeatedly cited the audit.",
    );
    const s = find(found, 'the audit');
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

  test('a name set off by a dash apposition; no name in a compound adjective ("League-trained")', () => {
    const found = positions(
      'Ada Ruiz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan by fellow physicians for promoting “quack” cures. She’s been investigated for promoting “magic” pills.',
    );
    expect(find(found, '“quack” cures').speaker).toBe('Ada Ruiz');
    const second = find(found, '“magic” pills');
    expect(second.mention).toBe('She');
    expect(second.speaker).toBe('Ada Ruiz');
  });
});

describe('a verb in the past with its object, a noun before a relative', () => {
  test('"an hourlong show that aired …": "show" is a noun, and "The two taped an hourlong" no speaker', () => {
    expect(
      positions('The two taped an hourlong show that aired on Thursday, and was light on details.'),
    ).toEqual([]);
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
        "Speaking to students in Ohio this week, Vice President Tom R. Lee Jr. responded to Ms. Ruiz's debate remark that paying no taxes made her ''smart.''",
      ),
      "Ms. Ruiz's debate remark that paying no taxes made her ''smart.''",
    );
    expect(s.speaker).toContain('Tom R. Lee');
    expect(s.kind).toBe('mixed');
  });

  test('a noun homograph before a title modifies it ("state Del. Ana Price"): no cue "state"', () => {
    const found = positions('"We will win," his niece, state Del. Ana Price, shouted to the crowd.');
    expect(found.map((s) => s.cue)).not.toContain('state');
    expect(found.map((s) => s.speaker)).not.toContain('Del');
  });

  test("a personal pronoun is a whole subject: the words after it are its verb's", () => {
    const s = find(
      positions(
        'Ada Ruiz made a film. She gives credit to young storytellers for speaking out against injustice because to her, “nothing matters more than telling the story.”',
      ),
      'injustice because to her, “nothing matters more than telling the story.”',
    );
    expect(s.mention).toBe('She');
    expect(s.speaker).toBe('Ada Ruiz');
  });
});

describe('headlines in title case', () => {
  test('a verb form the text writes elsewhere inside a name is that name\'s word ("Boston Post")', () => {
    const found = positions(
      'Boston Post Hit Piece Exploits Local Candidate Who Was in a Hospital.\n\nThe Boston Post ran a feature Saturday.',
    );
    expect(found.map((s) => s.cue)).not.toContain('Post');
  });

  test('a headline verb still reports', () => {
    const s = find(
      positions('Black Lawmakers Slam Tom Lee As A ‘Disgusting Fraud.’\n\nThey were angry.'),
      'Tom Lee As A ‘Disgusting Fraud.’',
    );
    expect(s.cue).toBe('Slam');
  });
});

describe('a capitalised "To" after a cue taking an infinitive, in a headline', () => {
  test('opens the infinitive, not an addressee', () => {
    const s = find(
      positions(
        'Railing Against Lee, Ortiz Vows To Cut Tax Breaks Used By Developers.\n\nOrtiz spoke on Monday.',
      ),
      'To Cut Tax Breaks Used By Developers',
    );
    expect(s.speaker).toBe('Ortiz');
    expect(s.cue).toBe('Vows');
    expect(s.kind).toBe('indirect');
  });
});
