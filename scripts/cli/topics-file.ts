/** Reads and validates a `--topics` file: an array of topics, or an export holding a `topics` array. */
import { readFileSync } from 'node:fs';
import type { Topic } from '../../utils/types';
import { TopicsFileError, validateTopics } from '../../utils/topics/topics-file';

export { TopicsFileError, validateTopics };

export function loadTopicsFile(path: string): Topic[] {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TopicsFileError(
      code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new TopicsFileError(`invalid JSON (${(error as Error).message})`);
  }
  return validateTopics(value);
}
