/** The citation view-model of an article page and of its BibTeX, RIS and CSL-JSON files. */
import { resolve } from 'node:path';
import type { Archive, Article } from './model.ts';
import { siteConfig, urls } from './site.ts';
import type { CitableArticle } from '../lib/citation/citable-article.ts';
import { toCslItem, type CslItem } from '../lib/citation/citable-article.ts';
import { createBackgroundFormatter } from '../lib/citation/background-format.ts';
import type { FormattedCitation } from '../lib/citation/format.ts';
import { CITATION_FILES } from '../lib/citation/files.ts';
import { getDublinCoreTags, getHighwireTags, getNewsArticleJsonLd, toScriptJson, type MetaTag } from '../lib/citation/metadata.ts';

export function toCitableArticle(article: Article, site: URL): CitableArticle {
  return {
    id: article.id,
    title: article.title,
    titleSupplied: article.titleSupplied,
    byline: article.byline,
    outletName: article.outlet?.label,
    published: article.published.date,
    circa: article.published.circa,
    url: article.url,
    archivedUrl: article.archivedUrl,
    retrieved: article.retrieved?.date,
    language: article.language,
    pageUrl: new URL(urls.article(article.id), site).href,
    archiveName: siteConfig.name,
  };
}

export interface ArticleCitation {
  metaTags: MetaTag[];
  /** JSON-LD, already safe inside a script block. */
  jsonLd: string;
  citations: FormattedCitation[];
  /** Links to the article's BibTeX, RIS and CSL-JSON files (a build writes them: src/integrations/citation-files.ts). */
  files: { label: string; href: string }[];
}

/**
 * The worker's file, from the project root: Node runs it as it is, while the pages run bundled
 * into chunks elsewhere. Astro runs from the root (build, dev, the test fixtures and the bench),
 * as the content folder is found from it too.
 */
export const FORMAT_WORKER_FILE = 'src/lib/citation/format-worker.ts';

/**
 * A build sends the workers a few articles at a time (see FORMAT_AHEAD), so it keeps them through
 * short pauses, where stopping at once would start them, and load their styles, again; their
 * memory is given back soon after the last article page. A build uses two: one could not keep up
 * with the pages (citeproc-js takes twice as long over an article as its page takes to render),
 * which then waited for it. The dev server renders a page at a time, and keeps its one worker
 * longer, for the next page a reader opens.
 */
const formatter = createBackgroundFormatter(resolve(FORMAT_WORKER_FILE), import.meta.env.PROD ? { idleMs: 5_000, workers: 2 } : { idleMs: 30_000 });

/** How many articles the workers format ahead of the page being rendered. */
const FORMAT_AHEAD = 64;

/**
 * How many articles are sent at a time, shared among the workers: each formats its share in one
 * pass, at half the cost per article of formatting them one by one, and a few pages' worth late.
 */
const FORMAT_BATCH = 32;

/** The articles in the order a build renders their pages, with each one's CSL item. */
let renderOrder: { positions: Map<string, number>; items: CslItem[] } | undefined;

/**
 * Starts the workers on the first articles when a build lists the article pages: Astro lists every
 * route's pages before it renders any, so the workers format while the pages before the articles
 * render. Every `FORMAT_BATCH`th article page then sends the next batch, `FORMAT_AHEAD` places
 * after it, so the workers keep ahead of a cold build, and a rebuild that renders one changed
 * page formats at most a batch of articles, not all of them, before that page's own. The site is
 * the one `Astro.site` gives the pages. The dev server renders a page at a time, and each asks
 * for its own.
 */
export function prefetchArticleCitations(archive: Archive): void {
  if (!import.meta.env.PROD) return;
  const site = new URL(import.meta.env.SITE);
  const items = archive.articles.map((article) => toCslItem(toCitableArticle(article, site)));
  renderOrder = { positions: new Map(archive.articles.map((article, position) => [article.id, position])), items };
  formatter.prefetch(items.slice(0, FORMAT_AHEAD));
}

export async function getArticleCitation(article: Article, site: URL): Promise<ArticleCitation> {
  const citable = toCitableArticle(article, site);
  const item = toCslItem(citable);
  const position = renderOrder?.positions.get(article.id);
  if (renderOrder && position !== undefined && position % FORMAT_BATCH === 0) {
    formatter.prefetch(renderOrder.items.slice(position + FORMAT_AHEAD, position + FORMAT_AHEAD + FORMAT_BATCH));
  }
  return {
    metaTags: [...getHighwireTags(citable), ...getDublinCoreTags(citable)],
    jsonLd: toScriptJson(getNewsArticleJsonLd(citable)),
    citations: await formatter.format(item),
    files: CITATION_FILES.map((file) => ({ label: file.label, href: urls.citationFile(article.id, file.extension) })),
  };
}
