/**
 * The content layer's loader for every collection: the Astro glue around the content check. It
 * lists the folder with the one reader (`files.ts`), runs every rule `npm run check` runs (so
 * any problem the check reports fails `build` and shows in `dev`, word for word), and stores each
 * entry with the HTML rendered from its judged syntax tree. No content file is ever compiled:
 * `render(entry)` only prints the stored HTML.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/common.ts';
import { checkContentFolder, findBodiesToJudge, readFieldsAhead, type FolderCheck } from '../check/content-folder.ts';
import { formatReport } from '../check/content.ts';
import type { PartialDate } from '../dates.ts';
import { RENDERER_VERSION, renderBody, type RenderedBody } from './render.ts';
import type { ContentEntry } from '../check/entry.ts';
import { ALLOWED_COMPONENTS, judgeMdxBody } from './allow-list.ts';
import { listContentFiles } from './files.ts';
import { announceStoreChange, shareCollectionStore } from './live-store.ts';
import { createJudgementCache, getJudgeVersion, getJudgementCacheFile, type JudgementCache } from './judgement-cache.ts';
import { cacheFieldReading, getFieldsCacheFile, type StoredFields } from './fields-cache.ts';
import { getSourceVersion, openDiskCache, type DiskCache } from '../disk-cache.ts';
import { judgeBodies } from './judge-on-workers.ts';

export interface ContentLoaderOptions {
  /** The content folder, relative to the project root or absolute. */
  root: string;
  /** Today's date, which no content date may pass; the config reads the clock, not this module. */
  today: () => PartialDate;
}

const toSlashes = (path: string): string => path.split(sep).join('/');

/** Run by Node itself on worker threads, from the project root, outside the bundle a build makes. */
export const JUDGE_WORKER_FILE = 'src/lib/content/judge-worker.ts';

// Five collections load from one folder: the check runs once per version of the folder.
let lastCheck: FolderCheck | undefined;
// The collections loaded from `lastCheck`. A build loads each collection once, and once all have
// loaded the check is let go: it holds every file's text, fields and syntax tree (a fifth of the
// build's live memory through its pages at 5,000 entries). `astro dev` keeps it for the next edit.
const loadedFromLastCheck = new Set<CollectionName>();
// Checks run one after another: a collection loading while the folder is checked waits for that check.
// The queue holds no check, so that a check let go is freed.
let checkQueue: Promise<unknown> = Promise.resolve();
// A build's (and `astro sync`'s) five collections ask for the folder's check at once: those that ask
// while one of the same folder is queued or running take its result, instead of reading every file
// again to find it unchanged (four more readings at 20,000 entries, half a second each). Under the
// dev server a change may come meanwhile, so each load asks afresh.
let pendingCheck: { root: string; check: Promise<FolderCheck> } | undefined;
// Opened at a process's first load from a project's cache folder, and kept while it loads there.
let caches: { dir: string; judgements: JudgementCache; fields: DiskCache<StoredFields> } | undefined;

/**
 * Loads one collection into the store, or throws the check's report when any file has a problem.
 * With `recheck` false it loads from the last check of the folder, made for the same change.
 */
