/**
 * Positions mode: a stance or an intention whose subject is the relative pronoun of a restrictive clause, with
 * no comma before it ("counties that want to …", "some who see the plan as …"): its antecedent holds the
 * position. Every sentence here is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function positions(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => [
    s.mention,
    s.content,
    s.kind,
  ]);
}

describe('restrictive relative subjects of position cues (English)', () => {
  test.each([
    ['The board will face a number of towns that support the levy.', 'a number of towns', 'the levy'],
    [
      'Donors fund a political group that intends to flood the airwaves with ads.',
      'a political group',
      'to flood the airwaves with ads',
    ],
    ['The remark drew fire from some who saw the comment as a slight.', 'some', 'the comment as a slight'],
    ['Her plan needs counties that may not want to raise local taxes.', 'counties', 'to raise local taxes'],
  ])('%s', (text, mention, content) => {
    expect(positions(text)).toContainEqual([mention, content, 'indirect']);
  });

  test('the antecedent without a determiner is the noun alone, not the verb before it', () => {
    const found = positions('Her plan needs counties that want to raise local taxes.');
    expect(found).toContainEqual(['counties', 'to raise local taxes', 'indirect']);
  });

  test('"that" after a cue is a complementizer, never a relative subject', () => {
    expect(positions('The mayor said that support for the levy had grown.')).toEqual([
      ['The mayor', 'support for the levy had grown', 'indirect'],
    ]);
  });

  test('the default mode reports no stance in a restrictive relative', () => {
    const text = 'The board will face a number of towns that support the levy.';
    expect(extractStatements(text, { lang: 'en', articleKey: 'test' })).toEqual([]);
  });
});

describe('relative subjects after a comma (English, positions mode)', () => {
  test('any cue whose relative subject follows a plain noun phrase reports for it', () => {
    expect(positions('Aid came from the two nations, which vowed to cut coal use.')).toContainEqual([
      'two nations',
      'to cut coal use',
      'indirect',
    ]);
  });

  test('one adverb may stand between the pronoun and its verb', () => {
    expect(positions('Aid came from the two nations, which together vowed to cut coal use.')).toContainEqual([
      'two nations',
      'to cut coal use',
      'indirect',
    ]);
    expect(positions('The senator, who long opposed the levy, spoke on Monday.')).toContainEqual([
      'The senator',
      'the levy',
      'indirect',
    ]);
  });

  test('a plural noun after the pronoun makes it a determiner, not a subject', () => {
    expect(positions('Aid came from the two nations, which nations vowed to cut coal use.')).toEqual([]);
  });

  test('the default mode leaves such a clause unread', () => {
    const text = 'Aid came from the two nations, which together vowed to cut coal use.';
    expect(extractStatements(text, { lang: 'en', articleKey: 'test' })).toEqual([]);
  });
});

describe('relative clauses set off by dashes (English, positions mode)', () => {
  test('a dash sets the clause off as a comma does, a contracted auxiliary aside', () => {
    const text =
      'It became an issue, with Maria Lopez — who’s called for higher taxes on the rich — attacking the plan.';
    expect(positions(text)).toContainEqual(['Maria Lopez', 'higher taxes on the rich', 'indirect']);
  });

  test('two hyphens stand for the dash, and a number opens the antecedent', () => {
    expect(positions('She listed 40 retired judges -- who cited her years as a prosecutor.')).toContainEqual([
      '40 retired judges',
      'her years as a prosecutor',
      'indirect',
    ]);
  });
});
