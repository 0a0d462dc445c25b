/**
 * Speaker names as a reading log gathers them, made up with their truth, to measure speaker grouping
 * (utils/log/speakers.ts) in tests and `npm run bench`: invented people, each written several ways — in full, the
 * surname alone, with an initial, transliterated the French, German or Cyrillic way, with a typo — and relatives
 * who share a surname but are other people ("Joe Biden" and "Hunter Biden"). Deterministic (a seeded generator);
 * invented names only.
 */
import { random } from './random';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ro',
  'va',
  'den',
  'sor',
  'tu',
  'bar',
  'mel',
  'gor',
  'pa',
  'shu',
  'di',
];
const ENDINGS = ['enko', 'ov', 'sky', 'in', 'ak', 'uk', 'ets', 'chuk'];
const GIVEN = [
  'Ivan', 'Olena', 'Mykola', 'Petro', 'Anna', 'Boris', 'Taras', 'Oksana', 'Yulia', 'Roman', 'Marta', 'Viktor',
  'Irina', 'Pavel', 'Larysa', 'Vasyl', 'Nadia', 'Stepan', 'Halyna', 'Denys',
]; // prettier-ignore

/** Latin spellings to Cyrillic letters, longest first. */
const TO_CYRILLIC: [string, string][] = [
  ['sky', 'ский'], ['shch', 'щ'], ['chuk', 'чук'], ['sh', 'ш'], ['ch', 'ч'], ['kh', 'х'], ['ts', 'ц'],
  ['yu', 'ю'], ['ya', 'я'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['g', 'г'], ['h', 'г'], ['d', 'д'], ['e', 'е'],
  ['z', 'з'], ['i', 'и'], ['y', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'],
]; // prettier-ignore

function cyrillic(name: string): string {
  let out = '';
  let rest = name.toLowerCase();
  while (rest) {
    const rule = TO_CYRILLIC.find(([latin]) => rest.startsWith(latin));
    out += rule ? rule[1] : rest[0];
    rest = rest.slice(rule ? rule[0].length : 1);
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const french = (word: string) => word.replace(/sh/g, 'ch').replace(/u/g, 'ou').replace(/in$/, 'ine');
const german = (word: string) => word.replace(/sh/g, 'sch').replace(/v/g, 'w').replace(/sky$/, 'ski');

export interface GeneratedName {
  name: string;
  statements: number;
  /**
   * The person it denotes; `undefined` when nothing can tell which (a surname alone, or an initial, shared by two
   * people of the log): grouping must leave it apart from both.
   */
  person: number | undefined;
}

/** About `count` names (several per person), with the person each denotes. */
export function generateNames(count: number, seed = 1): GeneratedName[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const names: GeneratedName[] = [];
  const seenSurnames = new Set<string>();
  const seenNames = new Set<string>();
  // A log's speaker names are distinct: a variant spelt like one already there is the same name.
  const add = (name: string, person: number | undefined) => {
    if (!seenNames.has(name)) names.push({ name, person, statements: 1 + Math.floor(40 * next() ** 3) });
    seenNames.add(name);
  };
  for (let person = 0; names.length < count; person++) {
    let surname = '';
    do {
      surname = '';
      for (let parts = 2 + Math.floor(next() * 2); parts > 0; parts--) surname += pick(SYLLABLES);
      surname += pick(ENDINGS);
    } while (seenSurnames.has(surname));
    seenSurnames.add(surname);
    const given = pick(GIVEN);
    // One family in six has two people in the log; their given names start differently.
    const relative =
      next() < 1 / 6 ? GIVEN.find((other) => other[0] !== given[0] && next() < 0.3) : undefined;
    const family = capital(surname);
    add(`${given} ${family}`, person);
    if (next() < 0.5) add(`${given} ${capital(french(surname))}`, person);
    if (next() < 0.4) add(`${german(given)} ${capital(german(surname))}`, person);
    if (next() < 0.4) add(`${cyrillic(given)} ${cyrillic(surname)}`, person);
    if (next() < 0.5) add(`${given[0]}. ${family}`, person);
    if (surname.length >= 7 && next() < 0.3) {
      const at = 2 + Math.floor(next() * (surname.length - 4));
      const typo = surname.slice(0, at) + surname[at + 1] + surname[at] + surname.slice(at + 2);
      add(`${given} ${capital(typo)}`, person);
    }
    if (relative) {
      const other = ++person;
      add(`${relative} ${family}`, other);
      if (next() < 0.5) add(`${relative} ${capital(french(surname))}`, other);
      if (next() < 0.5) add(`${relative[0]}. ${family}`, other);
      if (next() < 0.5) add(family, undefined); // which of the two? nothing says
    } else if (next() < 0.6) add(next() < 0.5 ? family : capital(french(surname)), person);
  }
  return names;
}

/**
 * Pairwise precision and recall of a grouping against the truth: of the pairs of names put together, the share
 * that are one person; of the pairs that are one person, the share put together. Names whose person is unknown
 * are each a person of their own (putting them with anyone is a mistake).
 */
export function groupingQuality(
  names: readonly GeneratedName[],
  groupOf: (name: string) => string,
): { precision: number; recall: number; pairsPredicted: number; pairsTrue: number } {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const predicted = new Map<string, number>();
  const truth = new Map<string, number>();
  const both = new Map<string, number>();
  for (const [index, { name, person }] of names.entries()) {
    const group = groupOf(name);
    const real = person === undefined ? `alone:${index}` : `person:${person}`;
    predicted.set(group, (predicted.get(group) ?? 0) + 1);
    truth.set(real, (truth.get(real) ?? 0) + 1);
    const cell = `${group}\u0000${real}`;
    both.set(cell, (both.get(cell) ?? 0) + 1);
  }
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + choose2(n), 0);
  const correct = sum(both);
  const pairsPredicted = sum(predicted);
  const pairsTrue = sum(truth);
  return {
    precision: pairsPredicted === 0 ? 1 : correct / pairsPredicted,
    recall: pairsTrue === 0 ? 1 : correct / pairsTrue,
    pairsPredicted,
    pairsTrue,
  };
}
