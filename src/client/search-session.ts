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
  /**
   * Takes every filter value the index holds, with its count, once the page has loaded them, and
   * counts the current search's filter values again: until then a search counts only the filters
   * it uses, as Pagefind has loaded no others.
   */
  useFilters(known: FilterCounts): Promise<void>;
}

/**
 * A search session. The filters' values are loaded only when a reader opens them: at 20,000
 * entries they weigh more than the rest of a first search together.
 */
export function createSearchSession(pagefind: Pick<PagefindApi, 'search'>, view: SearchView): SearchSession {
  let results: PagefindResult[] = [];
  let shown = 0;
  // Each search takes the next number; an answer for an older number arrives too late to show.
  let run = 0;
  let ended = 0;
  let current: SearchState | undefined;
  /** Every filter value the index holds, with its count: what an empty search shows. */
  let known: FilterCounts | undefined;

  async function showMore(thisRun: number, moveFocus: boolean): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + RESULTS_PAGE_SIZE).map((result) => result.data()));
    if (thisRun !== run) return;
    shown += batch.length;
    view.appendResults(batch, { shown, total: results.length, moveFocus });
  }

  /** Runs the searches `state` needs: its results, and each filter value's count. */
  async function find(state: SearchState): Promise<{ results: PagefindResult[]; counts: FilterCounts } | undefined> {
    const term = state.query || null;
    const active = getActiveFilterKeys(state);
    // A filter's values are alternatives, so each chosen filter is counted by a search without it.
    const [main, ...without] = await Promise.all([
      pagefind.search(term, toPagefindOptions(state)),
      ...active.map((key) => pagefind.search(term, toPagefindOptions(state, key))),
    ]);
    if (!main) return undefined;
    return { results: main.results, counts: getFacetCounts(main.filters, Object.fromEntries(active.map((key, index) => [key, without[index]?.filters ?? {}]))) };
  }

  /** Counts the current search's filter values again; on a failure the counts shown stay. */
  async function recount(thisRun: number): Promise<void> {
    if (!current || !hasCriteria(current)) {
      view.showCounts(known ?? {});
      return;
    }
    const found = await find(current).catch(() => undefined);
    if (thisRun === run && found) view.showCounts(found.counts);
  }

  async function search(state: SearchState): Promise<void> {
    const thisRun = ++run;
    current = state;
    view.begin(state);
    if (!hasCriteria(state)) {
      results = [];
      ended = thisRun;
      view.showPrompt(known ?? {});
      return;
    }
    const countedWith = known;
    try {
      const found = await find(state);
      if (thisRun !== run || !found) return;
      view.showCounts(found.counts);
      results = found.results;
      shown = 0;
      view.clearResults();
      await showMore(thisRun, false);
      if (thisRun !== run) return;
      view.end(results.length, state);
    } finally {
      // Ended, shown or failed: filters that arrive from now on are counted at once.
      if (thisRun === run) ended = thisRun;
    }
    // The filters arrived while this search ran: its counts are missing the filters it did not use.
    if (countedWith !== known) await recount(thisRun);
  }

  async function useFilters(loaded: FilterCounts): Promise<void> {
    known = loaded;
    // A search still running counts again when it ends.
    if (ended === run) await recount(run);
  }

  return { search, showMore: () => showMore(run, true), useFilters };
}
