/**
 * The view-models of the pictures pages draw at build time: a topic's timeline chart and an
 * event's coverage at a glance. Each mark arrives with its link, so the components only draw.
 */
import { getOutletLabel, type Article, type ArchiveEvent } from './model.ts';
import { siteConfig, urls } from './site.ts';
import { layoutTimelineChart, type ChartItem, type ChartMark, type ChartTarget } from '../lib/timeline/chart.ts';
import { layoutCoverageChart } from '../lib/coverage/summary-chart.ts';
import type { Coverage } from '../lib/coverage/compare.ts';

function getTargetHref(target: ChartTarget, topicId: string, itemCount: number): string {
  if (target.type === 'item') return target.kind === 'event' ? urls.event(target.id) : urls.article(target.id);
  // An aggregate stands for a month or year too crowded to draw item by item: the topic's timeline
  // lists them all, under that year's heading while it fits one page, else on that year's page.
  const { year } = target.period;
  return itemCount > siteConfig.timelineItemsPerPage ? urls.timeline(topicId, { year }) : `${urls.timeline(topicId)}#year-${year}`;
}

/** The chart of a topic's events and articles, each mark with its link; undefined when it has none. */
export function getTopicChart(topicId: string, events: readonly ArchiveEvent[], articles: readonly Article[]) {
  const items: ChartItem[] = [
    ...events.map((event): ChartItem => ({ kind: 'event', id: event.id, title: event.title, date: event.date.date, circa: event.date.circa })),
    ...articles.map((article): ChartItem => ({ kind: 'article', id: article.id, title: article.title, date: article.published.date, circa: article.published.circa })),
  ];
  const layout = layoutTimelineChart(items);
  if (!layout) return undefined;
  const withHref = (mark: ChartMark) => ({ ...mark, href: getTargetHref(mark.target, topicId, items.length) });
  const [firstYear, lastYear] = [layout.years[0]!.year, layout.years.at(-1)!.year];
  return {
    ...layout,
    rows: layout.rows.map((row) => ({ ...row, marks: row.marks.map(withHref) })),
    eventCount: events.length,
    articleCount: articles.length,
    /** "2023–2025", or one year. */
    yearRange: firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`,
  };
}

export type TopicChart = NonNullable<ReturnType<typeof getTopicChart>>;

/** The coverage summary of an event's reports (in the table's column order); undefined when none lists a quote. */
export function getCoverageChart(coverage: Coverage, articles: readonly Article[]) {
  const labels = articles.map((article) => `${getOutletLabel(article)}, ${article.published.label}`);
  const layout = layoutCoverageChart(coverage, labels);
  if (!layout) return undefined;
  return { ...layout, bars: layout.bars.map((bar) => ({ ...bar, href: urls.article(bar.id) })) };
}

export type CoverageChart = NonNullable<ReturnType<typeof getCoverageChart>>;
