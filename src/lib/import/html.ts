/**
 * The article inside a saved web page. Mozilla Readability (Firefox's reader view) finds the
 * article over linkedom's DOM; this module reads the page's metadata before Readability changes
 * the document, then turns the article into blocks (import/html-blocks.ts). Only text leaves this
 * module: tags, attributes, links and scripts stay behind, so nothing in a page can reach the archive
 * as markup.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { getBylineName, isNameLike, type RemovedChrome } from './chrome.ts';
import type { FoundDate } from './cleanup.ts';
import { parseDateText } from './dates.ts';
import type { Block } from './escape.ts';
import { collectBlocks } from './html-blocks.ts';
import { prepareForReadability } from './html-prepare.ts';

/** What a saved page says about its article, and the article's text as blocks. */
export interface HtmlArticle {
  title?: string;
  byline?: string;
  published?: FoundDate;
  /** The page's canonical address, when it states one. */
  url?: string;
  siteName?: string;
  /** The page's language, as its `<html lang>` gives it. */
  language?: string;
  blocks: Block[];
  /** Figure captions taken out while reading the article's structure. */
  removed: RemovedChrome[];
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'DC.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];
const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function getMeta(document: Document, key: string): string | undefined {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return collapse(element?.getAttribute('content')) || undefined;
}

/** The `datePublished` of the page's JSON-LD, read as data, never run. */
function getJsonLdDate(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function findPublished(document: Document, readabilityTime: string | null | undefined): FoundDate | undefined {
  const candidates: [string | null | undefined, string][] = [
    ...PUBLISHED_META.map((key): [string | undefined, string] => [getMeta(document, key), `the page's "${key}" metadata`]),
    [getJsonLdDate(document), "the page's JSON-LD datePublished"],
    [readabilityTime, "the page's metadata"],
    [document.querySelector('time[itemprop="datePublished"], time[pubdate], article time, time')?.getAttribute('datetime'), 'the page\'s <time> element'],
  ];
  for (const [value, source] of candidates) {
    const date = value ? parseDateText(value) : undefined;
    // The value is quoted in a comment of the entry, so only the characters a date is written with.
    const shown = value?.replace(/[^\p{L}\p{N} :,.+/-]/gu, '').slice(0, 40);
    if (date) return { date, source: `${source} ("${shown}")` };
  }
  return undefined;
}

/** The headline: the page's `<h1>` when its title carries it, else the title without the site name. */
function findTitle(document: Document, readabilityTitle: string | undefined, siteName: string | undefined): string | undefined {
  const heading = collapse(document.querySelector('article h1, main h1, h1')?.textContent);
  const title = collapse(getMeta(document, 'og:title') ?? readabilityTitle ?? document.title);
  if (heading && (title === '' || title.toLowerCase().includes(heading.toLowerCase()))) return heading;
  // "Headline | Site": cut at the last separator when what follows is the site's name.
  const lastSeparator = [...title.matchAll(/\s+[|–—-]\s+/g)].at(-1);
  const last = lastSeparator ? title.slice(lastSeparator.index + lastSeparator[0].length) : '';
  const isSiteName = siteName ? last.toLowerCase() === siteName.toLowerCase() : last !== '' && last.split(' ').length <= 3;
  return (lastSeparator && isSiteName ? title.slice(0, lastSeparator.index) : title) || heading || undefined;
}

/** The first candidate that reads as a name, without a leading "By". */
function findByline(candidates: readonly (string | null | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const text = collapse(candidate);
    const name = /^by\s/i.test(text) ? getBylineName(text) : text;
    if (name && isNameLike(name)) return name;
  }
  return undefined;
}

/**
 * Reads the article out of a saved HTML page.
 * @example extractHtmlArticle('<html><body><article><h1>Title</h1><p>Text.</p></article></body></html>').blocks
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const siteName = getMeta(document, 'og:site_name');
  const language = collapse(document.documentElement?.getAttribute('lang')) || undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? getMeta(document, 'og:url');
  const documentTitle = collapse(document.title) || undefined;
  const before = { published: findPublished(document, undefined), title: findTitle(document, documentTitle, siteName) };
  const authorInPage = [getMeta(document, 'author'), document.querySelector('[rel="author"], [itemprop="author"]')?.textContent];
  // Readability changes the document it reads, so everything above is read first.
  prepareForReadability(document);
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  } catch {
    // A page Readability cannot read is read whole, from a fresh copy; the cleanup still applies.
  }
  const content = parsed?.content ?? parseHTML(html).document.body;
  const blocks: Block[] = [];
  const removed: RemovedChrome[] = [];
  if (content) collectBlocks(content, blocks, removed);
  const article: HtmlArticle = { blocks, removed };
  const title = before.title ?? collapse(parsed?.title);
  const published = before.published ?? findPublished(document, parsed?.publishedTime);
  const author = findByline([parsed?.byline, ...authorInPage]);
  const site = siteName ?? (collapse(parsed?.siteName) || undefined);
  if (title) article.title = title;
  if (author) article.byline = author;
  if (published) article.published = published;
  if (canonical && /^https?:\/\//.test(canonical)) article.url = canonical;
  if (site) article.siteName = site;
  if (language) article.language = language;
  return article;
}
