/**
 * Stances named by a noun in the positions mode ("the editors' disdain for the nominee", "withering criticism
 * for its silence"): the noun's object is the content, its possessor the source; a noun opening its clause or
 * met by its subject ("faced criticism for") is nobody's in particular.
 */
import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../utils/statements';

function positions(text: string) {
  return extractStatements(text, { lang: 'en', articleKey: 'test', positions: true }).map((s) => ({
    speaker: s.speaker,
    content: s.content,
    kind: s.kind,
  }));
}

describe('noun cues of stance (English, positions mode)', () => {
  test.each([
    ["The senator's disdain for the new tariffs was plain at the hearing.", 'senator', 'the new tariffs'],
    ['Local editors’ contempt for the proposal surprised nobody.', 'editors', 'the proposal'],
    [
      'Mayor Ana Ruiz toured the harbour. Her admiration for the rescue crews is well known.',
      'ana ruiz',
      'the rescue crews',
    ],
  ])('%s', (text, speaker, content) => {
    const found = positions(text);
    const statement = found.find((s) => s.content === content);
    expect(statement, JSON.stringify(found)).toBeDefined();
    expect(statement!.speaker.toLowerCase()).toContain(speaker);
    expect(statement!.kind).toBe('indirect');
  });

  test('the subject of the verb the noun is the object of takes the stance', () => {
    expect(positions('Dozens of mayors showed open scorn for the closures.')).toContainEqual({
      speaker: expect.stringMatching(/mayors/i),
      content: 'the closures',
      kind: 'indirect',
    });
  });

  test('a noun met by its subject, or opening its clause, is nobody’s', () => {
    expect(
      positions('The agency drew withering criticism for its slow response to the floods.'),
    ).toContainEqual({ speaker: '', content: 'its slow response to the floods', kind: 'indirect' });
    expect(positions('Questions about the mayor’s travel expenses have multiplied.')).toContainEqual({
      speaker: '',
      content: 'the mayor’s travel expenses',
      kind: 'indirect',
    });
  });

  test('the object runs over a question and its verbs', () => {
    const found = positions('Auditors face growing concerns about how the fund was managed.');
    expect(found).toContainEqual({ speaker: '', content: 'how the fund was managed', kind: 'indirect' });
  });

  test('a verb after "to" or an auxiliary is no noun cue, and the default mode reads none', () => {
    expect(positions('Residents plan to call for a recount.').map((s) => s.content)).not.toContain(
      'a recount',
    );
    expect(
      extractStatements("The senator's disdain for the new tariffs was plain.", {
        lang: 'en',
        articleKey: 'test',
      }),
    ).toEqual([]);
  });

  test('criticism met by the subject, with no object, takes the subject as its content', () => {
    expect(positions('The video has faced ridicule online since it aired on Sunday.')).toContainEqual({
      speaker: '',
      content: 'The video',
      kind: 'indirect',
    });
    expect(positions('Senator Tom Hale is drawing criticism after his remarks on pensions.')).toContainEqual({
      speaker: '',
      content: 'Senator Tom Hale',
      kind: 'indirect',
    });
    expect(
      extractStatements('The video has faced ridicule online.', { lang: 'en', articleKey: 'test' }),
    ).toEqual([]);
  });
});
