/**
 * Builds the Pagefind search index as the last step of `astro build`, so nobody has to remember to
 * run it. Only pages that opt in with `data-pagefind-body` are indexed (article, topic, person and
 * event pages); every record is reported with its `type`, so the build can prove that each
 * article has exactly one search record (DESIGN.md "Lossless").
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_RECORD_TYPES, type SearchRecordType } from '../lib/search/attributes.ts';
import { ENTRY_FILE, readBundleIndex, removeUnusedFiles, type BundleIndex } from '../lib/search/pagefind-bundle.ts';
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

/**
 * The pages Pagefind reads: an article's, topic's, person's and event's own page, the only ones
 * with a `data-pagefind-body` region (a test of the build holds every other page to that). The
 * listings, timeline and quotes are not read at all: at 5,000 entries a quarter of the pages.
 */
const HTML_PAGES = '{articles,topics,people,events}/*/index.html';

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
  /** Every indexed page, by URL: the lossless check matches articles to these. */
  records: SearchRecord[];
  /** Total size of the bundle directory. */
  bundleBytes: number;
}

export interface PagefindIntegrationOptions {
  /** Receives the summary after indexing, e.g. for a build-time check of the lossless rule. */
  onIndexed?: (summary: SearchIndexSummary) => void | Promise<void>;
  /**
   * Told the build's output folder once Pagefind's process is indexing it, to work beside it; what
   * it throws fails the build.
   */
  whileIndexing?: (outDir: string) => void;
}

interface Log {
  info(message: string): void;
}

function listFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const sumSizes = (files: string[]) => files.reduce((sum, file) => sum + statSync(file).size, 0);

const indexError = (what: string, errors: string[]) => new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);

const isRecordType = (value: string | undefined): value is SearchRecordType =>
  (SEARCH_RECORD_TYPES as readonly string[]).includes(value ?? '');

/** What Pagefind stores of each indexed page, gzipped after a short signature. */
interface Fragment {
  url: string;
  meta: Record<string, string>;
}
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * Every page the written index holds, with its search type, sorted by URL: read back from the
 * bundle's fragments, which are what the search page shows, so the lossless check counts what a
 * reader can find rather than what was meant to be indexed.
 */
function readSearchRecords(bundleDir: string): SearchRecord[] {
  const fragmentDir = join(bundleDir, 'fragment');
  const names = existsSync(fragmentDir) ? readdirSync(fragmentDir).filter((name) => name.endsWith('.pf_fragment')) : [];
  // Read one at a time, synchronously: nothing else runs meanwhile, and 6,000 asynchronous reads
  // of a few kilobytes each cost a second in opening, stat and closing alone.
  const fragments = names.map((name) => {
    const text = gunzipSync(readFileSync(join(fragmentDir, name))).toString('utf8');
    return JSON.parse(text.slice(text.startsWith(FRAGMENT_SIGNATURE) ? FRAGMENT_SIGNATURE.length : 0)) as Fragment;
  });
  const records = fragments.map(({ url, meta }): SearchRecord => {
    const type = meta['type'];
    // A page with a data-pagefind-body region but no <SearchMeta> inside it would be a result
    // the search page cannot label or filter.
    if (type === undefined) throw indexError(`index ${url}`, ['the page has no search type; every indexed page needs <SearchMeta> inside its data-pagefind-body region']);
    if (!isRecordType(type)) throw indexError(`index ${url}`, [`unknown search type "${type}"; expected one of ${SEARCH_RECORD_TYPES.join(', ')}`]);
    return { url, type };
  });
  return records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Writes the index's bundle over `previous`, the last build's (Pagefind writes only the hashed
 * files that are not there yet), then deletes what the new index does not use. When the last
 * bundle was written by another Pagefind version, or the new one cannot be read, the folder is
 * emptied and the bundle written whole.
 */
async function writeBundle(index: pagefind.PagefindIndex, bundleDir: string, previous: BundleIndex | undefined): Promise<void> {
  await rm(previous ? join(bundleDir, ENTRY_FILE) : bundleDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw indexError(`write ${bundleDir}`, written.errors);
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(bundleDir, name), { force: true })));
  if (!previous) return;
  const current = readBundleIndex(bundleDir);
  if (current?.version === previous.version) removeUnusedFiles(bundleDir, current.files);
  else await writeBundle(index, bundleDir, undefined);
}

