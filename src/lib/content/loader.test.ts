import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { COLLECTION_NAMES } from '../../schemas/common.ts';
import { contentLoader } from './loader.ts';
import { onStoreChange } from './live-store.ts';

// The folder check, counted: a change must be checked once, however many collections watch it.
// `count` counts calls; `fresh`, calls that could not return the check they were given.
const checks = vi.hoisted(() => ({ count: 0, fresh: 0 }));
vi.mock('../check/content-folder.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../check/content-folder.ts')>();
  return {
    ...actual,
    checkContentFolder: (...args: Parameters<typeof actual.checkContentFolder>) => {
      checks.count += 1;
      const check = actual.checkContentFolder(...args);
      if (check !== args[2]) checks.fresh += 1;
      return check;
    },
  };
});

const VALID = 'src/cli/fixtures/check/valid';
const TODAY = () => ({ year: 2025, month: 6, day: 1 });
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A project folder whose content/ is a copy of the valid fixture archive. */
function makeProject(): string {
  const project = mkdtempSync(join(tmpdir(), 'kr-loader-'));
  folders.push(project);
  cpSync(VALID, join(project, 'content'), { recursive: true });
  return project;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  filePath?: string;
  body?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/** The parts of Astro's loader context the loader uses, recording what it parses. */
function makeContext(project: string, store = new Map<string, StoredEntry>()) {
  const parsed: string[] = [];
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${project}/`), cacheDir: pathToFileURL(`${project}/.astro/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: StoredEntry) => (store.set(entry.id, entry), true),
      keys: () => [...store.keys()],
      delete: (id: string) => void store.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    generateDigest: (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex'),
    logger: { error: () => undefined },
  } as unknown as LoaderContext;
  return { context, store, parsed };
}

