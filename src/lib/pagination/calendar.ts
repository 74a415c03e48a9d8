/**
 * Splitting a dated listing the way a reader walks a calendar: by year, and a large year by
 * month. A date is never made more precise than it is: an item known only to its year stays at
 * the year, never under January, and one known to its month sits in that month.
 */
import type { PartialDate } from '../dates.ts';

/** The items of one year, in the listing's order. */
export interface YearGroup<T> {
  year: number;
  items: T[];
}

/** The items of one month of a year, or (month undefined) those known only to the year. */
export interface MonthGroup<T> {
  month?: number;
  items: T[];
}

/**
 * One part of a split listing: the whole listing, a year, or a month of a year. A part that holds
 * more items than the limit is split into narrower parts, and lists only the items too imprecise
 * for them (a split year keeps its year-only items).
 */
export interface CalendarSection<T> {
  /** Undefined for the whole listing. */
  year?: number;
  /** Set only on a month of a year. */
  month?: number;
  /** The items this part lists on its own pages, in the listing's order. */
  items: T[];
  /** Every item in this part, its narrower parts' included. */
  total: number;
  /** The narrower parts it links to, newest first; empty when it lists all its items itself. */
  children: CalendarSection<T>[];
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/**
 * The items by year, newest year first, each year's items in the listing's order. A year with no
 * item has no group.
 * @example splitByYear([{ d: { year: 2023 } }, { d: { year: 2025, month: 1 } }], (x) => x.d).map((g) => g.year) // [2025, 2023]
 */
export function splitByYear<T>(items: readonly T[], getDate: (item: T) => PartialDate): YearGroup<T>[] {
  return [...groupBy(items, (item) => getDate(item).year)]
    .sort(([a], [b]) => b - a)
    .map(([year, group]) => ({ year, items: group }));
}

/**
 * One year's items by month, newest month first, then those known only to the year (last, as
 * the least precise: in oldest-first order they would come first).
 * @example splitByMonth([{ d: { year: 2023 } }, { d: { year: 2023, month: 4 } }], (x) => x.d).map((g) => g.month) // [4, undefined]
 */
export function splitByMonth<T>(items: readonly T[], getDate: (item: T) => PartialDate): MonthGroup<T>[] {
  const rank = (month: number | undefined) => month ?? 0;
  return [...groupBy(items, (item) => getDate(item).month)]
    .sort(([a], [b]) => rank(b) - rank(a))
    .map(([month, group]) => ({ ...(month === undefined ? {} : { month }), items: group }));
}

function splitYear<T>(year: number, items: T[], getDate: (item: T) => PartialDate, limit: number): CalendarSection<T> {
  if (items.length <= limit) return { year, items, total: items.length, children: [] };
  const months = splitByMonth(items, getDate);
  return {
    year,
    items: months.find((group) => group.month === undefined)?.items ?? [],
    total: items.length,
    children: months.flatMap(({ month, items: monthItems }) =>
      month === undefined ? [] : [{ year, month, items: monthItems, total: monthItems.length, children: [] }],
    ),
  };
}

/**
 * A listing of at most `limit` items stays whole; a longer one splits by year, and a year of more
 * than `limit` items by month. A month is never split further: its pages paginate.
 * @example splitByCalendar(items, (item) => item.date, 200).children.map((year) => year.year) // [2024, 2023, ...]
 */
export function splitByCalendar<T>(items: readonly T[], getDate: (item: T) => PartialDate, limit: number): CalendarSection<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a split limit must be a whole number of at least 1, not ${limit}`);
  if (items.length <= limit) return { items: [...items], total: items.length, children: [] };
  return {
    items: [],
    total: items.length,
    children: splitByYear(items, getDate).map(({ year, items: yearItems }) => splitYear(year, yearItems, getDate, limit)),
  };
}
