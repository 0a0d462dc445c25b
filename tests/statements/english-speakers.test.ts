/** English speakers the speaker grammar alone does not read: plain noun phrases, appositions, inversions. */
import { describe, expect, test } from 'vitest';
import { extract } from './helpers';

/** The one statement of `text` (English): its speaker. */
function speakerOf(text: string): string {
  const statements = extract(text, 'en');
  expect(statements).toHaveLength(1);
  return statements[0]!.speaker;
}

describe('loose subjects', () => {
  test('before a participle, a name opening the main clause after fronted phrases is the subject', () => {
    expect(
      speakerOf(
        'Chastened by the analyses, as well as complaints over the costs, Lee revised his plan, promising to focus on workers.',
      ),
    ).toBe('Lee');
  });

  test('a plain noun phrase before the cue is the speaker', () => {
    expect(speakerOf('A person familiar with the talks says the two players have been traded.')).toBe(
      'person familiar with the talks',
    );
    expect(
      speakerOf('A memo on the union website states that members would receive six weeks of leave.'),
    ).toBe('memo on the union website');
  });

  test('a noun phrase after the cue of a trailing quotation is the speaker', () => {
    expect(speakerOf('“A city cannot dodge that duty,” said the ruling.')).toBe('ruling');
    expect(speakerOf('“No, that is the cat,” says my three-year-old.')).toBe('three-year-old');
  });

  test('a name closing the inverted subject is the speaker, whatever precedes it', () => {
    expect(speakerOf('“The rules do not hold. They are wrong,” said 9/11 widow Rita Vance.')).toBe(
      'Rita Vance',
    );
  });

  test('a name set off by appositions is the speaker', () => {
    expect(
      speakerOf(
        'Mona Reyes, 59, of Dover, Del., who watched the event on a screen, said the day brought back old memories.',
      ),
    ).toBe('Mona Reyes');
    expect(
      speakerOf(
        'In a statement, one of the family’s lawyers, Sam Idris, said the videos show him leaving calmly.',
      ),
    ).toBe('Sam Idris');
  });

  test('a quantifier before a determined noun phrase, a longer phrase with a possessive', () => {
    expect(speakerOf('In her favour, all the experts I interviewed said her plans were more detailed.')).toBe(
      'all the experts',
    );
    expect(
      speakerOf(
        "A page on the Lopez campaign's website states that couples would receive six weeks of leave.",
      ),
    ).toBe("page on the Lopez campaign's website");
  });

  test('a cue opening the sentence has its subject right after it', () => {
    const statements = extract(
      'Omar Ellis said the code was a mess.\n\nSaid Ellis: “I do not think she cares about it.”',
      'en',
    );
    expect(statements[1]?.speaker).toBe('Omar Ellis');
    expect(statements[1]?.mention).toBe('Ellis');
  });

  test('a quantifier before "of" stays in the speaker ("one of the players")', () => {
    expect(speakerOf('“Our coach really needs a kidney,” says one of the players in the video.')).toBe(
      'one of the players in the video',
    );
  });

  test('a name opening a long apposition is the subject, not a noun phrase inside the apposition', () => {
    expect(
      speakerOf(
        'Noah Petit, the Lakeside College student seen laughing in the clips as he stood face to face with ' +
          'a veteran, has said he heard no one shout anything hateful.',
      ),
    ).toBe('Noah Petit');
  });

  test('the object clause after a cue is never taken for its subject', () => {
    expect(speakerOf('Aides, in a long email, said the plan was dead.')).not.toContain('plan');
  });

  test('a participle takes a subject ended by an auxiliary, never one that may hold a verb', () => {
    expect(speakerOf('Several green groups have praised the plan, saying that the rules were overdue.')).toBe(
      'green groups',
    );
    expect(
      speakerOf('Several green groups granted Mr. Hale an extension, saying his funds were small.'),
    ).toBe('');
  });
});

