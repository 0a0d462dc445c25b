/**
 * English reporting style beyond "X said (that) …": parenthetical "as X put it", demands and promises with an
 * infinitive or an object, naming with a quoted label, transcript and headline labels, signed quotations.
 * Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expectExactOffsets, extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe('English parenthetical "as X said"', () => {
  it('attributes the rest of the sentence after a fronted "As X observed,"', () => {
    const text = 'As Ms. Harlow observed, the ferry schedule has never matched the school day.';
    const s = find(en(text), 'the ferry schedule has never matched the school day');
    expect(s.speaker).toBe('Harlow');
    expectExactOffsets(text, en(text));
  });

  it('attributes what comes before ", as X put it."', () => {
    const s = find(
      en('The main hurdle is the cost of insurance, as one shop owner put it.'),
      'The main hurdle is the cost of insurance',
    );
    expect(s.kind).toBe('indirect');
  });
});

describe('English parenthetical "as X said" inside the clause', () => {
  it('attributes both sides of ", as X noted, …"', () => {
    const text = 'Ferries, as the port director pointed out, rarely run late in summer.';
    const s = find(en(text), 'Ferries … rarely run late in summer');
    expect(s.speaker).toBe('port director');
    expectExactOffsets(text, en(text));
  });

  it('is no parenthetical when "as" opens a phrase of its own before the speaker', () => {
    const statements = en(
      'Though the plan helps the mills, as proof of its reach, analysts say the gains would be small.',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([['analysts', 'the gains would be small']]);
  });

  it('leaves out what follows a conjunction after it', () => {
    expect(
      en('Prices rose, as analysts expected, and the bank held its rate.').map((s) => s.content),
    ).toEqual(['Prices rose']);
  });
});

describe('English demands and promises', () => {
  it('takes the object of "called for" and the object with its infinitive after "called on"', () => {
    const text =
      'Councillor Dana Whitfield called for an independent review of the contract. She called on the mayor to release the tender documents.';
    const statements = en(text);
    expect(find(statements, 'an independent review of the contract').speaker).toBe('Dana Whitfield');
    const onMayor = find(statements, 'the mayor to release the tender documents');
    expect(onMayor.speaker).toBe('Dana Whitfield');
    expect(onMayor.kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });

  it('takes the infinitive after vowed and urged X', () => {
    const statements = en(
      'The union leader vowed to keep the picket lines up through the winter. Organizers urged members to stay home on Friday.',
    );
    expect(find(statements, 'to keep the picket lines up through the winter').cue).toBe('vowed');
    expect(find(statements, 'members to stay home on Friday').cue).toBe('urged');
  });

  it('reads "called X “a label”" only with a quoted label', () => {
    const statements = en(
      'The senator called the budget “a fantasy” on Tuesday. She called her office on Tuesday morning.',
    );
    expect(find(statements, 'the budget “a fantasy” on Tuesday').kind).toBe('mixed');
    expect(statements).toHaveLength(1);
  });

  it('does not read a noun "demand for" as a cue', () => {
    expect(en('The demand for housing rose sharply in the spring.')).toHaveLength(0);
  });

  it('reads a cue form after a possessive as a noun unless "that" follows', () => {
    const statements = en(
      'Editor’s note: The council meets every Tuesday in the old library. The mayor’s claim that the library will close is wrong.',
    );
    expect(statements.map((s) => s.cue)).toEqual(['claim']);
    expect(statements[0]!.content.startsWith('the library will close')).toBe(true);
  });
});

describe('English labels and signatures', () => {
  it('attributes a transcript paragraph to the speaker label that opens it', () => {
    const text =
      'Host Ann Brody asked Senator Paul Kerrigan about the bill.\n\nBRODY: Will you vote for it? Many of your colleagues will not.\n\nKERRIGAN: Well, look, the bill is not perfect. But I will vote for it.';
    const statements = en(text);
    const answer = find(statements, 'Well, look, the bill is not perfect. But I will vote for it');
    expect(answer.mention).toBe('KERRIGAN');
    expect(answer.cue).toBe(':');
    expect(find(statements, 'Will you vote for it? Many of your colleagues will not').mention).toBe('BRODY');
    expectExactOffsets(text, statements);
  });

  it('reads a headline label "Name: claim"', () => {
    const s = find(
      en('Kerrigan: Bridge Tolls Will Not Rise\n\nSenator Paul Kerrigan spoke on Monday.'),
      'Bridge Tolls Will Not Rise',
    );
    expect(s.speaker).toBe('Paul Kerrigan');
  });

  it('skips section labels that name no one in the text', () => {
    const statements = en(
      'READ MORE: Storm knocks out power across the valley\n\nWatch: The river rose two metres overnight.\n\nCrews worked through the night.',
    );
    expect(statements).toHaveLength(0);
  });

  it('attributes a quotation signed with a dash', () => {
    const text =
      '“The new bus routes finally reach our street.” ― Maria Lopes\n“I still drive to work.” ― Tom Reilly\n\nPhoto: city archive.';
    const statements = en(text);
    expect(find(statements, 'The new bus routes finally reach our street').speaker).toBe('Maria Lopes');
    expect(find(statements, 'I still drive to work').speaker).toBe('Tom Reilly');
    expectExactOffsets(text, statements);
  });
});

describe('English findings, sources and passives', () => {
  it('reads "the survey found that …" but not "found the keys"', () => {
    const statements = en(
      'A survey by the tenants association found that most renters pay more than half their income. Police found the keys near the river.',
    );
    expect(find(statements, 'most renters pay more than half their income').cue).toBe('found');
    expect(statements).toHaveLength(1);
  });

  it('takes a lower-case source after "according to"', () => {
    const s = find(
      en('According to exit polls, turnout was highest among young voters.'),
      'turnout was highest among young voters',
    );
    expect(s.speaker).toBe('exit polls');
  });

  it('reads a place set off by commas before "that"', () => {
    const s = find(
      en('Governor Ruth Alvarez said at a rally in Dayton, Ohio, that the plant would stay open.'),
      'the plant would stay open',
    );
    expect(s.speaker).toBe('Ruth Alvarez');
  });

  it('skips passive cues but keeps progressive ones', () => {
    const statements = en(
      'The minister is expected to resign on Monday. Mr. Vance was asked whether he would run. Ms. Ortiz is saying the vote was rigged.',
    );
    expect(statements.map((s) => s.content)).toEqual(['the vote was rigged']);
  });
});

describe('English boundaries', () => {
  it('keeps a quoted fragment after a parenthetical "X, he said, …"', () => {
    const s = find(
      en(
        'Harbour officials met on Monday. The new pier, Mr. Dunn said, would be ready by the “first big storm.”',
      ),
      'The new pier … would be ready by the “first big storm.”',
    );
    expect(s.kind).toBe('mixed');
  });

  it('ends a reported clause at a semicolon', () => {
    const s = find(
      en('Mayor Lena Ortiz said the budget was balanced; the council will vote in June.'),
      'the budget was balanced',
    );
    expect(s.speaker).toBe('Lena Ortiz');
  });

  it('does not read a pronoun with a contraction as an inverted subject ("said he’d …")', () => {
    const text = 'Ortiz, a former judge, said he’d never seen such a ruling.';
    expect(find(en(text), 'he’d never seen such a ruling').cue).toBe('said');
  });

  it('reads a noun homograph of a cue as a noun ("different questions for")', () => {
    const statements = en(
      'Senator Dale Pike insisted he had different questions for the witness than last year.',
    );
    expect(find(statements, 'he had different questions for the witness than last year').speaker).toBe(
      'Dale Pike',
    );
    expect(statements).toHaveLength(1);
  });
});

describe('English criticism with an object', () => {
  it('takes the object of condemned and accused', () => {
    const statements = en(
      'Mayor Ines Duarte condemned the attack on the clinic. She accused the landlord of ignoring repeated warnings.',
    );
    expect(find(statements, 'the attack on the clinic').cue).toBe('condemned');
    expect(find(statements, 'the landlord of ignoring repeated warnings').speaker).toBe('Ines Duarte');
  });
});

describe('English block quotations and headlines', () => {
  it('takes the block quotation that opens the paragraph after "X said in its report:"', () => {
    const text =
      'The city council said in its report:\n\n“We will not raise taxes this year. The budget is balanced.”\n\nThe mayor agreed.';
    const s = find(en(text), 'We will not raise taxes this year. The budget is balanced');
    expect(s.kind).toBe('direct');
    expect(s.speaker).toBe('City council');
    expectExactOffsets(text, en(text));
  });

  it('reads a capitalised cue in a title-case headline, not in a name', () => {
    const statements = en(
      'Ferry Fares Will Rise in May, Transport Minister Says\n\nThe Question Period Said Nothing New\n\nMinister Ada Kerr spoke on Monday.',
    );
    expect(find(statements, 'Ferry Fares Will Rise in May').cue).toBe('Says');
    expect(statements).toHaveLength(1);
  });

  it('keeps an apposition after an inverted subject out of the content', () => {
    const s = find(
      en('The first ferry could sail in May, said Ada Kerr, a former captain who now runs the line.'),
      'The first ferry could sail in May',
    );
    expect(s.speaker).toBe('Ada Kerr');
  });
});

describe('English plain noun-phrase speakers', () => {
  it('takes the plain noun phrase before a cue as its speaker when no name or role is there', () => {
    const statements = en(
      'Several longtime ferry captains have complained that the new schedule is unsafe. Environmentalists worry that the dredging will harm the bay.',
    );
    expect(find(statements, 'the new schedule is unsafe').speaker).toBe('Several longtime ferry captains');
    expect(find(statements, 'the dredging will harm the bay').speaker).toBe('Environmentalists');
  });
});

describe('English reported questions', () => {
  it('keeps the question word in the content ("asked whether …", "questioned why …")', () => {
    const statements = en(
      'The union asked whether the deal was final. Councillor Ray Dunn questioned why the depot would close.',
    );
    expect(find(statements, 'whether the deal was final').cue).toBe('asked');
    expect(find(statements, 'why the depot would close').speaker).toBe('Ray Dunn');
  });
});

describe('English quotations after a prepositional phrase, orders and repeated cues', () => {
  it('takes the quotation after "says of X,"', () => {
    const s = find(
      en('The retired judge says of the reform, “It will not survive its first appeal.”'),
      'It will not survive its first appeal',
    );
    expect(s.kind).toBe('direct');
  });

  it('takes the object and its infinitive after "told X to"', () => {
    const statements = en(
      'The coach told his players at practice to “keep the ball low.” She told reporters on Monday he wants to run again.',
    );
    expect(find(statements, 'his players at practice to “keep the ball low.”').kind).toBe('mixed');
    expect(find(statements, 'he wants to run again').cue).toBe('told');
  });

  it('keeps a split quotation when a second cue repeats it ("said, adding later, “Q2”")', () => {
    const s = find(
      en(
        '“We cannot afford this anymore,” Mayor Ruth Dale said, adding later, “The pool will close in May.”',
      ),
      'We cannot afford this anymore … The pool will close in May',
    );
    expect(s.speaker).toBe('Ruth Dale');
  });
});

describe('English characterisations', () => {
  it('takes an object with its "as" predicate after described, cited or portrayed', () => {
    const statements = en(
      'Residents described the new tower as an eyesore. The mayor cited the waiting lists as proof of the need. The council portrayed the vote as a formality.',
    );
    expect(find(statements, 'the new tower as an eyesore').speaker).toBe('Residents');
    expect(find(statements, 'the waiting lists as proof of the need').cue).toBe('cited');
    expect(find(statements, 'the vote as a formality').cue).toBe('portrayed');
  });

  it('reads no statement from "cited" without an "as" predicate', () => {
    expect(en('The mayor cited the waiting lists in her speech.')).toHaveLength(0);
  });

  it('reads "called X a Y" as a characterisation, not "called a meeting" or "called in"', () => {
    const statements = en(
      'The senator called the budget vote a mistake. She called a meeting of the board. He called in to a radio show.',
    );
    expect(statements.map((s) => s.content)).toEqual(['the budget vote a mistake']);
  });
});

describe('English quoted transcripts', () => {
  it('attributes each paragraph of a quoted transcript to its label', () => {
    const text =
      'Senator Paul Kerrigan spoke to host Ann Brody.\n\n“BRODY: Will you vote for it? Many will not.\n\n“KERRIGAN: Well, look, the bill is not perfect. But I will vote for it.”\n\nThe vote is Monday.';
    const statements = en(text);
    expect(find(statements, 'Will you vote for it? Many will not').mention).toBe('BRODY');
    const answer = find(statements, 'Well, look, the bill is not perfect. But I will vote for it');
    expect(answer.mention).toBe('KERRIGAN');
    expect(answer.kind).toBe('direct');
    expectExactOffsets(text, statements);
  });

  it('also attributes the paragraphs of an interviewer named nowhere else', () => {
    const text =
      'Senator Paul Kerrigan was asked about the bill on Sunday.\n\n“HOST: Will you vote for it?\n\n' +
      '“KERRIGAN: Well, look, the bill is not perfect. But I will vote for it.\n\n' +
      '“HOST: And your party, will it follow you?”';
    const statements = en(text);
    expect(find(statements, 'Will you vote for it?').mention).toBe('HOST');
    expect(find(statements, 'And your party, will it follow you?').mention).toBe('HOST');
  });

  it('leaves capitals-only section labels alone when no label names anyone in the text', () => {
    const text =
      'Markets fell on Monday.\n\n“ENERGY: Crude oil lost 40 cents a barrel in New York.\n\n' +
      '“CURRENCIES: The dollar rose against the yen and the euro.”';
    expect(en(text)).toEqual([]);
  });
});

describe('English findings of polls, studies and documents', () => {
  it('takes the object of "show"/"found" after an evidence subject, not after a person or a picture', () => {
    const statements = en(
      'The latest county poll shows the incumbent with a narrow lead. The yearly audit found gaps in three annual accounts. The mayor showed visitors the new pier. A photo showed the crew on deck.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'the incumbent with a narrow lead',
      'gaps in three annual accounts',
    ]);
  });

  it('finds the evidence noun before a short prepositional complement', () => {
    const statements = en('A new analysis of county filings shows donations up by half.');
    expect(statements.map((s) => s.content)).toEqual(['donations up by half']);
  });

  it('reads "agreed to" with its infinitive as the content', () => {
    const s = find(
      en('The port authority agreed to delay the new tariffs until spring.'),
      'to delay the new tariffs until spring',
    );
    expect(s.speaker).toBe('Port authority');
  });
});

describe('English clause and addressee boundaries', () => {
  it('reads a bare clause opening with "neither … nor" after says', () => {
    const s = find(
      en('A spokeswoman for the council says neither the mayor nor her deputy signed the permit.'),
      'neither the mayor nor her deputy signed the permit',
    );
    expect(s.kind).toBe('indirect');
  });

  it('lets the addressee of "told" run on to a later "that", but not over a new noun phrase', () => {
    const statements = en(
      'The senator told radio host Ann Brody that the bill was dead. She told him the plan that failed was hers.',
    );
    expect(find(statements, 'the bill was dead').speaker).toBe('senator');
    find(statements, 'the plan that failed was hers');
  });
});

describe('English trailing attribution after a title', () => {
  it('reads the content before ", Sen. X (party) said"', () => {
    const text = 'The bill could still pass this year, Sen. Jane Ortiz (D-N.M.) said.';
    const s = find(en(text), 'The bill could still pass this year');
    expect(s.speaker).toBe('Jane Ortiz');
    expectExactOffsets(text, en(text));
  });
});

describe('Fragmentary indirect contents', () => {
  it('drops a few words cut short on a function word', () => {
    const statements = en('Lee said there are, he argued, too many rules. Kim said he had no choice.');
    expect(statements.map((s) => s.content)).toEqual(['he had no choice']);
  });

  it('drops a one-word object left over by a cue, keeping the quoted label beside it', () => {
    const statements = en('The mayor condemned what she called a “reckless stunt” by the council.');
    expect(statements.map((s) => s.content)).toEqual(['a “reckless stunt” by the council']);
  });
});

describe('English cue words inside a reported clause', () => {
  it('keeps a subjectless cue word inside the content as part of it', () => {
    const text =
      'The mayor said that it was too early to tell whether the blast was an accident. Lee said he was not worried about the vote because the court would act.';
    const statements = en(text);
    expect(statements.map((s) => s.content)).toEqual([
      'it was too early to tell whether the blast was an accident',
      'he was not worried about the vote because the court would act',
    ]);
    expectExactOffsets(text, statements);
  });

  it('still reads a participle after a comma as a report of its own', () => {
    const statements = en('Lee said the budget was balanced, adding that taxes would not rise.');
    expect(find(statements, 'taxes would not rise').speaker).toBe('Lee');
    find(statements, 'the budget was balanced');
  });
});

describe('English coordinated cues', () => {
  it('ends the first content before the conjunction joining a second cue', () => {
    const statements = en('Lee said the budget was balanced and added that taxes would not rise.');
    expect(statements.map((s) => s.content)).toEqual(['the budget was balanced', 'taxes would not rise']);
  });

  it('gives a cue after "and" the subject of a first verb that reports nothing', () => {
    const first = en('The mayor toured the new depot and said the buses would run by May.');
    expect(first.map((s) => [s.speaker, s.content])).toEqual([['mayor', 'the buses would run by May']]);
    const second = en('Ms. Ortiz also unveiled her budget and vowed to cut fees for small shops.');
    expect(second.map((s) => [s.speaker, s.content])).toEqual([['Ortiz', 'to cut fees for small shops']]);
  });

  it('reads a second demand after "and" when the first report’s subject is a plain noun phrase', () => {
    const statements = en(
      'The crew said the pumps must be fixed and urged the owners to close the mine until spring.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'the pumps must be fixed',
      'the owners to close the mine until spring',
    ]);
  });

  it('reads "to" + a bare verb after a demand’s object as its infinitive, even after a fronted time', () => {
    expect(
      en('Last week, the agency warned state water officials to test every well by June.').map(
        (s) => s.content,
      ),
    ).toEqual(['state water officials to test every well by June']);
  });

  it('reads pleas made to someone like demands ("implored", "exhorted")', () => {
    const statements = en('Ms. Ortiz implored the members to vote against the merger on Monday.');
    expect(statements.map((s) => [s.speaker, s.cueClass, s.content])).toEqual([
      ['Ortiz', 'demand', 'the members to vote against the merger on Monday'],
    ]);
  });

  it('skips a conjunction opening the sentence to find the shared subject', () => {
    const statements = en(
      'Mayor Ana Ruiz met the crews on Monday. But she shook her head and said the depot would not reopen.',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([['Ana Ruiz', 'she']]);
  });

  it('leaves a noun-phrase object after "and" alone: not every reading reports', () => {
    expect(en('The keeper stopped two shots and denied the visitors several chances.')).toEqual([]);
  });
});

describe('English parenthetical attribution before a complementizer', () => {
  it('joins both sides of ", X noted, that …" in "so … that" sentences', () => {
    const text = 'The rents had become so high, Mr. Okafor noted, that most families left the island.';
    const s = find(en(text), 'The rents had become so high … that most families left the island');
    expect(s.speaker).toBe('Okafor');
  });
});

describe('English addressees with a possessive and a programme title', () => {
  it('reads "told CNN\'s “Title” on Sunday that …"', () => {
    const text =
      'Heading into the vote, Ortiz told WXKT’s “Morning Desk” on Sunday that nobody would block the plan.';
    const statements = en(text);
    expect(statements.map((s) => s.content)).toEqual(['nobody would block the plan']);
    expect(statements[0]!.speaker).toBe('Ortiz');
  });
});

describe('English parenthetical attribution with an adverbial', () => {
  it('joins both sides of ", X explained at the hearing, …"', () => {
    const text = 'These rules, Ms. Varga explained earlier at the hearing, were written in haste.';
    const s = find(en(text), 'These rules … were written in haste');
    expect(s.speaker).toBe('Varga');
  });

  it('keeps a participle after the adverbial as a report of its own', () => {
    const statements = en('The plan failed, Lee said in an interview, adding that he had warned them.');
    expect(statements.map((s) => s.content)).toEqual(['The plan failed', 'he had warned them']);
  });
});

describe('English reported clause going on after a parenthetical attribution', () => {
  it('joins a conjunction and a clause with a subject of its own', () => {
    const text = 'The first crew reached the dock, the pilot said, but one boat turned back in the storm.';
    const s = find(en(text), 'The first crew reached the dock … but one boat turned back in the storm');
    expect(s.speaker).toBe('the pilot');
    expectExactOffsets(text, en(text));
  });

  it('joins a short fronted phrase and the clause after it', () => {
    const s = find(
      en('Some towns give up, Ms. Okafor said, for others, it becomes a chance to rebuild.'),
      'Some towns give up … for others, it becomes a chance to rebuild',
    );
    expect(s.speaker).toBe('Okafor');
  });

  it('reads a document after the attribution as its setting ("said in a May report")', () => {
    const s = find(
      en('Rents rose 4 percent, the bureau said in a May report, and the others rose 2 percent.'),
      'Rents rose 4 percent … and the others rose 2 percent',
    );
    expect(s.speaker).toBe('Bureau');
  });

  it('joins a conjunction and the speaker’s quoted words, and a first part with a quotation', () => {
    const s = find(
      en('The firm “broke the rules,” Ms. Dube said, and then “hid it for a year.”'),
      'The firm “broke the rules,” … and then “hid it for a year.”',
    );
    expect(s.kind).toBe('mixed');
    expect(en('The “temporary” tax, he said, has now lasted ten years.').map((s) => s.content)).toEqual([
      'The “temporary” tax … has now lasted ten years',
    ]);
  });

  it('reads a longer run of prepositional phrases after the attribution as its setting', () => {
    expect(
      en('The depot will close, Ms. Dube wrote in a letter to the city council on Friday.').map(
        (s) => s.content,
      ),
    ).toEqual(['The depot will close']);
  });

  it('leaves out what the speaker or the speaker’s people did next, and a report of its own', () => {
    expect(en('The bridge is safe, he said, but he gave no details.').map((s) => s.content)).toEqual([
      'The bridge is safe',
    ]);
    expect(en('The bridge is safe, he said, and his wife agreed.').map((s) => s.content)).toEqual([
      'The bridge is safe',
    ]);
    expect(
      en('The bridge is safe, he said, and the council said it would check.').map((s) => s.content),
    ).toEqual(['The bridge is safe', 'it would check']);
  });
});

describe('English quotation right after the cue', () => {
  it('is what the cue introduces, not the sign of a trailing attribution after fronted phrases', () => {
    const statements = en(
      'Meanwhile, in the same report, the auditors had admitted “there is some doubt about the totals.”',
    );
    expect(statements.map((s) => [s.kind, s.content])).toEqual([
      ['direct', 'there is some doubt about the totals'],
    ]);
  });
});

describe('English reports inside a fronted subordinate clause', () => {
  it('ends the reported clause at the comma before the main clause', () => {
    expect(
      en('Although the harbour master said the pier was unsafe, the council opened it in May.').map(
        (s) => s.content,
      ),
    ).toEqual(['the pier was unsafe']);
    expect(
      en('But while her aides have suggested that the tour is over, Ms. Dube plans two more stops.').map(
        (s) => s.content,
      ),
    ).toEqual(['the tour is over']);
  });
});

describe('Two reported clauses under one cue', () => {
  it('reads "… and that …" as two parts of the content, without the conjunction', () => {
    const text =
      'The board said the hospital was “short of nurses,” and that it was hard to see how the wing could open.';
    const s = find(
      en(text),
      'the hospital was “short of nurses,” … that it was hard to see how the wing could open',
    );
    expect(s.parts).toHaveLength(2);
    expect(s.kind).toBe('mixed');
    expectExactOffsets(text, en(text));
  });

  it('does the same in French ("et que")', () => {
    const statements = extract(
      'La directrice a déclaré que le chantier était en retard et que les coûts avaient doublé.',
      'fr',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'le chantier était en retard … que les coûts avaient doublé',
    ]);
  });
});

describe('English cue in its base form opening a sentence', () => {
  it('reports nobody: an imperative, or the first word of a name', () => {
    expect(en('Ask her if she feels the same way, then leave the choice to her.')).toEqual([]);
    expect(en('Hope Daly, a spokeswoman for the firm, did not answer our questions.')).toEqual([]);
  });
});

describe('English bare reported clause with a long subject', () => {
  it('finds the auxiliary of a clause whose subject runs to ten words', () => {
    expect(
      en('Dr. Okafor said delays and lost wages due to common heart conditions have a wide social cost.').map(
        (s) => s.content,
      ),
    ).toEqual(['delays and lost wages due to common heart conditions have a wide social cost']);
  });
});

describe('English reporting verbs coordinated after the reported clause', () => {
  it('ends the content before a second cue of the same tense, which the subject does', () => {
    const text =
      'The minister said he would order a review of the ferry contracts and warned against delays. ' +
      'The union says its members want a raise, but praises the mediator.';
    const statements = en(text);
    expect(find(statements, 'he would order a review of the ferry contracts').speaker).toBe('minister');
    expect(find(statements, 'its members want a raise').kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });

  it("keeps the clause's own coordinated verbs, a bare form after a modal and a verb of opinion", () => {
    const statements = en(
      'Ortiz said the company lost money and closed the plant in May. Ortiz said he would cut fees and ' +
        'promise new routes. Ortiz said he had watched the pier being built and thought of his father.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'the company lost money and closed the plant in May',
      'he would cut fees and promise new routes',
      'he had watched the pier being built and thought of his father',
    ]);
  });
});

describe('English participles before "to be" / "to have"', () => {
  it('reads "believed to have been", "thought to be" as describing a noun, not as a report', () => {
    const statements = en(
      'Twelve hikers believed to have been on the ridge were still missing, the park service said. ' +
        'The driver, thought to be in his sixties, said the brakes had failed.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'Twelve hikers believed to have been on the ridge were still missing',
      'the brakes had failed',
    ]);
  });

  it('keeps a cue that takes an infinitive, and a finite form', () => {
    const statements = en('Lee vowed to be tougher on fraud. Ortiz claims to have found the will.');
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Lee', 'to be tougher on fraud'],
      ['Ortiz', 'to have found the will'],
    ]);
  });
});

describe('English plural subjects without a plural ending', () => {
  it('reads "said police …", "said people …" as a reported clause', () => {
    const statements = en(
      'The officer said police fired back. The mayor said people were angry about the new parking fees.',
    );
    expect(statements.map((s) => s.content)).toEqual([
      'police fired back',
      'people were angry about the new parking fees',
    ]);
  });

  it('reads a bare form of a cue that is also a noun as the verb of a plural subject before a clause', () => {
    const statements = en('Many shelter users report they prefer the church halls to the hostels.');
    expect(statements.map((s) => [s.mention, s.content])).toEqual([
      ['Many shelter users', 'they prefer the church halls to the hostels'],
    ]);
  });
});

describe('English "went on"', () => {
  it('reports as an attribution, not before an infinitive, where the verb after it reports if it can', () => {
    const statements = en(
      'The ferry, he went on, would run all winter. Reagan went on to win the next year in a landslide. ' +
        'Lee went on to say that the harbour was dirty.',
    );
    expect(statements.map((s) => [s.cue, s.content])).toEqual([
      ['went on', 'The ferry … would run all winter'],
      ['say', 'the harbour was dirty'],
    ]);
  });
});

describe('English quotations standing alone after narrative', () => {
  it('continue the last speaker across two sentences of narrative', () => {
    const statements = en(
      'Lena Ortiz said the clinic had cut her hours. She moved to Dover in the spring. And the rent there was ' +
        'lower.\n\n“It took me a year to feel at home again.”',
    );
    expect(statements.map((s) => [s.speaker, s.kind, s.content])).toEqual([
      ['Lena Ortiz', 'indirect', 'the clinic had cut her hours'],
      ['Lena Ortiz', 'direct', 'It took me a year to feel at home again'],
    ]);
  });
});

describe('English objects and the setting of the speech act', () => {
  it('ends a noun-phrase object before a setting phrase of the lexicon', () => {
    const statements = en('The parents called for more school funding in a statement on Thursday.');
    expect(statements.map((s) => s.content)).toEqual(['more school funding']);
  });
});
