/**
 * The part of Pagefind's browser API the search page uses, typed, and its loader. The bundle is
 * written by the build (`src/integrations/pagefind.ts`), so it is imported at run time from the
 * site itself, never bundled and never fetched from another origin.
 */
import type { FilterCounts, PagefindSearchOptions } from '../lib/search/state.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** Absent for the part of the page before its first heading with an id. */
  anchor?: { element: string; id: string };
}

/** A heading with an id, and the word position where it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text, as plain text (not escaped). */
  content: string;
  /** Word positions of the matched terms in `content`. */
  locations: number[];
  anchors: PagefindAnchor[];
  /** HTML-escaped text with the terms in `<mark>`: safe to insert as HTML. */
  excerpt: string;
  /** Raw values as the page set them: insert as text only. */
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  /** Results there would be with each filter value added to the current filters. */
  filters: FilterCounts;
  unfilteredResultCount: number;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Loads what a search for `term` will need, without searching. */
  preload(term: string, options: PagefindSearchOptions): Promise<void>;
}

/** Words in an excerpt: Pagefind's and the search page's own (src/lib/search/excerpt.ts). */
export const EXCERPT_LENGTH = 24;

/** The query parameter that carries search terms to a result page, which then marks them. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Loads Pagefind from the site's own bundle. `siteBase` is the site's base path, which result URLs
 * need when the site lives in a sub-folder.
 */
export async function loadPagefind(bundleUrl: string, siteBase: string): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindApi;
  await pagefind.options({ baseUrl: siteBase, highlightParam: HIGHLIGHT_PARAM, excerptLength: EXCERPT_LENGTH });
  await pagefind.init();
  return pagefind;
}
