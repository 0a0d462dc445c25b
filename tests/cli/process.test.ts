/** The real command, as `npm run -s analyze` starts it: standard streams, exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PAGE } from '../article/load-page';

const ROOT = join(import.meta.dirname, '..', '..');

function analyze(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'analyze.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('scripts/analyze.ts', () => {
  it('reads JSONL on standard input, writes JSON Lines, and exits 1 naming a bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The minister said the talks would resume.' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'Le ministre a dit que les discussions reprendraient.' }),
    ].join('\n');
    const result = analyze(['-'], input);
    expect(result.status).toBe(1);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['a', 'c']);
    expect(result.stderr).toMatch(/^veille: -:2: invalid JSON/);
  }, 60_000);

  it('exits 0 on a good page and 2 on a usage error', () => {
    expect(analyze([SEED_PAGE, '--format', 'md']).status).toBe(0);
    const usage = analyze(['--format']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format needs a value');
  }, 60_000);
});
