import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../dates.ts';
import { getDaySpan, isPointMark, layoutTimelineChart, type ChartItem, type ChartKind } from './chart.ts';

const item = (id: string, date: PartialDate, kind: ChartKind = 'article', circa = false): ChartItem => ({ kind, id, title: `Title ${id}`, date, circa });
const marksOf = (items: ChartItem[], options = {}) => layoutTimelineChart(items, options)!.rows.flatMap((row) => row.marks);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('getDaySpan', () => {
  it('spans a whole year for a year-only date, leap day included', () => {
    expect(getDaySpan({ year: 2024 })).toEqual({ start: dayOf('2024-01-01'), end: dayOf('2025-01-01') });
    expect(getDaySpan({ year: 2024 }).end - getDaySpan({ year: 2024 }).start).toBe(366);
  });

  it('spans the whole month for a month-precision date', () => {
    expect(getDaySpan({ year: 2023, month: 12 })).toEqual({ start: dayOf('2023-12-01'), end: dayOf('2024-01-01') });
    expect(getDaySpan({ year: 2023, month: 2 }).end - getDaySpan({ year: 2023, month: 2 }).start).toBe(28);
  });

  it('spans one day for a full date', () => {
    expect(getDaySpan({ year: 2023, month: 12, day: 15 })).toEqual({ start: dayOf('2023-12-15'), end: dayOf('2023-12-16') });
  });
});

describe('layoutTimelineChart: dates at their precision', () => {
  const width = 400;

  it('draws a year-only date across its whole year, not as a point on 1 January', () => {
    const layout = layoutTimelineChart([item('a', { year: 2021 }), item('b', { year: 2022 }, 'event')], { width })!;
    const mark = layout.rows.find((row) => row.kind === 'article')!.marks[0];
    expect(mark).toMatchObject({ x: 0, width: 200 });
    expect(layout.years[0]).toMatchObject({ year: 2021, x: 0, width: 200 });
    expect(isPointMark(mark!)).toBe(false);
  });

  it('draws a month-precision date across its month of the year', () => {
    const [mark] = marksOf([item('a', { year: 2023, month: 7 })], { width: 365 });
    expect(mark!.x).toBeCloseTo(181, 0); // 1 July is day 181 of 2023
    expect(mark!.width).toBeCloseTo(31, 5);
  });

  it('draws a day at the minimum width, centred on that day', () => {
    const [mark] = marksOf([item('a', { year: 2023, month: 7, day: 2 })], { width: 365, minMarkWidth: 6 });
    expect(mark!.width).toBe(6);
    expect(mark!.x + 3).toBeCloseTo(182.5, 5);
    expect(isPointMark(mark!)).toBe(true);
  });

  it('keeps a day at the edge of the chart inside it', () => {
    const [first, last] = marksOf([item('a', { year: 2023, month: 1, day: 1 }), item('b', { year: 2023, month: 12, day: 31 })], { width: 365 });
    expect(first!.x).toBe(0);
    expect(last!.x + last!.width).toBe(365);
  });

  it('runs the axis over whole years from the earliest to the latest item', () => {
    const layout = layoutTimelineChart([item('a', { year: 2021, month: 12, day: 16 }), item('b', { year: 2023 })], { width: 300 })!;
    expect(layout.years.map(({ year, x, width: w }) => [year, x, w])).toEqual([[2021, 0, 100], [2022, 100, 100], [2023, 200, 100]]);
  });

  it('labels the marks with their kind, title and date, "c." where the date is inferred', () => {
    const marks = marksOf([item('e', { year: 2023, month: 12 }, 'event', true), item('a', { year: 2023, month: 12, day: 16 })]);
    expect(marks.map((mark) => mark.label)).toEqual(['Event: Title e, c. December 2023', 'Article: Title a, 16 December 2023']);
  });

  it('links each single mark to its own item', () => {
    const marks = marksOf([item('e', { year: 2025 }, 'event'), item('a', { year: 2023 })]);
    expect(marks.map((mark) => mark.target)).toEqual([{ type: 'item', kind: 'event', id: 'e' }, { type: 'item', kind: 'article', id: 'a' }]);
  });
});

describe('layoutTimelineChart: rows and lanes', () => {
  it('puts events and articles in rows of their own, events first', () => {
    const layout = layoutTimelineChart([item('a', { year: 2023 }), item('e', { year: 2023 }, 'event')])!;
    expect(layout.rows.map((row) => [row.label, row.marks.length])).toEqual([['Events', 1], ['Articles', 1]]);
    expect(layout.rows[0]!.marks[0]!.y).toBeLessThan(layout.rows[1]!.marks[0]!.y);
    expect(layout.axisY).toBeGreaterThan(layout.rows[1]!.marks[0]!.y);
  });

  it('stacks a year-only date and a day in that year in two lanes rather than drawing one over the other', () => {
    const layout = layoutTimelineChart([item('day', { year: 2023, month: 12, day: 16 }), item('year', { year: 2023 })])!;
    const [row] = layout.rows;
    expect(row!.lanes).toBe(2);
    expect(layout.aggregation).toBe('none');
    const byId = new Map(row!.marks.map((mark) => [mark.items[0]!.id, mark]));
    expect(byId.get('year')!.y).toBeLessThan(byId.get('day')!.y);
  });

  it('keeps marks that do not overlap on one lane', () => {
    const layout = layoutTimelineChart([item('a', { year: 2023, month: 1 }), item('b', { year: 2023, month: 6 }), item('c', { year: 2023, month: 11 })])!;
    expect(layout.rows[0]!.lanes).toBe(1);
  });
});

