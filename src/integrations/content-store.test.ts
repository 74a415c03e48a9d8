import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../schemas/common.ts';
import { shareCollectionStore } from '../lib/content/live-store.ts';
import contentStore, { STORE_MODULE_ID, getStoreFile } from './content-store.ts';

const folder = mkdtempSync(join(tmpdir(), 'kr-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler: (id: string) => string | null;
}

const root = pathToFileURL(`${folder}/project/`);
const cacheDir = pathToFileURL(`${folder}/cache/`);

/** The plugins the integration adds for this command and output. */
function pluginsFor(command: 'build' | 'dev' | 'preview', output: 'static' | 'server') {
  const plugins: { load: LoadHook }[] = [];
  const setup = contentStore().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ command, config: { output, root, cacheDir }, updateConfig: ({ vite }: { vite: { plugins: { load: LoadHook }[] } }) => plugins.push(...vite.plugins) });
  return plugins;
}

/** What the module the plugin serves, written to a file and imported, exports. */
async function importServed(plugin: { load: LoadHook }, name: string): Promise<unknown> {
  const module = join(folder, `${name}.mjs`);
  writeFileSync(module, plugin.load.handler(STORE_MODULE_ID)!);
  return (await import(pathToFileURL(module).href)).default;
}

describe('contentStore', () => {
  it('makes a static build read the store from its file in the cache folder, as Astro’s bundled module would give it', async () => {
    const store = [['Map', 1], 'articles', 'Text with "quotes", \\ and ё'];
    const [plugin] = pluginsFor('build', 'static');
    expect(plugin!.load.order).toBe('pre');
    expect(plugin!.load.filter.id.test(STORE_MODULE_ID)).toBe(true);
    // No store written: Astro's own module stands.
    expect(plugin!.load.handler(STORE_MODULE_ID)).toBeNull();
    mkdirSync(join(folder, 'cache'));
    writeFileSync(getStoreFile('build', { root, cacheDir }), JSON.stringify(store));
    expect(plugin!.load.handler(STORE_MODULE_ID)).not.toContain('quotes');
    expect(await importServed(plugin!, 'build')).toEqual(store);
  });

  it('makes the dev server read the store in memory once the loader shares every collection, and from .astro/ before', async () => {
    const store = [['Map', 1], 'dev'];
    mkdirSync(join(folder, 'project/.astro'), { recursive: true });
    writeFileSync(join(folder, 'project/.astro/data-store.json'), JSON.stringify(store));
    const [plugin] = pluginsFor('dev', 'static');
    expect(await importServed(plugin!, 'dev-file')).toEqual(store);
    for (const name of COLLECTION_NAMES) shareCollectionStore(name, { entries: () => [[`${name}-entry`, { id: `${name}-entry` }]] });
    const live = (await importServed(plugin!, 'dev-live')) as Map<string, Map<string, unknown>>;
    expect(live.get('people')).toEqual(new Map([['people-entry', { id: 'people-entry' }]]));
  });

  it('leaves the store bundled in a server build, and adds nothing to preview', () => {
    expect(pluginsFor('build', 'server')).toEqual([]);
    expect(pluginsFor('preview', 'static')).toEqual([]);
  });
});
