/**
 * What the search page does between the reader and Pagefind: runs the searches a state needs,
 * counts each filter's values, pages the results, and drops whatever a newer search overtook.
 * It touches no DOM: `search.ts` hands it a view that draws, so it runs under test with a
 * stand-in Pagefind.
 */
import { getActiveFilterKeys, getFacetCounts, hasCriteria, toPagefindOptions, type FilterCounts, type SearchState } from '../lib/search/state.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api.ts';

/** Results listed at first, and added by each "Show more". */
export const RESULTS_PAGE_SIZE = 10;

/** What the page shows, in the order a search changes it. */
export interface SearchView {
  /** A search for `state` has begun: the URL and title follow it, and the results are stale until `end`. */
  begin(state: SearchState): void;
  /** The state asks for nothing: no results, a prompt, and each value's count over the whole index. */
  showPrompt(counts: FilterCounts): void;
  /** How many results each filter value would give with the current search. */
  showCounts(counts: FilterCounts): void;
  clearResults(): void;
  /** Adds results to the list; `shown` of `total` are then listed. `moveFocus` after "Show more". */
  appendResults(batch: PagefindResultData[], progress: { shown: number; total: number; moveFocus: boolean }): void;
  /** The search for `state` is done and found `count` results. */
  end(count: number, state: SearchState): void;
}

export interface SearchSession {
  /** Searches for `state`; resolves when it is shown, or when a newer search overtook it. */
  search(state: SearchState): Promise<void>;
  /** Lists the next page of the current results. */
  showMore(): Promise<void>;
}

/** `known` is every filter value the index holds, with its count: what an empty search shows. */
export function createSearchSession(pagefind: Pick<PagefindApi, 'search'>, known: FilterCounts, view: SearchView): SearchSession {
  let results: PagefindResult[] = [];
  let shown = 0;
  // Each search takes the next number; an answer for an older number arrives too late to show.
  let run = 0;

  async function showMore(thisRun: number, moveFocus: boolean): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + RESULTS_PAGE_SIZE).map((result) => result.data()));
    if (thisRun !== run) return;
    shown += batch.length;
    view.appendResults(batch, { shown, total: results.length, moveFocus });
  }

  async function search(state: SearchState): Promise<void> {
    const thisRun = ++run;
    view.begin(state);
    if (!hasCriteria(state)) {
      results = [];
      view.showPrompt(known);
      return;
    }
    const term = state.query || null;
    const active = getActiveFilterKeys(state);
    // A filter's values are alternatives, so each chosen filter is counted by a search without it.
    const [main, ...without] = await Promise.all([
      pagefind.search(term, toPagefindOptions(state)),
      ...active.map((key) => pagefind.search(term, toPagefindOptions(state, key))),
    ]);
    if (thisRun !== run || !main) return;
    view.showCounts(getFacetCounts(main.filters, Object.fromEntries(active.map((key, index) => [key, without[index]?.filters ?? {}]))));
    results = main.results;
    shown = 0;
    view.clearResults();
    await showMore(thisRun, false);
    if (thisRun !== run) return;
    view.end(results.length, state);
  }

  return { search, showMore: () => showMore(run, true) };
}
