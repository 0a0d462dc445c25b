import { describe, expect, it } from 'vitest';
import { expectExactOffsets, extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe('English statements', () => {
  it('reads “Q,” X said and “Q,” said X (inversion)', () => {
    const text =
      '“We will appeal the ruling,” Sarah Okafor said. “The decision is wrong,” said her lawyer, Tom Reyes.';
    const statements = en(text);
    const first = find(statements, 'We will appeal the ruling');
    expect(first.speaker).toBe('Sarah Okafor');
    expect(first.kind).toBe('direct');
    expect(find(statements, 'The decision is wrong').speaker).toBe('Tom Reyes');
    expectExactOffsets(text, statements);
  });

  it('reads said that, said with no complementizer and told X', () => {
    const statements = en(
      'Governor Ellen Park said that the bridge would reopen in May. Park told reporters the budget was balanced. She said she had no regrets.',
    );
    expect(find(statements, 'the bridge would reopen in May').speaker).toBe('Ellen Park');
    const told = find(statements, 'the budget was balanced');
    expect(told.speaker).toBe('Ellen Park');
    expect(told.addressee).toBe('reporters');
    const she = find(statements, 'she had no regrets');
    expect(she.speaker).toBe('Ellen Park');
    expect(she.mention).toBe('She');
  });

  it('does not read a noun-phrase object as a statement ("confirmed the move")', () => {
    const statements = en(
      'The club confirmed the move on Tuesday. Officials announced a new stadium plan last year.',
    );
    expect(statements).toHaveLength(0);
  });

  it('reads according to X, before and after the content', () => {
    const statements = en(
      'According to the State Department, the embassy will stay open. The talks stalled on Friday, according to two officials.',
    );
    expect(find(statements, 'the embassy will stay open').speaker).toBe('State Department');
    expect(find(statements, 'The talks stalled on Friday').speaker).toBe('officials');
  });

  it('gives the reporting source as via ("…, the Kremlin said")', () => {
    const s = find(
      en(
        'President Ivan Sokolov told his counterpart that the sanctions were unacceptable, the Kremlin said.',
      ),
      'the sanctions were unacceptable',
    );
    expect(s.speaker).toBe('Ivan Sokolov');
    expect(s.via).toBe('Kremlin');
    expect(s.addressee).toBe('counterpart');
  });

  it('joins a split quotation', () => {
    const text = '“The numbers are clear,” the minister, Anna Berg, said, “and we will act on them.”';
    const s = find(en(text), 'The numbers are clear … and we will act on them');
    expect(s.speaker).toBe('Anna Berg');
    expectExactOffsets(text, [s]);
  });

  it('attributes a following unattributed quotation to the same speaker', () => {
    const statements = en('“This is a good day,” said Mayor Luis Ortega. “We waited ten years for it.”');
    expect(find(statements, 'We waited ten years for it').speaker).toBe('Luis Ortega');
  });

  it('reads a subject with an apposition or a relative clause before the cue', () => {
    const statements = en(
      'Maria Lopez, who chairs the committee, said the vote would be delayed. Tom Hale, the party treasurer, said that funds were short.',
    );
    expect(find(statements, 'the vote would be delayed').speaker).toBe('Maria Lopez');
    const s = find(statements, 'funds were short');
    expect(s.speaker).toBe('Tom Hale');
  });

  it('resolves honorific + surname (Mr. Hale) and a role (the minister)', () => {
    const statements = en(
      'Finance Minister Rachel Adeyemi presented the budget. Ms. Adeyemi said it was prudent. The minister added that taxes would not rise.',
    );
    expect(find(statements, 'it was prudent').speaker).toBe('Rachel Adeyemi');
    expect(find(statements, 'taxes would not rise').speaker).toBe('Rachel Adeyemi');
  });

  it('reads a mixed statement and a participial cue that inherits its speaker', () => {
    const statements = en(
      'Dr. Kim Lee argued that the rules were “badly drafted”, adding that she would write to the regulator.',
    );
    const mixed = find(statements, 'the rules were “badly drafted”');
    expect(mixed.kind).toBe('mixed');
    expect(mixed.speaker).toBe('Kim Lee');
    expect(find(statements, 'she would write to the regulator').speaker).toBe('Kim Lee');
  });
});

describe('English typography', () => {
  it("reads plain-text wire quotes written with two apostrophes (''…'')", () => {
    const text = "''The vote is lost,'' said Senator Mark Hill.";
    const s = find(en(text), 'The vote is lost');
    expect(s.speaker).toBe('Mark Hill');
    expectExactOffsets(text, [s]);
  });

  it('pairs mixed curly and straight marks (“…")', () => {
    const s = find(en('“We are ready," quipped coach Ana Ruiz.'), 'We are ready');
    expect(s.speaker).toBe('Ana Ruiz');
  });

  it('keeps possessives and contractions out of names', () => {
    const statements = en('Helen Ward\'s lawyer said the appeal was filed. "It\'s done," said Helen Ward.');
    expect(find(statements, "It's done").speaker).toBe('Helen Ward');
  });
});

describe('English subjects', () => {
  it('reads possessive roles with an apposed name, and an age between commas', () => {
    const statements = en(
      "Russia's foreign minister, Sergei Volkov, told reporters on Friday that the talks had failed. Anna Lind, 52, said the plant would close.",
    );
    const told = find(statements, 'the talks had failed');
    expect(told.speaker).toBe('Sergei Volkov');
    expect(told.addressee).toBe('reporters');
    expect(find(statements, 'the plant would close').speaker).toBe('Anna Lind');
  });

  it('takes the cue after an opening participial clause ("Asked whether …, X said: …")', () => {
    const statements = en('Asked whether he would resign, Paul Hart said: "Absolutely not."');
    expect(statements).toHaveLength(1);
    expect(find(statements, 'Absolutely not').speaker).toBe('Paul Hart');
  });

  it('keeps a parenthetical attribution out of the content ("X, Mr. Obama often says, is …")', () => {
    const s = find(
      en(
        'President Barack Obama spoke in Hawaii. Climate change, Mr. Obama often says, is the greatest long-term threat.',
      ),
      'Climate change … is the greatest long-term threat',
    );
    expect(s.speaker).toBe('Barack Obama');
  });
});

describe('English verbless attributions', () => {
  it('takes any source after according to, up to the comma', () => {
    const statements = en(
      'According to the latest figures from the statistics office, unemployment fell in May. Prices rose, according to a survey published Monday by the bank.',
    );
    expect(find(statements, 'unemployment fell in May').speaker).toBe(
      'latest figures from the statistics office',
    );
    expect(find(statements, 'Prices rose').cue).toBe('according to');
  });

  it('keeps a parenthetical according to out of the content', () => {
    const s = find(
      en('Residents, according to the preliminary findings, are worried about rents.'),
      'Residents … are worried about rents',
    );
    expect(s.kind).toBe('indirect');
  });
});

describe('English non-statements', () => {
  it('skips negated cues and labels', () => {
    const statements = en(
      'Warning: This story contains disturbing details. Jane Roe would not say what she will do next. Tom Fry did not say that he would run.',
    );
    expect(statements).toHaveLength(0);
  });
});