describe('contentLoader', () => {
  it('stores each entry with its data, file and the HTML rendered from its checked tree', async () => {
    const project = makeProject();
    const { context, store } = makeContext(project);
    await contentLoader('topics', { root: 'content', today: TODAY }).load(context);
    const topic = store.get('ukraine-war')!;
    expect(topic).toMatchObject({ filePath: 'content/topics/ukraine-war.mdx', data: { title: 'War in Ukraine' } });
    expect(topic.rendered?.html).toBe(
      '<p>Dmitry Peskov told NBC News that the West was prolonging the war.<sup class="cite" data-pagefind-ignore><a href="#note-1" aria-label="Source 1">[1]</a></sup></p>',
    );
    expect(topic.rendered?.metadata?.['citations']).toEqual(['2023-12-16-nbc-news-peskov-speaks']);
  });

  it('stores YAML entries as data only', async () => {
    const { context, store } = makeContext(makeProject());
    await contentLoader('people', { root: 'content', today: TODAY }).load(context);
    expect(store.get('dmitry-peskov')).toMatchObject({ data: { name: 'Dmitry Peskov' }, filePath: 'content/people/dmitry-peskov.yaml' });
    expect(store.get('dmitry-peskov')?.rendered).toBeUndefined();
  });

  it('leaves an unchanged entry as stored, and renders a changed one again', async () => {
    const project = makeProject();
    const { context, store, parsed } = makeContext(project);
    const loader = contentLoader('topics', { root: 'content', today: TODAY });
    await loader.load(context);
    const first = store.get('ukraine-war');
    parsed.length = 0;
    await loader.load(context);
    expect(parsed).toEqual([]);
    expect(store.get('ukraine-war')).toBe(first);
    const file = join(project, 'content/topics/ukraine-war.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMore.\n`);
    await loader.load(context);
    expect(parsed).toEqual(['ukraine-war']);
    expect(store.get('ukraine-war')?.rendered?.html).toContain('<p>More.</p>');
  });

  it('judges unchanged bodies from the last run’s cache, and parses a body again when its entry must be rendered', async () => {
    const project = makeProject();
    writeFileSync(join(project, 'package-lock.json'), '{}');
    const { context, store } = makeContext(project);
    await contentLoader('topics', { root: 'content', today: TODAY }).load(context);
    const html = store.get('ukraine-war')?.rendered?.html;
    const kept = deserialize(readFileSync(join(project, '.astro/kremlin-record-judgements.bin'))) as { values: Map<string, { problems: unknown[] }> };
    expect([...kept.values.values()].map((judgement) => judgement.problems)).toEqual([[]]);
    // A new process: the same body judged from the cache, and the entry's fields changed, so it is rendered.
    vi.resetModules();
    const { contentLoader: freshLoader } = await import('./loader.ts');
    const file = join(project, 'content/topics/ukraine-war.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: War in Ukraine', 'title: The war in Ukraine'));
    await freshLoader('topics', { root: 'content', today: TODAY }).load(context);
    expect(store.get('ukraine-war')).toMatchObject({ data: { title: 'The war in Ukraine' }, rendered: { html } });
  });

  it('checks the folder once for one change, updates every collection from that check, then tells the dev server', async () => {
    const project = makeProject();
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    const stores = (['topics', 'people'] as const).map((collection) => {
      const { context, store } = makeContext(project);
      Object.assign(context, { watcher });
      return { collection, context, store };
    });
    for (const { collection, context } of stores) await contentLoader(collection, { root: 'content', today: TODAY }).load(context);
    const person = join(project, 'content/people/dmitry-peskov.yaml');
    writeFileSync(person, readFileSync(person, 'utf8').replace('Dmitry Peskov', 'Dmitri Peskov'));
    checks.count = 0;
    // The dev server is told once, when the change has reached every collection.
    const told: unknown[] = [];
    onStoreChange(() => told.push(stores[1]!.store.get('dmitry-peskov')?.data.name));
    watcher.emit('all', 'change', person);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told).toEqual(['Dmitri Peskov']);
    expect(checks.count).toBe(1);
    expect(stores[1]!.store.get('dmitry-peskov')?.data).toMatchObject({ name: 'Dmitri Peskov' });
    expect(stores[0]!.store.get('ukraine-war')).toBeDefined();
  });

  it('in a build, checks the folder once for all five collections, then lets the check go', async () => {
    const project = makeProject();
    const loadAll = async (watcher?: EventEmitter) => {
      for (const collection of COLLECTION_NAMES) {
        const { context } = makeContext(project);
        if (watcher) Object.assign(context, { watcher });
        await contentLoader(collection, { root: 'content', today: TODAY }).load(context);
      }
    };
    checks.fresh = 0;
    await loadAll();
    expect(checks.fresh).toBe(1);
    // A build has no watcher and loads each collection once: the check, which holds every file's
    // text and tree, is not kept, and a load after that checks the folder again.
    await loadAll();
    expect(checks.fresh).toBe(2);
    // Under `astro dev` the check is kept for the next change.
    const watcher = Object.assign(new EventEmitter(), { add: () => undefined });
    await loadAll(watcher);
    await loadAll(watcher);
    expect(checks.fresh).toBe(3);
  });

  it('in a build, reads the folder once for the five collections Astro loads at once; under the dev server, each asks afresh', async () => {
    const project = makeProject();
    const loadAtOnce = (watcher?: EventEmitter) =>
      Promise.all(COLLECTION_NAMES.map((collection) => {
        const { context, store } = makeContext(project);
        if (watcher) Object.assign(context, { watcher });
        return contentLoader(collection, { root: 'content', today: TODAY }).load(context).then(() => store);
      }));
    checks.count = 0;
    const stores = await loadAtOnce();
    expect(checks.count).toBe(1);
    expect(stores.map((store) => store.size > 0)).toEqual(COLLECTION_NAMES.map(() => true));
    // A change may come between two loads of the dev server's: each finds the folder as it is then.
    checks.count = 0;
    await loadAtOnce(Object.assign(new EventEmitter(), { add: () => undefined }));
    expect(checks.count).toBe(COLLECTION_NAMES.length);
    // Another folder's loads, at the same moment, read their own folder.
    const other = makeProject();
    const topic = join(other, 'content/topics/ukraine-war.mdx');
    writeFileSync(topic, readFileSync(topic, 'utf8').replace('title: War in Ukraine', 'title: The war in Ukraine'));
    const [here, there] = await Promise.all([project, other].map(async (folder) => {
      const { context, store } = makeContext(folder);
      await contentLoader('topics', { root: 'content', today: TODAY }).load(context);
      return store.get('ukraine-war')?.data['title'];
    }));
    expect([here, there]).toEqual(['War in Ukraine', 'The war in Ukraine']);
  });

  it('removes an entry whose file is gone', async () => {
    const project = makeProject();
    const { context, store } = makeContext(project, new Map([['old-topic', { id: 'old-topic', data: {} }]]));
    await contentLoader('topics', { root: 'content', today: TODAY }).load(context);
    expect([...store.keys()]).toEqual(['ukraine-war']);
  });

  it('fails with the report of npm run check when any file of the folder has a problem', async () => {
    const project = makeProject();
    writeFileSync(join(project, 'content/people/dmitry-peskov.yml'), 'name: Someone Else\nrole: Impostor\n');
    const { context, store } = makeContext(project);
    await expect(contentLoader('topics', { root: 'content', today: TODAY }).load(context)).rejects.toThrow(
      'content/people/dmitry-peskov.yml:1 id: duplicate id "dmitry-peskov": also content/people/dmitry-peskov.yaml',
    );
    expect(store.size).toBe(0);
  });
});
