// @ts-check
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site.config.ts';
import pagefind, { BUNDLE_DIR } from './src/integrations/pagefind.ts';
import { createIntegrityCheck } from './src/integrations/integrity.ts';
import siteUrl from './src/integrations/site-url.ts';
import pruneOutput from './src/integrations/prune-output.ts';
import contentStore from './src/integrations/content-store.ts';
import { createCitationFiles } from './src/integrations/citation-files.ts';
import { isIndexable } from './src/lib/site/crawlers.ts';
import { isHarmlessBundlerLog } from './src/integrations/build-log.ts';

const integrity = createIntegrityCheck(resolve(siteConfig.contentDir));
const citations = createCitationFiles(siteConfig.name);

export default defineConfig({
  // Unset, the site-url integration below stops a production build and says how to set it.
  ...(siteConfig.siteUrl ? { site: siteConfig.siteUrl } : {}),
  // Tests and benchmarks build other archives beside the real one without touching dist/.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  base: siteConfig.base,
  trailingSlash: 'always',
  // Readers may be at risk: nothing on a page may reach another origin, so no prefetching.
  prefetch: false,
  markdown: {
    // An archive shows the text as printed: no curly quotes or dashes the source did not use.
    processor: satteri({ features: { smartPunctuation: false } }),
    // No Markdown reaches Astro's highlighter (the content loader renders entries itself), and its
    // inline styles would break the page policy; /contribute/'s one <Code> block is allowed there.
    syntaxHighlight: false,
  },
  // Order matters: the site URL is settled first (a production build without one stops there);
  // the citation files are listed from the data package once the pages are written; what the last
  // build wrote and this one did not is deleted before the search index is built (except the
  // search bundle: Pagefind reuses what it can of it, and deletes the rest). While Pagefind indexes
  // the pages in its own process, the main thread writes the citation files and the integrity
  // check reads the built pages, then matches Pagefind's records.
  // No MDX integration: entries are parsed and rendered by the content loader, never compiled.
  integrations: [
    siteUrl(),
    contentStore(),
    sitemap({ filter: (page) => isIndexable(new URL(page).pathname, siteConfig.base) }),
    citations.integration,
    pruneOutput({ left: [BUNDLE_DIR], keptBy: citations.files }),
    pagefind({
      onIndexed: integrity.onIndexed,
      whileIndexing: (outDir) => {
        integrity.whileIndexing(outDir);
        citations.write();
      },
    }),
    integrity.integration,
  ],
  // Pages are built a few at a time: a page waits for its citations from a worker thread
  // (src/data/citation.ts) and for the disk, and one page after another left the build waiting
  // (16 s of 20 of a rebuild at 5,000 entries, when it copied every page from the cache). Profiling
  // (SITE_LOG_PAGES=1, below) builds one at a time, so each page's time is its own.
  // No stylesheet is inlined: the policy every page carries allows the site's own files and no
  // inline style (src/lib/site/csp.ts).
  build: { format: 'directory', concurrency: process.env.SITE_LOG_PAGES === '1' ? 1 : 8, inlineStylesheets: 'never' },
  // A rebuild renders again only the pages whose view or code changed: each generated route's
  // static paths carry a hash of its view as their cache key (src/data/paths.ts).
  experimental: { incrementalBuild: true },
  // Benchmarks and tests that build another archive keep its content cache apart from this one's.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  // Astro's Node log without a line per page written: a phase line each, and every warning.
  // SITE_LOG_PAGES=1 brings the page lines and their render times back, for profiling.
  logger: { entrypoint: './src/integrations/build-log.ts', config: { pageLines: process.env.SITE_LOG_PAGES === '1' } },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (!isHarmlessBundlerLog(level, log)) handler(level, log);
        },
      },
    },
  },
});
