/**
 * Lossless, checked after every build (DESIGN.md "Quality bars"): every non-draft article has
 * exactly one page that shows its text, one feed item linking that page and one search record,
 * matched by id (src/lib/site/lossless.ts). Any problem fails the build, naming the entry's file.
 * Built pages are read a few at a time, never all at once (20,000 pages at once died with EMFILE).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DOMParser } from 'linkedom';
import { getCollectionOfPath, isRefused, listContentFiles, type ContentFile } from '../lib/content/files.ts';
import { readArticleText } from '../lib/site/article-text.ts';
import { findLostArticles, toArchivedArticle, toWords, type ArchivedArticle } from '../lib/site/lossless.ts';
import { createUrls } from '../lib/urls.ts';
import { getSourceVersion, hashText, openDiskCache, type DiskCache } from '../lib/disk-cache.ts';
import type { SearchIndexSummary } from './pagefind.ts';

/**
 * Pages read between two turns of the event loop. They are read one at a time, synchronously:
 * the asynchronous reads' opening, stat and closing cost more than the reading, on the two cores
 * Pagefind's process is indexing with meanwhile. The turns let the build hear Pagefind answer.
 */
const FILES_BETWEEN_TURNS = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Site paths without the base, as the build output's folders and Pagefind's records have them. */
const sitePaths = createUrls('/');

/**
 * The archive's articles, read through the one reader of the content folder that the loader uses.
 * An article read from the same file and text in an earlier build comes from `cache`: finding the
 * passages of every article again was a tenth of a rebuild after one edit, at 5,000 entries.
 */
function readArchivedArticles(contentDir: string, root: string, cache: DiskCache<ArchivedArticle>): ArchivedArticle[] {
  const articles = listContentFiles(contentDir)
    .filter((file): file is ContentFile => !isRefused(file) && getCollectionOfPath(file.path) === 'articles')
    .map((file) => {
      const filePath = relative(root, join(contentDir, file.path)).split(sep).join('/');
      const key = hashText(filePath, file.text);
      const known = cache.get(key);
      if (known) return known;
      const article = toArchivedArticle(filePath, file.text);
      cache.set(key, article);
      return article;
    });
  cache.save();
  return articles;
}

/** Where the check keeps the articles it read: in Astro's cache folder, when it is told it. */
const getArticleCacheFile = (cacheDir: string | undefined) => cacheDir && join(cacheDir, 'kremlin-record-lossless-articles.bin');

/**
 * The words of each article page's text (`toWords`), by page. Article pages are
 * `articles/<id>/index.html`; the numbered folders are the paginated index. Only the words are
 * kept: the parser's text is slices of the page, and a slice keeps the whole page in memory
 * (20,000 pages held 700 MB while Pagefind ran).
 */
async function readArticlePages(outDir: string): Promise<Map<string, string>> {
  const folders = readdirSync(join(outDir, 'articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const pages = new Map<string, string>();
  for (const [index, id] of folders.entries()) {
    if (index % FILES_BETWEEN_TURNS === 0) await nextTurn();
    let html: string;
    try {
      html = readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    pages.set(sitePaths.article(id), toWords(readArticleText(html)));
  }
  return pages;
}

/** The path, without the site's base, of each item link in the archive's feed. */
async function readFeedLinks(outDir: string, base: string): Promise<string[]> {
  const feed = new DOMParser().parseFromString(await readFile(join(outDir, 'rss.xml'), 'utf8'), 'text/xml');
  const prefix = base.replace(/\/+$/, '');
  return [...feed.querySelectorAll('item > link')].map((link) => {
    const path = new URL(link.textContent?.trim() ?? '', 'http://site.invalid').pathname;
    return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
  });
}

/** What the check compares: the archive's articles, and the pages and feed the build wrote. */
interface BuiltArchive {
  articles: ArchivedArticle[];
  pages: Map<string, string>;
  feedLinks: string[];
}

/**
 * The integration, and the hooks to hand to the Pagefind integration: `whileIndexing` reads the
 * content and the built pages while Pagefind indexes them in its own process (the reading was a
 * tenth of a rebuild's time, after the index), and `onIndexed` takes the search records to match.
 * Pagefind runs in the same `astro:build:done` phase, before this one.
 */
export function createIntegrityCheck(contentDir: string, root = process.cwd()) {
  let searchRecords: string[] | undefined;
  let reading: Promise<BuiltArchive> | undefined;
  const onIndexed = (summary: SearchIndexSummary) => {
    searchRecords = summary.records.filter((record) => record.type === 'Article').map((record) => record.url);
  };
  let base = '/';
  let cacheDir: string | undefined;
  const readBuild = (outDir: string): Promise<BuiltArchive> =>
    (reading ??= (async () => ({
      articles: readArchivedArticles(contentDir, root, openDiskCache(getArticleCacheFile(cacheDir), getSourceVersion(root))),
      pages: await readArticlePages(outDir),
      feedLinks: await readFeedLinks(outDir, base),
    }))());
  const whileIndexing = (outDir: string): void => {
    // The check awaits the same reading, and reports its failure.
    readBuild(outDir).catch(() => {});
  };
  const integration: AstroIntegration = {
    name: 'kremlin-record:integrity',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!searchRecords) throw new Error('The lossless check needs the search index, but Pagefind reported no records.');
        const { articles, pages, feedLinks } = await readBuild(fileURLToPath(dir));
        reading = undefined;
        const problems = findLostArticles(articles, { pages, feedLinks, searchRecords }, sitePaths.article);
        if (problems.length > 0) throw new Error(`The build lost articles:\n${problems.join('\n')}`);
        const published = articles.filter((article) => !article.draft).length;
        logger.info(`${published} articles, each with its text on its page, a feed item and a search record.`);
      },
    },
  };
  return { integration, onIndexed, whileIndexing };
}
