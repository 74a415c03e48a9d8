import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { getFeedResponse } from '../data/feed.ts';
import { siteConfig, urls } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  return getFeedResponse({ site: site!, title: siteConfig.name, description: siteConfig.description, pagePath: urls.home(), feedPath: urls.feed(), articles });
};
