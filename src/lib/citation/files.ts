/**
 * Each article's citation as files a reference manager imports: BibTeX, RIS and CSL-JSON, at
 * /articles/<id>/cite.<extension>. A build writes them all at once from the open data package's
 * articles table (src/integrations/citation-files.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parsePartialDate } from '../dates.ts';
import { hashText } from '../disk-cache.ts';
import { toCslItem, type CitableArticle } from './citable-article.ts';
import { toBibtex, toCslJson, toRis } from './format.ts';

/** The files, by the extension of their URL. */
export const CITATION_FILES = [
  { extension: 'bib', label: 'BibTeX', render: toBibtex },
  { extension: 'ris', label: 'RIS', render: toRis },
  { extension: 'json', label: 'CSL-JSON', render: toCslJson },
] as const;

/** An article's citation files, as paths inside the output folder. */
export const getCitationPaths = (id: string): string[] => CITATION_FILES.map(({ extension }) => `articles/${id}/cite.${extension}`);

const optional = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function required(row: Record<string, unknown>, field: string): string {
  const value = row[field];
  if (typeof value !== 'string') throw new Error(`data/articles.json: an article row has no "${field}"`);
  return value;
}

/**
 * An article as citations see it, read back from a row of the data package's articles table
 * (data/articles.json): the row holds every field a citation needs, under its own names.
 * @example fromArticleRow({ id: 'a', title: 'T', title_supplied: false, published: '2023-12', circa: false, language: 'en', page_url: 'https://x/articles/a/' }, 'Kremlin Record').published // { year: 2023, month: 12 }
 */
export function fromArticleRow(row: Record<string, unknown>, archiveName: string): CitableArticle {
  const retrieved = optional(row['retrieved']);
  return {
    id: required(row, 'id'),
    title: required(row, 'title'),
    titleSupplied: row['title_supplied'] === true,
    byline: optional(row['byline']),
    outletName: optional(row['outlet_name']),
    published: parsePartialDate(required(row, 'published')),
    circa: row['circa'] === true,
    url: optional(row['url']),
    archivedUrl: optional(row['archived_url']),
    retrieved: retrieved === undefined ? undefined : parsePartialDate(retrieved),
    language: required(row, 'language'),
    pageUrl: required(row, 'page_url'),
    archiveName,
  };
}

export interface CitationFilesWritten {
  /** Each citation file's text hash, by its path inside the output folder. */
  hashes: Map<string, string>;
  /** Each article's own hash, by its id: the same article makes the same files, while the code is the same. */
  articles: Map<string, string>;
  /** How many were written; the others were there with the same text. */
  written: number;
}

/** What the last build wrote, as far as it can be trusted: `articles` only under the same code. */
export type LastWritten = Pick<CitationFilesWritten, 'hashes' | 'articles'>;

/**
 * Writes every article's citation files under `outDir`; returns the hash of each file's text. A
 * file `last` says holds the same text, and which is there, is not written again: at 5,000
 * entries 15,000 writes were a tenth of a rebuild. An article `last` made its files from, unchanged,
 * is not even formatted again, when its files are all there. Files are written one at a time,
 * synchronously: 15,000 small asynchronous writes cost more in opening and closing than in writing.
 */
export function writeCitationFiles(
  outDir: string,
  articles: readonly CitableArticle[],
  last: LastWritten = { hashes: new Map(), articles: new Map() },
): CitationFilesWritten {
  const hashes = new Map<string, string>();
  const articleHashes = new Map<string, string>();
  let written = 0;
  for (const article of articles) {
    if (!article.id || basename(article.id) !== article.id || article.id.startsWith('.')) throw new Error(`"${article.id}" is not an article id`);
    const articleHash = hashText(JSON.stringify(article));
    articleHashes.set(article.id, articleHash);
    const paths = getCitationPaths(article.id);
    if (last.articles.get(article.id) === articleHash && paths.every((path) => last.hashes.has(path) && existsSync(join(outDir, path)))) {
      for (const path of paths) hashes.set(path, last.hashes.get(path)!);
      continue;
    }
    const item = toCslItem(article);
    let folderMade = false;
    for (const [index, { render }] of CITATION_FILES.entries()) {
      const path = paths[index]!;
      const text = render(item);
      const hash = hashText(text);
      hashes.set(path, hash);
      const file = join(outDir, path);
      if (last.hashes.get(path) === hash && existsSync(file)) continue;
      if (!folderMade) mkdirSync(dirname(file), { recursive: true });
      folderMade = true;
      writeFileSync(file, text);
      written += 1;
    }
  }
  return { hashes, articles: articleHashes, written };
}
