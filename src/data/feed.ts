/** RSS responses for the whole archive and for one topic. */
import rss from '@astrojs/rss';
import type { Article } from './archive.ts';
import { toFeedItem } from '../lib/feed.ts';
import { siteConfig, urls } from './site.ts';

export function getFeedResponse(site: URL, title: string, description: string, articles: Article[]): Promise<Response> {
  return rss({
    title,
    description,
    site,
    items: articles.map((article) =>
      toFeedItem({
        title: article.title,
        summary: article.summary,
        link: urls.article(article.id),
        published: article.published.date,
        publishedLabel: article.published.label,
        outletName: article.outlet?.label,
      }),
    ),
    customData: `<language>${siteConfig.language}</language>`,
  });
}
