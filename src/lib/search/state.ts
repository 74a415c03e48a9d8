/**
 * The search page's state (terms, filters, order) and its one home, the URL: a search can be
 * bookmarked and shared, and a reader arriving on it sees exactly what the sender saw.
 * `?q=peskov&type=Article&topic=Ukraine+war&sort=newest` is the same query string a plain form
 * with those fields would send.
 */
import { SEARCH_FILTER_KEYS, SEARCH_RECORD_TYPES, type SearchFilterKey } from './attributes.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export type SelectedFilters = Record<SearchFilterKey, string[]>;

export interface SearchState {
  query: string;
  /** Values chosen per filter; a result must match one value of every filter that has any. */
  filters: SelectedFilters;
  sort: SortOrder;
}

/** Counts per filter value, as Pagefind reports them. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchOptions {
  filters: Record<string, { any: string[] }>;
  sort?: { date: 'asc' | 'desc' };
}

const emptyFilters = (): SelectedFilters =>
  Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, [] as string[]])) as SelectedFilters;

/**
 * The state a query string describes; unknown parameters and sort orders are ignored.
 * @example readSearchState('?q=peskov&topic=Navalny&sort=oldest').filters.topic // ["Navalny"]
 */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of SEARCH_FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).map((value) => value.trim()).filter(Boolean))];
  const sort = params.get('sort');
  return {
    query: params.get('q')?.trim() ?? '',
    filters,
    sort: (SORT_ORDERS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
  };
}

/**
 * The query string for a state, `?`-prefixed, or "" for an empty search. The default order is left
 * out, so the shortest URL names each search.
 * @example writeSearchQuery({ query: 'peskov', filters: { ...none, year: ['2023'] }, sort: 'newest' })
 * // "?q=peskov&year=2023&sort=newest"
 */
export function writeSearchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of SEARCH_FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether the state asks for anything: a term or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || SEARCH_FILTER_KEYS.some((key) => state.filters[key].length > 0);
}

/** The filter keys with at least one value chosen. */
export function getActiveFilterKeys(state: SearchState): SearchFilterKey[] {
  return SEARCH_FILTER_KEYS.filter((key) => state.filters[key].length > 0);
}

/**
 * Pagefind's search options for a state. Values of one filter are alternatives (`any`); filters
 * combine with AND. `without` leaves one filter out, to count what choosing its values would give.
 */
export function toPagefindOptions(state: SearchState, without?: SearchFilterKey): PagefindSearchOptions {
  const filters: PagefindSearchOptions['filters'] = {};
  for (const key of getActiveFilterKeys(state)) if (key !== without) filters[key] = { any: state.filters[key] };
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/**
 * The count to show beside each filter value: how many results there would be with that value
 * chosen. For a filter with values already chosen, that comes from the search run without it
 * (`countsWithout[key]`), since its values are alternatives rather than further conditions.
 */
export function getFacetCounts(main: FilterCounts, countsWithout: Partial<Record<SearchFilterKey, FilterCounts>>): FilterCounts {
  return Object.fromEntries(SEARCH_FILTER_KEYS.map((key) => [key, { ...(countsWithout[key] ?? main)[key] }]));
}

/**
 * A filter's values in reading order: types as the site names them, years newest first, the rest
 * alphabetically. Values chosen in the URL but unknown to the index are kept, so they can be unset.
 */
export function orderFilterValues(key: SearchFilterKey, known: readonly string[], chosen: readonly string[] = []): string[] {
  const values = [...new Set([...known, ...chosen])];
  if (key === 'type') {
    const rank = (value: string) => {
      const index = (SEARCH_RECORD_TYPES as readonly string[]).indexOf(value);
      return index === -1 ? SEARCH_RECORD_TYPES.length : index;
    };
    return values.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  if (key === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => a.localeCompare(b));
}
