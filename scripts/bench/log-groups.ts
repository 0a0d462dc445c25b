/**
 * `npm run bench`, reading-log part (issue 6): speakers grouped as people, and statements reported by several
 * articles, at 10,000 and 100,000, each next to a baseline run in the same process — grouping by exact folded
 * name, and by exact normalised text — so the figures are ratios that mean the same on any machine. Also the
 * grouping's quality on generated name variants (pairwise precision and recall against their truth).
 */
import { bySpeaker } from '../../utils/log/reported';
import { foldForSearch } from '../../utils/log/search';
import { sameStatements } from '../../utils/log/same-statement';
import { groupOfName, groupSpeakers } from '../../utils/log/speakers';
import { generateEntries } from '../log/generate-entries';
import { generateNames, groupingQuality } from '../log/generate-names';

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

function benchSpeakers(count: number): void {
  const names = generateNames(count, 3);
  // Warm up the code paths once on a small set, so compilation is not counted.
  groupSpeakers(generateNames(2_000, 4));
  const [baseline, baselineMs] = time(() => {
    const groups = new Map<string, string[]>();
    for (const { name } of names) {
      const key = foldForSearch(name).replace(/\s+/g, ' ');
      const group = groups.get(key);
      if (group) group.push(name);
      else groups.set(key, [name]);
    }
    return groups;
  });
  const [groups, groupsMs] = time(() => groupSpeakers(names));
  const groupOf = groupOfName(groups);
  const quality = groupingQuality(names, (name) => groupOf.get(name)!.key);
  console.log(
    `  ${names.length.toLocaleString('en')} names → ${groups.length.toLocaleString('en')} people in ${ms(groupsMs)}` +
      ` (${(groupsMs / baselineMs).toFixed(1)}× exact-name grouping, ${ms(baselineMs)}, ${baseline.size.toLocaleString('en')} groups);` +
      ` precision ${quality.precision.toFixed(3)}, recall ${quality.recall.toFixed(3)}`,
  );
}

function benchSameStatements(count: number): void {
  const { entries } = generateEntries(count, 21);
  // Wire copy: one article in twenty carries a statement of another, as written or cut short.
  let planted = 0;
  for (let index = 20; index < entries.length; index += 20) {
    const source = entries[index - 13]!.statements[0];
    if (!source?.speaker) continue;
    const content = index % 40 ? source.content : source.content.slice(0, -12);
    const copy = { ...source, id: `${source.id}-copy`, content };
    entries[index] = { ...entries[index]!, statements: [...entries[index]!.statements, copy] };
    planted++;
  }
  const statements = entries.reduce((sum, entry) => sum + entry.statements.length, 0);
  const [, baselineMs] = time(() => {
    const groups = new Map<string, number>();
    for (const entry of entries)
      for (const { speaker, content } of entry.statements) {
        const key = `${speaker}\u0000${foldForSearch(content).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
      }
    return groups;
  });
  const items = entries.flatMap((entry) =>
    entry.statements.map(({ speaker, content }) => ({ group: speaker, content })),
  );
  const [clusters, sameMs] = time(() => sameStatements(items));
  const [, wholeMs] = time(() => bySpeaker(entries));
  console.log(
    `  ${count.toLocaleString('en')} entries, ${statements.toLocaleString('en')} statements: ${clusters.length.toLocaleString('en')} reported several times` +
      ` (${planted.toLocaleString('en')} copies planted),` +
      ` found in ${ms(sameMs)} (${(sameMs / baselineMs).toFixed(1)}× exact-text grouping, ${ms(baselineMs)});` +
      ` with speaker grouping, as an export does it: ${ms(wholeMs)}`,
  );
}

export function benchLogGroups(quick: boolean): void {
  console.log('\nReading log: speakers grouped as people (utils/log/speakers.ts), generated name variants');
  for (const count of quick ? [10_000] : [10_000, 100_000]) benchSpeakers(count);
  console.log('Reading log: the same statement reported by several articles (utils/log/same-statement.ts)');
  for (const count of quick ? [10_000] : [10_000, 100_000]) benchSameStatements(count);
}
