/**
 * The lossless export (DESIGN.md, Export and import): `{ format: "veille-log", version, exportedAt, topics,
 * entries, saved }`, one entry a line so that two exports can be compared with a text diff. `version` is the log's
 * schema version: an import upgrades entries of older versions and refuses newer ones. `saved` (from version 4)
 * holds the passages saved as statements, so that a backup restores them too; an export of a filtered selection
 * has none (the filters choose articles, not passages), and an import reads files without it.
 *
 * After the entries come two derived lists, which an import ignores (the entries hold everything): `speakers`, the
 * names grouped as one person (utils/log/speakers.ts), and `sameStatements`, the statements reported by several
 * articles, each source named (utils/log/same-statement.ts).
 */
import { bySpeakerInSteps, type LogBySpeaker } from '../log/reported';
import { LOG_SCHEMA_VERSION } from '../log/schema';
import { stepsAsPieces, type ExportFormat, type ExportInput, type ExportPieces } from './types';

export const LOG_EXPORT_FORMAT = 'veille-log';

function* writeJson(input: ExportInput): ExportPieces {
  const head = {
    format: LOG_EXPORT_FORMAT,
    version: LOG_SCHEMA_VERSION,
    exportedAt: input.exportedAt,
    topics: input.topics,
  };
  // The head without its closing brace, then the entries: the same object as JSON.stringify would give.
  yield { text: `${JSON.stringify(head).slice(0, -1)},"entries":[`, entriesDone: 0 };
  for (const [index, entry] of input.entries.entries()) {
    yield { text: `${index === 0 ? '' : ','}\n${JSON.stringify(entry)}`, entriesDone: index + 1 };
  }
  if (input.saved) yield { text: `\n],"saved":[${lines(input.saved)}`, entriesDone: input.entries.length };
  const bySpeaker = yield* stepsAsPieces(bySpeakerInSteps(input.entries), input.entries.length);
  yield { text: `\n]${derivedLists(bySpeaker)}}\n`, entriesDone: input.entries.length };
}

/** `,"speakers":[…],"sameStatements":[…]`: the groups of two names or more, the statements of two sources or more. */
function derivedLists({ groups, statements }: LogBySpeaker): string {
  const speakers = groups
    .filter((group) => group.members.length > 1)
    .map((group) => ({ label: group.label, names: group.members.map((member) => member.name) }));
  const groupOf = new Map(groups.flatMap((group) => group.members.map(({ name }) => [name, group.label])));
  const same = statements
    .filter((statement) => statement.sources.length > 1)
    .map((statement) => ({
      speaker: groupOf.get(statement.sources[0]!.statement.speaker) ?? '',
      articles: statement.articles,
      sources: statement.sources.map(({ entry, statement: source }) => ({
        url: entry.url,
        statementId: source.id,
        ...(entry.site === undefined ? {} : { site: entry.site }),
        ...(entry.publishedAt === undefined ? {} : { publishedAt: entry.publishedAt }),
      })),
    }));
  return `,"speakers":[${lines(speakers)}\n],"sameStatements":[${lines(same)}\n]`;
}

/** One item a line, comma-separated, for a JSON list. */
const lines = (items: readonly unknown[]) => items.map((item) => `\n${JSON.stringify(item)}`).join(',');

export const jsonExport: ExportFormat = {
  id: 'json',
  extension: 'json',
  mimeType: 'application/json',
  write: writeJson,
};
