/** Writing a generated archive to disk, and measuring what a build wrote. */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentFile } from '../../lib/check/entry.ts';

/** Writes each file under `root`, creating its folders. */
export function writeFiles(root: string, files: readonly ContentFile[]): void {
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

/** The size of every file under `dir`, by absolute path; empty when `dir` does not exist. */
export function listSizes(dir: string): Map<string, number> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).map((path) => [path, statSync(path).size]));
}
