/**
 * The lossless export (DESIGN.md, Export and import): `{ format: "veille-log", version, exportedAt, topics,
 * entries }`, one entry a line so that two exports can be compared with a text diff. `version` is the log's
 * schema version: an import upgrades entries of older versions and refuses newer ones.
 */
import { LOG_SCHEMA_VERSION } from '../log/schema';
import type { ExportFormat, ExportInput, ExportPieces } from './types';

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
  yield { text: '\n]}\n', entriesDone: input.entries.length };
}

export const jsonExport: ExportFormat = {
  id: 'json',
  extension: 'json',
  mimeType: 'application/json',
  write: writeJson,
};
