/** Feed items from articles. */
import { getPrecision, type PartialDate } from './dates.ts';

export interface FeedArticle {
  title: string;
  summary: string;
  link: string;
  published: PartialDate;
  publishedLabel: string;
  outletName?: string | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

/**
 * An RSS item. RSS dates must name a day, so only day-precision dates become `pubDate`; the
 * others keep their honest label in the description instead of a padded, false day.
 */
export function toFeedItem(article: FeedArticle): FeedItem {
  const { published } = article;
  const source = `${article.outletName ?? 'Unidentified outlet'}, ${article.publishedLabel}`;
  return {
    title: article.title,
    link: article.link,
    description: `${article.summary} (${source})`,
    ...(getPrecision(published) === 'day'
      ? { pubDate: new Date(Date.UTC(published.year, (published.month ?? 1) - 1, published.day ?? 1)) }
      : {}),
  };
}
