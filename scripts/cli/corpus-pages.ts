/**
 * The real pages of ../shared/corpus/pages, for the robustness run and the bench: where they are, and the
 * address each was saved from when the corpus says it (INVENTORY.tsv).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusPage {
  /** Path relative to the pages folder, as reports show it. */
  name: string;
  path: string;
  /** Which collection it comes from: readability, article-extraction-benchmark, trafilatura, postlight. */
  collection: string;
  url?: string;
}

/** ../shared/corpus next to the repository, as the issue and the corpus README put it. */
export function corpusFolder(): string {
  return resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
}

function inventoryUrls(folder: string): Map<string, string> {
  const urls = new Map<string, string>();
  const inventory = join(folder, 'INVENTORY.tsv');
  if (!existsSync(inventory)) return urls;
  const [header, ...rows] = readFileSync(inventory, 'utf8').split('\n');
  const columns = (header ?? '').split('\t');
  const fileColumn = columns.indexOf('file');
  const urlColumn = columns.indexOf('url');
  if (fileColumn < 0 || urlColumn < 0) return urls;
  for (const row of rows) {
    const cells = row.split('\t');
    const file = cells[fileColumn];
    const url = cells[urlColumn];
    if (file && url?.startsWith('http')) urls.set(file, url);
  }
  return urls;
}

function htmlFiles(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => /\.html?$/i.test(name))
        .sort()
    : [];
}

/** Every page of the corpus (about 970), in a stable order; [] when the corpus is not there. */
export function corpusPages(
  pagesFolder = join(corpusFolder(), 'pages'),
  collections?: string[],
): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const wanted = (collection: string) => !collections || collections.includes(collection);
  const readability = join(pagesFolder, 'readability');
  if (wanted('readability') && existsSync(readability)) {
    for (const name of readdirSync(readability).sort()) {
      const path = join(readability, name, 'source.html');
      if (existsSync(path)) pages.push({ name: `readability/${name}`, path, collection: 'readability' });
    }
  }
  for (const collection of ['article-extraction-benchmark', 'trafilatura', 'postlight']) {
    if (!wanted(collection)) continue;
    const folder = join(pagesFolder, collection);
    const urls = inventoryUrls(folder);
    for (const file of htmlFiles(join(folder, 'html'))) {
      pages.push({
        name: `${collection}/html/${file}`,
        path: join(folder, 'html', file),
        collection,
        url: urls.get(`html/${file}`),
      });
    }
  }
  return pages;
}
