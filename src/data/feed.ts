/** RSS responses for the whole archive and for one topic. */
import rss from '@astrojs/rss';
import type { Article } from './model.ts';
import { toFeedItems } from '../lib/site/feed.ts';
import { siteConfig, urls } from './site.ts';

export interface FeedOptions {
  site: URL;
  title: string;
  description: string;
  /** The page the channel stands for: the home page, or the topic's page. */
  pagePath: string;
  /** The feed's own path, for `atom:link rel="self"`. */
  feedPath: string;
  articles: Article[];
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function getFeedResponse({ site, title, description, pagePath, feedPath, articles }: FeedOptions): Promise<Response> {
  const self = new URL(feedPath, site).href;
  return rss({
    title,
    description,
    // @astrojs/rss makes the channel's <link> from `site`; absolute, so SITE_BASE is kept.
    site: new URL(pagePath, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items: toFeedItems(
      articles.map((article) => ({
        title: article.title,
        summary: article.summary,
        link: new URL(urls.article(article.id), site).href,
        publishedLabel: article.published.label,
        outletName: article.outlet?.label,
        added: article.added,
        retrieved: article.retrieved?.date,
      })),
    ),
    customData: `<language>${siteConfig.language}</language><atom:link href="${escapeAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  });
}
