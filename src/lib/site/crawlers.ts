/**
 * What search engines are told: which pages to leave out of the sitemap, and `robots.txt`.
 */
import { withBase } from '../urls.ts';

/** Pages marked `noindex` (the search page, the 404 page): listing them in a sitemap contradicts it. */
export const NOINDEX_PATHS = ['/search/', '/404/', '/404.html'] as const;

/**
 * Whether a page belongs in the sitemap.
 * @example isIndexable('/kr/search/', '/kr/') // false
 */
export function isIndexable(pathname: string, base: string): boolean {
  return !NOINDEX_PATHS.some((path) => pathname === withBase(base, path));
}

/**
 * `robots.txt`: every page may be crawled (a `noindex` page must be crawled for its tag to be
 * read), and the sitemap is named with its absolute address.
 */
export function getRobotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
