/**
 * One person is one row (issue 6): the speaker names found across the whole log, grouped. Extraction already gives
 * canonical names within an article, but across articles the same person appears as "Vladimir Poutine", "Putin",
 * "V. Putin", "Wladimir Putin" or "Путин". Grouping goes, most certain first:
 * 1. the alias table (utils/statements/aliases.ts): public figures and institutions across languages and scripts;
 * 2. full names ("given… surname"): the same surname, compared on a transliterated, spelling-tolerant skeleton
 *    (fuse.js confirms candidates found through a deletion index, so the work stays linear), and a compatible
 *    given name (equal, one typo apart, or one the start of the other: "Alex"/"Alexander");
 * 3. names with initials ("V. Putin") and surnames alone ("Poutine") join a group only when exactly one group fits:
 *    "Biden" next to "Joe Biden" and "Hunter Biden" stays on its own, for want of evidence.
 * Pure, and written as steps (`groupSpeakersInSteps`) so that the options page can group tens of thousands of names
 * without a long task.
 */
import Fuse from 'fuse.js';
import { aliasName, defaultAliasTable, type AliasEntry, type AliasTable } from '../statements/aliases';
import { foldForSearch } from './search';
import { runSteps } from './steps';

export interface SpeakerName {
  /** As stored in statements (`Statement.speaker`). */
  name: string;
  /** Statements carrying this name. */
  statements: number;
  /** Languages of the articles it was found in (chooses an alias group's label when no language is given). */
  langs?: readonly string[];
}

export interface SpeakerGroup {
  /** Stable while the log does not change: `alias:vladimir-putin`, or `name:` and the folded label. */
  key: string;
  /** The name shown for the person. */
  label: string;
  /** The names grouped, most quoted first. */
  members: { name: string; statements: number }[];
  statements: number;
}

export interface GroupingOptions {
  aliases?: AliasTable;
  /** Language of the interface: alias groups are labelled in it ("Vladimir Poutine" in French). */
  lang?: string;
}

/** Names handled between two yields of the steps. */
const SLICE = 500;

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
}; // prettier-ignore

/**
 * A spelling-tolerant skeleton of one folded word, the same for the usual transliterations of a name: Cyrillic in
 * Latin letters, then the spellings that vary between languages for one sound (Poutine/Putin, Wladimir/Vladimir,
 * Selenskyj/Zelensky, Schoigu/Choïgou/Shoigu), double letters single, a final mute e dropped.
 */
export function nameSkeleton(word: string): string {
  let latin = '';
  for (const char of word) latin += CYRILLIC[char] ?? char;
  const skeleton = latin
    .replace(/[^a-z]/g, '')
    .replace(/sch|tch|ch|sh|sz|cz/g, 's')
    .replace(/kh|ck|q/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
  return skeleton.length > 4 ? skeleton.replace(/e$/, '') : skeleton;
}

/** Lower-case particles that belong to the surname: "von der Leyen", "Le Drian", "de Gaulle". */
const PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'ter', 'zu', 'al',
  'el', 'bin', 'ben', 'ibn',
]); // prettier-ignore

interface ParsedName {
  /** Index into the names given. */
  index: number;
  /** Skeleton of the surname's last word ("leyen" for "von der Leyen", "drian" for "Le Drian"). */
  surname: string;
  /** Skeletons of the written-out given names, in order; empty for a surname alone or initials. */
  given: string[];
  /** First letters of the given names, in Latin letters: "Jean-Yves" and "J.-Y." both give j, y. */
  initials: string;
  /** The given names are initials only ("V. Putin", "J.-Y. Le Drian"). */
  initialsOnly: boolean;
  /** Looks like a person's name (capitalised words and particles), rather than an institution's. */
  personal: boolean;
}

// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const WORD = /[\p{L}\p{N}]{1,100000}(?:[-'’.][\p{L}\p{N}]{1,100000})*\.?/gu;

const latinInitial = (part: string) => (CYRILLIC[part.charAt(0)] ?? part.charAt(0)).charAt(0);

