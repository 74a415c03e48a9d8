/**
 * The one entry point to the content rules for a folder on disk. `npm run check` and the build's
 * loaders both call it, so they judge the same file list (the one reader's, symbolic links and
 * stray files included) with the same rules, and print the same report.
 */
import { checkContent, type ContentCheckOptions, type ContentCheckResult } from './content.ts';
import { readContentEntry, type ContentEntry, type EntryReaders, type FieldReader } from './entry.ts';
import { ALLOWED_COMPONENTS } from '../content/allow-list.ts';
import { getCollectionOfPath, isRefused, listContentFiles, type ContentFile, type ListedFile } from '../content/files.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { BodyToJudge } from '../content/judge-on-workers.ts';
import { splitFrontmatter } from '../frontmatter/read.ts';

/** The check of a folder, with what it was run on. */
export interface FolderCheck {
  result: ContentCheckResult;
  /** Every listed path with its text or refusal, and the options: equal keys, equal results. */
  key: string;
  /** Each file's entry as read from its text, for the next check to reuse. */
  readEntries: Map<string, { text: string; entry: ContentEntry }>;
}

/**
 * Lists `folder` with the one content reader and runs every content rule over it. When
 * `previous` was run on the same files with the same options, it is returned as it is: the build's
 * five collections load from one folder, and the check need run only once for them. When some
 * files changed (an edit under `astro dev`), only those are read and parsed again; the rules
 * across entries run over all of them. `readers` read each file's YAML and judge its body (the
 * loader passes its caches), and `files` is the folder's listing when the caller has made it already.
 * @example checkContentFolder('content', { root: 'content', today }).result.problems // []
 */
export function checkContentFolder(
  folder: string,
  options: ContentCheckOptions,
  previous?: FolderCheck,
  readers: EntryReaders = {},
  files: ListedFile[] = listContentFiles(folder),
): FolderCheck {
  const key = JSON.stringify([options, files.map((file) => [file.path, isRefused(file) ? file.refusal : file.text])]);
  if (previous?.key === key) return previous;
  const readEntries: FolderCheck['readEntries'] = new Map();
  const result = checkContent(files, options, (file, collection) => {
    const known = previous?.readEntries.get(file.path);
    const entry = known?.text === file.text && known.entry.collection === collection ? known.entry : readContentEntry(file, collection, readers);
    readEntries.set(file.path, { text: file.text, entry });
    return entry;
  });
  return { result, key, readEntries };
}

/** The files a check of `files` will read that `previous` did not (new or changed since), with their collections. */
function findFilesToRead(files: ListedFile[], previous?: FolderCheck): { file: ContentFile; collection: CollectionName }[] {
  return files.flatMap((file) => {
    const collection = getCollectionOfPath(file.path);
    if (isRefused(file) || !collection || previous?.readEntries.get(file.path)?.text === file.text) return [];
    return [{ file, collection }];
  });
}

/**
 * The bodies a check of `files` will judge that `previous` did not: those of the articles and
 * topics that are new or changed since. A caller may judge them ahead, all at once.
 */
export function findBodiesToJudge(files: ListedFile[], previous?: FolderCheck): BodyToJudge[] {
  const bodies: BodyToJudge[] = [];
  for (const { file, collection } of findFilesToRead(files, previous)) {
    if ((collection !== 'articles' && collection !== 'topics') || !file.path.endsWith('.mdx')) continue;
    const parts = splitFrontmatter(file.text);
    if ('body' in parts) bodies.push({ body: parts.body, allowedComponents: ALLOWED_COMPONENTS[collection] });
  }
  return bodies;
}

/** A stand-in judge for a reading that only wants the fields: every body passes, unread. */
const skipBody = () => ({ problems: [], components: [] });

/**
 * Reads through `readFields` the fields of every file a check of `files` will read that `previous`
 * did not, and keeps nothing: `readFields` is a cache, from which the check then takes them. The
 * loader does this while worker threads judge the bodies, when this thread would otherwise wait.
 */
export function readFieldsAhead(files: ListedFile[], readFields: FieldReader, previous?: FolderCheck): void {
  for (const { file, collection } of findFilesToRead(files, previous)) readContentEntry(file, collection, { judge: skipBody, readFields });
}
