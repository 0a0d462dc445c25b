import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../scripts/cli/args';

describe('parseArgs', () => {
  it('reads inputs and options in any order, with or without "="', () => {
    expect(
      parseArgs(['a.html', '--format', 'md', '--topics=t.json', '--lang', 'FR', '--with-text', 'b.txt']),
    ).toEqual({
      inputs: ['a.html', 'b.txt'],
      format: 'md',
      topicsFile: 't.json',
      lang: 'fr',
      withText: true,
      positions: false,
      help: false,
    });
  });

  it('turns the positions mode on with --positions', () => {
    expect(parseArgs(['a.txt', '--positions']).positions).toBe(true);
    expect(parseArgs(['a.txt']).positions).toBe(false);
  });

  it('takes "-" as standard input and everything after "--" as inputs', () => {
    expect(parseArgs(['-', '--', '--odd-name.txt']).inputs).toEqual(['-', '--odd-name.txt']);
  });

  it('accepts --help without inputs', () => {
    expect(parseArgs(['--help']).help).toBe(true);
    expect(parseArgs(['-h']).help).toBe(true);
  });

  it.each([
    [[], 'no input given'],
    [['--format', 'xml', 'a.html'], '--format must be json, jsonl or md (got "xml")'],
    [['a.html', '--format'], '--format needs a value'],
    [['--lang', 'french', 'a.html'], '--lang wants an ISO 639-1 code such as fr or en (got "french")'],
    [['--verbose', 'a.html'], 'unknown option --verbose'],
  ])('rejects %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});
