/**
 * Page boundaries for every listing on the site: a long list becomes numbered pages of at most
 * `pageSize` items, page 1 at the listing's own URL, each page linked to its neighbours with
 * plain links (DESIGN.md: "No page grows with the archive").
 */

/** One page of a listing. */
export interface ListingPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the listing has; at least 1, since an empty listing still has a page that says so. */
  count: number;
  /** The items on this page, in the listing's order. */
  items: T[];
  /** Position of the page's first item in the whole listing, from 0. */
  start: number;
  /** Items in the whole listing. */
  total: number;
}

/** The links from one page of a listing to its neighbours. */
export interface PageLinks {
  current: number;
  count: number;
  /** Undefined on the first page. */
  previousUrl?: string;
  /** Undefined on the last page. */
  nextUrl?: string;
}

function assertPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`a page size must be a whole number of at least 1, not ${pageSize}`);
}

/**
 * How many pages `total` items fill; an empty listing has one (empty) page.
 * @example getPageCount(41, 20) // 3
 */
export function getPageCount(total: number, pageSize: number): number {
  assertPageSize(pageSize);
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Cuts a listing into pages of `pageSize` items, keeping its order.
 * @example paginate(['a', 'b', 'c'], 2).map((page) => page.items) // [['a', 'b'], ['c']]
 */
export function paginate<T>(items: readonly T[], pageSize: number): ListingPage<T>[] {
  const count = getPageCount(items.length, pageSize);
  return Array.from({ length: count }, (_, index) => {
    const start = index * pageSize;
    return { number: index + 1, count, items: items.slice(start, start + pageSize), start, total: items.length };
  });
}

/**
 * The first page of a listing, for pages that show only its beginning (a topic's latest entries).
 * @example getFirstPage(['a', 'b', 'c'], 2).items // ['a', 'b']
 */
export function getFirstPage<T>(items: readonly T[], pageSize: number): ListingPage<T> {
  const count = getPageCount(items.length, pageSize);
  return { number: 1, count, items: items.slice(0, pageSize), start: 0, total: items.length };
}

/**
 * The previous and next links of page `current` of `count`, each built by `urlOf`.
 * @example getPageLinks(2, 3, (n) => `/x/${n}/`) // { current: 2, count: 3, previousUrl: '/x/1/', nextUrl: '/x/3/' }
 */
export function getPageLinks(current: number, count: number, urlOf: (page: number) => string): PageLinks {
  if (!Number.isInteger(current) || current < 1 || current > count) throw new RangeError(`page ${current} is not a page of ${count}`);
  return {
    current,
    count,
    ...(current > 1 ? { previousUrl: urlOf(current - 1) } : {}),
    ...(current < count ? { nextUrl: urlOf(current + 1) } : {}),
  };
}
