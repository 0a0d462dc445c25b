/**
 * The log read as people and statements rather than articles: speakers grouped across the log (speakers.ts) and
 * each statement with every article that reported it (same-statement.ts). Derived when read — the stored log keeps
 * one entry per article, unchanged — for the speaker view and the exports.
 */
import type { Statement } from '../types';
import { entryDay, type SpeakerStatement } from './query';
import { sameStatementsInSteps } from './same-statement';
import type { LogEntry } from './schema';
import { runSteps } from './steps';
import { groupOfName, groupSpeakersInSteps, type GroupingOptions, type SpeakerGroup } from './speakers';

/** One statement and every article that reported it, earliest first. */
export interface ReportedStatement {
  /** The statement as each article gave it, by publication date; never empty. */
  sources: SpeakerStatement[];
  /** Distinct articles among the sources. */
  articles: number;
}

const bySourceDate = (a: SpeakerStatement, b: SpeakerStatement) => {
  const x = entryDay(a.entry);
  const y = entryDay(b.entry);
  if (x !== y) return x < y ? -1 : 1;
  if (a.entry.url !== b.entry.url) return a.entry.url < b.entry.url ? -1 : 1;
  return a.statement.start - b.statement.start;
};

/**
 * The statements given, each once, those that are one statement together: in the order of their earliest source
 * (the statements are taken in the order given for ties). `groupOf` names a speaker's group.
 */
export function* reportedInSteps(
  said: readonly SpeakerStatement[],
  groupOf: (speaker: string) => string,
): Generator<void, ReportedStatement[], void> {
  const clusters = yield* sameStatementsInSteps(
    said.map(({ statement }) => ({
      group: statement.speaker ? groupOf(statement.speaker) : '',
      content: statement.content,
    })),
  );
  const clusterOf = new Map<number, number[]>();
  for (const cluster of clusters) for (const index of cluster) clusterOf.set(index, cluster);
  const reported: ReportedStatement[] = [];
  for (const [index, source] of said.entries()) {
    const cluster = clusterOf.get(index);
    if (!cluster) reported.push({ sources: [source], articles: 1 });
    else if (cluster[0] === index) {
      const sources = cluster.map((member) => said[member]!).sort(bySourceDate);
      reported.push({ sources, articles: new Set(sources.map(({ entry }) => entry.url)).size });
    }
  }
  return reported.sort((a, b) => bySourceDate(a.sources[0]!, b.sources[0]!));
}

export function reported(
  said: readonly SpeakerStatement[],
  groupOf: (speaker: string) => string,
): ReportedStatement[] {
  return runSteps(reportedInSteps(said, groupOf));
}

export interface LogBySpeaker {
  groups: SpeakerGroup[];
  /** A speaker's name → its group. */
  groupOf: Map<string, SpeakerGroup>;
  /** Every statement of the entries, each once, with its sources. */
  statements: ReportedStatement[];
}

/** Statements with an unknown speaker are grouped under this key (and never with each other). */
export const UNKNOWN_SPEAKER = '';

/** Speakers grouped and statements with their sources, over the entries given (an export's), in steps. */
export function* bySpeakerInSteps(
  entries: readonly LogEntry[],
  options: GroupingOptions = {},
): Generator<void, LogBySpeaker, void> {
  const counts = new Map<string, { statements: number; langs: Set<string> }>();
  const said: SpeakerStatement[] = [];
  for (const entry of entries) {
    for (const statement of entry.statements) {
      said.push({ statement, entry });
      if (!statement.speaker) continue;
      const count = counts.get(statement.speaker);
      if (count) {
        count.statements++;
        count.langs.add(entry.lang);
      } else counts.set(statement.speaker, { statements: 1, langs: new Set([entry.lang]) });
    }
  }
  yield;
  const groups = yield* groupSpeakersInSteps(
    [...counts].map(([name, { statements, langs }]) => ({ name, statements, langs: [...langs] })),
    options,
  );
  const groupOf = groupOfName(groups);
  const statements = yield* reportedInSteps(said, (speaker) => groupOf.get(speaker)?.key ?? UNKNOWN_SPEAKER);
  return { groups, groupOf, statements };
}

export function bySpeaker(entries: readonly LogEntry[], options: GroupingOptions = {}): LogBySpeaker {
  return runSteps(bySpeakerInSteps(entries, options));
}

// At most 100,000 characters a word, not `+`: V8's `+` over a run of letters megabytes long overflows its stack.
const wordCount = (text: string) => text.match(/[\p{L}\p{N}]{1,100000}/gu)?.length ?? 0;

/** The text a group of sources is shown by: the one with the most words (a source may have cut it short). */
export function fullestVersion(statement: ReportedStatement): Statement {
  let best = statement.sources[0]!.statement;
  let bestWords = wordCount(best.content);
  for (const { statement: candidate } of statement.sources.slice(1)) {
    const words = wordCount(candidate.content);
    if (words > bestWords) [best, bestWords] = [candidate, words];
  }
  return best;
}
