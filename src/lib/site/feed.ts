/**
 * Feed items from articles. An RSS item's date must name a day and a time, and most sources give
 * only a year or a month, so an item is dated by the day the entry was added to the archive (its
 * `added` field), which the archive always knows to the day: the feed announces additions to the
 * archive. Where `added` is missing, the day the text was captured (`retrieved`, when it names a
 * day) stands in, labelled as such. The publication date keeps its own precision in the text.
 */
import { formatPartialDate, getPrecision, type PartialDate } from '../dates.ts';
import { UNIDENTIFIED_OUTLET_NAME } from '../ids.ts';

export interface FeedArticle {
  title: string;
  summary: string;
  /** Absolute address of the article's page. */
  link: string;
  publishedLabel: string;
  outletName?: string | undefined;
  /** The day the entry was added to the archive. */
  added?: PartialDate | undefined;
  /** The day the text was captured for the archive. */
  retrieved?: PartialDate | undefined;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
}

const isDay = (date: PartialDate | undefined): date is PartialDate & { month: number; day: number } =>
  date !== undefined && getPrecision(date) === 'day';

/** The day an item is dated by and what that day means, or nothing when no such day is recorded. */
export function getFeedDate(article: FeedArticle): { date: Date; label: string } | undefined {
  const [day, meaning] = isDay(article.added)
    ? [article.added, 'Added to the archive on']
    : isDay(article.retrieved)
      ? [article.retrieved, 'Captured for the archive on']
      : [undefined, ''];
  if (!day) return undefined;
  return { date: new Date(Date.UTC(day.year, day.month - 1, day.day)), label: `${meaning} ${formatPartialDate(day)}.` };
}

/**
 * @example toFeedItem({ title: 'T', summary: 'S.', link: 'https://kr.example/articles/a/', publishedLabel: 'c. 2025', added: { year: 2026, month: 11, day: 21 } })
 * // { title: 'T', link: …, description: 'S. (Unidentified outlet, c. 2025) Added to the archive on 21 November 2026.', pubDate: 2026-11-21 }
 */
export function toFeedItem(article: FeedArticle): FeedItem {
  const feedDate = getFeedDate(article);
  const source = `${article.outletName ?? UNIDENTIFIED_OUTLET_NAME}, ${article.publishedLabel}`;
  return {
    title: article.title,
    link: article.link,
    description: `${article.summary} (${source}) ${feedDate?.label ?? 'The day it was added to the archive is not recorded.'}`,
    ...(feedDate ? { pubDate: feedDate.date } : {}),
  };
}

/** Items newest addition first, so a reader that keeps the feed's order shows what is new. */
export function toFeedItems(articles: FeedArticle[]): FeedItem[] {
  return articles
    .map(toFeedItem)
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (b.item.pubDate?.getTime() ?? -Infinity) - (a.item.pubDate?.getTime() ?? -Infinity) || a.index - b.index)
    .map(({ item }) => item);
}
