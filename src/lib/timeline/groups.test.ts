import { describe, expect, it } from 'vitest';
import { filterByTopic, groupTimeline, type TimelineItem, type TimelineYear } from './groups.ts';

const item = (id: string, date: TimelineItem['date'], kind: TimelineItem['kind'] = 'article', topicIds = ['war']): TimelineItem => ({
  kind, id, title: id, date, circa: false, topicIds,
});

const items = [
  item('dec-16', { year: 2023, month: 12, day: 16 }),
  item('year-only', { year: 2025 }, 'article', ['dialogue']),
  item('dec-2', { year: 2023, month: 12, day: 2 }),
  item('dec', { year: 2023, month: 12 }),
  item('interview', { year: 2023, month: 12 }, 'event'),
  item('summit', { year: 2025, month: 8, day: 15 }, 'event', ['dialogue', 'war']),
  item('jan', { year: 2025, month: 1, day: 3 }),
];

/** The timeline as [year, [label, ids]] pairs, to compare at a glance. */
const outline = (timeline: TimelineYear[]) =>
  timeline.map(({ year, groups }) => [year, groups.map((group) => [group.label, group.items.map((i) => i.id)])]);

describe('groupTimeline', () => {
  it('groups by year and month oldest first, the month-only items before the days, days in order', () => {
    expect(outline(groupTimeline(items))).toEqual([
      [2023, [['December 2023', ['interview', 'dec', 'dec-2', 'dec-16']]]],
      [2025, [['2025, month not known', ['year-only']], ['January 2025', ['jan']], ['August 2025', ['summit']]]],
    ]);
  });

  it('puts a year-precision item in its year’s “month not known” group, never under January', () => {
    const [year] = groupTimeline([item('jan', { year: 2025, month: 1, day: 3 }), item('y', { year: 2025 })]);
    expect(year?.groups[0]).toEqual({ label: '2025, month not known', items: [item('y', { year: 2025 })] });
    expect(year?.groups[0]).not.toHaveProperty('month');
    expect(year?.groups[1]).toMatchObject({ month: 1, label: 'January 2025' });
  });

  it('keeps a month-precision item under its month without giving it a day', () => {
    const [year] = groupTimeline([item('dec', { year: 2023, month: 12 })]);
    expect(year?.groups).toEqual([{ month: 12, label: 'December 2023', items: [item('dec', { year: 2023, month: 12 })] }]);
  });

  it('puts events before articles on the same date, then orders by title and id', () => {
    const sameDay = { year: 2024, month: 3, day: 1 };
    const shuffled = [item('b', sameDay), item('z', sameDay, 'event'), { ...item('a2', sameDay), title: 'a' }, item('a', sameDay)];
    expect(groupTimeline(shuffled)[0]?.groups[0]?.items.map((i) => i.id)).toEqual(['z', 'a', 'a2', 'b']);
  });

  it('reverses years, months and items for newest first', () => {
    expect(outline(groupTimeline(items, 'newest-first'))).toEqual([
      [2025, [['August 2025', ['summit']], ['January 2025', ['jan']], ['2025, month not known', ['year-only']]]],
      [2023, [['December 2023', ['dec-16', 'dec-2', 'dec', 'interview']]]],
    ]);
  });

  it('gives the same timeline whatever the input order', () => {
    expect(groupTimeline([...items].reverse())).toEqual(groupTimeline(items));
  });

  it('keeps the caller’s extra fields on each item', () => {
    const withUrl = { ...item('a', { year: 2024 }), url: '/articles/a/' };
    expect(groupTimeline([withUrl])[0]?.groups[0]?.items[0]?.url).toBe('/articles/a/');
  });

  it('gives an empty timeline for no items', () => {
    expect(groupTimeline([])).toEqual([]);
  });
});

describe('filterByTopic', () => {
  it('keeps only the items of one topic, in the order given', () => {
    expect(filterByTopic(items, 'dialogue').map((i) => i.id)).toEqual(['year-only', 'summit']);
  });

  it('keeps nothing for a topic no item has', () => {
    expect(filterByTopic(items, 'navalny')).toEqual([]);
  });

  it('narrows the timeline when grouped after filtering', () => {
    expect(outline(groupTimeline(filterByTopic(items, 'dialogue')))).toEqual([
      [2025, [['2025, month not known', ['year-only']], ['August 2025', ['summit']]]],
    ]);
  });
});
