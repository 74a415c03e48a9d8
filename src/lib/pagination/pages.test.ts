import { describe, expect, it } from 'vitest';
import { getFirstPage, getPageCount, getPageLinks, paginate } from './pages.ts';

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

describe('getPageCount', () => {
  it('fills the last page partly, never adding an empty one', () => {
    expect(getPageCount(40, 20)).toBe(2);
    expect(getPageCount(41, 20)).toBe(3);
    expect(getPageCount(1, 20)).toBe(1);
  });

  it('gives an empty listing one page, so it can say it is empty', () => {
    expect(getPageCount(0, 20)).toBe(1);
  });

  it('refuses a page size that is not a whole number of at least one', () => {
    expect(() => getPageCount(10, 0)).toThrow('a page size must be a whole number of at least 1, not 0');
    expect(() => getPageCount(10, 2.5)).toThrow(RangeError);
  });
});

describe('paginate', () => {
  it('cuts at exact page boundaries and keeps the order', () => {
    const pages = paginate(letters(5), 2);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((page) => [page.number, page.count, page.start, page.total])).toEqual([[1, 3, 0, 5], [2, 3, 2, 5], [3, 3, 4, 5]]);
  });

  it('puts a listing that exactly fills its pages on those pages only', () => {
    expect(paginate(letters(4), 2).map((page) => page.items.length)).toEqual([2, 2]);
  });

  it('gives an empty listing one empty page', () => {
    expect(paginate([], 3)).toEqual([{ number: 1, count: 1, items: [], start: 0, total: 0 }]);
  });

  it('shows every item exactly once across the pages', () => {
    const items = letters(23);
    expect(paginate(items, 4).flatMap((page) => page.items)).toEqual(items);
  });
});

describe('getFirstPage', () => {
  it('holds the listing’s first items and knows how many pages follow', () => {
    expect(getFirstPage(letters(7), 3)).toEqual({ number: 1, count: 3, items: ['a', 'b', 'c'], start: 0, total: 7 });
  });
});

describe('getPageLinks', () => {
  const urlOf = (n: number) => (n === 1 ? '/people/p/' : `/people/p/${n}/`);

  it('links the first page only onward, to page 2', () => {
    expect(getPageLinks(1, 3, urlOf)).toEqual({ current: 1, count: 3, nextUrl: '/people/p/2/' });
  });

  it('links a middle page both ways, page 1 at the listing’s own URL', () => {
    expect(getPageLinks(2, 3, urlOf)).toEqual({ current: 2, count: 3, previousUrl: '/people/p/', nextUrl: '/people/p/3/' });
  });

  it('links the last page only back', () => {
    expect(getPageLinks(3, 3, urlOf)).toEqual({ current: 3, count: 3, previousUrl: '/people/p/2/' });
  });

  it('gives a single page no links', () => {
    expect(getPageLinks(1, 1, urlOf)).toEqual({ current: 1, count: 1 });
  });

  it('refuses a page outside the listing', () => {
    expect(() => getPageLinks(4, 3, urlOf)).toThrow('page 4 is not a page of 3');
    expect(() => getPageLinks(0, 3, urlOf)).toThrow(RangeError);
  });
});
