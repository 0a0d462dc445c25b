import { describe, expect, it } from 'vitest';
import { sitePattern } from '@/components/Onboarding';
import { groupBySpeaker } from '@/components/SpeakerGroups';
import type { Statement } from '@/utils/types';

describe('site patterns for "only on the sites I list"', () => {
  it('turn what people type into an origin pattern', () => {
    expect(sitePattern('lemonde.fr')).toBe('https://lemonde.fr/*');
    expect(sitePattern(' https://www.lemonde.fr/international/article ')).toBe('https://www.lemonde.fr/*');
    expect(sitePattern('http://localhost:8080')).toBe('http://localhost:8080/*');
  });

  it('refuse what is not a web address', () => {
    for (const input of ['', 'not a site', 'ftp://files.example', 'javascript:alert(1)', 'intranet']) {
      expect(sitePattern(input), input).toBeNull();
    }
  });
});

describe('grouping statements by speaker', () => {
  const statement = (id: string, speaker: string, start: number) => ({ id, speaker, start }) as Statement;
  it('keeps speakers in order of first appearance and statements in text order', () => {
    const groups = groupBySpeaker([
      statement('c', 'B', 30),
      statement('a', 'A', 10),
      statement('b', 'B', 5),
      statement('d', '', 50),
    ]);
    expect(groups.map((group) => [group.speaker, group.statements.map((s) => s.id)])).toEqual([
      ['B', ['b', 'c']],
      ['A', ['a']],
      ['', ['d']],
    ]);
  });
});
