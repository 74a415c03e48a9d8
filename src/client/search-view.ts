/**
 * What the search page shows: the status line, the result list and the filter checkboxes. It only
 * writes to the DOM; `search-session.ts` decides what and when. Pagefind's excerpts are HTML it
 * has already escaped (with `<mark>` around the terms); every other value is inserted as text.
 */
import { ALIAS_ANCHOR_ID, SEARCH_FILTER_KEYS, type SearchFilterKey } from '../lib/search/attributes.ts';
import { getActiveFilterKeys, orderFilterValues, writeSearchQuery, type FilterCounts, type SearchState } from '../lib/search/state.ts';
import { getResultExcerpt } from '../lib/search/excerpt.ts';
import { EXCERPT_LENGTH, type PagefindResultData, type PagefindSubResult } from './pagefind-api.ts';
import type { SearchView } from './search-session.ts';

/** The status line before anything is asked. */
export const SEARCH_PROMPT = 'Type a search term, or choose a filter, to see results.';

/** Sub-results shown under one result, at most: Pagefind's own UI shows three too. */
const MAX_SUB_RESULTS = 3;

const ORDER_NAMES = { relevance: '', newest: ', newest first', oldest: ', oldest first' } as const;

/**
 * The sentence the status line announces after a search.
 * @example describeResults(2, { query: 'peskov', filters: { ...none }, sort: 'newest' }) // "2 results for “peskov”, newest first."
 */
export function describeResults(count: number, state: SearchState): string {
  const filterCount = getActiveFilterKeys(state).reduce((sum, key) => sum + state.filters[key].length, 0);
  const filters = filterCount === 0 ? '' : ` with ${filterCount} filter${filterCount === 1 ? '' : 's'}`;
  if (count === 0) {
    const subject = state.query ? ` for “${state.query}”` : '';
    return `No results${subject}${filters}.${filterCount > 0 ? ' Try removing a filter.' : ' Try another spelling or fewer words.'}`;
  }
  const results = `${count} result${count === 1 ? '' : 's'}`;
  const subject = state.query ? ` for “${state.query}”` : ' for the chosen filters';
  return `${results}${subject}${state.query ? filters : ''}${ORDER_NAMES[state.sort]}.`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', '', text);
  anchor.href = href;
  return anchor;
}

function excerpt(html: string): HTMLParagraphElement {
  const paragraph = element('p', 'search-result-excerpt');
  paragraph.innerHTML = html;
  return paragraph;
}

/** The sections of a long page that match, each linking to its heading (not the hidden alias text). */
function subResults(subs: PagefindSubResult[]): HTMLUListElement | undefined {
  const anchored = subs.filter((sub) => sub.anchor && sub.anchor.id !== ALIAS_ANCHOR_ID).slice(0, MAX_SUB_RESULTS);
  if (anchored.length < 2) return undefined;
  const list = element('ul', 'search-subresults');
  for (const sub of anchored) {
    const item = element('li', '');
    item.append(link(sub.url, sub.title), excerpt(sub.excerpt));
    list.append(item);
  }
  return list;
}

/**
 * The result's excerpt from the page's own text, never from the hidden alias block (Pagefind's
 * own excerpt may fall there); the summary when the terms matched only in that block.
 */
function getExcerptHtml(data: PagefindResultData): string {
  const aliasStart = data.anchors?.find((anchor) => anchor.id === ALIAS_ANCHOR_ID)?.location;
  if (aliasStart === undefined || data.content === undefined) return data.excerpt;
  return getResultExcerpt({ content: data.content, locations: data.locations ?? [], aliasStart }, data.meta['summary'], EXCERPT_LENGTH);
}

/** One result: its title as a link carrying the terms, what it is, and where the terms occur. */
export function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  heading.append(link(data.url, data.meta['title'] ?? data.url));
  const facts = [data.meta['type'], data.meta['date'], data.meta['outlet']].filter((fact): fact is string => Boolean(fact));
  item.append(heading, element('p', 'search-result-meta', facts.join(' · ')), excerpt(getExcerptHtml(data)));
  const subs = subResults(data.sub_results);
  if (subs) item.append(subs);
  return item;
}

const FACET_ID = (key: SearchFilterKey, index: number) => `facet-${key}-${index}`;

/**
 * Fills each filter's list with a checkbox per value, once: later searches only update the counts,
 * so a checkbox keeps focus while the results change around it.
 */
export function renderFacets(form: HTMLFormElement, known: FilterCounts, state: SearchState): void {
  for (const key of SEARCH_FILTER_KEYS) {
    const list = form.querySelector<HTMLUListElement>(`[data-facet-values="${key}"]`);
    if (!list) continue;
    const values = orderFilterValues(key, Object.keys(known[key] ?? {}), state.filters[key]);
    list.replaceChildren(...values.map((value, index) => {
      const item = element('li', 'facet-value');
      const input = element('input', '');
      Object.assign(input, { type: 'checkbox', name: key, value, id: FACET_ID(key, index), checked: state.filters[key].includes(value) });
      const label = element('label', '', `${value} `);
      label.htmlFor = input.id;
      label.append(element('span', 'facet-count'));
      item.append(input, label);
      return item;
    }));
    const details = list.closest('details');
    if (details && state.filters[key].length > 0) details.open = true;
    if (details) details.hidden = values.length === 0;
  }
}

/** Writes the number of results each value would give beside it. */
export function updateFacetCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('.facet-value input')) {
    const count = counts[input.name]?.[input.value] ?? 0;
    const item = input.closest('.facet-value');
    const badge = item?.querySelector('.facet-count');
    if (badge) badge.textContent = `(${count})`;
    item?.classList.toggle('is-empty', count === 0 && !input.checked);
  }
}

/** The parts of the search page a search changes. */
export interface SearchPageParts {
  form: HTMLFormElement;
  /** "Clear filters", shown while a filter is chosen. */
  clear: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  /** "Show more results". */
  more: HTMLElement;
}

/** Draws a search session on the page; `pageTitle` is the title with no search in it. */
export function createSearchView({ form, clear, status, list, more }: SearchPageParts, pageTitle: string): SearchView {
  return {
    begin(state) {
      document.title = state.query ? `${state.query} · ${pageTitle}` : pageTitle;
      history.replaceState(history.state, '', `${location.pathname}${writeSearchQuery(state)}${location.hash}`);
      clear.hidden = getActiveFilterKeys(state).length === 0;
      // Busy while results are stale: assistive technology waits, and so do the browser tests.
      list.setAttribute('aria-busy', 'true');
    },
    showPrompt(counts) {
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      updateFacetCounts(form, counts);
      status.textContent = SEARCH_PROMPT;
    },
    showCounts: (counts) => updateFacetCounts(form, counts),
    clearResults: () => list.replaceChildren(),
    appendResults(batch, { shown, total, moveFocus }) {
      const items = batch.map(renderResult);
      list.append(...items);
      more.hidden = shown >= total;
      more.textContent = `Show more results (${shown} of ${total} shown)`;
      // After "Show more", a keyboard reader continues from the first new result, not the button.
      if (moveFocus) items[0]?.querySelector('a')?.focus();
    },
    end(count, state) {
      status.textContent = describeResults(count, state);
      list.removeAttribute('aria-busy');
    },
  };
}
