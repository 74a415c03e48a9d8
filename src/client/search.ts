/**
 * The search page: reads its state from the URL, searches as the reader types or chooses filters,
 * and writes the state back to the URL so the search can be shared. Loaded by `/search/` only.
 */
import { getActiveFilterKeys, getFacetCounts, hasCriteria, readSearchState, toPagefindOptions, writeSearchQuery, type SearchState } from '../lib/search/state.ts';
import { loadPagefind, type PagefindApi, type PagefindResult } from './pagefind-api.ts';
import { describeResults, renderFacets, renderResult, updateFacetCounts } from './search-view.ts';

const PAGE_SIZE = 10;
/** Long enough not to search on every keystroke, short enough to feel immediate. */
const TYPING_DELAY_MS = 250;
const PROMPT = 'Type a search term, or choose a filter, to see results.';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: no ${selector}`);
  return found;
}

/** The state the form shows: the same fields a plain GET submission would send. */
function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

async function start(root: HTMLElement): Promise<void> {
  const form = required<HTMLFormElement>(root, 'form');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sort = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const clear = required<HTMLButtonElement>(form, '[data-clear-filters]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');

  const state = readSearchState(location.search);
  const pageTitle = document.title;
  form.hidden = false;
  input.value = state.query;
  sort.value = state.sort;
  status.textContent = 'Loading search…';

  let pagefind: PagefindApi;
  let known: Awaited<ReturnType<PagefindApi['filters']>>;
  try {
    pagefind = await loadPagefind(root.dataset['bundle'] ?? '/pagefind/', root.dataset['base'] ?? '/');
    known = await pagefind.filters();
  } catch {
    // The index exists only in a build, so `astro dev` always lands here: say how to get one.
    const archive = Object.assign(document.createElement('a'), { href: root.dataset['fallback'] ?? '/', textContent: 'Browse the archive index' });
    if (root.dataset['dev']) {
      const command = Object.assign(document.createElement('code'), { textContent: 'npm start' });
      status.replaceChildren('Search works on a built site only: the dev server has no search index. Run ', command, ' to build the archive and serve it with search. ', archive, ' meanwhile.');
    } else {
      status.replaceChildren('Search could not load its index. ', archive, ' instead.');
    }
    return;
  }
  renderFacets(form, known, state);

  let results: PagefindResult[] = [];
  let shown = 0;
  let run = 0;

  async function showMore(thisRun: number, moveFocus: boolean): Promise<void> {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (thisRun !== run) return;
    const items = batch.map(renderResult);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    more.textContent = `Show more results (${shown} of ${results.length} shown)`;
    // After "Show more", a keyboard reader continues from the first new result, not the button.
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  async function search(next: SearchState): Promise<void> {
    const thisRun = ++run;
    document.title = next.query ? `${next.query} · ${pageTitle}` : pageTitle;
    history.replaceState(history.state, '', `${location.pathname}${writeSearchQuery(next)}${location.hash}`);
    const active = getActiveFilterKeys(next);
    clear.hidden = active.length === 0;
    // Busy while results are stale: assistive technology waits, and so do the browser tests.
    list.setAttribute('aria-busy', 'true');
    if (!hasCriteria(next)) {
      results = [];
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      more.hidden = true;
      updateFacetCounts(form, known);
      status.textContent = PROMPT;
      return;
    }
    const term = next.query || null;
    // A filter's values are alternatives, so each chosen filter is counted by a search without it.
    const [main, ...without] = await Promise.all([
      pagefind.search(term, toPagefindOptions(next)),
      ...active.map((key) => pagefind.search(term, toPagefindOptions(next, key))),
    ]);
    if (thisRun !== run || !main) return;
    updateFacetCounts(form, getFacetCounts(main.filters, Object.fromEntries(active.map((key, index) => [key, without[index]?.filters ?? {}]))));
    results = main.results;
    shown = 0;
    list.replaceChildren();
    await showMore(thisRun, false);
    if (thisRun !== run) return;
    status.textContent = describeResults(results.length, next);
    list.removeAttribute('aria-busy');
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(typing);
    search(readForm(form)).catch(() => {
      status.textContent = 'The search failed. Reload the page to try again.';
      list.removeAttribute('aria-busy');
    });
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(searchNow, TYPING_DELAY_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) searchNow();
  });
  clear.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
    searchNow();
    input.focus();
  });
  more.addEventListener('click', () => void showMore(run, true));

  if (hasCriteria(state)) searchNow();
  else {
    status.textContent = PROMPT;
    input.focus();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
