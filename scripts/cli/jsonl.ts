/** One JSONL record of the command line's input: `{id?, url?, title?, text | html, lang?, publishedAt?}`. */

export interface JsonlRecord {
  id?: string;
  url?: string;
  title?: string;
  /** The text, analysed as is (offsets refer to it). Wins over `html` when both are given. */
  text?: string;
  html?: string;
  lang?: string;
  publishedAt?: string;
}

export type JsonlResult = { record: JsonlRecord } | { error: string };

const STRING_FIELDS = ['url', 'title', 'text', 'html', 'lang', 'publishedAt'] as const;

export function parseJsonlRecord(line: string): JsonlResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `invalid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'expected a JSON object such as {"id": "…", "text": "…"}' };
  }
  const input = value as Record<string, unknown>;
  const record: JsonlRecord = {};
  // Ids are echoed as given; numbers are common in datasets and become their decimal text.
  if (typeof input.id === 'string' || typeof input.id === 'number') record.id = String(input.id);
  else if (input.id !== undefined && input.id !== null) return { error: '"id" must be a string or a number' };
  for (const field of STRING_FIELDS) {
    const fieldValue = input[field];
    if (fieldValue === undefined || fieldValue === null) continue;
    if (typeof fieldValue !== 'string') return { error: `"${field}" must be a string` };
    record[field] = fieldValue;
  }
  if (record.text === undefined && record.html === undefined) {
    return { error: 'the record has neither "text" nor "html"' };
  }
  return { record };
}
