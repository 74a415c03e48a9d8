/**
 * Writes each article's citation files (BibTeX, RIS, CSL-JSON) when the build is done, from the
 * open data package's articles table the build has just written: the citation a student
 * downloads is made from the same record a researcher gets. Written as pages, the 15,000 files of
 * 5,000 articles cost a sixth of the build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromArticleRow, writeCitationFiles } from '../lib/citation/files.ts';

/** The integration; `archiveName` is the name citations give as the archive holding the copy. */
export default function citationFiles(archiveName: string): AstroIntegration {
  return {
    name: 'kremlin-record:citation-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const rows = JSON.parse(await readFile(join(outDir, 'data/articles.json'), 'utf8')) as Record<string, unknown>[];
        const written = await writeCitationFiles(outDir, rows.map((row) => fromArticleRow(row, archiveName)));
        logger.info(`Wrote ${written} citation files for ${rows.length} articles.`);
      },
    },
  };
}
