/**
 * Every URL the site links to, built in one place so the URL scheme in DESIGN.md is written once
 * and the base path (a GitHub Pages project site lives under "/<repo>/") is applied everywhere.
 */

/** Joins a base path and a site path: `withBase('/kr/', '/articles/')` gives "/kr/articles/". */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.replace(/\/+$/, '');
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

export interface RepositoryLocation {
  repositoryUrl: string;
  branch: string;
}

/**
 * The page that shows a content file in the repository, for "Edit this page" and source links.
 * @example getSourceFileUrl({ repositoryUrl: 'https://github.com/o/r', branch: 'main' }, 'content/topics/navalny.mdx')
 * // "https://github.com/o/r/blob/main/content/topics/navalny.mdx"
 */
export function getSourceFileUrl(location: RepositoryLocation, filePath: string): string {
  const path = filePath.replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/');
  return `${location.repositoryUrl.replace(/\/+$/, '')}/blob/${encodeURIComponent(location.branch)}/${path}`;
}

/** Where in a split, paginated listing a page sits: its year, its month of that year, its page. */
export interface ListingPlace {
  year?: number | undefined;
  month?: number | undefined;
  /** 1 (the default) is the listing's own URL; later pages add their number. */
  page?: number | undefined;
}

/**
 * The path of page `page` of the listing at `path`: the first page keeps the listing's own URL.
 * @example toPagePath('/people/x/', 2) // "/people/x/2/"
 */
export function toPagePath(path: string, page = 1): string {
  return page <= 1 ? path : `${path}${page}/`;
}

/**
 * The path segments of a place in a calendar split, e.g. "2023/04/3/" for page 3 of April 2023.
 * @example toPlacePath({ year: 2023, month: 4 }) // "2023/04/"
 */
export function toPlacePath({ year, month, page }: ListingPlace): string {
  const calendar = year === undefined ? '' : `${year}/${month === undefined ? '' : `${String(month).padStart(2, '0')}/`}`;
  return toPagePath(calendar, page);
}

/** The site's URL builders, bound to one base path. */
export function createUrls(base: string) {
  const to = (path: string) => withBase(base, path);
  return {
    home: () => to('/'),
    articles: (page = 1) => to(toPagePath('/articles/', page)),
    article: (id: string) => to(`/articles/${id}/`),
    topics: () => to('/topics/'),
    topic: (id: string, page = 1) => to(toPagePath(`/topics/${id}/`, page)),
    topicFeed: (id: string) => to(`/topics/${id}/rss.xml`),
    person: (id: string, page = 1) => to(toPagePath(`/people/${id}/`, page)),
    outlet: (id: string, page = 1) => to(toPagePath(`/outlets/${id}/`, page)),
    event: (id: string, page = 1) => to(toPagePath(`/events/${id}/`, page)),
    /** The timeline, whole or of one topic, at a year, a month of it, and a page. */
    timeline: (topicId?: string, place: ListingPlace = {}) => to(`/timeline/${topicId ? `${topicId}/` : ''}${toPlacePath(place)}`),
    /** The quotes: all of them, or one speaker's or one year's, at a page. */
    quotes: (scope: { speakerId?: string; year?: number; page?: number } = {}) => {
      const group = scope.speakerId ?? (scope.year === undefined ? undefined : String(scope.year));
      return to(group ? toPagePath(`/quotes/${group}/`, scope.page) : '/quotes/');
    },
    search: (query?: string) => to(query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
    contribute: () => to('/contribute/'),
    about: () => to('/about/'),
    /** An article's citation as a file: `bib`, `ris` or `json` (CSL-JSON). */
    citationFile: (id: string, extension: string) => to(`/articles/${id}/cite.${extension}`),
    feed: () => to('/rss.xml'),
    /** The open data package's descriptor, and each of its files. */
    dataPackage: () => to('/datapackage.json'),
    dataFile: (name: string) => to(`/data/${name}`),
    robots: () => to('/robots.txt'),
    asset: (path: string) => to(path),
  };
}

export type Urls = ReturnType<typeof createUrls>;
