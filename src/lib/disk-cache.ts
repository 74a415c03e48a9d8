/**
 * What a build works out from a text, kept on disk between builds by the text's hash: a rebuild
 * after one edit would otherwise work it out again for every unchanged file of the archive.
 *
 * Values are kept under a version that must stand for everything that made them (the code and
 * the installed packages, see `getSourceVersion`): a cache of another version is never read, so a
 * value worked out by other rules is never let through. Values are stored with V8's serializer,
 * which keeps what JSON would lose (`.inf` in YAML is Infinity, not null).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** A store of values by key, read from a file at opening and written back by `save`. */
export interface DiskCache<T> {
  /** The value kept for `key`, if any; it is kept by the next `save`. */
  get(key: string): T | undefined;
  /** Keeps `value` for `key`. */
  set(key: string, value: T): void;
  /** The value kept for `key`, or else `make()`, kept for it. */
  remember(key: string, make: () => T): T;
  /** Writes the values got or set since opening, and drops the rest (entries since deleted or changed). */
  save(): void;
}

/**
 * A hash of the parts, each ended so that two lists of parts never run together into one text.
 * @example hashText('articles', 'title: A') !== hashText('article', 'stitle: A')
 */
export function hashText(...parts: readonly string[]): string {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('base64url');
}

interface CacheFile<T> {
  version: string;
  values: Map<string, T>;
}

function readCacheFile<T>(file: string, version: string): Map<string, T> {
  try {
    const stored = deserialize(readFileSync(file)) as CacheFile<T>;
    return stored.version === version && stored.values instanceof Map ? stored.values : new Map();
  } catch {
    // Missing, cut short or written by another Node: start empty.
    return new Map();
  }
}

/**
 * Opens the cache kept in `file`. Without a file or a version nothing is read or written, and
 * every value is worked out afresh.
 * @example openDiskCache<number>('.astro/words.bin', version).get(hashText(text)) ?? countWords(text)
 */
export function openDiskCache<T>(file: string | undefined, version: string | undefined): DiskCache<T> {
  const known = file && version ? readCacheFile<T>(file, version) : new Map<string, T>();
  const used = new Map<string, T>();
  let changed = false;
  const get = (key: string) => {
    const value = used.get(key) ?? known.get(key);
    if (value !== undefined) used.set(key, value);
    return value;
  };
  const set = (key: string, value: T) => {
    used.set(key, value);
    changed = true;
  };
  return {
    get,
    set,
    remember(key, make) {
      const kept = get(key);
      if (kept !== undefined) return kept;
      const made = make();
      set(key, made);
      return made;
    },
    save() {
      if (!file || !version || (!changed && used.size === known.size)) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, serialize({ version, values: used } satisfies CacheFile<T>));
      changed = false;
    },
  };
}

/** The folders whose code can change what the build works out from content, besides the packages. */
const SOURCE_FOLDERS = ['src/lib', 'src/schemas'];

/**
 * A hash of every file under `src/lib/` and `src/schemas/` and of the lockfile, or undefined when
 * any cannot be read. A change to any rule, parser or package then starts every cache afresh:
 * coarser than a module's own imports, and never wrong about them.
 */
export function getSourceVersion(projectRoot: string): string | undefined {
  try {
    const files = SOURCE_FOLDERS.flatMap((folder) =>
      readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name)),
    ).sort();
    const digest = createHash('sha256');
    for (const file of [...files, join(projectRoot, 'package-lock.json')]) digest.update(file.slice(projectRoot.length)).update('\0').update(readFileSync(file)).update('\0');
    return digest.digest('base64url');
  } catch {
    return undefined;
  }
}
