import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALIAS_ANCHOR_ID } from '../lib/search/attributes.ts';
import { readSearchState } from '../lib/search/state.ts';
import type { PagefindResultData } from './pagefind-api.ts';
import { createSearchView, describeResults, renderFacets, renderResult, SEARCH_PROMPT, updateFacetCounts } from './search-view.ts';

describe('describeResults', () => {
  it('says how many results a search found, for what, and in which order', () => {
    expect(describeResults(1, readSearchState('?q=peskov'))).toBe('1 result for “peskov”.');
    expect(describeResults(5, readSearchState('?q=peskov&type=Article&year=2023&sort=newest'))).toBe('5 results for “peskov” with 2 filters, newest first.');
  });

  it('describes a search by filters alone', () => {
    expect(describeResults(3, readSearchState('?type=Event&sort=oldest'))).toBe('3 results for the chosen filters, oldest first.');
  });

  it('suggests what to try when nothing is found', () => {
    expect(describeResults(0, readSearchState('?q=zzz'))).toBe('No results for “zzz”. Try another spelling or fewer words.');
    expect(describeResults(0, readSearchState('?q=zzz&topic=Navalny'))).toBe('No results for “zzz” with 1 filter. Try removing a filter.');
  });
});

// The search page's markup, as src/pages/search.astro writes it, in a DOM without a browser.
const PAGE = `<!doctype html><html><head><title>Search · Kremlin Record</title></head><body>
  <form><input name="q"><button type="button" data-clear-filters hidden>Clear filters</button>
    <details hidden><summary>Type</summary><ul data-facet-values="type"></ul></details>
    <details hidden><summary>Year</summary><ul data-facet-values="year"></ul></details>
    <details hidden><summary>Outlet</summary><ul data-facet-values="outlet"></ul></details>
  </form>
  <p data-search-status></p><ol data-search-results></ol><button data-search-more hidden></button>
</body></html>`;

let document: Document;
let replaced: string[];
beforeEach(() => {
  document = parseHTML(PAGE).document as unknown as Document;
  replaced = [];
  vi.stubGlobal('document', document);
  vi.stubGlobal('location', { pathname: '/search/', hash: '' });
  vi.stubGlobal('history', { state: null, replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url) });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const data = (overrides: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/articles/a/',
  content: 'Peskov said the talks would go on.',
  locations: [0],
  anchors: [],
  excerpt: '<mark>Peskov</mark> said the talks would go on.',
  meta: { title: 'Peskov on talks', type: 'Article', date: '16 December 2023', outlet: 'The Harbor Times' },
  sub_results: [],
  ...overrides,
});
const form = () => document.querySelector('form')!;
const values = (key: string) => [...document.querySelectorAll(`[data-facet-values="${key}"] input`)].map((input) => (input as HTMLInputElement).value);

