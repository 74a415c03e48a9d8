import { describe, expect, it } from 'vitest';
import { readSearchState, type FilterCounts, type PagefindSearchOptions } from '../lib/search/state.ts';
import type { PagefindResultData, PagefindSearch } from './pagefind-api.ts';
import { createSearchSession, RESULTS_PAGE_SIZE, type SearchView } from './search-session.ts';

const KNOWN: FilterCounts = { type: { Article: 25, Person: 2 }, year: { 2023: 20, 2024: 7 } };

const resultData = (url: string): PagefindResultData => ({ url, content: '', locations: [], anchors: [], excerpt: url, meta: { title: url }, sub_results: [] });

/** A stand-in Pagefind: `count` results for any search, each search answering when `answer` lets it. */
function fakePagefind(count: number, filters: (options: PagefindSearchOptions) => FilterCounts = () => ({})) {
  const calls: { term: string | null; options: PagefindSearchOptions }[] = [];
  const pending: (() => void)[] = [];
  const pagefind = {
    calls,
    /** When true, every search waits for `answerNext()`. */
    held: false,
    answerNext: () => pending.shift()?.(),
    async search(term: string | null, options: PagefindSearchOptions): Promise<PagefindSearch> {
      calls.push({ term, options });
      const counts = filters(options);
      if (pagefind.held) await new Promise<void>((resolve) => pending.push(resolve));
      const prefix = `/${term ?? 'filters'}/`;
      const results = Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}`, data: async () => resultData(`${prefix}${index}/`) }));
      return { results, filters: counts, unfilteredResultCount: count };
    },
  };
  return pagefind;
}

/** A view that writes down what it was asked to show. */
function recordingView() {
  const log: string[] = [];
  let listed: string[] = [];
  const view: SearchView = {
    begin: (state) => log.push(`begin ${state.query}`),
    showPrompt: (counts) => log.push(`prompt ${JSON.stringify(counts)}`),
    showCounts: (counts) => log.push(`counts ${JSON.stringify(counts)}`),
    clearResults: () => {
      listed = [];
      log.push('clear');
    },
    appendResults: (batch, { shown, total, moveFocus }) => {
      listed.push(...batch.map((data) => data.url));
      log.push(`append ${batch.length}, ${shown} of ${total}${moveFocus ? ', focus' : ''}`);
    },
    end: (count, state) => log.push(`end ${count} for ${state.query}`),
  };
  return { view, log, listed: () => listed };
}

/** The type filter's counts, as each `showCounts` in the log gave them. */
const typeCounts = (log: string[]) =>
  log.filter((line) => line.startsWith('counts ')).map((line) => JSON.stringify((JSON.parse(line.slice('counts '.length)) as FilterCounts)['type']));

describe('a search session', () => {
  it('shows the prompt and every known value’s count, and asks Pagefind nothing, for an empty search', async () => {
    const pagefind = fakePagefind(3);
    const { view, log } = recordingView();
    const session = createSearchSession(pagefind, view);
    await session.useFilters(KNOWN);
    await session.search(readSearchState(''));
    expect(pagefind.calls).toEqual([]);
    expect(log).toEqual([`counts ${JSON.stringify(KNOWN)}`, 'begin ', `prompt ${JSON.stringify(KNOWN)}`]);
  });

  it('counts the current search again when the filters arrive after it ended', async () => {
    // Before the filters load, Pagefind counts only the filters a search uses.
    let loaded = false;
    const pagefind = fakePagefind(3, () => (loaded ? { type: { Article: 3 }, year: { 2023: 3 } } : {}));
    const { view, log } = recordingView();
    const session = createSearchSession(pagefind, view);
    await session.search(readSearchState('?q=peskov'));
    loaded = true;
    await session.useFilters(KNOWN);
    expect(typeCounts(log)).toEqual(['{}', '{"Article":3}']);
    expect(log.filter((line) => line.startsWith('end'))).toEqual(['end 3 for peskov']);
  });

  it('counts a running search again when it ends, if the filters arrived while it ran', async () => {
    let loaded = false;
    const pagefind = fakePagefind(3, () => (loaded ? { type: { Article: 3 } } : {}));
    pagefind.held = true;
    const { view, log } = recordingView();
    const session = createSearchSession(pagefind, view);
    const searching = session.search(readSearchState('?q=peskov'));
    loaded = true;
    await session.useFilters(KNOWN);
    expect(typeCounts(log)).toEqual([]);
    pagefind.answerNext();
    await new Promise((resolve) => setTimeout(resolve, 0));
    pagefind.answerNext();
    await searching;
    expect(log.filter((line) => line.startsWith('end'))).toEqual(['end 3 for peskov']);
    expect(typeCounts(log)).toEqual(['{}', '{"Article":3}']);
  });

  it('keeps the counts shown, and the search a success, when counting again fails', async () => {
    const pagefind = fakePagefind(3);
    const { view, log } = recordingView();
    const session = createSearchSession(pagefind, view);
    await session.search(readSearchState('?q=peskov'));
    pagefind.search = async () => {
      throw new Error('a chunk did not load');
    };
    await session.useFilters(KNOWN);
    expect(typeCounts(log)).toEqual(['{}']);
    expect(log.filter((line) => line.startsWith('end'))).toEqual(['end 3 for peskov']);
  });

  it('counts the filters that arrive after a search failed', async () => {
    const pagefind = fakePagefind(3, () => ({ type: { Article: 3 } }));
    const search = pagefind.search;
    pagefind.search = async () => {
      throw new Error('offline');
    };
    const { view, log } = recordingView();
    const session = createSearchSession(pagefind, view);
    await expect(session.search(readSearchState('?q=peskov'))).rejects.toThrow('offline');
    pagefind.search = search;
    await session.useFilters(KNOWN);
    expect(typeCounts(log)).toEqual(['{"Article":3}']);
  });

  it('lists the first page of results, then a page more each time, until none are left', async () => {
    const { view, log, listed } = recordingView();
    const session = createSearchSession(fakePagefind(2 * RESULTS_PAGE_SIZE + 3), view);
    await session.search(readSearchState('?q=peskov'));
    expect(listed()).toHaveLength(RESULTS_PAGE_SIZE);
    await session.showMore();
    await session.showMore();
    expect(listed()).toEqual(Array.from({ length: 2 * RESULTS_PAGE_SIZE + 3 }, (_, index) => `/peskov/${index}/`));
    expect(log.filter((line) => line.startsWith('append') || line.startsWith('end'))).toEqual([
      'append 10, 10 of 23',
      'end 23 for peskov',
      'append 10, 20 of 23, focus',
      'append 3, 23 of 23, focus',
    ]);
  });

  it('searches by filters alone with no term, in the chosen order', async () => {
    const pagefind = fakePagefind(1);
    await createSearchSession(pagefind, recordingView().view).search(readSearchState('?type=Event&sort=oldest'));
    expect(pagefind.calls[0]).toEqual({ term: null, options: { filters: { type: { any: ['Event'] } }, sort: { date: 'asc' } } });
  });

  it('counts a chosen filter’s values by a search without that filter, and the others by the search itself', async () => {
    // With type chosen, the index would give these counts; without it, every type is still open.
    const pagefind = fakePagefind(4, (options) => (options.filters['type'] ? { type: { Article: 4 }, year: { 2023: 4 } } : { type: { Article: 4, Person: 1 }, year: { 2023: 5 } }));
    const { view, log } = recordingView();
    await createSearchSession(pagefind, view).search(readSearchState('?q=peskov&type=Article'));
    expect(pagefind.calls.map((call) => call.options.filters)).toEqual([{ type: { any: ['Article'] } }, {}]);
    const counts = JSON.parse(log.find((line) => line.startsWith('counts'))!.slice('counts '.length)) as FilterCounts;
    expect(counts['type']).toEqual({ Article: 4, Person: 1 });
    expect(counts['year']).toEqual({ 2023: 4 });
  });

  it('never shows the answer of a search that a newer one overtook', async () => {
    const pagefind = fakePagefind(2);
    pagefind.held = true;
    const { view, log, listed } = recordingView();
    const session = createSearchSession(pagefind, view);
    const first = session.search(readSearchState('?q=pesk'));
    const second = session.search(readSearchState('?q=peskov'));
    pagefind.answerNext();
    pagefind.answerNext();
    await Promise.all([first, second]);
    expect(listed()).toEqual(['/peskov/0/', '/peskov/1/']);
    expect(log.filter((line) => line.startsWith('end'))).toEqual(['end 2 for peskov']);
  });

  it('drops a page of "more" results that arrives after a new search began', async () => {
    const { view, listed } = recordingView();
    const session = createSearchSession(fakePagefind(RESULTS_PAGE_SIZE + 1), view);
    await session.search(readSearchState('?q=peskov'));
    const more = session.showMore();
    await session.search(readSearchState(''));
    await more;
    expect(listed()).toHaveLength(RESULTS_PAGE_SIZE);
  });
});
