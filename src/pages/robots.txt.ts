import type { APIRoute } from 'astro';
import { urls } from '../data/site.ts';
import { getRobotsTxt } from '../lib/site/crawlers.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(getRobotsTxt(new URL(urls.asset('/sitemap-index.xml'), site).href), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