describe('renderResult', () => {
  it('links the title to the result, says what it is, and keeps Pagefind’s marks in the excerpt', () => {
    const item = renderResult(data());
    expect(item.querySelector('.search-result-title a')?.getAttribute('href')).toBe('/articles/a/');
    expect(item.querySelector('.search-result-title')?.textContent).toBe('Peskov on talks');
    expect(item.querySelector('.search-result-meta')?.textContent).toBe('Article · 16 December 2023 · The Harbor Times');
    expect(item.querySelector('.search-result-excerpt')?.innerHTML).toBe('<mark>Peskov</mark> said the talks would go on.');
  });

  it('inserts a page’s own values as text, never as markup', () => {
    const item = renderResult(data({ meta: { title: '<img src=x onerror=alert(1)>', type: 'Article' } }));
    expect(item.querySelector('img')).toBeNull();
    expect(item.querySelector('.search-result-title')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('takes the excerpt from the page’s own text, not the hidden names, when the terms matched only there', () => {
    const content = 'President of Ukraine. Other spellings. Zelenskyy Selenskyj';
    const item = renderResult(data({
      content, locations: [5], excerpt: 'Other spellings. <mark>Selenskyj</mark>',
      anchors: [{ element: 'h2', id: ALIAS_ANCHOR_ID, location: 3 }], meta: { title: 'Volodymyr Zelensky', summary: 'President of Ukraine' },
    }));
    expect(item.querySelector('.search-result-excerpt')?.textContent).toBe('President of Ukraine');
  });

  it('lists the matching sections of a long page, leaving out the hidden names', () => {
    const sub = (id: string) => ({ title: `Section ${id}`, url: `/topics/t/#${id}`, excerpt: `in <mark>${id}</mark>`, anchor: { element: 'h2', id } });
    const item = renderResult(data({ sub_results: [sub('one'), sub(ALIAS_ANCHOR_ID), sub('two')] }));
    expect([...item.querySelectorAll('.search-subresults a')].map((link) => link.getAttribute('href'))).toEqual(['/topics/t/#one', '/topics/t/#two']);
  });
});

describe('renderFacets and updateFacetCounts', () => {
  it('gives each filter a checkbox per value in reading order, ticks and opens what the URL chose, and hides an empty filter', () => {
    renderFacets(form(), { type: { Person: 1, Article: 3 }, year: { 2023: 2, 2025: 1 } }, readSearchState('?year=2023'));
    expect(values('type')).toEqual(['Article', 'Person']);
    expect(values('year')).toEqual(['2025', '2023']);
    const chosen = document.querySelector('input[name="year"][value="2023"]') as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    const details = [...document.querySelectorAll('details')] as HTMLDetailsElement[];
    // linkedom keeps `open` as a property only, unset until written.
    expect(details.map((each) => [Boolean(each.open), each.hidden])).toEqual([[false, false], [true, false], [false, true]]);
  });

  it('keeps a value the URL chose though the index does not know it, so it can be unticked', () => {
    renderFacets(form(), { type: { Article: 3 } }, readSearchState('?type=Thing'));
    expect(values('type')).toEqual(['Article', 'Thing']);
  });

  it('writes each value’s count beside it and dims a value that would give nothing, unless chosen', () => {
    renderFacets(form(), { type: { Article: 3, Event: 1, Person: 1 } }, readSearchState('?type=Person'));
    updateFacetCounts(form(), { type: { Article: 2 } });
    const items = [...document.querySelectorAll('.facet-value')].map((item) => [item.querySelector('input')?.value, item.querySelector('.facet-count')?.textContent, item.classList.contains('is-empty')]);
    expect(items).toEqual([['Article', '(2)', false], ['Person', '(0)', false], ['Event', '(0)', true]]);
  });
});

describe('the view a search session draws through', () => {
  const parts = () => ({
    form: form(),
    clear: document.querySelector('[data-clear-filters]') as HTMLElement,
    status: document.querySelector('[data-search-status]') as HTMLElement,
    list: document.querySelector('[data-search-results]') as HTMLElement,
    more: document.querySelector('[data-search-more]') as HTMLElement,
  });

  it('puts the search in the URL and the title, offers to clear filters, and marks the list busy until the search ends', () => {
    const page = parts();
    const view = createSearchView(page, 'Search · Kremlin Record');
    const state = readSearchState('?q=peskov&type=Article');
    view.begin(state);
    expect(replaced).toEqual(['/search/?q=peskov&type=Article']);
    expect(document.title).toBe('peskov · Search · Kremlin Record');
    expect(page.clear.hidden).toBe(false);
    expect(page.list.getAttribute('aria-busy')).toBe('true');
    view.appendResults([data()], { shown: 1, total: 12, moveFocus: false });
    view.end(12, state);
    expect(page.list.getAttribute('aria-busy')).toBeNull();
    expect(page.status.textContent).toBe('12 results for “peskov” with 1 filter.');
    expect(page.more.hidden).toBe(false);
    expect(page.more.textContent).toBe('Show more results (1 of 12 shown)');
  });

  it('hides "Show more" once every result is listed', () => {
    const page = parts();
    createSearchView(page, 'Search').appendResults([data(), data({ url: '/articles/b/' })], { shown: 2, total: 2, moveFocus: false });
    expect(page.list.querySelectorAll('.search-result')).toHaveLength(2);
    expect(page.more.hidden).toBe(true);
  });

  it('empties the list and prompts, with the title bare, for an empty search', () => {
    const page = parts();
    const view = createSearchView(page, 'Search · Kremlin Record');
    view.appendResults([data()], { shown: 1, total: 1, moveFocus: false });
    view.begin(readSearchState(''));
    view.showPrompt({});
    expect(document.title).toBe('Search · Kremlin Record');
    expect(replaced).toEqual(['/search/']);
    expect(page.clear.hidden).toBe(true);
    expect(page.list.children).toHaveLength(0);
    expect(page.list.getAttribute('aria-busy')).toBeNull();
    expect(page.status.textContent).toBe(SEARCH_PROMPT);
  });
});
