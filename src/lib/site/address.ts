/**
 * Where the site is served. Feeds, the sitemap, canonical links and citations need absolute
 * addresses, so a production build must be told its address: a silent default would publish
 * "http://localhost:4321" in every feed and citation.
 */

/** The address `npm start`, `npm run dev` and the tests serve the site at. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

export const MISSING_SITE_URL =
  'No site URL: a production build needs the address the site is served from, for its feeds, sitemap and citations. ' +
  'Set it with SITE_URL, e.g. `SITE_URL=https://archive.example.org npm run build` (and SITE_BASE=/repo/ when served from a sub-folder), ' +
  'or build for this machine with `npm start`.';

export type AstroCommand = 'dev' | 'build' | 'preview' | 'sync';

/**
 * The site URL to build with: the one configured (SITE_URL, or `--site` as `npm start` passes),
 * else the local address for a command that only serves this machine. Throws for a build.
 * @example resolveSiteUrl('dev', undefined) // "http://localhost:4321"
 */
export function resolveSiteUrl(command: AstroCommand, configured: string | undefined): string {
  if (configured) return configured;
  if (command === 'build') throw new Error(MISSING_SITE_URL);
  return LOCAL_SITE_URL;
}
