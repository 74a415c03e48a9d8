/**
 * The timeline pages, whole and per topic: a timeline that fits one page stays whole; a longer
 * one becomes a page per year (`/timeline/2023/`), a large year a page per month
 * (`/timeline/2023/04/`), and a long month paginates (`/timeline/2023/04/2/`).
 */
import type { Archive, Topic } from './model.ts';
import type { CountedLink } from './quote-pages.ts';
import { getTimelineItems, type ShownTimelineItem } from './views.ts';
import { siteConfig, urls } from './site.ts';
import { getMonthName } from '../lib/dates.ts';
import { toPlacePath } from '../lib/urls.ts';
import { filterByTopic, groupTimeline, type TimelineYear } from '../lib/timeline/groups.ts';
import { splitByCalendar, type CalendarSection } from '../lib/pagination/calendar.ts';
import { getPageLinks, paginate, type PageLinks } from '../lib/pagination/pages.ts';

export interface TimelinePageView {
  /** The route's rest parameter: undefined for `/timeline/`, "navalny/2023/04/2" deeper down. */
  param: string | undefined;
  title: string;
  topicId?: string;
  /** The plain-link topic filter: the whole timeline and each topic's. */
  filters: { href: string; label: string; current: boolean }[];
  /** The wider parts above this one (the whole timeline, its year), nearest last. */
  trail: { href: string; label: string }[];
  /** The narrower parts this page links to instead of listing them: years, or months of a year. */
  parts: CountedLink[];
  /** Says what the parts are: "2,340 items, by year". */
  partsHeading: string;
  /** The items on this page, by year and month, newest first. */
  timeline: TimelineYear<ShownTimelineItem>[];
  /** Items in this part of the timeline, its narrower parts' included. */
  total: number;
  links: PageLinks;
}

const placeLabel = (section: CalendarSection<ShownTimelineItem>) =>
  section.year === undefined ? '' : section.month === undefined ? String(section.year) : `${getMonthName(section.month)} ${section.year}`;

/** Every page of one timeline: the whole archive's, or one topic's. */
function getPagesOf(items: ShownTimelineItem[], topic: Topic | undefined, filters: TimelinePageView['filters']): TimelinePageView[] {
  const name = topic ? `Timeline: ${topic.title}` : 'Timeline';
  const urlOf = (place: { year?: number | undefined; month?: number | undefined; page?: number }) => urls.timeline(topic?.id, place);
  const pages: TimelinePageView[] = [];
  const visit = (section: CalendarSection<ShownTimelineItem>, trail: TimelinePageView['trail']) => {
    const place = { year: section.year, month: section.month };
    const label = placeLabel(section);
    const parts = section.children.map((child) => ({ href: urlOf({ year: child.year, month: child.month }), label: placeLabel(child), count: child.total }));
    for (const page of paginate(section.items, siteConfig.timelineItemsPerPage)) {
      const path = `${topic ? `${topic.id}/` : ''}${toPlacePath({ ...place, page: page.number })}`.replace(/\/$/, '');
      pages.push({
        param: path === '' ? undefined : path,
        title: [label ? `${name}, ${label}` : name, page.count > 1 ? `page ${page.number} of ${page.count}` : ''].filter(Boolean).join(', '),
        ...(topic ? { topicId: topic.id } : {}),
        filters: filters.map((filter) => ({ ...filter, current: filter.href === urls.timeline(topic?.id) })),
        trail,
        parts,
        partsHeading: `${section.total} items, by ${section.year === undefined ? 'year' : 'month'}${section.items.length > 0 ? ' (those known only to the year below)' : ''}`,
        timeline: groupTimeline(page.items, 'newest-first'),
        total: section.total,
        links: getPageLinks(page.number, page.count, (n) => urlOf({ ...place, page: n })),
      });
    }
    for (const child of section.children) visit(child, [...trail, { href: urlOf(place), label: label || name }]);
  };
  // The items arrive newest first, the order every part and page keeps.
  const ordered = groupTimeline(items, 'newest-first').flatMap(({ groups }) => groups.flatMap((group) => group.items));
  visit(splitByCalendar(ordered, (item) => item.date, siteConfig.timelineItemsPerPage), []);
  return pages;
}

/**
 * Every timeline page: the whole archive's, then each topic's. Throws when a topic's id is also a
 * year, as both would claim one URL.
 */
export function getTimelinePages(archive: Archive): TimelinePageView[] {
  const items = getTimelineItems(archive);
  const clash = archive.topics.find((topic) => /^\d+$/.test(topic.id));
  if (clash) throw new Error(`${clash.filePath}: a topic's id may not be a number, since /timeline/<year>/ is a year of the timeline`);
  const filters = [
    { href: urls.timeline(), label: 'All topics', current: false },
    ...archive.topics.map((topic) => ({ href: urls.timeline(topic.id), label: topic.title, current: false })),
  ];
  return [
    ...getPagesOf(items, undefined, filters),
    ...archive.topics.flatMap((topic) => getPagesOf(filterByTopic(items, topic.id), topic, filters)),
  ];
}
