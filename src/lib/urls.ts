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

/** The site's URL builders, bound to one base path. */
export function createUrls(base: string) {
  const to = (path: string) => withBase(base, path);
  return {
    home: () => to('/'),
    articles: (page = 1) => to(page <= 1 ? '/articles/' : `/articles/${page}/`),
    article: (id: string) => to(`/articles/${id}/`),
    topics: () => to('/topics/'),
    topic: (id: string) => to(`/topics/${id}/`),
    topicFeed: (id: string) => to(`/topics/${id}/rss.xml`),
    person: (id: string) => to(`/people/${id}/`),
    outlet: (id: string) => to(`/outlets/${id}/`),
    event: (id: string) => to(`/events/${id}/`),
    timeline: (topicId?: string) => to(topicId ? `/timeline/${topicId}/` : '/timeline/'),
    quotes: () => to('/quotes/'),
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
