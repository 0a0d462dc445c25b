/** The eval's speaker agreement rule (scripts/eval/quotes.ts): an acronym agrees with its expansion. */
import { describe, expect, test } from 'vitest';
import { speakersAgree } from '../../scripts/eval/quotes';

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