function parseName(name: string, index: number, skeletonOf: (word: string) => string): ParsedName {
  const words = Array.from(name.matchAll(WORD), ([word]) => word);
  const folded = words.map((word) => foldForSearch(word));
  // The surname: the last word, with the particles before it ("von der Leyen"); "Le Drian" has none before "Le".
  let start = Math.max(0, folded.length - 1);
  while (start > 0 && PARTICLES.has(folded[start - 1]!)) start--;
  const surname = skeletonOf(folded[folded.length - 1] ?? '');
  const given: string[] = [];
  let initials = '';
  let written = 0;
  for (const word of folded.slice(0, start)) {
    // "J.-Y." is two initials; "Jean-Yves" one given name whose initials are j and y.
    const parts = word.split(/[-.'’]/).filter(Boolean);
    initials += parts.map(latinInitial).join('');
    if (parts.every((part) => part.length === 1)) continue;
    written++;
    given.push(skeletonOf(parts.join('')));
  }
  const personal =
    words.length > 0 &&
    words.length <= 5 &&
    words.every((word, i) => /^\p{Lu}/u.test(word) || (PARTICLES.has(folded[i]!) && i < words.length - 1));
  return { index, surname, given, initials, initialsOnly: initials !== '' && written === 0, personal };
}

/** Levenshtein distance, abandoned once over `limit` (given names are short: a few dozen steps). */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Two written-out given names that are spellings of one: equal, or a typo apart in long names. */
function sameGivenName(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);
}

/** A short form of a given name: "Alex" of "Alexander" (3 letters at least). */
function shortForm(short: string, long: string): boolean {
  return short.length >= 3 && short.length < long.length && long.startsWith(short);
}

/** Whether one person's given names can be another's: compared on the first given name. */
function compatibleGiven(a: ParsedName, b: ParsedName): boolean {
  if (a.initials === '' || b.initials === '') return true;
  if (a.initialsOnly || b.initialsOnly) {
    const [shorter, longer] = a.initials.length <= b.initials.length ? [a, b] : [b, a];
    return longer.initials.startsWith(shorter.initials);
  }
  const [x, y] = [a.given[0]!, b.given[0]!];
  return sameGivenName(x, y) || shortForm(x, y) || shortForm(y, x);
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/** Surname skeletons shorter than this are compared exactly: "Kim" and "Lim" are not a typo of each other. */
const FUZZY_SURNAME_MIN = 6;
/** A letter more or less is a misspelling only in surnames this long; in shorter ones it is often another name. */
const INDEL_MIN = 8;
/** A deletion variant shared by more surnames than this says nothing (short, common letters). */
const VARIANT_POSTINGS_MAX = 64;

/**
 * Whether two surname skeletons that are one deletion apart (or share one) differ the way a misspelling does: two
 * letters swapped, or one letter more or less. A letter for another ("Roneov", "Loneov") is another name as often
 * as not; the usual transliteration differences are already gone from the skeletons.
 */
function misspelling(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) === 1)
    return Math.min(a.length, b.length) >= INDEL_MIN && editDistance(a, b, 1) === 1;
  if (a.length !== b.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
  const [x, y] = differ;
  return differ.length === 2 && y === x! + 1 && a[x!] === b[y] && a[y] === b[x!];
}

/**
 * Surname skeletons spelt like one another: candidates that share a deletion variant (found through an index,
 * never by comparing every pair), kept when fuse.js finds their letters close and the difference is a
 * misspelling's. Not transitive: each name is compared with its own neighbours only.
 */
function* surnameLinks(surnames: string[]): Generator<void, Map<string, string[]>, void> {
  const variants = new Map<string, number[]>();
  // Each surname's deletion variants, made once: the index is built and probed with the same ones.
  const variantsOf = surnames.map((word) => {
    if (word.length < FUZZY_SURNAME_MIN) return [];
    const out = [word];
    for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    return out;
  });
  for (const [id, own] of variantsOf.entries()) {
    for (const variant of own) {
      const ids = variants.get(variant);
      if (!ids) variants.set(variant, [id]);
      else if (ids.length <= VARIANT_POSTINGS_MAX && ids[ids.length - 1] !== id) ids.push(id);
    }
    if (id % SLICE === SLICE - 1) yield;
  }
  const links = new Map<string, string[]>();
  for (const [id, surname] of surnames.entries()) {
    const seen = new Set<number>([id]);
    const candidates: string[] = [];
    for (const variant of variantsOf[id]!) {
      const ids = variants.get(variant);
      if (!ids || ids.length > VARIANT_POSTINGS_MAX) continue;
      for (const other of ids) {
        if (seen.has(other)) continue;
        seen.add(other);
        if (misspelling(surname, surnames[other]!)) candidates.push(surnames[other]!);
      }
    }
    if (candidates.length > 0) {
      const fuse = new Fuse(candidates, { threshold: 0.3, ignoreLocation: true, isCaseSensitive: true });
      const close = fuse.search(surname).map(({ item }) => item);
      if (close.length > 0) links.set(surname, close);
    }
    if (id % SLICE === SLICE - 1) yield;
  }
  return links;
}

/** Language most of these names were found in; English when nothing says. */
function mainLanguage(names: readonly SpeakerName[]): string {
  const counts = new Map<string, number>();
  for (const { langs, statements } of names)
    for (const lang of langs ?? []) counts.set(lang, (counts.get(lang) ?? 0) + statements);
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) if (count > bestCount) [best, bestCount] = [lang, count];
  return best;
}

