import type { APIRoute } from 'astro';
import { getArchive } from '../data/archive.ts';
import { getFeedResponse } from '../data/feed.ts';
import { siteConfig } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getArchive();
  return getFeedResponse(site!, siteConfig.name, siteConfig.description, articles);
};
