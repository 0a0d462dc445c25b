/**
 * English: where a statement's content ends and what kind it is (direct, indirect, mixed) when quotations,
 * colons, coordinated cues and relative clauses meet. Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expectExactOffsets, extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe('English statement kinds', () => {
  it('keeps a quotation cut short by ", adding that …" direct', () => {
    const text =
      'In a statement, the bakery said: "Our ovens ran all night to meet the orders," adding that two shifts were added.';
    const statements = en(text);
    const quoted = find(statements, 'Our ovens ran all night to meet the orders');
    expect(quoted.kind).toBe('direct');
    expect(find(statements, 'two shifts were added').kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });

  it('reads a colon quotation before a trailing attribution as the statement, not the words before the colon', () => {
    const text =
      'Councillor Mara Venn turned to the clerk: “Nobody on this board saw the invoices,” she said.';
    const s = find(en(text), 'Nobody on this board saw the invoices');
    expect(s.kind).toBe('direct');
    expect(s.mention).toBe('she');
    expectExactOffsets(text, en(text));
  });

  it('ends a quotation after a cue at its closing comma: what follows is the writer’s', () => {
    const text =
      'The guard waves at the crowd and repeatedly shouts, “Keep behind the rope,” until the gates open.';
    const s = find(en(text), 'Keep behind the rope');
    expect(s.kind).toBe('direct');
    expect(s.cue).toBe('shouts');
  });

  it('ends a noun-phrase object with a quoted fragment before "but he …"', () => {
    const text =
      'The mayor is promising cheaper buses and “trains, trains, trains,” but she has also sharpened her attacks on the council.';
    const s = find(en(text), 'cheaper buses and “trains, trains, trains,”');
    expect(s.kind).toBe('mixed');
  });

  it('reads a quotation introduced by a dash before a trailing attribution as direct', () => {
    const s = find(
      en('There is also the family -- "the spouse who cannot go back to work," she said.'),
      'the spouse who cannot go back to work',
    );
    expect(s.kind).toBe('direct');
  });

  it('keeps a quotation before a trailing attribution direct when it ends inside a nested quotation', () => {
    const text =
      '“Every week the papers pin the labels of ‘vandal, loafer,’” Ina Brandt, the director of a youth club, told the weekly.';
    const s = find(en(text), 'Every week the papers pin the labels of ‘vandal, loafer,’');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Ina Brandt');
  });

  it('reads a cue after a quoted adverbial of the reported clause as a word of the content', () => {
    const text =
      'The city attorney said in the letter that the flyer “plainly and wrongly” implies that the staff back the mayor.';
    const statements = en(text);
    const s = find(statements, 'the flyer “plainly and wrongly” implies that the staff back the mayor');
    expect(s.kind).toBe('mixed');
    expect(statements).toHaveLength(1);
  });

  it('does not end a content at a report inside a relative clause opened by "what"', () => {
    const text =
      'Ortiz says she admired the crew’s patience through what she calls a “month of sleepless nights.”';
    const statements = en(text);
    const outer = find(
      statements,
      'she admired the crew’s patience through what she calls a “month of sleepless nights.”',
    );
    expect(outer.kind).toBe('mixed');
    expect(outer.speaker).toBe('Ortiz');
    expectExactOffsets(text, statements);
  });
});

describe('English coordinated cues', () => {
  it('splits "called X “…” and described Y as Z" into two statements of one speaker', () => {
    const text =
      'The governor called the strikers “saboteurs” and described their pickets as threats to the harvest.';
    const statements = en(text);
    expect(find(statements, 'the strikers “saboteurs”').kind).toBe('mixed');
    const described = find(statements, 'their pickets as threats to the harvest');
    expect(described.kind).toBe('indirect');
    expect(described.cue).toBe('described');
    expect(described.mention).toBe('The governor');
  });

  it('ends the first content before "and repeatedly says" with its adverb', () => {
    const text = 'The coach asks the boy to climb down from the roof and repeatedly says, “Hold the ladder.”';
    const statements = en(text);
    expect(find(statements, 'the boy to climb down from the roof').cue).toBe('asks');
    expect(find(statements, 'Hold the ladder').kind).toBe('direct');
    expectExactOffsets(text, statements);
  });

  it('leaves a second verb after a reported clause to that clause', () => {
    // "they … described the deal": the second verb may have the clause's subject.
    const statements = en(
      'The farmers acknowledged they had sold the land too cheaply and described the deal as a mistake.',
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]!.cue).toBe('acknowledged');
  });
});

describe('English announced statements and stray marks', () => {
  it('closes a block quotation whose closing mark was typed as an opening one', () => {
    const text =
      'In March, Okafor made the following comment:\n\n“Half of the teenagers who leave school early find no work for a year.  The rest wait longer.“\n\nThe agency rated it “Half True.”';
    const s = find(
      en(text),
      'Half of the teenagers who leave school early find no work for a year.  The rest wait longer',
    );
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Okafor');
    expect(s.cue).toBe('made the following comment');
  });

  it('closes a quotation whose double mark is set off by a space from a nested single one', () => {
    const text = `"I never liked the word 'outreach,' " she told the club.`;
    const s = find(en(text), "I never liked the word 'outreach,'");
    expect(s.kind).toBe('direct');
    expect(s.cue).toBe('told');
  });

  it('opens a quotation at a paragraph that starts with a closing mark', () => {
    const text =
      'Readers wrote in.\n\n”The ferry has been late all winter. Nobody answers the phone.” ― Dana Ortiz\n\n”Nothing changed.” ― Lee Park';
    const statements = en(text);
    const first = find(statements, 'The ferry has been late all winter. Nobody answers the phone');
    expect(first.kind).toBe('direct');
    expect(first.speaker).toBe('Dana Ortiz');
    expect(find(statements, 'Nothing changed').speaker).toBe('Lee Park');
  });

  it('reads a cue form after "of" as the noun of the speaker phrase', () => {
    const s = find(en('The head of state said the treaty was signed.'), 'the treaty was signed');
    expect(s.mention).toBe('The head of state');
  });

  it('reads a cue form after a determiner and a modifier as a noun', () => {
    const statements = en('The official report said that the dam was safe.');
    expect(statements.map((s) => s.cue)).toEqual(['said']);
  });
});

describe('English parenthetical attributions', () => {
  it('reads a that-clause after an adverbial set off by commas', () => {
    const s = find(
      en('The mayor said, in a rare interview on Sunday, that the budget could not be balanced.'),
      'the budget could not be balanced',
    );
    expect(s.speaker).toBe('mayor');
    expect(s.cue).toBe('said');
  });

  it('takes a gerund clause after ", he said," as the rest of the content', () => {
    const text = 'Though the first merger was smooth, he said, merging the two clubs would be much harder.';
    const s = find(
      en(text),
      'Though the first merger was smooth … merging the two clubs would be much harder',
    );
    expect(s.kind).toBe('indirect');
    expectExactOffsets(text, en(text));
  });

  it('takes a prepositional clause opened by a question word after ", he said," as content', () => {
    const text = 'The mill has a new plan, he said, for how the river can be cleaned within five years.';
    const s = find(en(text), 'The mill has a new plan … for how the river can be cleaned within five years');
    expect(s.kind).toBe('indirect');
  });

  it('joins a second quotation after ", but" to a split quotation', () => {
    const text = '"I admire the coach," she said, but "the club needs a new defence before spring."';
    const s = find(en(text), 'I admire the coach … the club needs a new defence before spring');
    expect(s.kind).toBe('direct');
    expectExactOffsets(text, en(text));
  });

  it('leaves a relative clause after an inverted speaker to the speaker', () => {
    const statements = en('The town ignored the warnings, said Lee, whose shop flooded twice.');
    expect(find(statements, 'The town ignored the warnings').speaker).toBe('Lee');
  });

  it('goes on with "that" after a parenthetical attribution in a cleft', () => {
    const s = find(
      en('It is on her watch, he said, that the port has lost its trade.'),
      'It is on her watch … that the port has lost its trade',
    );
    expect(s.cue).toBe('said');
  });

  it('leaves a participle after ", she said," to the attribution', () => {
    const s = find(en('The vote was fair, she said, smiling at the crowd.'), 'The vote was fair');
    expect(s.cue).toBe('said');
  });

  it('reads an admiral as a role before a name', () => {
    const s = find(
      en('The port “needs a new breakwater before winter,” former admiral Ruth Keel said.'),
      'The port “needs a new breakwater before winter,”',
    );
    expect(s.speaker).toBe('Ruth Keel');
    expect(s.kind).toBe('mixed');
  });
});

describe('English verdict verbs', () => {
  it('reads praise and blame with a quoted fragment in the object as a mixed statement', () => {
    const statements = en(
      'The governor lauded the brewer for bringing "fresh and daring ideas" to the valley.',
    );
    const s = find(statements, 'the brewer for bringing "fresh and daring ideas" to the valley');
    expect(s.kind).toBe('mixed');
    expect(s.cue).toBe('lauded');
  });

  it('reads a fronted setting as no content of a verdict with a day and a quotation after it', () => {
    const statements = en(
      'In a written statement, Mayor Ann Cole condemned Friday’s vote as "reckless and premature."',
    );
    const s = find(statements, 'Friday’s vote as "reckless and premature."');
    expect(s.kind).toBe('mixed');
    expect(statements.some((x) => x.content.startsWith('In a written'))).toBe(false);
  });

  it('reads a quotation right after "attacked" as what was said', () => {
    const s = find(
      en('In a speech in May, Lee attacked “the cruel logic of the cartels and their grip on our towns.”'),
      'the cruel logic of the cartels and their grip on our towns',
    );
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('Lee');
  });

  it('reads no statement in a verdict verb with a plain object', () => {
    expect(en('The union slammed the door and blasted the music all night.')).toHaveLength(0);
  });

  it('keeps a trailing attribution whose setting is followed by a short participle phrase', () => {
    const s = find(
      en('The ruling is "a gift to polluters," Smith said in a statement released by her office.'),
      'The ruling is "a gift to polluters,"',
    );
    expect(s.speaker).toBe('Smith');
  });

  it('keeps a trailing attribution followed by "before" and a gerund', () => {
    const text =
      'The ruling was “a victory for every tenant,” Ms. Obi told the council before attacking the landlord’s offer to settle.';
    const s = find(en(text), 'The ruling was “a victory for every tenant,”');
    expect(s.speaker).toBe('Obi');
    expect(s.kind).toBe('mixed');
  });
});

describe('English streets and numbers', () => {
  it('does not take a street before a role as the speaker it stands for', () => {
    const statements = en(
      'The flood closed a bakery on Harbour St. The mayor said the street would reopen on Monday. A grocer on Elm Ave. said he had lost a week of sales.',
    );
    expect(find(statements, 'the street would reopen on Monday').speaker).not.toMatch(/Harbour/);
    expect(find(statements, 'he had lost a week of sales').speaker).not.toMatch(/Elm/);
  });

  it('keeps an amount in an object content', () => {
    const s = find(
      en('The filings show the firm took a $916 million loss that it used to cut its taxes.'),
      'the firm took a $916 million loss that it used to cut its taxes',
    );
    expect(s.cue).toBe('show');
  });

  it('keeps the adverb that qualifies a number in the content', () => {
    const statements = en(
      'Organizers said approximately 1,300 people attended the vigil. Officials said nearly 40 homes were damaged.',
    );
    expect(find(statements, 'approximately 1,300 people attended the vigil').speaker).toBe('Organizers');
    expect(find(statements, 'nearly 40 homes were damaged').kind).toBe('indirect');
  });
});

describe('English addressees', () => {
  it('reads "her" before "that" or a comma as the addressee, not the content', () => {
    const statements = en('He told her that the storm would pass. Later he told her, "I will stay."');
    expect(find(statements, 'the storm would pass').cue).toBe('told');
    expect(find(statements, 'I will stay').kind).toBe('direct');
  });

  it('leaves a complement of place after the addressee of "told" out of the content', () => {
    const s = find(
      en('Lee told a crowd in Dover that the wages were "rigged against you."'),
      'the wages were "rigged against you."',
    );
    expect(s.addressee).toBe('crowd in Dover');
  });
});

describe('English inverted subjects', () => {
  it('reads a plain noun phrase after "asked" that closes the sentence as the speaker of the quotation', () => {
    const s = find(en('"Why now?" asked one neighbour.'), 'Why now?');
    expect(s.mention).toBe('one neighbour');
  });
});

describe('English participles after a comma', () => {
  it('leaves a participle set off after the subject to that subject’s own cue', () => {
    const statements = en('Lee, asked about the levy, said: "It is dead. We will not vote for it."');
    expect(statements).toHaveLength(1);
    expect(find(statements, 'It is dead. We will not vote for it').cue).toBe('said');
  });

  it('reads the pronoun after "saying" as the subject of the content, not an inverted speaker', () => {
    const statements = en(
      'Meanwhile, the paper attacked Lee, saying he “has insulted nurses and farmers alike.”',
    );
    const s = find(statements, 'he “has insulted nurses and farmers alike.”');
    expect(s.cue).toBe('saying');
    expect(s.kind).toBe('mixed');
    expect(statements.some((x) => x.content.startsWith('Meanwhile'))).toBe(false);
  });

  it('reads "arguing that X “…”" as a content opened by its complementizer', () => {
    const s = find(
      en('The manager said as much on Thursday, arguing that Lee “lashed out at the coaches.”'),
      'Lee “lashed out at the coaches.”',
    );
    expect(s.cue).toBe('arguing');
    expect(s.mention).toBe('The manager');
  });
});

describe('English plain noun subjects', () => {
  it('reads a noun in -ly as a noun, not an adverb', () => {
    const s = find(en('The family said the footage should be released.'), 'the footage should be released');
    expect(s.mention).toBe('The family');
  });

  it('reads a demand made to someone after a plain noun phrase', () => {
    const s = find(
      en('The teacher urged parents to keep their children home on Friday.'),
      'parents to keep their children home on Friday',
    );
    expect(s.mention).toBe('The teacher');
    expect(s.cue).toBe('urged');
  });
});

describe('English "according to" sources', () => {
  it('reads a long source with hyphenated words opening the sentence before its comma', () => {
    const text =
      'According to a 12-count complaint filed by the state attorney general and a two-page letter from the mayor, the builders hid the cracks for years.';
    const s = find(en(text), 'the builders hid the cracks for years');
    expect(s.cue).toBe('According to');
    expect(s.mention).toMatch(/^a 12-count complaint/);
  });
});

describe('English reports inside relative clauses', () => {
  it('reads the rest of a relative clause after "which he said"', () => {
    const statements = en(
      'He attacked rivals for taking the gifts, which he said were tied to favors and leverage.',
    );
    const s = find(statements, 'were tied to favors and leverage');
    expect(s.cue).toBe('said');
    expect(s.mention).toBe('he');
  });

  it('keeps a quoted rest of the relative clause as a mixed statement', () => {
    const s = find(
      en(
        'The city will match the grant, which the ministry said in a report would “more than double its reach.”',
      ),
      'would “more than double its reach.”',
    );
    expect(s.kind).toBe('mixed');
  });
});

describe('English subordinate clauses after a cue', () => {
  it('reads a subordinate clause and its main clause after "said"', () => {
    const statements = en(
      'Lawyer Ann Carey said while many families have found work, this was often not the case for the newest arrivals.',
    );
    const s = find(
      statements,
      'while many families have found work, this was often not the case for the newest arrivals',
    );
    expect(s.speaker).toBe('Ann Carey');
  });

  it('leaves a fronted subordinate clause out of the speaker', () => {
    const s = find(en('While the vote was close, Smith said the result was fair.'), 'the result was fair');
    expect(s.speaker).toBe('Smith');
  });
});

describe('English trailing sources', () => {
  it('reads a cue form used as a noun modifier inside the source', () => {
    const s = find(
      en('The minister left for Oslo, the state news agency said.'),
      'The minister left for Oslo',
    );
    expect(s.mention).toBe('the state news agency');
  });

  it('reads a plural group noun with its complement as the source', () => {
    const s = find(
      en('The couple watched the footage on Thursday, attorneys for the family said.'),
      'The couple watched the footage on Thursday',
    );
    expect(s.mention).toBe('attorneys for the family');
  });

  it('reads a source owned by a name', () => {
    const s = find(
      en('The minister left for Oslo by train, Norway’s state-run news agency said.'),
      'The minister left for Oslo by train',
    );
    expect(s.mention).toBe('Norway’s state-run news agency');
  });
});

describe('English sentences after a quotation', () => {
  it('starts a new sentence at an attribution that introduces the next quotation', () => {
    const statements = en(
      'She said he stands for “the same old system he says he will change.” She adds, “Who loses a fortune in one year?”',
    );
    const s = find(statements, 'Who loses a fortune in one year?');
    expect(s.cue).toBe('adds');
    expect(s.kind).toBe('direct');
  });

  it('starts a new sentence at a quoted sentence after an abbreviation', () => {
    const statements = en(
      'Her phone is on display in Washington, D.C. “I love doing this work,” Greene said. He toured the U.S. “Main Street” exhibit, aides said.',
    );
    expect(find(statements, 'I love doing this work').kind).toBe('direct');
    expect(find(statements, 'He toured the U.S. “Main Street” exhibit').kind).toBe('mixed');
  });

  it('keeps a split quotation whose second part opens in lower case', () => {
    const s = find(en('“We will win.” Smith said, “and soon.”'), 'We will win … and soon');
    expect(s.speaker).toBe('Smith');
  });
});

describe('English chants, brands and written words', () => {
  it('reads a chant and ends it at its question mark', () => {
    const s = find(
      en('Marchers crossing the bridge chanted "Whose streets?" and kept walking.'),
      'Whose streets?',
    );
    expect(s.kind).toBe('direct');
    expect(s.cue).toBe('chanted');
  });

  it('reads "branded X a “…”" as a mixed statement', () => {
    const s = find(
      en('The council branded the landlord a "menace to the whole street."'),
      'the landlord a "menace to the whole street."',
    );
    expect(s.kind).toBe('mixed');
  });

  it('reads what a letter or a sign reads, and not a reader', () => {
    const statements = en('“The park will close at dusk,” the notice read. He read the notice twice.');
    expect(statements).toHaveLength(1);
    expect(find(statements, 'The park will close at dusk').mention).toBe('the notice');
  });
});
