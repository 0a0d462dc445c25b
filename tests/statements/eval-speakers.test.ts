/**
 * The eval's speaker agreement rule (scripts/eval/quotes.ts): an acronym agrees with its expansion; the
 * repairs of surface-only gold (relative pronouns, swapped source and cue).
 */
import { describe, expect, test } from 'vitest';
import { antecedentEndsWith, goldSpeakerRefs, speakersAgree } from '../../scripts/eval/quotes';

describe('speakersAgree', () => {
  test('an acronym agrees with the name it abbreviates, short function words skipped', () => {
    expect(speakersAgree('Office fédéral de la santé publique', 'OFSP')).toBe(true);
    expect(speakersAgree('WHO', 'World Health Organization')).toBe(true);
  });

  test('an acronym does not agree with another name', () => {
    expect(speakersAgree('Office fédéral de la santé publique', 'OFEV')).toBe(false);
    expect(speakersAgree('Naturschutzbund Deutschland', 'NABU')).toBe(false);
    // Every long word must give its letter: "Organisation mondiale de la santé" is not "OMC".
    expect(speakersAgree('Organisation mondiale de la santé', 'OMC')).toBe(false);
  });
});

describe('surface-only gold speakers', () => {
  const base = { content: 'x', kind: 'indirect', content_start: 0, content_end: 1 };

  test('a relative pronoun stands for the phrase right before it', () => {
    const text = 'The board heard from Dr. Ann Vale, who said the cuts were deep.';
    const at = text.indexOf('who');
    const { refs, antecedentAt } = goldSpeakerRefs({ ...base, speaker: 'who', speaker_start: at });
    expect(refs).toEqual(['who']);
    expect(antecedentAt).toBe(at);
    expect(antecedentEndsWith(text, at, 'Dr. Ann Vale')).toBe(true);
    expect(antecedentEndsWith(text, at, 'Vale')).toBe(true);
    expect(antecedentEndsWith(text, at, 'The board')).toBe(false);
  });

  test('a German nominative relative pronoun stands for the phrase right before it', () => {
    const text = 'Das Amt übernimmt Pia Sommer, die am Montag erklärte, sie freue sich.';
    const at = text.indexOf('die am');
    expect(goldSpeakerRefs({ ...base, speaker: 'die', speaker_start: at }).antecedentAt).toBe(at);
    expect(antecedentEndsWith(text, at, 'Pia Sommer')).toBe(true);
    expect(antecedentEndsWith(text, at, 'Das Amt')).toBe(false);
  });

  test('a resolved gold speaker or a pronoun other than a relative one is left as it is', () => {
    expect(
      goldSpeakerRefs({ ...base, speaker: 'who', speaker_resolved: 'Ann Vale', speaker_start: 3 })
        .antecedentAt,
    ).toBeUndefined();
    expect(goldSpeakerRefs({ ...base, speaker: 'he', speaker_start: 3 }).antecedentAt).toBeUndefined();
  });

  test('a cue word given as the speaker before a capitalised cue: the cue is the speaker', () => {
    expect(
      goldSpeakerRefs({ ...base, speaker: 'said', cue: 'Hester', speaker_start: 10, cue_start: 15 }).refs,
    ).toEqual(['Hester']);
    // Not when the cue comes first ("Как говорит, он …"): the gold is then right.
    expect(
      goldSpeakerRefs({ ...base, speaker: 'он', cue: 'Как говорит,', speaker_start: 4, cue_start: 0 }).refs,
    ).toEqual(['он']);
  });
});
