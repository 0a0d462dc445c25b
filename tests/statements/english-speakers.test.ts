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
