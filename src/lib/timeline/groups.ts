/**
 * The timeline: events and articles grouped by year and month, honestly by precision. A date
 * known only to its month sits under that month but on no day; one known only to its year sits
 * in its year's "month not known" group, never under January.
 */
import { comparePartialDates, getMonthName, type PartialDate } from '../dates.ts';

export interface TimelineItem {
  kind: 'event' | 'article';
  id: string;
  title: string;
  date: PartialDate;
  circa: boolean;
  topicIds: readonly string[];
}

/** One heading of a year: a month, or the items known only to the year. */
export interface TimelineGroup<T extends TimelineItem = TimelineItem> {
  /** Undefined for the items known only to their year. */
  month?: number;
  /** "December 2023", or "2025, month not known". */
  label: string;
  items: T[];
}

export interface TimelineYear<T extends TimelineItem = TimelineItem> {
  year: number;
  groups: TimelineGroup<T>[];
}

export type TimelineOrder = 'oldest-first' | 'newest-first';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first; on the same date events before articles (what happened, then how it was
 * reported), then by title and id so the order never depends on the input's.
 */
function compareItems(a: TimelineItem, b: TimelineItem): number {
  return (
    comparePartialDates(a.date, b.date) ||
    (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

function getGroupLabel(year: number, month: number | undefined): string {
  return month === undefined ? `${year}, month not known` : `${getMonthName(month)} ${year}`;
}

/**
 * Groups items into years and months. Oldest first, a year's "month not known" group comes
 * before its months (as a less precise date sorts first) and within a month the items known only
 * to the month come before the days; newest first reverses years, groups and items alike.
 * @example groupTimeline([{ kind: 'event', id: 'e', title: 'E', date: { year: 2025 }, circa: false, topicIds: [] }])
 * // [{ year: 2025, groups: [{ label: '2025, month not known', items: [...] }] }]
 */
export function groupTimeline<T extends TimelineItem>(items: readonly T[], order: TimelineOrder = 'oldest-first'): TimelineYear<T>[] {
  const years = new Map<number, Map<number | undefined, T[]>>();
  for (const item of [...items].sort(compareItems)) {
    const months = years.get(item.date.year) ?? new Map<number | undefined, T[]>();
    years.set(item.date.year, months);
    const group = months.get(item.date.month) ?? [];
    months.set(item.date.month, group);
    group.push(item);
  }
  // The items were sorted first, so years and months are inserted in order: the year's
  // "month not known" group (month 0 to comparePartialDates) before January.
  const timeline = [...years].map(([year, months]) => ({
    year,
    groups: [...months].map(([month, groupItems]): TimelineGroup<T> => ({
      ...(month === undefined ? {} : { month }),
      label: getGroupLabel(year, month),
      items: groupItems,
    })),
  }));
  if (order === 'oldest-first') return timeline;
  return timeline.reverse().map(({ year, groups }) => ({
    year,
    groups: [...groups].reverse().map((group) => ({ ...group, items: [...group.items].reverse() })),
  }));
}

/** The items that belong to a topic, in the order given. */
export function filterByTopic<T extends TimelineItem>(items: readonly T[], topicId: string): T[] {
  return items.filter((item) => item.topicIds.includes(topicId));
}