describe('names and what is not one', () => {
  test('a sentence adverb or participle opening the sentence is no name', () => {
    expect(speakerOf('However, Rep. Tom Hale (D-Mass.) said the law does not require them to appear.')).toBe(
      'Tom Hale',
    );
    const statements = extract(
      'Following the debate, the group did a check on the claim that the city had “thousands of shootings.”',
      'en',
    );
    expect(statements.map((s) => s.speaker)).not.toContain('Following');
  });

  test('a subordinator opening the sentence is no part of the name after it', () => {
    const statements = extract(
      'Though Judge Ana Ruiz said she was loath to fine a charity, she believed the board had acted badly.',
      'en',
    );
    expect(statements.map((s) => s.mention)).toEqual(['Judge Ana Ruiz', 'she']);
    expect(statements.map((s) => s.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  test('a capitalised word before a generic people noun makes a group, not the last person named', () => {
    const statements = extract(
      'Economist Dana Brooks said the plan was late. In that budget, Treasury officials admitted the totals were uncertain.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Dana Brooks', 'Treasury officials']);
  });

  test('a name that also opens sentences keeps being a name ("Kelly")', () => {
    expect(speakerOf('Ann Kelly spoke on Monday. Kelly said the budget was “a disgrace.”')).toBe('Ann Kelly');
  });

  test('a contraction after the cue is the content, not an inverted subject', () => {
    expect(
      speakerOf(
        'Rosa Quint, director of patient care at the Lung Foundation, said it’s not only patients who pay.',
      ),
    ).toBe('Rosa Quint');
  });

  test('"according to" a titled person: the person, whom a later pronoun points to', () => {
    const statements = extract(
      'Bill Moss said the cuts were fine.\n\nThe flaw may be that they sold it as stimulus, according to former ' +
        'central bank governor Paul Brandt.\n\n“Politicians like to sell this as stimulus,” he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Bill Moss', 'Paul Brandt', 'Paul Brandt']);
  });

  test('a surname that is also an auxiliary stays a name after a title, though the text writes "may" too', () => {
    const statements = extract(
      'Theresa May spoke in London. On Tuesday, Ms. May said a time limit on the plan could help. ' +
        'Rivals said panic may bring more members into her camp.',
      'en',
    );
    expect(statements[0]?.cue).toBe('said');
    expect(statements[0]?.speaker).toBe('Theresa May');
  });

  test('a phrase after the cue that opens with a preposition is no inverted subject', () => {
    expect(
      speakerOf('“Help us help our coach,” pupils dressed for a game say in unison in the video.'),
    ).not.toContain('unison');
  });
});

describe('mentions', () => {
  test('a statement with no subject of its own shows the mention of the speaker it inherits', () => {
    const statements = extract(
      'Dana Ruiz spoke at the plant. She said the line would stay open, adding that “no jobs will go.”',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Dana Ruiz', 'She'],
      ['Dana Ruiz', 'She'],
    ]);
  });

  test('a name after "<Team> <role>" is the person holding the role', () => {
    expect(speakerOf('“They beat us on every shift,” said Flames head coach Ann Berg.')).toBe('Ann Berg');
  });

  test('a capitalised service name and its modifiers before a role go with the role of the named person', () => {
    const statements = extract(
      'The base must stay open, retired Air Force general Rita Vance said. Navy captain Omar Hale said the ' +
        'harbour was too shallow. The plan is costly, former Army colonel Jane Miller said.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.role])).toEqual([
      ['Rita Vance', 'retired Air Force general'],
      ['Omar Hale', 'captain'],
      ['Jane Miller', 'former Army colonel'],
    ]);
  });

  test('a titled name after a linker belongs to the phrase: "aides to Mr. Lee"', () => {
    const statements = extract(
      'In recent weeks, advisers to Ms. Ortiz say, the governor has lost patience with the talks.',
      'en',
    );
    expect(statements.map((s) => [s.mention, s.content])).toEqual([
      ['advisers to Ms. Ortiz', 'In recent weeks … the governor has lost patience with the talks'],
    ]);
  });

  test('a possessor before a name is where the person works, not the speaker', () => {
    expect(speakerOf('“Roads just sound like a good thing,” said the NRFI’s Dalia Osei.')).toBe('Dalia Osei');
  });

  test('a capitalised pronoun ends a name run: a signature then "I" is no antecedent', () => {
    const statements = extract(
      'Should I ask him to shave? — Ashley, Moncton I was at a party last summer. “Beards are over,” he explains.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).not.toContain('Moncton I');
  });
});

describe('first person outside quotation marks', () => {
  test('"I" in a column is its writer, not the person quoted before', () => {
    const statements = extract(
      'Mayor Lena Ortiz said the budget was balanced.\n\nI told the council the mayor is wrong about the roads.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Lena Ortiz', 'Mayor Lena Ortiz'],
      ['', 'I'],
    ]);
  });

  test('"I" in the paragraph of a quoted speaker continues that speaker (a lost quotation mark)', () => {
    const statements = extract(
      '“People deserve respect,” Ortiz said. “That is I think a real danger. I believe it hurts everyone.',
      'en',
    );
    expect(statements.every((s) => s.speaker === 'Ortiz')).toBe(true);
  });
});