/**
 * The groups of the names given, most quoted first, in steps: the caller may give the browser its main thread
 * back between two. The generator returns the groups.
 */
export function* groupSpeakersInSteps(
  names: readonly SpeakerName[],
  options: GroupingOptions = {},
): Generator<void, SpeakerGroup[], void> {
  const table = options.aliases ?? defaultAliasTable();
  const groups = new UnionFind(names.length);
  /** The alias entry of the first name resolved to it, by alias key. */
  const aliasIndex = new Map<string, number>();
  const aliasOf = new Map<number, AliasEntry>();
  const parsed: ParsedName[] = [];
  // Given names and surnames come back again and again: each word's skeleton is made once.
  const skeletons = new Map<string, string>();
  const skeletonOf = (word: string) => {
    let skeleton = skeletons.get(word);
    if (skeleton === undefined) skeletons.set(word, (skeleton = nameSkeleton(word)));
    return skeleton;
  };
  for (const [index, { name }] of names.entries()) {
    const entry = name.trim() ? table.byName(name) : undefined;
    if (entry) {
      const first = aliasIndex.get(entry.key);
      if (first === undefined) aliasIndex.set(entry.key, index);
      else groups.union(first, index);
      aliasOf.set(index, entry);
    }
    parsed.push(parseName(name, index, skeletonOf));
    if (index % SLICE === SLICE - 1) yield;
  }

  // Names by surname (skeleton); a person's name only (institutions are grouped by the alias table, or not at all).
  const families = new Map<string, ParsedName[]>();
  for (const name of parsed) {
    if (!name.personal || !name.surname) continue;
    const members = families.get(name.surname);
    if (members) members.push(name);
    else families.set(name.surname, [name]);
  }
  const links = yield* surnameLinks([...families.keys()]);
  const written = (members: readonly ParsedName[] | undefined) =>
    (members ?? []).filter((m) => m.given.length > 0);

  let handled = 0;
  const pause = (count: number) => (handled += count) >= SLICE && ((handled = 0), true);
  // Full names of one surname: by their first given name, then given names that are variants of one another.
  for (const members of families.values()) {
    const byGiven = new Map<string, ParsedName>();
    for (const name of written(members)) {
      const first = byGiven.get(name.given[0]!);
      if (first) groups.union(first.index, name.index);
      else byGiven.set(name.given[0]!, name);
    }
    const givenNames = [...byGiven.keys()];
    const union = (x: string, y: string) => groups.union(byGiven.get(x)!.index, byGiven.get(y)!.index);
    // Comparing every pair of distinct given names is fine for the few a surname carries, not for thousands.
    if (givenNames.length <= 200) {
      for (let i = 0; i < givenNames.length; i++)
        for (let j = i + 1; j < givenNames.length; j++)
          if (sameGivenName(givenNames[i]!, givenNames[j]!)) union(givenNames[i]!, givenNames[j]!);
      // A short form joins the one long form it can be: "Alex" beside Alexander and Alexandra stays apart.
      for (const short of givenNames) {
        const longer = givenNames.filter((long) => shortForm(short, long));
        if (
          longer.length > 0 &&
          longer.every(
            (long) => groups.find(byGiven.get(long)!.index) === groups.find(byGiven.get(longer[0]!)!.index),
          )
        )
          union(short, longer[0]!);
      }
    }
    if (pause(members.length)) yield;
  }
  // Full names of misspelt surnames: only with the very same given name (one uncertainty at a time).
  for (const [surname, others] of links) {
    const byGiven = new Map(written(families.get(surname)).map((name) => [name.given[0]!, name]));
    for (const other of others)
      for (const name of written(families.get(other))) {
        const same = byGiven.get(name.given[0]!);
        if (same) groups.union(same.index, name.index);
      }
    if (pause(others.length)) yield;
  }
  // Initials, then surnames alone, join the one group they fit: among the names of their own surname, else of
  // its misspellings. Several fit: no evidence, they stay apart.
  for (const [surname, members] of families) {
    const partial = members
      .filter((m) => m.given.length === 0)
      .sort((a, b) => b.initials.length - a.initials.length);
    if (partial.length === 0) continue;
    let full = written(members);
    if (full.length === 0) full = (links.get(surname) ?? []).flatMap((other) => written(families.get(other)));
    const standalone: ParsedName[] = [];
    for (const name of partial) {
      const fits = new Set<number>();
      for (const other of full) if (compatibleGiven(name, other)) fits.add(groups.find(other.index));
      if (fits.size === 1) groups.union(name.index, [...fits][0]!);
      else if (fits.size === 0) standalone.push(name);
    }
    // Nothing written out to compare with: two "V. Putin" are one person, and "Putin" is the one V. Putin.
    const byInitials = new Map<string, number>();
    for (const name of standalone) {
      const first = byInitials.get(name.initials);
      if (first === undefined) byInitials.set(name.initials, name.index);
      else groups.union(first, name.index);
    }
    const bare = byInitials.get('');
    if (bare !== undefined && byInitials.size === 2)
      for (const [initials, index] of byInitials) if (initials !== '') groups.union(bare, index);
    if (pause(members.length)) yield;
  }

  // Exact same folded name (institutions, names of other shapes): one group.
  const byFolded = new Map<string, number>();
  for (const [index, { name }] of names.entries()) {
    const folded = foldForSearch(name.trim()).replace(/\s+/g, ' ');
    const first = byFolded.get(folded);
    if (first === undefined) byFolded.set(folded, index);
    else groups.union(first, index);
    if (index % SLICE === SLICE - 1) yield;
  }

  const byRoot = new Map<number, number[]>();
  for (let index = 0; index < names.length; index++) {
    const root = groups.find(index);
    const members = byRoot.get(root);
    if (members) members.push(index);
    else byRoot.set(root, [index]);
  }
  const result: SpeakerGroup[] = [];
  for (const indices of byRoot.values()) {
    const members = indices
      .map((index) => names[index]!)
      .sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
    const alias = indices.map((index) => aliasOf.get(index)).find(Boolean);
    const label = alias
      ? aliasLabel(alias, members, options.lang)
      : labelOf(indices.map((index) => ({ ...names[index]!, parsed: parsed[index]! })));
    result.push({
      key: alias ? `alias:${alias.key}` : `name:${foldForSearch(label)}`,
      label,
      members: members.map(({ name, statements }) => ({ name, statements })),
      statements: members.reduce((sum, member) => sum + member.statements, 0),
    });
    if (pause(indices.length)) yield;
  }
  return result.sort((a, b) => b.statements - a.statements || a.label.localeCompare(b.label));
}

