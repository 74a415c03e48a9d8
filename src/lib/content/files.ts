/**
 * The one reader of the content folder. `npm run check` and the build's loaders both list files
 * through here, so they judge the same list: a file one of them skips, the other cannot read.
 *
 * Only plain files are read. A symbolic link (or anything under a linked folder) could pull in a
 * file from outside the archive, so it is refused by name and never followed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CollectionName } from '../../schemas/common.ts';

/** A file of the content folder, in memory. */
export interface ContentFile {
  /** The path inside the content folder, with forward slashes: `articles/2023/x.mdx`. */
  path: string;
  text: string;
}

/** A path in the content folder that is not read, and why. */
export interface RefusedFile {
  path: string;
  /** Why the file is not read, as a sentence a maintainer can act on. */
  refusal: string;
}

/** What the content folder holds: the files read, and the paths refused. */
export type ListedFile = ContentFile | RefusedFile;

/** Whether a listed path was refused rather than read. */
export const isRefused = (file: ListedFile): file is RefusedFile => 'refusal' in file;

/** Whether a path in the content folder is hidden (a dot-file or inside a dot-folder), which no rule reads. */
export const isHiddenPath = (path: string): boolean => path.split('/').some((part) => part.startsWith('.'));

const toSlashes = (path: string): string => path.split(sep).join('/');

/**
 * Every file under `root`, sorted by path, read as UTF-8; symbolic links and other non-regular
 * files are refused by name. Hidden files and folders (`.DS_Store`, `.git/`) are left out.
 * @example listContentFiles('content') // [{ path: 'articles/2023/x.mdx', text: '---\n...' }, { path: 'topics/y.mdx', refusal: '...' }]
 */
export function listContentFiles(root: string): ListedFile[] {
  const listed: ListedFile[] = [];
  // Node's own `recursive` listing follows linked folders, so the walk descends by hand, into
  // real folders only.
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = join(folder, entry.name);
      const path = toSlashes(relative(root, absolute));
      if (isHiddenPath(path)) continue;
      if (entry.isDirectory()) walk(absolute);
      else if (entry.isSymbolicLink()) listed.push({ path, refusal: 'is a symbolic link: entries must be plain files inside the content folder, never links' });
      else if (!entry.isFile()) listed.push({ path, refusal: 'is not a plain file: entries must be plain files' });
      else listed.push({ path, text: readFileSync(absolute, 'utf8') });
    }
  };
  walk(root);
  return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The collection a content path belongs to, following the loaders in `content.config.ts`;
 * undefined for a file no loader would read (which would otherwise vanish without a word).
 * @example getCollectionOfPath('articles/2023/x.mdx') // "articles"
 */
export function getCollectionOfPath(path: string): CollectionName | undefined {
  const [folder, ...rest] = path.split('/');
  const name = rest.join('/');
  if (folder === 'articles' && name.endsWith('.mdx')) return 'articles';
  if (folder === 'topics' && rest.length === 1 && name.endsWith('.mdx')) return 'topics';
  if ((folder === 'people' || folder === 'outlets' || folder === 'events') && rest.length === 1 && /\.ya?ml$/.test(name)) {
    return folder;
  }
  return undefined;
}