/** Whether every record is a page of its own that the build wrote: a fragment of the last bundle never stands in for one. */
function isSound(records: readonly SearchRecord[], outDir: string): boolean {
  const urls = new Set(records.map((record) => record.url));
  const isPage = (url: string) => {
    try {
      return existsSync(join(outDir, decodeURI(url), 'index.html'));
    } catch {
      return false;
    }
  };
  return urls.size === records.length && [...urls].every(isPage);
}

/**
 * Indexes the pages under `outDir` that can be search results (`HTML_PAGES`), and writes the
 * bundle to `outDir/pagefind/` over the last build's, if it is there (`writeBundle`). Throws,
 * naming the page or the problem, when Pagefind reports an error, when an indexed page carries
 * no known search type, or when the index and its pages disagree.
 *
 * Pagefind reads the folder itself, several pages at once, and numbers them in the same order
 * every time (two builds are byte-identical): handing it one page at a time took three times as long.
 *
 * One index for every language: Pagefind would otherwise write one per `<html lang>` and search
 * only the reader's, so a Russian report would be invisible from the search page. Every page is
 * indexed as the site's language (a Russian text keeps `lang="ru"` on its own element); Russian
 * words then get no Russian stemming, only Pagefind's prefix matching.
 */
export async function buildSearchIndex(
  outDir: string,
  log: Log,
  {
    language = siteConfig.language,
    whileIndexing,
    builtPages,
  }: {
    language?: string;
    whileIndexing?: ((outDir: string) => void) | undefined;
    /** How many pages the build wrote, for the log; without it the output folder's HTML files are counted. */
    builtPages?: number;
  } = {},
): Promise<SearchIndexSummary> {
  const bundleDir = join(outDir, BUNDLE_DIR);
  const started = performance.now();
  // The last build's bundle, when the output folder was kept with it.
  const reusable = readBundleIndex(bundleDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw indexError('start', errors);
  try {
    const adding = index.addDirectory({ path: outDir, glob: HTML_PAGES });
    // Its failure is reported below, unless work done meanwhile fails first.
    adding.catch(() => {});
    // Pagefind's own process has the folder now; the main thread is free until it answers.
    whileIndexing?.(outDir);
    // For the log. Astro's own count saves listing the output folder while Pagefind works: at
    // 20,000 entries, two seconds on a core Pagefind would use.
    const htmlCount = builtPages ?? listFiles(outDir).filter((file) => file.endsWith('.html') && !file.startsWith(bundleDir + sep)).length;
    const added = await adding;
    if (added.errors.length > 0) throw indexError(`index ${outDir}`, added.errors);
    await writeBundle(index, bundleDir, reusable);
    let records = readSearchRecords(bundleDir);
    // Pagefind's short hashes can collide with a file of the last bundle, which then stands in for a new page.
    if (reusable && !isSound(records, outDir)) {
      await writeBundle(index, bundleDir, undefined);
      records = readSearchRecords(bundleDir);
    }

    const entry = JSON.parse(await readFile(join(bundleDir, ENTRY_FILE), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (records.length !== pageCount) {
      throw indexError('account for every page', [`the index holds ${pageCount} pages, but ${records.length} fragments`]);
    }
    const recordsByType = Object.fromEntries(SEARCH_RECORD_TYPES.map((type) => [type, 0])) as RecordCounts;
    for (const record of records) recordsByType[record.type] += 1;
    const bundleBytes = sumSizes(listFiles(bundleDir));
    const counts = SEARCH_RECORD_TYPES.map((type) => `${recordsByType[type]} ${type.toLowerCase()}`).join(', ');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log.info(`Indexed ${pageCount} of ${htmlCount} pages (${counts}) in ${seconds} s; ${BUNDLE_DIR}/ holds ${(bundleBytes / 1024).toFixed(1)} KiB.`);
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
      'astro:build:done': async ({ dir, logger, pages }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir), logger, { whileIndexing: options.whileIndexing, builtPages: pages.length });
        await options.onIndexed?.(summary);
      },
    },
  };
}
