/**
 * Which files of a Pagefind bundle its index uses. Pagefind names its fragments, word index chunks,
 * filter indexes and metadata by the hash of what they hold, and does not write such a file again
 * when it is already there: a rebuild over the last bundle compresses and writes only what changed
 * (at 5,000 entries a few files instead of 6,000, and 2 s instead of 6.5 s). Pagefind never deletes
 * a file, so what the new index no longer uses is found here, from the bundle's entry file and the
 * metadata it names (CBOR, gzipped after a signature, as Pagefind's own search script reads it).
 */
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The signature Pagefind writes before each gzipped file's content. */
const SIGNATURE = 'pagefind_dcd';

/** The folders of hashed files, and the file name each hash takes there. */
const HASHED_FOLDERS = {
  fragment: (hash: string) => `fragment/${hash}.pf_fragment`,
  index: (hash: string) => `index/${hash}.pf_index`,
  filter: (hash: string) => `filter/${hash}.pf_filter`,
} as const;

/**
 * The bundle's entry file, which Pagefind writes after every other: a bundle without one may have
 * been cut off part-way through, with a hashed file cut short, and none of it is reused.
 */
export const ENTRY_FILE = 'pagefind-entry.json';

const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;
const isMetaFile = (name: string) => /^pagefind\..+\.pf_meta$/.test(name);

export interface BundleIndex {
  /** The Pagefind version that wrote the bundle. */
  version: string;
  /** Every hashed file the index uses, by path inside the bundle (`fragment/en_1a2b3c4.pf_fragment`). */
  files: Set<string>;
}

interface EntryFile {
  version: string;
  languages: Record<string, { hash: string }>;
}

// What Pagefind 1.x encodes in a language's metadata: version, pages, word index chunks, filters, sorts.
type Meta = [string, [string, ...unknown[]][], [string, string, string][], [string, string][], ...unknown[]];

function isMeta(value: unknown): value is Meta {
  if (!Array.isArray(value) || typeof value[0] !== 'string') return false;
  const [, pages, chunks, filters] = value as unknown[][];
  const hashesAt = (rows: unknown, at: number) => Array.isArray(rows) && rows.every((row) => Array.isArray(row) && typeof row[at] === 'string');
  return hashesAt(pages, 0) && hashesAt(chunks, 2) && hashesAt(filters, 1);
}

/**
 * The files the bundle in `bundleDir` uses, or undefined when it has no entry file or its
 * metadata is not in the form this reads (then nothing in it may be judged unused).
 */
export function readBundleIndex(bundleDir: string): BundleIndex | undefined {
  try {
    const entry = JSON.parse(readFileSync(join(bundleDir, ENTRY_FILE), 'utf8')) as EntryFile;
    const files = new Set<string>();
    for (const { hash } of Object.values(entry.languages)) {
      files.add(metaFile(hash));
      const bytes = gunzipSync(readFileSync(join(bundleDir, metaFile(hash))));
      if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return undefined;
      const meta: unknown = decode(bytes.subarray(SIGNATURE.length));
      if (!isMeta(meta)) return undefined;
      const [, pages, chunks, filters] = meta;
      for (const [hash] of pages) files.add(HASHED_FOLDERS.fragment(hash));
      for (const [, , hash] of chunks) files.add(HASHED_FOLDERS.index(hash));
      for (const [, hash] of filters) files.add(HASHED_FOLDERS.filter(hash));
    }
    return typeof entry.version === 'string' ? { version: entry.version, files } : undefined;
  } catch {
    return undefined;
  }
}

/** Deletes the hashed files in `bundleDir` that `used` does not hold; returns how many. */
export function removeUnusedFiles(bundleDir: string, used: ReadonlySet<string>): number {
  const hashed = readdirSync(bundleDir).filter(isMetaFile);
  for (const folder of Object.keys(HASHED_FOLDERS)) {
    if (existsSync(join(bundleDir, folder))) hashed.push(...readdirSync(join(bundleDir, folder)).map((name) => `${folder}/${name}`));
  }
  const removed = hashed.filter((path) => !used.has(path));
  for (const path of removed) unlinkSync(join(bundleDir, path));
  return removed.length;
}
