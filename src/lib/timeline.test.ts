import { describe, expect, it } from 'vitest';
import { filterByTopic, groupTimeline, type TimelineItem } from './timeline.ts';

const item = (id: string, date: TimelineItem['date'], kind: TimelineItem['kind'] = 'article', topicIds = ['war']): TimelineItem => ({
  kind, id, title: id, date, circa: false, topicIds,
});

const items = [
  item('dec-16', { year: 2023, month: 12, day: 16 }),
  item('year-only', { year: 2025 }, 'article', ['dialogue']),
  item('dec', { year: 2023, month: 12 }),
  item('interview', { year: 2023, month: 12 }, 'event'),
  item('summit', { year: 2025, month: 8, day: 15 }, 'event', ['dialogue']),
];

describe('groupTimeline', () => {
  it('groups by year and month, oldest first, events before articles on the same date', () => {
    expect(groupTimeline(items).map(({ year, groups }) => [year, groups.map((g) => [g.label, g.items.map((i) => i.id)])])).toEqual([
      [2023, [['December 2023', ['interview', 'dec', 'dec-16']]]],
      [2025, [['2025, month not known', ['year-only']], ['August 2025', ['summit']]]],
    ]);
  });

  it('never puts a year-precision item under January', () => {
    const [group] = groupTimeline([item('y', { year: 2025 })])[0]!.groups;
    expect(group?.month).toBeUndefined();
    expect(group?.label).toBe('2025, month not known');
  });

  it('reverses years, months and items for newest first', () => {
    const timeline = groupTimeline(items, 'newest-first');
    expect(timeline.map((y) => y.year)).toEqual([2025, 2023]);
    expect(timeline[0]!.groups.map((g) => g.label)).toEqual(['August 2025', '2025, month not known']);
    expect(timeline[1]!.groups[0]!.items.map((i) => i.id)).toEqual(['dec-16', 'dec', 'interview']);
  });
});

describe('filterByTopic', () => {
  it('keeps only the items of one topic', () => {
    expect(filterByTopic(items, 'dialogue').map((i) => i.id)).toEqual(['year-only', 'summit']);
  });
});
