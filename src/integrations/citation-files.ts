/**
 * Writes each article's citation files (BibTeX, RIS, CSL-JSON) once the pages are built, from the
 * open data package's articles table the build has just written: the citation a student
 * downloads is made from the same record a researcher gets. Written as pages, the 15,000 files of
 * 5,000 articles cost a sixth of the build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fromArticleRow, getCitationPaths, writeCitationFiles, type LastWritten } from '../lib/citation/files.ts';
import { getSourceVersion } from '../lib/disk-cache.ts';

interface RecordFile {
  outDir: string;
  /** The code that formatted the files (`getSourceVersion`). */
  version: string | undefined;
  files: Record<string, string>;
  articles: Record<string, string>;
}

/**
 * What the last build through this cache folder wrote, when it wrote into `outDir`; the articles
 * it formatted only when the same code formatted them.
 */
function readLastWritten(file: string, outDir: string, version: string | undefined): LastWritten {
  let record: RecordFile;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as RecordFile;
  } catch {
    return { hashes: new Map(), articles: new Map() };
  }
  if (record.outDir !== outDir) return { hashes: new Map(), articles: new Map() };
  const sameCode = version !== undefined && record.version === version;
  return { hashes: new Map(Object.entries(record.files)), articles: new Map(sameCode ? Object.entries(record.articles ?? {}) : []) };
}

/**
 * The integration (`archiveName` is the name citations give as the archive holding the copy), and
 * what the later steps of the build need of it:
 * - `files`: the files it will write or keep, for the output pruning (an unchanged file is not
 *   written again, so its time does not say it is this build's). Known when the build is done,
 *   before any is written.
 * - `write`: formats and writes them. The build calls it while Pagefind indexes the pages in its own
 *   process: formatting 60,000 citations on the main thread, before the index, was 8 s of a build
 *   at 20,000 entries, while the main thread waits on Pagefind for longer than that.
 */
export function createCitationFiles(archiveName: string) {
  let recordFile = '';
  let version: string | undefined;
  let pending: { outDir: string; rows: Record<string, unknown>[]; logger: AstroIntegrationLogger } | undefined;
  let files: string[] = [];
  const write = (): void => {
    if (!pending) return;
    const { outDir, rows, logger } = pending;
    pending = undefined;
    const last = readLastWritten(recordFile, outDir, version);
    const { hashes, articles, written } = writeCitationFiles(outDir, rows.map((row) => fromArticleRow(row, archiveName)), last);
    mkdirSync(dirname(recordFile), { recursive: true });
    const record: RecordFile = { outDir, version, files: Object.fromEntries(hashes), articles: Object.fromEntries(articles) };
    writeFileSync(recordFile, JSON.stringify(record));
    logger.info(`${hashes.size} citation files for ${rows.length} articles: ${written} written, ${hashes.size - written} already there unchanged.`);
  };
  const integration: AstroIntegration = {
    name: 'kremlin-record:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        recordFile = join(fileURLToPath(config.cacheDir), 'kremlin-record-citation-files.json');
        version = getSourceVersion(fileURLToPath(config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const rows = JSON.parse(readFileSync(join(outDir, 'data/articles.json'), 'utf8')) as Record<string, unknown>[];
        pending = { outDir, rows, logger };
        files = rows.flatMap((row) => getCitationPaths(String(row['id']))).map((path) => join(outDir, path));
      },
    },
  };
  return { integration, files: (): readonly string[] => files, write };
}
