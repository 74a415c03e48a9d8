/**
 * Builds the Pagefind search index as the last step of `astro build`, so nobody has to remember to
 * run it. Only pages that opt in with `data-pagefind-body` are indexed (article, topic, person and
 * event pages); every record is reported with its `type`, so the build can prove that each
 * article has exactly one search record (DESIGN.md "Lossless").
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_RECORD_TYPES, type SearchRecordType } from '../lib/search/attributes.ts';
import { siteConfig } from '../site.config.ts';

/** Where the bundle goes inside the build output; the search page loads it from there. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, which the site does not use (its search page is built on the
 * JS API, see src/client/search.ts): left out of the deployed bundle.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
];

export type RecordCounts = Record<SearchRecordType, number>;

/** One indexed page: its URL as Pagefind records it (`/articles/<id>/`, without the base) and type. */
export interface SearchRecord {
  url: string;
  type: SearchRecordType;
}

export interface SearchIndexSummary {
  /** Pages in the written index, as Pagefind reports them. */
  pageCount: number;
  /** Indexed pages by their `type`. */
  recordsByType: RecordCounts;
  /** Every indexed page, in the order it was added: the lossless check matches articles to these. */
  records: SearchRecord[];
  /** Total size of the bundle directory. */
  bundleBytes: number;
}

export interface PagefindIntegrationOptions {
  /** Receives the summary after indexing, e.g. for a build-time check of the lossless rule. */
  onIndexed?: (summary: SearchIndexSummary) => void | Promise<void>;
}

interface Log {
  info(message: string): void;
}

/** The URL Pagefind records for a built file: `articles/x/index.html` is served as `/articles/x/`. */
export function toPageUrl(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const sumSizes = async (files: string[]) => (await Promise.all(files.map((file) => stat(file)))).reduce((sum, { size }) => sum + size, 0);

const indexError = (what: string, errors: string[]) => new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);

const isRecordType = (value: string | undefined): value is SearchRecordType =>
  (SEARCH_RECORD_TYPES as readonly string[]).includes(value ?? '');

const BATCH_SIZE = 16;

/** Adds one built page to the index and returns its search type, if it carries one. */
async function addPage(index: pagefind.PagefindIndex, url: string, content: string): Promise<SearchRecordType | undefined> {
  const added = await index.addHTMLFile({ url, content });
  if (added.errors.length > 0) throw indexError(`index ${url}`, added.errors);
  const type = added.file.meta['type'];
  if (type === undefined || isRecordType(type)) return type;
  throw indexError(`index ${url}`, [`unknown search type "${type}"; expected one of ${SEARCH_RECORD_TYPES.join(', ')}`]);
}

/**
 * Indexes every HTML page under `outDir` and writes the bundle to `outDir/pagefind/`. Throws,
 * naming the page or the problem, when Pagefind reports an error or when the pages that carry a
 * search type and the pages Pagefind indexed disagree.
 *
 * One index for every language: Pagefind would otherwise write one per `<html lang>` and search
 * only the reader's, so a Russian report would be invisible from the search page. Every page is
 * indexed as the site's language (a Russian text keeps `lang="ru"` on its own element); Russian
 * words then get no Russian stemming, only Pagefind's prefix matching.
 */
export async function buildSearchIndex(outDir: string, log: Log, language = siteConfig.language): Promise<SearchIndexSummary> {
  const bundleDir = join(outDir, BUNDLE_DIR);
  const htmlFiles = (await listFiles(outDir)).filter((file) => file.endsWith('.html') && !file.startsWith(bundleDir + sep)).sort();
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw indexError('start', errors);
  try {
    const recordsByType = Object.fromEntries(SEARCH_RECORD_TYPES.map((type) => [type, 0])) as RecordCounts;
    const records: SearchRecord[] = [];
    // A few files are read at a time, so memory stays bounded; but the pages go to Pagefind one
    // after another, in sorted order: Pagefind numbers pages in the order their additions finish,
    // and concurrent additions made every build's index differ (two builds must be byte-identical).
    for (let start = 0; start < htmlFiles.length; start += BATCH_SIZE) {
      const batch = htmlFiles.slice(start, start + BATCH_SIZE);
      const contents = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
      for (const [position, file] of batch.entries()) {
        const url = toPageUrl(relative(outDir, file));
        const type = await addPage(index, url, contents[position]!);
        if (type) {
          recordsByType[type] += 1;
          records.push({ url, type });
        }
      }
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) throw indexError(`write ${bundleDir}`, written.errors);
    await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(bundleDir, name), { force: true })));

    const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const typed = Object.values(recordsByType).reduce((sum, count) => sum + count, 0);
    // A page with search metadata outside a data-pagefind-body region, or an empty body, would be
    // silently missing from search; the counts disagree then, and the build says so.
    if (typed !== pageCount) {
      throw indexError('account for every page', [`${typed} pages carry a search type, but the index holds ${pageCount}; every indexed page needs <SearchMeta> inside its data-pagefind-body region`]);
    }
    const bundleBytes = await sumSizes(await listFiles(bundleDir));
    const counts = SEARCH_RECORD_TYPES.map((type) => `${recordsByType[type]} ${type.toLowerCase()}`).join(', ');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log.info(`Indexed ${pageCount} of ${htmlFiles.length} pages (${counts}) in ${seconds} s; ${BUNDLE_DIR}/ holds ${(bundleBytes / 1024).toFixed(1)} KiB.`);
    return { pageCount, recordsByType, records, bundleBytes };
  } finally {
    await pagefind.close();
  }
}

/** The Astro integration: index after the build, and hand the summary to `onIndexed`. */
export default function pagefindIntegration(options: PagefindIntegrationOptions = {}): AstroIntegration {
  return {
    name: 'kremlin-record:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir), logger);
        await options.onIndexed?.(summary);
      },
    },
  };
}
