/**
 * Keeps the last build's output, and deletes from it what this build did not write. Astro's
 * incremental build leaves a page it would render the same in place, but only when the page is
 * still there: emptying the folder first made it copy every page back from its cache (at 5,000
 * entries 8,000 copies, a quarter of a rebuild), while 23,000 old files were deleted beside it.
 *
 * A file belongs to this build when it is one of the pages Astro reports, or was written since the
 * build started (assets, public files, the sitemap, the citation files); anything else is left
 * from an earlier build (a deleted article's page, an old asset) and goes. The integration runs
 * after the integrations that write files and before the search index reads the pages.
 */
import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Written when a build starts: its time on the output's own file system is the line between builds. */
const START_MARKER = '.build-started';

/** A Git checkout in the output folder (a deploy branch) is never touched. */
const KEPT_FOLDERS = new Set(['.git']);

/**
 * Marks the start of a build in `outDir`; returns the time files written from now on carry, or
 * undefined when there is no earlier output to prune.
 */
export function markBuildStart(outDir: string): number | undefined {
  const hadOutput = readdirSync(outDir, { withFileTypes: true, recursive: false }).some((entry) => entry.name !== START_MARKER && !KEPT_FOLDERS.has(entry.name));
  const marker = join(outDir, START_MARKER);
  writeFileSync(marker, '');
  const startedAt = statSync(marker).mtimeMs;
  return hadOutput ? startedAt : undefined;
}

/**
 * Deletes every file under `outDir` that is not in `pages` and is older than `startedAt`, then
 * the folders left empty; returns how many files it deleted.
 */
export function pruneOutput(outDir: string, startedAt: number, pages: ReadonlySet<string>): number {
  let deleted = 0;
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (folder === outDir && KEPT_FOLDERS.has(entry.name)) empty = false;
        else if (visit(path)) rmdirSync(path);
        else empty = false;
      } else if (!pages.has(path) && statSync(path).mtimeMs < startedAt) {
        unlinkSync(path);
        deleted += 1;
      } else empty = false;
    }
    return empty;
  };
  visit(outDir);
  return deleted;
}

export default function pruneOutputIntegration(): AstroIntegration {
  let outDir = '';
  let startedAt: number | undefined;
  return {
    name: 'kremlin-record:prune-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Astro's own emptying would delete the pages its incremental build can leave in place.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        mkdirSync(outDir, { recursive: true });
        startedAt = markBuildStart(outDir);
      },
      'astro:build:done': ({ assets, logger }) => {
        unlinkSync(join(outDir, START_MARKER));
        if (startedAt === undefined) return;
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const deleted = pruneOutput(outDir, startedAt, pages);
        if (deleted > 0) logger.info(`Deleted ${deleted} files of an earlier build that this build did not write.`);
      },
    },
  };
}
