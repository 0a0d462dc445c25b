/**
 * English: what the article says in its own voice is no reported statement — the writer's beliefs, words put
 * in the reader's mouth, presentational subjects, and a homograph used as a noun after "a". The same verbs
 * still report when someone else holds the view. Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe("English writer's and reader's voice", () => {
  it("drops the writer's first-person belief outside quotation marks", () => {
    const statements = en(
      'Frankly, I believe the league still has a lot of work to do. While I think the rule is fair, I do believe the fines are too low.',
    );
    expect(statements).toEqual([]);
  });

  it('keeps a third-person belief and a first-person belief inside a quotation', () => {
    const statements = en(
      'Coach Dana Ruiz believes the league still has work to do. “I think the rule is fair,” Ruiz said.',
    );
    expect(find(statements, 'the league still has work to do').speaker).toBe('Dana Ruiz');
    expect(find(statements, 'I think the rule is fair').speaker).toBe('Dana Ruiz');
  });

  it('keeps what the writer says, as opposed to believes', () => {
    const statements = en('I told the manager that the parking lot was flooded.');
    expect(statements.map((s) => s.content)).toEqual(['the parking lot was flooded']);
  });

  it('drops what the reader is imagined to say or think', () => {
    const statements = en(
      'When you say you dislike his new car, he may take it badly. Tell him why you think the old one was better.',
    );
    expect(statements).toEqual([]);
  });
});

describe('English presentational subjects', () => {
  it('finds no speaker in "Here\'s a sentence I never thought I\'d write:" or "Here\'s hoping"', () => {
    const statements = en(
      "Here's a sentence I never thought I'd write: the bakery ran out of bread. Here’s hoping the owners open a second shop soon.",
    );
    expect(statements).toEqual([]);
  });

  it('keeps a speaker named after an adverb of place set off by a comma', () => {
    const statements = en('There, the fire chief said the blaze had been contained.');
    expect(find(statements, 'the blaze had been contained').speaker).toBe('fire chief');
  });
});

describe('English homographs after an indefinite article', () => {
  it('reads "a fair question:" as a noun', () => {
    const statements = en(
      "It's a fair question: nobody has measured the noise. It raises an even murkier question: who pays for the repairs?",
    );
    expect(statements).toEqual([]);
  });

  it('keeps the verb after a plural subject', () => {
    const statements = en('A few critics question whether the bridge can carry the extra traffic.');
    expect(find(statements, 'whether the bridge can carry the extra traffic').speaker).toBe('critics');
  });
});

describe('English homographs after a preposition', () => {
  it('reads "pointed to reports that", "amid claims that" as nouns', () => {
    const statements = en(
      'The council pointed to reports that the pier was unsafe. Amid claims that the vote was rigged, the count was delayed.',
    );
    expect(statements).toEqual([]);
  });

  it('keeps the infinitive after "to" a verb', () => {
    const statements = en('The inspector went on to report that the pier was unsafe.');
    expect(statements.map((s) => s.content)).toEqual(['the pier was unsafe']);
  });
});

describe('English inverted subjects that are documents', () => {
  it('reads "…,” said a statement released by X." as the statement speaking', () => {
    const text =
      'The two mayors discussed “the safety of ferry crews and the need to respect the treaty,” said a statement released by the county office.';
    const s = find(
      en(text),
      'The two mayors discussed “the safety of ferry crews and the need to respect the treaty,”',
    );
    expect(s.mention).toBe('a statement released by the county office');
  });

  it('still reads a clause after a participle or a complementizer', () => {
    const statements = en(
      'The shop closed early, adding that the owners were away. Ruiz left, saying the plan failed.',
    );
    expect(statements.map((s) => s.content)).toEqual(['the owners were away', 'the plan failed']);
  });
});

describe('English sentences in brackets', () => {
  it('ends a bracketed sentence at its closing bracket, so the next quotation stands alone', () => {
    const text =
      '(Every beard needs a trim now and then.) “Then just trim it!” suggests barber Robert Mills.';
    const s = find(en(text), 'Then just trim it!');
    expect(s.speaker).toBe('Robert Mills');
    expect(s.kind).toBe('direct');
  });
});

describe('English bare clauses after "said"', () => {
  it('reads a subject holding a possessive before "said there was …"', () => {
    const statements = en('But the club’s defenders said there was nothing unusual going on.');
    const s = find(statements, 'there was nothing unusual going on');
    expect(s.mention).toBe('the club’s defenders');
  });

  it('reads "said this may …" as a clause, "said this week …" as a time', () => {
    const statements = en(
      'Dr. Ana Ruiz said this may push more families to buy bottled water. Lee said this week the pumps failed.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'this may push more families to buy bottled water',
      'the pumps failed',
    ]);
  });
});

describe('English abbreviated titles and sentence ends', () => {
  it('keeps "St." inside a name, so the apposition before the cue stays in its sentence', () => {
    const statements = en(
      'Jon Maguire, a nurse at St. Anne’s Hospital in Halifax, said the clinic would close.',
    );
    expect(find(statements, 'the clinic would close').speaker).toBe('Jon Maguire');
  });

  it('ends a sentence at a title-like abbreviation followed by a determiner', () => {
    const statements = en(
      'The parade went down Main St. The organizers said the route would change next year.',
    );
    expect(statements.map((s) => s.content)).toEqual(['the route would change next year']);
    expect(statements[0]!.mention).toBe('The organizers');
  });
});

describe('English inverted subjects of cues that take an addressee', () => {
  it('reads the name after "asked" next to a quotation as its subject', () => {
    expect(find(en('“Why not a circle?” asked Jane Ditch.'), 'Why not a circle?').speaker).toBe('Jane Ditch');
    expect(find(en('Instead, asks Jane Ditch, “why not a circle?”'), 'why not a circle?').speaker).toBe(
      'Jane Ditch',
    );
  });

  it('keeps the addressee of "told" after a subject and its apposition', () => {
    const s = find(
      en(
        '“The plan is dead,” Ana Ruiz, the council’s longest-serving member and a former teacher, told The Daily Ledger.',
      ),
      'The plan is dead',
    );
    expect(s.speaker).toBe('Ana Ruiz');
    expect(s.addressee).toBe('Daily Ledger');
  });
});

describe('English attributions inside brackets', () => {
  it('attributes what the brackets hold', () => {
    const text =
      'It is like a warm scarf for his face (and yes, winter beards are really popular, says Mills.)';
    expect(find(en(text), 'and yes, winter beards are really popular').speaker).toBe('Mills');
  });
});

describe('English trailing speakers after an owner and an abbreviation', () => {
  it('reads "…,” Acme’s U.K. managing director Jo Lee said."', () => {
    const text = 'The firm is “deeply disappointed by the vote,” Acme’s U.K. managing director Jo Lee said.';
    const s = find(en(text), 'The firm is “deeply disappointed by the vote,”');
    expect(s.speaker).toBe('Jo Lee');
    expect(s.kind).toBe('mixed');
  });
});

describe('English trailing noun-phrase subjects', () => {
  it('takes the whole noun phrase after the comma ("…, the news agency said.")', () => {
    const s = find(
      en('The talks ended without a deal, the news agency said.'),
      'The talks ended without a deal',
    );
    expect(s.mention).toBe('the news agency');
  });

  it('reads no subject in a relative clause that ends on a name ("…, an experience Ortiz described")', () => {
    const statements = en('He worked long nights as a porter, an experience Ortiz described in his book.');
    expect(statements).toEqual([]);
  });
});

describe('English asides of the writer', () => {
  it('"It is worth noting that …" reports nothing', () => {
    const statements = en(
      "It's worth noting that the tunnel opened in 1971. It is worth pointing out that the fare never rose.",
    );
    expect(statements).toEqual([]);
  });

  it('an infinitive opening the sentence is a saying in general, not a report', () => {
    const statements = en(
      "But to say that the harbour is dirty doesn't make it so. Ortiz went on to say that the pier was safe.",
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([['Ortiz', 'the pier was safe']]);
  });
});
