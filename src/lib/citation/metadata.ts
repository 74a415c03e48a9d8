/**
 * The metadata reference managers and scholarly search engines read from an article page:
 * Highwire Press `citation_*` tags (Google Scholar, Zotero), Dublin Core `DC.*` tags and a
 * schema.org `NewsArticle` in JSON-LD. Every date keeps its own precision, and what is not known
 * is left out rather than filled with "Unknown".
 */
import { toIsoString, type PartialDate } from '../dates.ts';
import type { CitableArticle } from './citable-article.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire writes dates with slashes, at whatever precision they have.
 * @example toHighwireDate({ year: 2023, month: 12 }) // "2023/12"
 */
export function toHighwireDate(date: PartialDate): string {
  return toIsoString(date).replaceAll('-', '/');
}

function tags(pairs: [string, string | undefined][]): MetaTag[] {
  return pairs.flatMap(([name, content]) => (content ? [{ name, content }] : []));
}

/** Highwire Press tags: the original's address as `citation_public_url`, this copy's as the full text. */
export function getHighwireTags(article: CitableArticle): MetaTag[] {
  return tags([
    ['citation_title', article.title],
    ['citation_author', article.byline],
    ['citation_publication_date', toHighwireDate(article.published)],
    ['citation_journal_title', article.outletName],
    ['citation_publisher', article.outletName],
    ['citation_language', article.language],
    ['citation_public_url', article.url],
    ['citation_fulltext_html_url', article.pageUrl],
  ]);
}

/** Dublin Core tags; the page must also link `schema.DC` for readers to recognise them. */
export function getDublinCoreTags(article: CitableArticle): MetaTag[] {
  return tags([
    ['DC.title', article.title],
    ['DC.creator', article.byline],
    ['DC.date', toIsoString(article.published)],
    ['DC.publisher', article.outletName],
    ['DC.language', article.language],
    ['DC.type', 'Text'],
    ['DC.source', article.url],
    ['DC.identifier', article.pageUrl],
  ]);
}

/** The namespace a `<link rel="schema.DC">` names, so that `DC.*` tags are read as Dublin Core. */
export const DUBLIN_CORE_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

/** schema.org `NewsArticle`: this page is the archived copy (`archivedAt`) of the original (`isBasedOn`). */
export function getNewsArticleJsonLd(article: CitableArticle): Record<string, unknown> {
  const archivedAt = [article.pageUrl, ...(article.archivedUrl ? [article.archivedUrl] : [])];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: toIsoString(article.published),
    inLanguage: article.language,
    url: article.pageUrl,
    // A byline may name a desk rather than a person, so its kind is not guessed.
    ...(article.byline ? { author: { name: article.byline } } : {}),
    ...(article.outletName ? { publisher: { '@type': 'Organization', name: article.outletName } } : {}),
    ...(article.url ? { isBasedOn: article.url } : {}),
    archivedAt: archivedAt.length === 1 ? archivedAt[0] : archivedAt,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: every "<" escaped, so no value (a
 * headline containing "</script>") can end the block early.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