/**
 * The name an alias group is shown under: the table's name in the language the log quotes most under it (its most
 * quoted member that is one of the table's names: "Vladimir Poutine" in a French reader's log), else the name in
 * the interface's language, else in the language of the articles.
 */
function aliasLabel(alias: AliasEntry, members: readonly SpeakerName[], lang: string | undefined): string {
  const canonical = new Set(Object.values(alias.names));
  const quoted = members.find((member) => canonical.has(member.name));
  return quoted?.name ?? aliasName(alias, lang ?? mainLanguage(members));
}

/** The name a group is shown under: its most quoted name written out in full, else its most quoted name. */
function labelOf(members: (SpeakerName & { parsed: ParsedName })[]): string {
  const rank = (m: SpeakerName & { parsed: ParsedName }) => (m.parsed.given.length > 0 ? 1 : 0);
  return [...members].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      b.statements - a.statements ||
      b.name.length - a.name.length ||
      a.name.localeCompare(b.name),
  )[0]!.name;
}

/** The groups at once (tests, exports, the CLI). */
export function groupSpeakers(names: readonly SpeakerName[], options: GroupingOptions = {}): SpeakerGroup[] {
  return runSteps(groupSpeakersInSteps(names, options));
}

/** Name → the key of its group, for filters that hold a group and rows that hold names. */
export function groupOfName(groups: readonly SpeakerGroup[]): Map<string, SpeakerGroup> {
  const map = new Map<string, SpeakerGroup>();
  for (const group of groups) for (const { name } of group.members) map.set(name, group);
  return map;
}
