/**
 * Lossless, checked after every build (DESIGN.md "Quality bars"): every non-draft article has
 * exactly one page that shows its text, one feed item linking that page and one search record,
 * matched by id (src/lib/site/lossless.ts). Any problem fails the build, naming the entry's file.
 * Built pages are read one at a time, never all at once (20,000 pages at once died with EMFILE).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
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
      return cache.remember(hashText(filePath, file.text), () => toArchivedArticle(filePath, file.text));
    });
  cache.save();
  return articles;
}

/** Where the check keeps what it read (`articles` or `pages`): in Astro's cache folder, when it is told it. */
const getCacheFile = (cacheDir: string | undefined, what: 'articles' | 'pages') => cacheDir && join(cacheDir, `kremlin-record-lossless-${what}.bin`);

/**
 * The words of each article page's text (`toWords`), by page. Article pages are
 * `articles/<id>/index.html`; the numbered folders are the paginated index. Only the words are
 * kept: the parser's text is slices of the page, and a slice keeps the whole page in memory
 * (20,000 pages held 700 MB while Pagefind ran). A page the last build wrote the same has its
 * words from `cache`: parsing every page again took two seconds of a rebuild at 5,000 entries, on
 * the cores Pagefind was indexing with.
 */
async function readArticlePages(outDir: string, cache: DiskCache<string>): Promise<Map<string, string>> {
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
    pages.set(sitePaths.article(id), cache.remember(hashText(html), () => toWords(readArticleText(html))));
  }
  cache.save();
  return pages;
}

/**
 * The path, without the site's base, of each item link in the archive's feed. The feed is read as
 * a stream of tags, as pages are: a DOM of 5,000 items took half a second.
 */
function readFeedLinks(outDir: string, base: string): string[] {
  const links: string[] = [];
  const open: string[] = [];
  let link: string | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'link' && open.at(-1) === 'item') link = '';
        open.push(name);
      },
      ontext(text) {
        if (link !== undefined) link += text;
      },
      onclosetag(name) {
        open.pop();
        if (link === undefined || name !== 'link' || open.at(-1) !== 'item') return;
        links.push(link);
        link = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(readFileSync(join(outDir, 'rss.xml'), 'utf8'));
  const prefix = base.replace(/\/+$/, '');
  return links.map((text) => {
    const path = new URL(text.trim(), 'http://site.invalid').pathname;
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
    (reading ??= (async () => {
      const version = getSourceVersion(root);
      return {
        articles: readArchivedArticles(contentDir, root, openDiskCache(getCacheFile(cacheDir, 'articles'), version)),
        pages: await readArticlePages(outDir, openDiskCache(getCacheFile(cacheDir, 'pages'), version)),
        feedLinks: readFeedLinks(outDir, base),
      };
    })());
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
