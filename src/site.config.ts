/**
 * Everything that makes this engine serve this particular archive. Change these values, and the
 * same engine can serve another archive: no other file names the site, its subject or its home.
 */
export interface SiteConfig {
  /** The archive's name, shown in the header, titles and feeds. */
  name: string;
  /** One sentence on what the archive is, for the home page, feeds and meta descriptions. */
  description: string;
  /** Longer introduction shown on the home page, one paragraph per string. */
  introduction: string[];
  /**
   * Where the site is served, without a trailing slash; feeds, the sitemap and citations need
   * absolute URLs. Unset, a production build stops and says how to set it (lib/site-url.ts).
   */
  siteUrl: string | undefined;
  /** Path prefix when served from a sub-folder (GitHub Pages project sites); "/" otherwise. */
  base: string;
  /** The public repository that holds the content; "Edit this page" links are built from it. */
  repositoryUrl: string;
  /** The branch whose files "Edit this page" links point at. */
  repositoryBranch: string;
  /** The folder, relative to the repository root, that holds the archive's content. */
  contentDir: string;
  /** Language of the site's own interface text (BCP 47). */
  language: string;
  /** Articles per page on the paginated archive index. */
  articlesPerPage: number;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const siteConfig: SiteConfig = {
  name: 'Kremlin Record',
  description:
    'An open archive of what the Kremlin says about the United States, the war in Ukraine and Alexei Navalny, and of how the press reported it.',
  introduction: [
    'Kremlin Record keeps the text of news reports about statements from the Kremlin, each with its provenance: who published it, when, and what the archive could and could not establish about it.',
    'Topic pages explain what the archived reports say, and every sentence there cites the report it comes from. Where several outlets reported the same interview, the archive shows what each one carried.',
  ],
  // The deploy workflow sets these from the repository it runs in; the defaults serve local builds.
  siteUrl: env.SITE_URL || undefined,
  base: env.SITE_BASE ?? '/',
  repositoryUrl: env.SITE_REPOSITORY ?? 'https://github.com/kremlin-record/kremlin-record',
  repositoryBranch: env.SITE_BRANCH ?? 'main',
  // Benchmarks and tests point the engine at another archive folder through SITE_CONTENT_DIR.
  contentDir: env.SITE_CONTENT_DIR ?? 'content',
  language: 'en',
  articlesPerPage: 20,
};
