/**
 * Clears the last build's output without making the build wait for it. Astro empties the output
 * folder file by file before it builds; at 5,000 entries that is some 23,000 files and nine
 * seconds in which nothing else happens, in every build after the first. Here the old folder is
 * renamed aside at once, and deleted in the background while the pages are built; the build's
 * last phase waits for the deletion, so no build leaves a stale folder behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The hidden siblings an output folder is moved to while it is deleted: `.dist-removing-<pid>`. */
const getRemovalPrefix = (outDir: string) => `.${basename(outDir)}-removing-`;

/**
 * Moves `outDir` aside and starts deleting it, with any folder an interrupted build left aside,
 * before it first awaits anything; resolves when all are gone. A folder that holds a Git checkout
 * (a deploy branch) keeps it and loses the rest at once, as does a folder that cannot be renamed.
 */
export async function clearOutputFolder(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = getRemovalPrefix(outDir);
  const removing = existsSync(parent) ? readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name)) : [];
  if (existsSync(join(outDir, '.git'))) {
    for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true, maxRetries: 3 });
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

export default function clearOutput(): AstroIntegration {
  let outDir = '';
  let cleared: Promise<void> = Promise.resolve();
  return {
    name: 'kremlin-record:clear-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // This integration clears the folder; Astro's own emptying would wait for every file.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        cleared = clearOutputFolder(outDir);
      },
      'astro:build:done': async () => {
        await cleared;
      },
    },
  };
}
