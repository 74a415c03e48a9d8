/**
 * The baseline `npm run bench` builds beside the engine: the smallest Astro MDX site that gives
 * each article a page (only `@astrojs/mdx`, a glob loader, a permissive schema, one route), so
 * that the table shows what the engine's pages, checks and search cost over Astro itself.
 */
import type { ContentFile } from '../../lib/check/entry.ts';

/**
 * The files of the baseline project, by path inside its folder, reading the articles in
 * `articlesDir` (an absolute path). Its output goes to `dist/` inside the project, and Astro's and
 * Vite's caches to `.astro-cache/` and `.vite-cache/`, so that nothing is written through its
 * symlinked `node_modules`.
 * @example getBaselineProjectFiles('/tmp/kr-bench-x/content/articles').map((file) => file.path)
 * // ["package.json", "astro.config.mjs", "src/content.config.ts", "src/pages/[...id].astro"]
 */
export function getBaselineProjectFiles(articlesDir: string): ContentFile[] {
  const packageJson = { name: 'kremlin-record-bench-baseline', private: true, type: 'module' };
  return [
    { path: 'package.json', text: `${JSON.stringify(packageJson, null, 2)}\n` },
    {
      path: 'astro.config.mjs',
      text: `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Caches stay in this folder: node_modules is a symlink to the engine's, which they must not touch.
export default defineConfig({ cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' }, integrations: [mdx()] });
`,
    },
    {
      path: 'src/content.config.ts',
      text: `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(articlesDir)} }),
    schema: z.looseObject({ title: z.string() }),
  }),
};
`,
    },
    {
      path: 'src/pages/[...id].astro',
      text: `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((article) => ({ params: { id: article.id }, props: { article } }));
}

const { article } = Astro.props;
const { Content } = await render(article);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{article.data.title}</title></head>
  <body><h1>{article.data.title}</h1><Content /></body>
</html>
`,
    },
  ];
}
