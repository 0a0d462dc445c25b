/** The command line's options (DESIGN.md, "Command line"), parsed without side effects so they can be tested. */

export type OutputFormat = 'json' | 'jsonl' | 'md';

export interface CliOptions {
  inputs: string[];
  /** Absent: json for one article, jsonl for several. */
  format?: OutputFormat;
  topicsFile?: string;
  lang?: string;
  withText: boolean;
  /** The positions mode: stances and intentions as statements too (`ExtractOptions.positions`). */
  positions: boolean;
  help: boolean;
}

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run -s analyze -- [options] <input>...

Finds the article(s) in each input, the tracked topics they cover and who said what.

Inputs:
  page.html, page.htm    a web page (the article(s) are extracted as in the browser)
  article.txt            a plain text, analysed as is (offsets refer to it)
  articles.jsonl         one article a line: {"id", "url", "title", "text" or "html", "lang", "publishedAt"}
  folder/                every .html, .htm, .txt and .jsonl file inside it, recursively, in name order
  -                      standard input (a page, a text or JSONL, recognised from its content)

Options:
  --format json|jsonl|md  output format (default: json for one article, jsonl for several)
  --topics FILE.json      the topics to track (an array of {id, name, query, enabled?, minScore?, color?},
                          or an export with a "topics" field); default: the built-in topics
  --lang xx               the language of every input (ISO 639-1), instead of reading or detecting it
  --with-text             include the analysed text in each record
  --positions             also report positions and intentions as statements (who wants, plans, supports,
                          opposes, refused… what), with cueClass "position"; default: speech only
  -h, --help              show this help

Exit codes: 0 success, 1 some input could not be analysed (the others were), 2 usage error.
`;

const FORMATS = new Set<OutputFormat>(['json', 'jsonl', 'md']);

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { inputs: [], withText: false, positions: false, help: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyInputs || arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyInputs = true;
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const found = inline ?? argv[++i];
      if (found === undefined || found === '') throw new UsageError(`${name} needs a value`);
      return found;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--with-text':
        options.withText = true;
        break;
      case '--positions':
        options.positions = true;
        break;
      case '--format': {
        const format = value();
        if (!FORMATS.has(format as OutputFormat)) {
          throw new UsageError(`--format must be json, jsonl or md (got "${format}")`);
        }
        options.format = format as OutputFormat;
        break;
      }
      case '--topics':
        options.topicsFile = value();
        break;
      case '--lang': {
        const lang = value().toLowerCase();
        if (!/^[a-z]{2,3}$/.test(lang))
          throw new UsageError(`--lang wants an ISO 639-1 code such as fr or en (got "${lang}")`);
        options.lang = lang;
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (!options.help && options.inputs.length === 0) throw new UsageError('no input given');
  return options;
}