async function loadCollection(collection: CollectionName, options: ContentLoaderOptions, context: LoaderContext, recheck = true): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const projectRoot = fileURLToPath(context.config.root);
  const root = resolve(projectRoot, options.root);
  const displayRoot = toSlashes(relative(projectRoot, root)) || '.';
  const cacheDir = fileURLToPath(context.config.cacheDir);
  if (caches?.dir !== cacheDir) {
    caches = {
      dir: cacheDir,
      judgements: createJudgementCache(getJudgementCacheFile(cacheDir), getJudgeVersion(resolve(projectRoot, 'package-lock.json'))),
      fields: openDiskCache(getFieldsCacheFile(cacheDir), getSourceVersion(projectRoot)),
    };
  }
  const { judgements, fields } = caches;
  const checkFolder = async (): Promise<FolderCheck> => {
    if (!recheck && lastCheck) return lastCheck;
    const files = listContentFiles(root);
    const workerFile = resolve(projectRoot, JUDGE_WORKER_FILE);
    const judging = judgements.judgeAhead(findBodiesToJudge(files, lastCheck), (bodies) => judgeBodies(bodies, workerFile));
    const readers = { judge: judgements.judge, readFields: cacheFieldReading(fields) };
    // The main thread would wait for the workers: it reads the YAML meanwhile, into the cache the check reads from.
    readFieldsAhead(files, readers.readFields, lastCheck);
    await judging;
    const check = checkContentFolder(root, { root: displayRoot, today: options.today() }, lastCheck, readers, files);
    if (check !== lastCheck) {
      judgements.save();
      fields.save();
      loadedFromLastCheck.clear();
    }
    return (lastCheck = check);
  };
  const shared = !context.watcher && pendingCheck?.root === root ? pendingCheck.check : undefined;
  const queued = shared ?? checkQueue.then(checkFolder, checkFolder);
  if (!shared) checkQueue = queued.then(() => undefined, () => undefined);
  if (!shared && !context.watcher) {
    const pending = (pendingCheck = { root, check: queued });
    void checkQueue.then(() => {
      if (pendingCheck === pending) pendingCheck = undefined;
    });
  }
  const { result } = await queued;
  if (result.problems.length > 0) throw new Error(`npm run check finds problems in the content:\n${formatReport(result)}`);
  const ids = new Set<string>();
  for (const entry of result.entries.filter((each) => each.collection === collection)) {
    ids.add(entry.id);
    const filePath = toSlashes(relative(projectRoot, resolve(root, entry.path)));
    const digest = generateDigest({ filePath, fields: entry.fields ?? {}, body: entry.body, renderer: RENDERER_VERSION });
    // An unchanged entry keeps its stored data and HTML: nothing is parsed into data or rendered again.
    if (store.get(entry.id)?.digest === digest) continue;
    const data = await parseData({ id: entry.id, data: { ...entry.fields }, filePath });
    if (entry.collection !== 'articles' && entry.collection !== 'topics') {
      store.set({ id: entry.id, data, filePath, digest });
      continue;
    }
    const allowed = ALLOWED_COMPONENTS[entry.collection];
    const { html, headings, citations } = judgements.takeRendered(entry.body, allowed) ?? renderAgain(entry, allowed, displayRoot);
    const rendered = { html, metadata: { headings, imagePaths: [], citations } };
    store.set({ id: entry.id, data, body: entry.body, filePath, digest, rendered });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  if (context.watcher) return;
  loadedFromLastCheck.add(collection);
  if (loadedFromLastCheck.size === COLLECTION_NAMES.length) lastCheck = undefined;
}

/**
 * Renders an entry from its tree. A judgement from the cache has none, and no HTML when the body
 * was judged in an earlier run: the body is parsed again, and must pass again.
 */
function renderAgain(entry: ContentEntry, allowedComponents: readonly string[], displayRoot: string): RenderedBody {
  const tree = entry.tree ?? judgeMdxBody(entry.body, allowedComponents).tree;
  if (!tree) throw new Error(`${displayRoot}/${entry.path}: the body has no syntax tree to render`);
  return renderBody(tree, entry.components);
}

// One change reaches the five collections' watchers one after another, in the same turn: the
// first reads the folder again, and the others load from its check (at 5,000 entries each
// reading of the folder took a third of a second). Once all five have loaded, the dev server's
// pages are told.
let currentChange: { key: string; loads: Promise<void>[] } | undefined;
function loadChange(event: string, path: string, load: (recheck: boolean) => Promise<void>): void {
  const key = `${event}\0${path}`;
  if (currentChange?.key === key) {
    currentChange.loads.push(load(false));
    return;
  }
  const change = (currentChange = { key, loads: [load(true)] });
  queueMicrotask(() => {
    currentChange = undefined;
    void Promise.all(change.loads).then(announceStoreChange);
  });
}

/**
 * The loader of one collection of the content folder.
 * @example defineCollection({ loader: contentLoader('topics', { root: 'content', today }), schema })
 */
export function contentLoader(collection: CollectionName, options: ContentLoaderOptions): Loader {
  return {
    name: 'kremlin-record-content',
    load: async (context) => {
      await loadCollection(collection, options, context);
      const { watcher } = context;
      if (!watcher) return;
      shareCollectionStore(collection, context.store);
      const root = resolve(fileURLToPath(context.config.root), options.root);
      watcher.add(root);
      watcher.on('all', (event, path) => {
        if (!resolve(path).startsWith(`${root}${sep}`)) return;
        loadChange(event, path, (recheck) => loadCollection(collection, options, context, recheck).catch((error: unknown) => context.logger.error((error as Error).message)));
      });
    },
  };
}
