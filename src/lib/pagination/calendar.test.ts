import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../dates.ts';
import { splitByCalendar, splitByMonth, splitByYear, type CalendarSection } from './calendar.ts';

interface Item {
  id: string;
  date: PartialDate;
}

const item = (id: string, date: string): Item => {
  const [year, month, day] = date.split('-').map(Number);
  return { id, date: { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) } };
};
const dateOf = (x: Item) => x.date;
const ids = (items: Item[]) => items.map((x) => x.id);
/** A section as "year/month: ids | children", to compare whole splits at a glance. */
const outline = (section: CalendarSection<Item>): unknown => ({
  at: [section.year, section.month].filter((part) => part !== undefined).join('-') || 'all',
  items: ids(section.items),
  total: section.total,
  ...(section.children.length > 0 ? { children: section.children.map(outline) } : {}),
});

describe('splitByYear', () => {
  it('groups newest year first and keeps the listing’s order within a year', () => {
    const items = [item('a', '2024-03-01'), item('b', '2022-05'), item('c', '2024-01-09'), item('d', '2022')];
    expect(splitByYear(items, dateOf).map(({ year, items: group }) => [year, ids(group)])).toEqual([[2024, ['a', 'c']], [2022, ['b', 'd']]]);
  });

  it('puts a year-only date in its year', () => {
    expect(splitByYear([item('y', '2019')], dateOf)).toEqual([{ year: 2019, items: [item('y', '2019')] }]);
  });

  it('gives an empty year no group, so no page lists nothing', () => {
    const years = splitByYear([item('a', '2024-01-01'), item('b', '2020-01-01')], dateOf).map((group) => group.year);
    expect(years).toEqual([2024, 2020]);
  });

  it('gives an empty listing no year at all', () => {
    expect(splitByYear([], dateOf)).toEqual([]);
  });
});

describe('splitByMonth', () => {
  it('puts a month-precision date in its month, beside the days of that month', () => {
    const groups = splitByMonth([item('day', '2023-12-15'), item('month', '2023-12'), item('nov', '2023-11-02')], dateOf);
    expect(groups.map(({ month, items }) => [month, ids(items)])).toEqual([[12, ['day', 'month']], [11, ['nov']]]);
  });

  it('keeps a year-only date out of January, in a group of its own after the months', () => {
    const groups = splitByMonth([item('jan', '2023-01-05'), item('year', '2023'), item('mar', '2023-03')], dateOf);
    expect(groups.map(({ month, items }) => [month, ids(items)])).toEqual([[3, ['mar']], [1, ['jan']], [undefined, ['year']]]);
    expect('month' in groups[2]!).toBe(false);
  });
});

describe('splitByCalendar', () => {
  it('keeps a listing within the limit whole', () => {
    const items = [item('a', '2024-01-01'), item('b', '2021')];
    expect(outline(splitByCalendar(items, dateOf, 2))).toEqual({ at: 'all', items: ['a', 'b'], total: 2 });
  });

  it('splits a longer listing by year, and keeps small years whole', () => {
    const items = [item('a', '2024-02-01'), item('b', '2024-01'), item('c', '2021'), item('d', '2021-06-01')];
    expect(outline(splitByCalendar(items, dateOf, 2))).toEqual({
      at: 'all', items: [], total: 4,
      children: [{ at: '2024', items: ['a', 'b'], total: 2 }, { at: '2021', items: ['c', 'd'], total: 2 }],
    });
  });

  it('splits a large year by month, the year keeping its year-only dates and each month its month-only ones', () => {
    const items = [item('dec', '2023-12-24'), item('decm', '2023-12'), item('jun', '2023-06-01'), item('y', '2023'), item('old', '2020-01-01')];
    expect(outline(splitByCalendar(items, dateOf, 2))).toEqual({
      at: 'all', items: [], total: 5,
      children: [
        {
          at: '2023', items: ['y'], total: 4,
          children: [{ at: '2023-12', items: ['dec', 'decm'], total: 2 }, { at: '2023-6', items: ['jun'], total: 1 }],
        },
        { at: '2020', items: ['old'], total: 1 },
      ],
    });
  });

  it('leaves out years with nothing in them', () => {
    const items = [item('a', '2024-01-01'), item('b', '2024-01-02'), item('c', '2018-01-01')];
    expect(splitByCalendar(items, dateOf, 2).children.map((year) => year.year)).toEqual([2024, 2018]);
  });

  it('lists every item exactly once across the parts', () => {
    const items = Array.from({ length: 60 }, (_, i) => item(`i${i}`, i % 7 === 0 ? `${2010 + (i % 3)}` : `${2010 + (i % 3)}-${(i % 12) + 1}-01`));
    const flatten = (section: CalendarSection<Item>): string[] => [...ids(section.items), ...section.children.flatMap(flatten)];
    expect(flatten(splitByCalendar(items, dateOf, 5)).sort()).toEqual(ids(items).sort());
  });

  it('refuses a limit below one', () => {
    expect(() => splitByCalendar([], dateOf, 0)).toThrow('a split limit must be a whole number of at least 1, not 0');
  });
});
