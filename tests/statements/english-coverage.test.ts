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
