/**
 * Pages render from the content layer's store read from its file, instead of from a bundled copy.
 * Astro makes the whole store (`data-store.json`) a module holding it as one string literal. In a
 * build, at 20,000 entries, a 104 MB file became a 120 MB module that the bundler carried through
 * every step (the build's peak memory, 3 GB, came there), and that the page-rendering process
 * kept, source and literal, until the build ended. The dev server transformed that module again
 * after every edit (26 MB at 5,000 entries). A static build's bundle runs once, on the machine that
 * built it, right after the bundler, from the same cache folder; the dev server runs where the
 * file is written. Both can read the file Astro would have inlined.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the store (the resolved id of `astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where Astro writes the store: in the cache folder for a build, in `.astro/` for the dev server. */
export const getStoreFile = (command: string, config: { root: URL; cacheDir: URL }): string =>
  fileURLToPath(new URL('data-store.json', command === 'dev' ? new URL('.astro/', config.root) : config.cacheDir));

/** The module that reads the store from `file`: what Astro's module holds, parsed the same way. */
export const readStoreModule = (file: string): string =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

export default function contentStoreFromDisk(): AstroIntegration {
  // The file a build reads its store from, and whether its module was served from it.
  let buildStore: string | undefined;
  let served = false;
  return {
    name: 'kremlin-record:content-store-from-disk',
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
                name: 'kremlin-record:content-store-from-disk',
                load: {
                  // Before Astro's own loader of the module, which is an early plugin too.
                  order: 'pre',
                  filter: { id: new RegExp(`^${STORE_MODULE_ID}$`) },
                  // With no store written, Astro's own module (an empty store) stands.
                  handler: (id: string) => {
                    if (id !== STORE_MODULE_ID || !existsSync(storeFile)) return null;
                    served = true;
                    return readStoreModule(storeFile);
                  },
                },
              },
            ],
          },
        });
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
