import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import contentStoreFromDisk, { STORE_MODULE_ID, getStoreFile } from './content-store-from-disk.ts';

const folder = mkdtempSync(join(tmpdir(), 'kr-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface LoadHook {
  order: string;
  filter: { id: RegExp };
  handler: (id: string) => string | null;
}

/** The plugins the integration adds for this command and output, from a cache folder. */
function pluginsFor(command: 'build' | 'dev', output: 'static' | 'server', cacheDir: URL) {
  const plugins: { load: LoadHook }[] = [];
  const setup = contentStoreFromDisk().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ command, config: { output, cacheDir }, updateConfig: ({ vite }: { vite: { plugins: { load: LoadHook }[] } }) => plugins.push(...vite.plugins) });
  return plugins;
}

describe('contentStoreFromDisk', () => {
  it('makes a static build read the store from its file, as Astro’s bundled module would give it', async () => {
    const cacheDir = pathToFileURL(`${folder}/cache/`);
    const store = [['Map', 1], 'articles', 'Text with "quotes", \\ and ё'];
    const [plugin] = pluginsFor('build', 'static', cacheDir);
    expect(plugin!.load.order).toBe('pre');
    expect(plugin!.load.filter.id.test(STORE_MODULE_ID)).toBe(true);
    // No store written: Astro's own module stands.
    expect(plugin!.load.handler(STORE_MODULE_ID)).toBeNull();
    mkdirSync(join(folder, 'cache'));
    writeFileSync(getStoreFile(cacheDir), JSON.stringify(store));
    const code = plugin!.load.handler(STORE_MODULE_ID)!;
    expect(code).not.toContain('quotes');
    const module = join(folder, 'store.mjs');
    writeFileSync(module, code);
    expect((await import(pathToFileURL(module).href)).default).toEqual(store);
  });

  it('leaves the store bundled for the dev server and for a server build', () => {
    const cacheDir = pathToFileURL(`${folder}/cache/`);
    expect(pluginsFor('dev', 'static', cacheDir)).toEqual([]);
    expect(pluginsFor('build', 'server', cacheDir)).toEqual([]);
  });
});
