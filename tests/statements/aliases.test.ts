/** The alias table: one public figure or institution under its names across languages and scripts. */
import { describe, expect, test } from 'vitest';
import { aliasName, aliasTable, DEFAULT_ALIASES, type AliasEntry } from '../../utils/statements/aliases';
import { ru } from '../../utils/statements/lexicon/ru';
import { uk } from '../../utils/statements/lexicon/uk';
import { extract } from './helpers';
import { extractStatements } from '../../utils/statements';

describe('alias table', () => {
  const table = aliasTable();

  test('surnames in every script and spelling, alone or with a given name, denote one entry', () => {
    for (const name of [
      'Putin',
      'Poutine',
      'Путин',
      'Путін',
      'Vladimir Poutine',
      'Владимир Владимирович Путин',
    ])
      expect(table.byName(name)?.key, name).toBe('vladimir-putin');
    expect(table.byName('Wolodymyr Selenskyj')?.key).toBe('volodymyr-zelensky');
  });

  test('whole names only: another person with the same surname is not the entry', () => {
    expect(table.byName('Hunter Biden')).toBeUndefined();
    expect(table.byName('Biden')?.key).toBe('joe-biden');
  });

  test('inflected names come back to the nominative with the language’s case endings', () => {
    expect(table.byName('Пескова', ru.caseEndings)?.key).toBe('dmitry-peskov');
    expect(table.byName('Путіна', uk.caseEndings)?.key).toBe('vladimir-putin');
    expect(table.byName('Путіна')).toBeUndefined();
  });

  test('institutions under acronyms and other names', () => {
    for (const name of ['OTAN', 'НАТО', 'Alliance atlantique', 'NATO'])
      expect(table.byName(name)?.key).toBe('nato');
    expect(table.byName('Кремль')?.key).toBe('kremlin');
  });

  test('roles that denote one figure, exactly or as the start of a longer role', () => {
    expect(table.byRole('chef du Kremlin')?.key).toBe('vladimir-putin');
    expect(table.byRole('alta representante de la UE para Política Exterior')).toBeUndefined();
    expect(table.byRole('alta representante de la UE para Política Exterior', true)?.key).toBe('kaja-kallas');
  });

  test('names are shown in the article’s language, English otherwise', () => {
    const putin = DEFAULT_ALIASES.find((e) => e.key === 'vladimir-putin')!;
    expect(aliasName(putin, 'fr')).toBe('Vladimir Poutine');
    expect(aliasName(putin, 'uk')).toBe('Володимир Путін');
    expect(aliasName(putin, 'nl')).toBe('Vladimir Putin');
  });

  test('user entries come first and can replace a default entry with the same key', () => {
    const mine: AliasEntry[] = [
      {
        key: 'nato',
        kind: 'institution',
        names: { en: 'North Atlantic Treaty Organization' },
        aliases: ['NATO'],
      },
      { key: 'jane-roe', kind: 'person', names: { en: 'Jane Roe' }, surnames: ['Roe'], givenNames: ['Jane'] },
    ];
    const custom = aliasTable(mine);
    expect(custom.byName('Roe')?.key).toBe('jane-roe');
    expect(aliasName(custom.byName('NATO')!, 'fr')).toBe('North Atlantic Treaty Organization');
    expect(custom.byName('OTAN')).toBeUndefined();
  });
});

describe('speakers under their alias names', () => {
  test('a bare surname becomes the full name in the article’s language', () => {
    const [s] = extract('Poutine a déclaré que les négociations étaient dans l’impasse.', 'fr');
    expect(s).toMatchObject({ speaker: 'Vladimir Poutine', mention: 'Poutine' });
  });

  test('a role that denotes one figure, with no earlier holder in the article', () => {
    const [s] = extract('Le chef du Kremlin a affirmé que l’Alliance menaçait la Russie.', 'fr');
    expect(s?.speaker).toBe('Vladimir Poutine');
  });

  test('a role held by someone named earlier in the article points to that person, not to the alias', () => {
    const [, s] = extract(
      'Le président russe Boris Eltsine a dit que la réforme avancerait. Le président russe a ajouté que le pays tiendrait.',
      'fr',
    );
    expect(s?.speaker).toBe('Boris Eltsine');
  });

  test('a genitive after "по словам" comes back to the canonical name', () => {
    const [s] = extract('По словам Пескова, переговоры продолжатся на следующей неделе.', 'ru');
    expect(s?.speaker).toBe('Дмитрий Песков');
  });

  test('a role and a place read as a name ("Przywódca Ukrainy")', () => {
    const [s] = extract('Przywódca Ukrainy powiedział, że memorandum nie ochroniło kraju.', 'pl');
    expect(s?.speaker).toBe('Wołodymyr Zełenski');
  });

  test('user aliases passed to the extractor', () => {
    const [s] = extractStatements('Roe said the plan would cut waiting lists.', {
      lang: 'en',
      articleKey: 't',
      aliases: [{ key: 'jane-roe', kind: 'person', names: { en: 'Dr Jane Roe' }, surnames: ['Roe'] }],
    });
    expect(s?.speaker).toBe('Dr Jane Roe');
  });
});
