/**
 * The output folder between builds. Astro's incremental build leaves a page it would render the
 * same in place, but only when the page is still there: emptying the folder first made it copy
 * every page back from its cache (at 5,000 entries 8,000 copies, a quarter of a rebuild), while
 * 23,000 old files were deleted beside it. So a rebuild keeps the folder, and deletes from it what
 * this build did not write, before the search index reads the pages.
 *
 * A page is trusted only when the folder is the very one the last build through this cache wrote
 * and finished (a record in the cache folder says so). Any other folder (another build wrote there,
 * the last build failed, the folder was replaced, or it is a Git checkout that may have been
 * pulled) is cleared as before, and Astro copies its pages back from the cache.
 *
 * A file belongs to this build when Astro reports it as a page, it is a copy of a public file, or
 * it was written since the build started (assets, the sitemap, the citation files); anything else
 * is left from an earlier build (a deleted article's page, an old asset) and goes.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Written when a build starts: its time on the output's own file system is the line between builds. */
const START_MARKER = '.build-started';

/** A Git checkout in the output folder (a deploy branch, or a worktree's `.git` file) is never touched. */
const GIT = '.git';

/** The hidden siblings an output folder is moved to while it is deleted: `.dist-removing-<pid>`. */
const getRemovalPrefix = (outDir: string) => `.${basename(outDir)}-removing-`;

/**
 * Which folder the last finished build through a cache wrote: its path, and its identity on disk
 * (a folder deleted and made again may get the same inode, but not the same birth time).
 */
interface OutputRecord {
  outDir: string;
  dev: number;
  ino: number;
  birthtimeMs: number;
}

export const identify = (outDir: string): OutputRecord => {
  const { dev, ino, birthtimeMs } = statSync(outDir);
  return { outDir, dev, ino, birthtimeMs };
};

function readRecord(file: string): OutputRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OutputRecord;
  } catch {
    return undefined;
  }
}

/** Whether `outDir` is the folder `record` names, untouched by Git, so that its pages can be kept. */
export function isKeptOutput(outDir: string, record: OutputRecord | undefined): boolean {
  if (!record || !existsSync(outDir) || existsSync(join(outDir, GIT))) return false;
  const current = identify(outDir);
  return (Object.keys(current) as (keyof OutputRecord)[]).every((key) => record[key] === current[key]);
}

/**
 * Moves `outDir` aside and starts deleting it, with any folder an interrupted build left aside,
 * before it first awaits anything; resolves when all are gone. A folder that holds a Git checkout
 * keeps it and loses the rest at once, as does a folder that cannot be renamed.
 */
export async function clearOutputFolder(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = getRemovalPrefix(outDir);
  const removing = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name)) : [];
  if (existsSync(join(outDir, GIT))) {
    for (const name of readdirSync(outDir)) if (name !== GIT) rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 });
  } else if (existsSync(outDir)) {
    const aside = join(parent, `${prefix}${process.pid}-${Date.now()}`);
    try {
      renameSync(outDir, aside);
      removing.push(aside);
    } catch {
      rmSync(outDir, { recursive: true, force: true, maxRetries: 3 });
    }
  }
  await Promise.all(removing.map(removeInBackground));
}

/**
 * Deletes a folder in another process where there is `rm`: Node's own recursive delete runs its
 * walk on the main thread, where it slowed the build it was meant to leave alone.
 */
function removeInBackground(folder: string): Promise<void> {
  const inProcess = () => rm(folder, { recursive: true, force: true, maxRetries: 3 });
  if (process.platform === 'win32') return inProcess();
  return new Promise((resolve) => {
    const child = spawn('rm', ['-rf', '--', folder], { stdio: 'ignore' });
    child.on('error', () => resolve(inProcess()));
    child.on('close', (code) => resolve(code === 0 ? undefined : inProcess()));
  });
}

/** Marks the start of a build in `outDir`; returns the time files written from now on carry. */
export function markBuildStart(outDir: string): number {
  mkdirSync(outDir, { recursive: true });
  const marker = join(outDir, START_MARKER);
  writeFileSync(marker, '');
  return statSync(marker).mtimeMs;
}

/**
 * Deletes every file under `outDir` that is not in `kept` (absolute paths) and is older than
 * `startedAt`, then the folders left empty; returns how many files it deleted. The top-level
 * folders named in `left` are not looked into.
 */
export function pruneOutput(outDir: string, startedAt: number, kept: ReadonlySet<string>, left: readonly string[] = []): number {
  let deleted = 0;
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (folder === outDir && (entry.name === GIT || left.includes(entry.name))) empty = false;
      else if (entry.isDirectory()) {
        if (visit(path)) rmdirSync(path);
        else empty = false;
      } else if (!kept.has(path) && lstatSync(path).mtimeMs < startedAt) {
        unlinkSync(path);
        deleted += 1;
      } else empty = false;
    }
    return empty;
  };
  visit(outDir);
  return deleted;
}

export interface PruneOutputOptions {
  /**
   * Top-level folders of the output that a later step writes over and tidies itself: the search
   * bundle, whose unchanged files Pagefind reuses.
   */
  left?: readonly string[];
  /** Files an earlier step of this build kept as they were (absolute paths): this build's, whatever their time. */
  keptBy?: () => readonly string[];
}

export default function pruneOutputIntegration({ left = [], keptBy = () => [] }: PruneOutputOptions = {}): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let recordFile = '';
  let startedAt: number | undefined;
  let cleared: Promise<void> = Promise.resolve();
  return {
    name: 'kremlin-record:prune-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // This integration clears or prunes the folder; Astro's own emptying would wait for every file.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        publicDir = fileURLToPath(config.publicDir);
        recordFile = join(fileURLToPath(config.cacheDir), 'kremlin-record-output.json');
      },
      'astro:build:start': () => {
        const record = readRecord(recordFile);
        // Until this build has written its pages, the folder is no finished build's output.
        rmSync(recordFile, { force: true });
        const keep = isKeptOutput(outDir, record);
        if (!keep) cleared = clearOutputFolder(outDir);
        const marked = markBuildStart(outDir);
        startedAt = keep ? marked : undefined;
      },
      'astro:build:done': async ({ assets, logger }) => {
        await cleared;
        unlinkSync(join(outDir, START_MARKER));
        if (startedAt !== undefined) {
          const kept = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...keptBy()]);
          // A copy of a public file may keep the original's time (macOS copies do).
          const publicPaths = existsSync(publicDir) ? readdirSync(publicDir, { recursive: true, encoding: 'utf8' }) : [];
          for (const path of publicPaths) kept.add(join(outDir, path));
          const deleted = pruneOutput(outDir, startedAt, kept, left);
          if (deleted > 0) logger.info(`Deleted ${deleted} files of an earlier build that this build did not write.`);
        }
        mkdirSync(dirname(recordFile), { recursive: true });
        writeFileSync(recordFile, JSON.stringify(identify(outDir)));
      },
    },
  };
}
