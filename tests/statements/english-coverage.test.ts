/**
 * English statements the plain "X said (that) …" rules miss: a common-noun source after the content, contracted
 * auxiliaries opening a bare clause, long quotations over several paragraphs. Every sentence here is written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expectExactOffsets, extract, find } from './helpers';

const en = (text: string) => extract(text, 'en');

describe('English trailing source named by a common noun', () => {
  it('takes "…, the utility said." whatever the noun', () => {
    const text = 'Crews will keep working through the night to restore the lines, the utility said.';
    const statements = en(text);
    const s = find(statements, 'Crews will keep working through the night to restore the lines');
    expect(s.mention).toBe('the utility');
    expect(s.kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });

  it('takes a possessive noun phrase and a trailing time: "…, the club\'s owners said on Friday."', () => {
    const s = find(
      en("The stadium will stay closed for the winter, the club's owners said on Friday."),
      'The stadium will stay closed for the winter',
    );
    expect(s.mention).toBe("the club's owners");
  });

  it('does not take a noun phrase that the clause goes on after', () => {
    const statements = en(
      'The river rose overnight, the bridge said nothing about it to the engineers who came.',
    );
    expect(statements.some((s) => s.content === 'The river rose overnight')).toBe(false);
  });
});

describe('English contracted auxiliaries in a bare clause', () => {
  it('reads "there\'s" and "that\'s" as the start of the reported clause', () => {
    const text = "Residents say there's no bus after nine. The principal said that's a matter for the board.";
    const statements = en(text);
    expect(find(statements, "there's no bus after nine").speaker).toBe('Residents');
    expect(find(statements, "that's a matter for the board").kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });
});

describe('English quotations over several paragraphs', () => {
  it('gives one statement per paragraph, each continuing the one before', () => {
    const text =
      '“The survey was rushed,” Ms. Okafor said. “Nobody checked the maps before they were printed.\n\n' +
      '“We asked for a second round and were told there was no money for it.\n\n' +
      '“Now the errors are in every school atlas.”\n\nThe ministry did not reply.';
    const statements = en(text);
    const second = find(statements, 'Nobody checked the maps before they were printed');
    const third = find(statements, 'We asked for a second round and were told there was no money for it');
    const fourth = find(statements, 'Now the errors are in every school atlas');
    for (const s of [second, third, fourth]) {
      expect(s.speaker).toBe('Okafor');
      expect(s.kind).toBe('direct');
    }
    expect(third.continues).toBe(second.id);
    expect(fourth.continues).toBe(third.id);
    expectExactOffsets(text, statements);
  });
});

describe('English paragraphs signed at their end', () => {
  it('attributes a pull quote to the name on its own after it', () => {
    const text =
      'The ferry was cancelled twice last week.\n\nWe lost two days of sales and nobody told us why. Tomas Reyes, market trader\n\nThe operator blamed the weather.';
    const statements = en(text);
    const s = find(statements, 'We lost two days of sales and nobody told us why');
    expect(s.speaker).toBe('Tomas Reyes');
    expectExactOffsets(text, statements);
  });

  it('attributes the text of an embedded post to its signer, without the trailing link', () => {
    const text =
      'Crews are still clearing fallen trees on the coast road, which should reopen tonight. pic.twitter.com/abc123 — Harbour Police (@harbourpolice) March 3, 2019\n\nTraffic was diverted.';
    const s = find(
      en(text),
      'Crews are still clearing fallen trees on the coast road, which should reopen tonight',
    );
    expect(s.mention).toBe('Harbour Police');
  });

  it('takes no single word or caption line as a signature', () => {
    const statements = en(
      'Snow closed the schools again on Monday morning. Photos\n\nParents were told late.',
    );
    expect(statements).toHaveLength(0);
  });
});

describe('English speech acts with a noun-phrase object', () => {
  it('takes the object of "mentioned", "questioned" and "disputed"', () => {
    const text =
      'The senator questioned the cost of the new bridge. The mayor disputed the figures in the audit.';
    const statements = en(text);
    expect(find(statements, 'the cost of the new bridge').speaker).toBe('senator');
    expect(find(statements, 'the figures in the audit').kind).toBe('indirect');
  });
});

describe('English quotation after a complementizer', () => {
  it('reads "said that “…”" as mixed, keeping the marks', () => {
    const text = 'The coach said that “nobody on this team is giving up.”';
    const statements = en(text);
    const s = find(statements, '“nobody on this team is giving up.”');
    expect(s.kind).toBe('mixed');
    expectExactOffsets(text, statements);
  });
});

describe('English links to other stories', () => {
  it('takes no statement from a "READ MORE:" or "Watch:" headline', () => {
    const text =
      'The council met on Tuesday.\n\nREAD MORE: Mayor says the budget will be balanced by 2030\n\nWatch: Minister says talks will resume\n\nThe vote was close, the clerk said.';
    const statements = en(text);
    expect(statements.map((s) => s.content)).toEqual(['The vote was close']);
  });
});

describe('English answers and replies', () => {
  it('reads a noun phrase after "answered" as its object, and a clause after "replied" as the content', () => {
    expect(en('The visitors answered the challenge with two goals in the third period.')).toHaveLength(0);
    const s = find(en('The minister replied the plan was flawed.'), 'the plan was flawed');
    expect(s.speaker).toBe('minister');
  });
});

describe('English bare clauses after "said"', () => {
  it('ends a content before ", noting …", a report of its own with a bare clause', () => {
    const statements = en('The union argued the cuts were unfair, noting the board raised its own pay.');
    expect(find(statements, 'the cuts were unfair').mention).toBe('The union');
    expect(find(statements, 'the board raised its own pay').kind).toBe('indirect');
  });

  it('reads a possessive time, "each" and a plural second word as the start of the clause', () => {
    const text =
      "Rights groups said Monday's ruling sets a worrying precedent. The baker says each morning he bakes two hundred loaves. The coach said team officials need to act.";
    const statements = en(text);
    expect(find(statements, "Monday's ruling sets a worrying precedent").speaker).toBe('Rights groups');
    expect(find(statements, 'each morning he bakes two hundred loaves').mention).toBe('The baker');
    expect(find(statements, 'team officials need to act').speaker).toBe('coach');
    expectExactOffsets(text, statements);
  });
});

describe('English block quotations set without marks', () => {
  it('takes the paragraph after "X added:" ending a paragraph', () => {
    const text =
      'The senator spoke for an hour.\n\nThe senator added:\n\nThis budget is a promise we cannot keep. Our towns will pay for it.\n\nThe vote is on Friday.';
    const statements = en(text);
    const s = find(statements, 'This budget is a promise we cannot keep. Our towns will pay for it');
    expect(s.mention).toBe('The senator');
    expect(s.kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });
});

describe('English reported questions', () => {
  it('keeps "what", "when" or "if" opening the reported question', () => {
    const text = 'The auditor asked what the council planned to do with the surplus.';
    const statements = en(text);
    expect(find(statements, 'what the council planned to do with the surplus').kind).toBe('indirect');
    expectExactOffsets(text, statements);
  });

  it('still skips "when asked" before the reported clause', () => {
    const s = find(
      en('The mayor said when asked about the budget that taxes would rise.'),
      'taxes would rise',
    );
    expect(s.mention).toBe('The mayor');
  });
});

describe('English participles and plain subjects', () => {
  it('gives the quotation after ", writing" to the participle, not the clause before it', () => {
    const text =
      'The skipper posted a photo of the rescue, writing "Nobody should be left at sea like this."';
    const statements = en(text);
    const s = find(statements, 'Nobody should be left at sea like this');
    expect(s.kind).toBe('direct');
    expect(statements.some((x) => x.content === 'The skipper posted a photo of the rescue')).toBe(false);
  });

  it('reads a clause after a cue whose plain subject the speaker grammar does not take', () => {
    const s = find(
      en('Transit riders say cutting the night buses will strand shift workers.'),
      'cutting the night buses will strand shift workers',
    );
    expect(s.mention).toBe('Transit riders');
  });

  it('reads a possessive inside a phrase between the cue and a pronoun subject', () => {
    const s = find(
      en("Okafor said in her New Year's address she would not seek another term."),
      'she would not seek another term',
    );
    expect(s.speaker).toBe('Okafor');
  });
});

describe('English characterisations with a possessive object', () => {
  it('reads "called the court\'s ruling a …" and "called the plan one of …"', () => {
    const text =
      "The union leader called the court's ruling a victory for nurses. The institute called the plan one of the costliest in a decade.";
    const statements = en(text);
    expect(find(statements, "the court's ruling a victory for nurses").kind).toBe('indirect');
    expect(find(statements, 'the plan one of the costliest in a decade').mention).toBe('The institute');
    expectExactOffsets(text, statements);
  });
});
