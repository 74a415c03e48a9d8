import { describe, expect, it } from 'vitest';
import { toFeedItem, toFeedItems } from './feed.ts';

const base = { title: 'T', summary: 'S.', link: 'https://kr.example/articles/a/', publishedLabel: 'c. 2025' };

describe('toFeedItem', () => {
  it('dates an item by the day the entry was added to the archive, and says so', () => {
    const item = toFeedItem({ ...base, added: { year: 2026, month: 11, day: 21 }, outletName: 'NBC', retrieved: { year: 2026, month: 1, day: 2 } });
    expect(item.pubDate?.toISOString()).toBe('2026-11-21T00:00:00.000Z');
    expect(item.description).toBe('S. (NBC, c. 2025) Added to the archive on 21 November 2026.');
  });

  it('falls back to the day the text was captured, labelled as that', () => {
    const item = toFeedItem({ ...base, retrieved: { year: 2024, month: 1, day: 5 } });
    expect(item.pubDate?.toISOString()).toBe('2024-01-05T00:00:00.000Z');
    expect(item.description).toBe('S. (Unidentified outlet, c. 2025) Captured for the archive on 5 January 2024.');
  });

  it('never pads a month into a day: with no recorded day it gives no date and says why', () => {
    const item = toFeedItem({ ...base, retrieved: { year: 2024, month: 1 } });
    expect(item.pubDate).toBeUndefined();
    expect(item.description).toContain('The day it was added to the archive is not recorded.');
  });
});

describe('toFeedItems', () => {
  it('puts the newest additions first and keeps the given order among equal days', () => {
    const items = toFeedItems([
      { ...base, title: 'old', added: { year: 2026, month: 1, day: 1 } },
      { ...base, title: 'undated' },
      { ...base, title: 'new', added: { year: 2026, month: 11, day: 21 } },
      { ...base, title: 'new too', added: { year: 2026, month: 11, day: 21 } },
    ]);
    expect(items.map((item) => item.title)).toEqual(['new', 'new too', 'old', 'undated']);
  });
});
