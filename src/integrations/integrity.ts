/**
 * Lossless, checked after every build (DESIGN.md "Quality bars"): every non-draft article has a
 * page, a feed item and a search record. A disagreement fails the build and says which count.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { findCountMismatches } from '../lib/integrity.ts';
import type { SearchIndexSummary } from './pagefind.ts';

async function countPublishedArticles(articlesDir: string): Promise<number> {
  const files = (await readdir(articlesDir, { recursive: true })).filter((file) => file.endsWith('.mdx'));
  const drafts = await Promise.all(
    files.map(async (file) => {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(join(articlesDir, file), 'utf8'))?.[1] ?? '';
      return (parse(frontmatter) as { draft?: unknown } | null)?.draft === true;
    }),
  );
  return drafts.filter((isDraft) => !isDraft).length;
}

/** Article pages are `articles/<id>/index.html`; the numbered folders are the paginated index. */
async function countArticlePages(outDir: string): Promise<number> {
  const entries = await readdir(join(outDir, 'articles'), { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name)).length;
}

async function countFeedItems(outDir: string): Promise<number> {
  return (await readFile(join(outDir, 'rss.xml'), 'utf8')).match(/<item>/g)?.length ?? 0;
}

/**
 * The integration, and the hook to hand to the Pagefind integration so the search records are
 * counted too. Pagefind runs in the same `astro:build:done` phase, before this one.
 */
export function createIntegrityCheck(articlesDir: string) {
  let searchRecords: number | undefined;
  const onIndexed = (summary: SearchIndexSummary) => {
    searchRecords = summary.recordsByType.Article;
  };
  const integration: AstroIntegration = {
    name: 'kremlin-record:integrity',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const counts = {
          articles: await countPublishedArticles(articlesDir),
          articlePages: await countArticlePages(outDir),
          feedItems: await countFeedItems(outDir),
          searchRecords,
        };
        const mismatches = findCountMismatches(counts);
        if (mismatches.length > 0) throw new Error(`The build lost articles: ${mismatches.join('; ')}`);
        logger.info(`${counts.articles} articles, each with a page, a feed item and a search record.`);
      },
    },
  };
  return { integration, onIndexed };
}