describe('counts and quantifiers as subjects', () => {
  test('a quantifier standing alone is the subject of a past-tense cue: "Some suggested …"', () => {
    const statements = extract(
      'Some suggested that the ferry should run later at night. Many have argued the fare is too high.',
      'en',
    );
    expect(statements.map((s) => [s.mention, s.content])).toEqual([
      ['Some', 'the ferry should run later at night'],
      ['Many', 'the fare is too high'],
    ]);
  });

  test('a noun phrase ending on "of" and a number is the speaker: "the mother of three said"', () => {
    const statements = extract('The mother of three said the clinic had closed without warning.', 'en');
    expect(statements.map((s) => [s.speaker, s.mention, s.content])).toEqual([
      ['mother of three', 'The mother of three', 'the clinic had closed without warning'],
    ]);
  });

  test('a quantifier before a cue form that is also a noun leaves it a noun', () => {
    const statements = extract('Some claims about the mill were never checked.', 'en');
    expect(statements).toEqual([]);
  });

  test('a number written as a word is a count, not a name', () => {
    const statements = extract(
      'Twenty-seven towns said they would sue the province. Forty nurses told the board the ward was unsafe.',
      'en',
    );
    expect(statements.map((s) => s.mention)).toEqual(['Twenty-seven towns', 'Forty nurses']);
  });
});

describe('a pronoun in a trailing attribution', () => {
  test('is not the subject its own sentence opens with', () => {
    const statements = extract(
      'Lawyer Tom Rivera filed the motion on Monday. “We will appeal,” Lena Ortiz said.\n\n' +
        'Rivera has asked the court for more time, she said.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Lena Ortiz', 'We will appeal'],
      ['Lena Ortiz', 'Rivera has asked the court for more time'],
    ]);
  });

  test('while a pronoun inside the clause goes on pointing to that subject', () => {
    const statements = extract(
      'Lena Ortiz said the plan was late. Tom Rivera is speaking out about why he believes the plan failed.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([
      ['Lena Ortiz', 'the plan was late'],
      ['Tom Rivera', 'the plan failed'],
    ]);
  });
});

describe('institutions named like people', () => {
  test('a capitalised run holding an institution noun, at its end or before its complement, is no person', () => {
    const statements = extract(
      'Tom Rivera arrived from Homs in 2016. Halifax Community Services said the waiting list had grown. ' +
        'The Canadian Council for Refugees said fees should fall.\n\n“My English comes later,” he said.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual([
      'Halifax Community Services',
      'Canadian Council for Refugees',
      'Tom Rivera',
    ]);
  });
});

describe('asides and dates around the subject', () => {
  test('a sentence adverb between commas does not part the subject from its cue', () => {
    const statements = extract(
      'Some Democrats, however, question the cost of the bridge. Several county officials, meanwhile, said the road would close.',
      'en',
    );
    expect(statements.map((s) => s.mention)).toEqual(['Some Democrats', 'Several county officials']);
  });

  test('a month opening the sentence is no speaker', () => {
    const statements = extract(
      'In October, several groups granted the mill an extension, saying its capital was too low.',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.content])).toEqual([['', 'its capital was too low']]);
  });
});

describe('complements with "on"', () => {
  test('"on" links an institution or a role to its complement', () => {
    const statements = extract(
      'The Commission on Public Debates announced that the microphone had failed. An expert on Russia said ' +
        'the talks had stalled.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['Commission on Public Debates', 'expert on Russia']);
  });

  test('but not a role to a time', () => {
    const statements = extract('The spokesman on Monday said the ferry would run.', 'en');
    expect(statements.map((s) => s.mention)).toEqual(['The spokesman']);
  });
});

describe('messages in their author’s name', () => {
  test('"her statement read" speaks for the woman the possessive points to', () => {
    const statements = extract(
      'Transport Minister Dana Holt ordered a review of the ferry line on Friday. Her statement read: ' +
        '“These delays are not acceptable.”',
      'en',
    );
    expect(statements.map((s) => [s.speaker, s.mention])).toEqual([['Dana Holt', 'Her statement']]);
  });
});

describe('a definite role after someone known only by another role', () => {
  test('is not taken for that one', () => {
    const statements = extract(
      'An expert on shipping said the talks had stalled. The spokesman said the ferry would run.',
      'en',
    );
    expect(statements.map((s) => s.speaker)).toEqual(['expert on shipping', 'spokesman']);
  });
});

describe('a role with an institution as its complement, then a name', () => {
  test.each([
    ['The chair of the city council, Adrienne Brennan, said the budget would pass.', 'Adrienne Brennan'],
    [
      'The president of the New York City Council, Adrienne Brennan, said the budget would pass.',
      'Adrienne Brennan',
    ],
    ['The speaker of the state assembly, Adrienne Brennan, said the budget would pass.', 'Adrienne Brennan'],
  ])('the name speaks, not the institution: %s', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });
});
