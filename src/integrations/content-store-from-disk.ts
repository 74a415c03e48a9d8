/**
 * A static build reads the content layer's store from its file when the pages render, instead of
 * bundling it. Astro inlines the whole store (`data-store.json` in the cache folder) into the
 * bundle its pages render from, as one string literal: at 20,000 entries a 104 MB file became a
 * 120 MB module that the bundler carried through every step (the build's peak memory, 3 GB, came
 * there), and that the page-rendering process kept, source and literal, until the build ended.
 * The bundle of a static build runs once, on the machine that built it, right after the bundler,
 * from the same cache folder; so it can read the file Astro would have inlined.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module of the store (the resolved id of `astro:data-layer-content`). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

/** Where a build's store is: the file Astro writes when it syncs content for a build. */
export const getStoreFile = (cacheDir: URL): string => fileURLToPath(new URL('data-store.json', cacheDir));

/** The module that reads the store from `file`: what Astro's module holds, parsed the same way. */
export const readStoreModule = (file: string): string =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

export default function contentStoreFromDisk(): AstroIntegration {
  let file: string | undefined;
  let served = false;
  return {
    name: 'kremlin-record:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // A server's bundle runs elsewhere, later: it must carry the store.
        if (command !== 'build' || config.output !== 'static') return;
        const storeFile = getStoreFile(config.cacheDir);
        file = storeFile;
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
        // Astro may rename its module: the build then works as before, with the store bundled.
        if (file && !served && existsSync(file)) logger.warn(`The content store was bundled, not read from ${file}: Astro's module of it is no longer ${JSON.stringify(STORE_MODULE_ID)}.`);
      },
    },
  };
}
