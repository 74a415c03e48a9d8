/**
 * Pages render from the content layer's store without Astro's bundled copy of it. Astro makes the
 * whole store (`data-store.json`) a module holding it as one string literal. In a build, at 20,000
 * entries, a 104 MB file became a 120 MB module that the bundler carried through every step (the
 * build's peak memory, 3 GB, came there), and that the page-rendering process kept, source and
 * literal, until the build ended. A static build's bundle runs once, on the machine that built it,
 * right after the bundler, from the same cache folder: it reads the file Astro would have inlined.
 *
 * The dev server transformed that module again after every edit (26 MB at 5,000 entries), and an
 * edit waited for Astro to save the whole store first. Its pages read the store in memory instead
 * (`live-store.ts`), and are reloaded as soon as a change has loaded; the file, while the loader
 * has not yet shared every collection.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { LIVE_STORE_SNAPSHOT, onStoreChange } from '../lib/content/live-store.ts';

/** Astro's module of the store (the resolved id of `astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where Astro writes the store: in the cache folder for a build, in `.astro/` for the dev server. */
export const getStoreFile = (command: string, config: { root: URL; cacheDir: URL }): string =>
  fileURLToPath(new URL('data-store.json', command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir));

/**
 * The module that reads the store from `file`: what Astro's module holds, parsed the same way. The
 * dev server's first takes the store in memory (`inMemory`), once every collection is shared.
 */
export const readStoreModule = (file: string, inMemory?: string): string =>
  `import { readFileSync } from 'node:fs';\nexport default ${inMemory ? `${inMemory} ?? ` : ''}JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

/** Makes the dev server's pages read the store again, and reloads the pages open in browsers. */
export function reloadStore(server: ViteDevServer): void {
  // What Astro itself does once it has saved the store, in the environments that render pages.
  for (const environment of [server.environments.ssr, server.environments.prerender]) {
    if (!environment) continue;
    const module = environment.moduleGraph.getModuleById(STORE_MODULE_ID);
    if (module) environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
    const { runner } = environment as Partial<RunnableDevEnvironment>;
    const evaluated = runner?.evaluatedModules.getModuleById(STORE_MODULE_ID);
    if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
    environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

export default function contentStore(): AstroIntegration {
  // The file a build reads its store from, and whether its module was served from it.
  let buildStore: string | undefined;
  let served = false;
  return {
    name: 'kremlin-record:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A server's bundle runs elsewhere, later: it must carry the store.
        if ((command !== 'build' && command !== 'dev') || config.output !== 'static') return;
        const storeFile = getStoreFile(command, config);
        if (command === 'build') buildStore = storeFile;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kremlin-record:content-store',
                load: {
                  // Before Astro's own loader of the module, which is an early plugin too.
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
                  // With no store written, Astro's own module (an empty store) stands.
                  handler: (id: string) => {
                    if (id !== STORE_MODULE_ID || !existsSync(storeFile)) return null;
                    served = true;
                    return readStoreModule(storeFile, command === 'dev' ? LIVE_STORE_SNAPSHOT : undefined);
                  },
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        onStoreChange(() => reloadStore(server));
      },
      'astro:build:done': ({ logger }) => {
        // Astro may rename its module: pages then render as before, from the store bundled.
        if (buildStore && !served && existsSync(buildStore)) {
          logger.warn(`The content store was bundled, not read from ${buildStore}: Astro's module of it is no longer ${JSON.stringify(STORE_MODULE_ID)}.`);
        }
      },
    },
  };
}
