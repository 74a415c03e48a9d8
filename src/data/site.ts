/** The site config and URL builders, bound once for every page and component. */
import { siteConfig } from '../site.config.ts';
import { createUrls, getSourceFileUrl } from '../lib/urls.ts';

export { siteConfig };

export const urls = createUrls(siteConfig.base);

/** "Edit this page": the entry's file in the public repository. */
export function getEditUrl(filePath: string): string {
  return getSourceFileUrl({ repositoryUrl: siteConfig.repositoryUrl, branch: siteConfig.repositoryBranch }, filePath);
}
