import { describe, expect, it } from 'vitest';
import { toFeedItem } from './feed.ts';

const base = { title: 'T', summary: 'S.', link: '/articles/a/', publishedLabel: 'x' };

describe('toFeedItem', () => {
  it('gives a day-precision article its publication date', () => {
    const item = toFeedItem({ ...base, published: { year: 2023, month: 12, day: 16 }, publishedLabel: '16 December 2023', outletName: 'NBC' });
    expect(item.pubDate?.toISOString()).toBe('2023-12-16T00:00:00.000Z');
    expect(item.description).toBe('S. (NBC, 16 December 2023)');
  });

  it('never pads a month-precision date into a day, and names an unknown outlet as such', () => {
    const item = toFeedItem({ ...base, published: { year: 2023, month: 12 }, publishedLabel: 'c. December 2023' });
    expect(item.pubDate).toBeUndefined();
    expect(item.description).toBe('S. (Unidentified outlet, c. December 2023)');
  });
});
