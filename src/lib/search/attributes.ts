/**
 * What Pagefind records about each indexed page: its filters, its sort key, the metadata a result
 * shows, and the other spellings of the names it mentions. Pages render these through
 * `components/SearchMeta.astro`; the rules live here so they can be tested without a build.
 */
import { comparePartialDates, toSortKey, type PartialDate } from '../dates.ts';
import { UNIDENTIFIED_OUTLET_NAME } from '../ids.ts';

/** The filters of DESIGN.md "Search (Pagefind)", in the order the search page shows them. */
export const SEARCH_FILTER_KEYS = ['type', 'topic', 'person', 'outlet', 'year'] as const;
export type SearchFilterKey = (typeof SEARCH_FILTER_KEYS)[number];

/** The kinds of page the index holds; also the values of the `type` filter. */
export const SEARCH_RECORD_TYPES = ['Article', 'Topic', 'Person', 'Event'] as const;
export type SearchRecordType = (typeof SEARCH_RECORD_TYPES)[number];

/**
 * The id of the hidden heading that starts the alias text. Pagefind splits sub-results at headings
 * with ids, so matches on other spellings stay out of the page's real sections, and the search page
 * leaves this one out of the sub-results it shows.
 */
export const ALIAS_ANCHOR_ID = 'search-other-spellings';

/**
 * The sort key of a page with no date at all (a topic or person no article mentions yet). Pagefind
 * drops pages without the sort key from sorted results, so such a page still gets one: the oldest.
 */
export const UNDATED_SORT_KEY = '0000-01-01';

export interface PersonNames {
  name: string;
  aliases: readonly string[];
  /** The name in its own script; optional so a page may pass a person without one. */
  nativeNames?: readonly string[] | undefined;
}

export interface SearchPageFacts {
  type: SearchRecordType;
  title: string;
  /** The page's own date (articles, events): shown in results, orders them and gives the year. */
  date?: { date: PartialDate; label: string } | undefined;
  /** Dates of the articles a page gathers; a page without its own date sorts by the newest. */
  articleDates?: readonly PartialDate[] | undefined;
  /** Articles only: the outlet's name, undefined when the text names none. */
  outlet?: string | undefined;
  /** Titles of the topics the page belongs to. */
  topics?: readonly string[] | undefined;
  /** The people the page is about or mentions: the `person` filter and the alias text. */
  people?: readonly PersonNames[] | undefined;
  /** What a result shows when the terms matched only in the alias text, never the aliases. */
  summary?: string | undefined;
}

export interface SearchAttributes {
  /** `[key, value]` pairs; a key repeats for several values. */
  filters: [SearchFilterKey, string][];
  /** The `date` sort key, `YYYY-MM-DD`: for ordering only, never shown. */
  sortDate: string;
  /** `[key, value]` pairs for `title`, `type` and, where they apply, `date` and `outlet`. */
  meta: [string, string][];
  /** Every person's name and other spellings, as indexed text; empty when the page names nobody. */
  aliasText: string;
}

/** The newest of some dates, or undefined when there are none. */
export function getNewestDate(dates: readonly PartialDate[]): PartialDate | undefined {
  return dates.reduce<PartialDate | undefined>((newest, date) => (!newest || comparePartialDates(date, newest) > 0 ? date : newest), undefined);
}

/**
 * Indexed text that lets any spelling of a name, in any script, find the page, while the page
 * keeps the spelling its source printed: "Песков" finds an English report, "Peskov" a Russian one.
 * Names without other spellings are listed too: a report may say only "Putin".
 * @example getAliasText([{ name: 'Dmitry Peskov', aliases: ['Dmitri Peskov'], nativeNames: ['Дмитрий Песков'] }, { name: 'Joe Biden', aliases: [] }])
 * // "Names on this page, with their other spellings: Dmitry Peskov (also Dmitri Peskov, Дмитрий Песков); Joe Biden."
 */
export function getAliasText(people: readonly PersonNames[]): string {
  if (people.length === 0) return '';
  const names = people.map(({ name, aliases, nativeNames = [] }) => {
    const others = [...aliases, ...nativeNames];
    return others.length > 0 ? `${name} (also ${others.join(', ')})` : name;
  });
  return `Names on this page, with their other spellings: ${names.join('; ')}.`;
}

/**
 * Everything Pagefind records about one page. Filters apply where they mean something: `outlet`
 * only on articles (with "Unidentified outlet" when the text names none), `year` only on pages
 * with their own date. Every page gets the `date` sort key, because Pagefind leaves pages without
 * it out of sorted results.
 */
export function getSearchAttributes(page: SearchPageFacts): SearchAttributes {
  const { type, title, date, topics = [], people = [] } = page;
  const outlet = type === 'Article' ? (page.outlet ?? UNIDENTIFIED_OUTLET_NAME) : undefined;
  const ordering = date?.date ?? getNewestDate(page.articleDates ?? []);
  const filters: [SearchFilterKey, string][] = [
    ['type', type],
    ...topics.map((topic): [SearchFilterKey, string] => ['topic', topic]),
    ...people.map((person): [SearchFilterKey, string] => ['person', person.name]),
    ...(outlet ? [['outlet', outlet] as [SearchFilterKey, string]] : []),
    ...(date ? [['year', String(date.date.year)] as [SearchFilterKey, string]] : []),
  ];
  const meta: [string, string][] = [
    ['title', title],
    ['type', type],
    ...(date ? [['date', date.label] as [string, string]] : []),
    ...(outlet ? [['outlet', outlet] as [string, string]] : []),
    ...(page.summary ? [['summary', page.summary] as [string, string]] : []),
  ];
  return {
    filters,
    sortDate: ordering ? toSortKey(ordering) : UNDATED_SORT_KEY,
    meta,
    aliasText: getAliasText(people),
  };
}
