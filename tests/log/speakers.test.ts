import { describe, expect, it } from 'vitest';
import { groupOfName, groupSpeakers, nameSkeleton, type SpeakerGroup } from '@/utils/log/speakers';
import { aliasTable } from '@/utils/statements/aliases';
import { generateNames, groupingQuality } from '../../scripts/log/generate-names';

/** The groups of these names (each said once), as lists of names, for comparing. */
function grouped(names: string[], lang?: string): string[][] {
  const groups = groupSpeakers(
    names.map((name) => ({ name, statements: 1 })),
    lang ? { lang } : {},
  );
  return groups.map((group) => group.members.map((member) => member.name).sort()).sort();
}

const together = (groups: string[][], ...names: string[]) =>
  groups.some((group) => names.every((name) => group.includes(name)));
const apart = (groups: string[][], a: string, b: string) => !together(groups, a, b);

describe('speakers grouped across the log', () => {
  it('puts one public figure’s spellings, scripts and short forms together through the alias table', () => {
    const names = ['Vladimir Poutine', 'Poutine', 'Putin', 'Wladimir Putin', 'V. Putin', 'Путин', 'Путін'];
    const groups = groupSpeakers(
      names.map((name) => ({ name, statements: 2 })),
      { lang: 'fr' },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      key: 'alias:vladimir-putin',
      label: 'Vladimir Poutine',
      statements: 14,
    });
    // No name of the table quoted: the interface's language, else the articles'.
    const english = groupSpeakers([{ name: 'Poutine', statements: 1, langs: ['en'] }]);
    expect(english[0]!.label).toBe('Vladimir Putin');
    const german = groupSpeakers([{ name: 'Putin', statements: 1, langs: ['de'] }], { lang: 'fr' });
    expect(german[0]!.label).toBe('Vladimir Poutine');
    // The table's name the log quotes most.
    const mixed = groupSpeakers([
      { name: 'Vladimir Poutine', statements: 2 },
      { name: 'Vladimir Putin', statements: 5 },
    ]);
    expect(mixed[0]!.label).toBe('Vladimir Putin');
  });

  it('groups people the alias table does not know: transliterations, initials, a surname alone, a typo', () => {
    const groups = grouped([
      'Ivan Petrenko',
      'Iwan Petrenko',
      'Іван Петренко',
      'I. Petrenko',
      'Ivan Petrneko',
      'Mykola Shevchuk',
      'Mykola Chevtchouk',
      'Mikola Szewczuk',
      'Jean-Yves Le Drian',
      'J.-Y. Le Drian',
      'Le Drian',
      'Halyna Tkachenko',
      'Tkachenko',
    ]);
    expect(
      together(groups, 'Ivan Petrenko', 'Iwan Petrenko', 'Іван Петренко', 'I. Petrenko', 'Ivan Petrneko'),
    ).toBe(true);
    expect(together(groups, 'Mykola Shevchuk', 'Mykola Chevtchouk', 'Mikola Szewczuk')).toBe(true);
    expect(together(groups, 'Jean-Yves Le Drian', 'J.-Y. Le Drian', 'Le Drian')).toBe(true);
    expect(together(groups, 'Halyna Tkachenko', 'Tkachenko')).toBe(true);
    expect(groups).toHaveLength(4);
  });

  it('never merges two people who share a surname without evidence', () => {
    const groups = grouped([
      'Hunter Biden',
      'Joe Biden',
      'Olena Petrenko',
      'Ivan Petrenko',
      'Petrenko',
      'O. Petrenko',
      'Mark Kovalenko',
      'Maria Kovalenko',
      'M. Kovalenko',
      'Alexander Hrytsenko',
      'Alexandra Hrytsenko',
      'Alex Hrytsenko',
      'Dmytro Savchuk',
      'Dmytr Savchuk',
    ]);
    expect(apart(groups, 'Hunter Biden', 'Joe Biden')).toBe(true);
    expect(apart(groups, 'Olena Petrenko', 'Ivan Petrenko')).toBe(true);
    // "Petrenko" could be either: it stays on its own. "O." can only be Olena.
    expect(groups).toContainEqual(['Petrenko']);
    expect(together(groups, 'Olena Petrenko', 'O. Petrenko')).toBe(true);
    // "M." could be Mark or Maria.
    expect(groups).toContainEqual(['M. Kovalenko']);
    expect(apart(groups, 'Mark Kovalenko', 'Maria Kovalenko')).toBe(true);
    // "Alex" could be Alexander or Alexandra; "Dmytr" can only be Dmytro.
    expect(groups).toContainEqual(['Alex Hrytsenko']);
    expect(apart(groups, 'Alexander Hrytsenko', 'Alexandra Hrytsenko')).toBe(true);
    expect(together(groups, 'Dmytro Savchuk', 'Dmytr Savchuk')).toBe(true);
  });

  it('keeps close but different surnames apart, and institutions by their alias or exact name', () => {
    const groups = grouped([
      'Olena Ronenko',
      'Olena Lonenko',
      'Kremlin',
      'le Kremlin',
      'Кремль',
      'Council of Examples',
      'council of examples',
      'Ministry of Examples',
    ]);
    expect(apart(groups, 'Olena Ronenko', 'Olena Lonenko')).toBe(true);
    expect(together(groups, 'Kremlin', 'le Kremlin', 'Кремль')).toBe(true);
    expect(together(groups, 'Council of Examples', 'council of examples')).toBe(true);
    expect(apart(groups, 'Council of Examples', 'Ministry of Examples')).toBe(true);
  });

  it('takes the user’s own aliases', () => {
    const aliases = aliasTable([
      {
        key: 'ana',
        kind: 'person',
        names: { en: 'Ana Vidal' },
        surnames: ['Vidal'],
        aliases: ['La Presidenta'],
      },
    ]);
    const groups = groupSpeakers(
      ['Ana Vidal', 'La Presidenta'].map((name) => ({ name, statements: 1 })),
      { aliases },
    );
    expect(groups.map((group) => group.label)).toEqual(['Ana Vidal']);
  });

  it('labels a group by its most quoted name written in full, and counts its statements', () => {
    const groups: SpeakerGroup[] = groupSpeakers([
      { name: 'Tkachenko', statements: 9 },
      { name: 'Halyna Tkachenko', statements: 3 },
      { name: 'H. Tkachenko', statements: 1 },
    ]);
    expect(groups).toEqual([
      {
        key: 'name:halyna tkachenko',
        label: 'Halyna Tkachenko',
        members: [
          { name: 'Tkachenko', statements: 9 },
          { name: 'Halyna Tkachenko', statements: 3 },
          { name: 'H. Tkachenko', statements: 1 },
        ],
        statements: 13,
      },
    ]);
    expect(groupOfName(groups).get('H. Tkachenko')?.label).toBe('Halyna Tkachenko');
  });

  it('spells names the same across transliterations', () => {
    expect(nameSkeleton('poutine')).toBe(nameSkeleton('putin'));
    expect(nameSkeleton('путин')).toBe(nameSkeleton('putin'));
    expect(nameSkeleton('selenskyj')).toBe(nameSkeleton('zelensky'));
    expect(nameSkeleton('wladimir')).toBe(nameSkeleton('vladimir'));
    expect(nameSkeleton('schoigu')).toBe(nameSkeleton('choigou'));
  });

  it('groups thousands of generated name variants with few mistakes', () => {
    for (const count of [2_000, 10_000]) {
      const names = generateNames(count, 3);
      const groupOf = groupOfName(groupSpeakers(names));
      const quality = groupingQuality(names, (name) => groupOf.get(name)!.key);
      expect(quality.precision).toBeGreaterThan(0.98);
      expect(quality.recall).toBeGreaterThan(0.94);
    }
  });
});