describe('layoutTimelineChart: aggregation when crowded', () => {
  const days = (count: number, month = 3) => Array.from({ length: count }, (_, index) => item(`d${index}`, { year: 2024, month, day: index + 1 }));

  it('draws every item while the marks fit in the lanes', () => {
    const layout = layoutTimelineChart([...days(3), item('x', { year: 2020 })], { maxLanes: 3 })!;
    expect(layout.aggregation).toBe('none');
    expect(layout.rows[0]!.marks).toHaveLength(4);
  });

  it('aggregates a crowded month into one mark that links to that month and counts its items', () => {
    const layout = layoutTimelineChart([...days(20), item('x', { year: 2020, month: 5 })], { maxLanes: 3 })!;
    expect(layout.aggregation).toBe('month');
    const marks = layout.rows[0]!.marks;
    expect(marks).toHaveLength(2);
    const march = marks.find((mark) => mark.items.length === 20)!;
    expect(march.target).toEqual({ type: 'period', period: { year: 2024, month: 3 } });
    expect(march.label).toBe('20 articles, March 2024');
    expect(marks.find((mark) => mark.items.length === 1)!.target).toEqual({ type: 'item', kind: 'article', id: 'x' });
  });

  it('never folds a year-only date into a month when aggregating by month', () => {
    const layout = layoutTimelineChart([...days(20), item('y', { year: 2024 })], { maxLanes: 3 })!;
    expect(layout.aggregation).toBe('month');
    expect(layout.rows[0]!.marks.map((mark) => [mark.period, mark.items.length])).toEqual([[{ year: 2024 }, 1], [{ year: 2024, month: 3 }, 20]]);
  });

  it('aggregates by year when even months crowd, one mark per year and row however many items', () => {
    const items = Array.from({ length: 5000 }, (_, index) => item(`i${index}`, { year: 2000 + (index % 25), month: 1 + (index % 12), day: 1 + (index % 28) }));
    const layout = layoutTimelineChart([...items, item('e', { year: 2010 }, 'event')], { width: 420, maxLanes: 3 })!;
    expect(layout.aggregation).toBe('year');
    expect(layout.rows[1]!.marks).toHaveLength(25);
    expect(layout.rows[1]!.marks.reduce((sum, mark) => sum + mark.items.length, 0)).toBe(5000);
    expect(layout.rows.every((row) => row.lanes <= 3)).toBe(true);
    expect(layout.rows[1]!.marks[0]!.target).toEqual({ type: 'period', period: { year: 2000 } });
  });

  it('aggregates when the chart would draw more marks than its bound, even if they never overlap', () => {
    const monthly = Array.from({ length: 60 }, (_, index) => item(`m${index}`, { year: 2000 + Math.floor(index / 12), month: 1 + (index % 12) }));
    expect(layoutTimelineChart(monthly, { width: 4000, maxMarks: 100 })!.aggregation).toBe('none');
    const layout = layoutTimelineChart(monthly, { width: 4000, maxMarks: 48 })!;
    expect(layout.aggregation).toBe('year');
    expect(layout.rows[0]!.marks).toHaveLength(5);
  });

  it('labels an aggregate "c." only when every date in it is inferred', () => {
    const inferred = [item('a', { year: 2023, month: 12 }, 'article', true), item('b', { year: 2023, month: 12, day: 16 }, 'article', true)];
    const layout = layoutTimelineChart([...inferred, ...Array.from({ length: 4 }, (_, i) => item(`c${i}`, { year: 2023, month: 12, day: 16 + i }, 'article', true))], { maxLanes: 2 })!;
    expect(layout.rows[0]!.marks[0]!.label).toBe('6 articles, c. December 2023');
  });

  it('labels only every few years when the years are too narrow for their labels', () => {
    const layout = layoutTimelineChart([item('a', { year: 1990 }), item('b', { year: 2029 })], { width: 400 })!;
    expect(layout.years).toHaveLength(40);
    const labelled = layout.years.filter((year) => year.labelled).map((year) => year.year);
    expect(labelled[0]).toBe(1990);
    expect(labelled[1]).toBe(1994);
  });
});

describe('layoutTimelineChart: an empty topic', () => {
  it('draws nothing when there is nothing to draw', () => {
    expect(layoutTimelineChart([])).toBeUndefined();
  });

  it('draws only the row that has items', () => {
    expect(layoutTimelineChart([item('e', { year: 2025 }, 'event')])!.rows.map((row) => row.kind)).toEqual(['event']);
  });
});
