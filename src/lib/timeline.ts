/**
 * The timeline: events and articles grouped by year and month, honestly by precision. A date
 * known only to its month sits under that month but on no day; one known only to its year sits
 * in its year's "month not known" group, never under January.
 */
import { comparePartialDates, getMonthName, type PartialDate } from './dates.ts';

export interface TimelineItem {
  kind: 'event' | 'article';
  id: string;
  title: string;
  date: PartialDate;
  circa: boolean;
  topicIds: readonly string[];
}

export interface TimelineGroup {
  /** Undefined for the items known only to their year. */
  month?: number;
  label: string;
  items: TimelineItem[];
}

export interface TimelineYear {
  year: number;
  groups: TimelineGroup[];
}

export type TimelineOrder = 'oldest-first' | 'newest-first';

/** Events before articles on the same date: what happened, then how it was reported. */
function compareItems(a: TimelineItem, b: TimelineItem): number {
  return comparePartialDates(a.date, b.date) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.title.localeCompare(b.title);
}

function getGroupLabel(year: number, month: number | undefined): string {
  return month === undefined ? `${year}, month not known` : `${getMonthName(month)} ${year}`;
}

/**
 * Groups items into years and months. Oldest first, a year's "month not known" group comes
 * before its months (as a less precise date sorts first); newest first reverses everything.
 */
export function groupTimeline(items: readonly TimelineItem[], order: TimelineOrder = 'oldest-first'): TimelineYear[] {
  const years = new Map<number, Map<number | undefined, TimelineItem[]>>();
  for (const item of [...items].sort(compareItems)) {
    const months = years.get(item.date.year) ?? new Map<number | undefined, TimelineItem[]>();
    years.set(item.date.year, months);
    const group = months.get(item.date.month) ?? [];
    months.set(item.date.month, group);
    group.push(item);
  }
  const timeline = [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, months]) => ({
      year,
      groups: [...months]
        .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
        .map(([month, groupItems]) => ({ ...(month === undefined ? {} : { month }), label: getGroupLabel(year, month), items: groupItems })),
    }));
  if (order === 'oldest-first') return timeline;
  return timeline.reverse().map(({ year, groups }) => ({
    year,
    groups: [...groups].reverse().map((group) => ({ ...group, items: [...group.items].reverse() })),
  }));
}

/** The items that belong to a topic. */
export function filterByTopic(items: readonly TimelineItem[], topicId: string): TimelineItem[] {
  return items.filter((item) => item.topicIds.includes(topicId));
}
