/**
 * The search page: reads its state from the URL, searches as the reader types or chooses filters,
 * and writes the state back to the URL so the search can be shared. Loaded by `/search/` only.
 */
import { getActiveFilterKeys, hasCriteria, readSearchState, toPagefindOptions, type SearchState } from '../lib/search/state.ts';
import { loadPagefind, type PagefindApi } from './pagefind-api.ts';
import { createSearchSession } from './search-session.ts';
import { createSearchView, renderFacets, SEARCH_PROMPT } from './search-view.ts';

/** Long enough not to search on every keystroke, short enough to feel immediate. */
const TYPING_DELAY_MS = 250;

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
  try {
    pagefind = await loadPagefind(root.dataset['bundle'] ?? '/pagefind/', root.dataset['base'] ?? '/');
  } catch {
    // Without its index the form can do nothing, and its filters would say "Loading…" for ever.
    form.hidden = true;
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

  const session = createSearchSession(pagefind, createSearchView({ form, clear, status, list, more }, pageTitle));

  // The filters' values load when a reader first opens one, or at once for a search that uses them.
  let facets: Promise<void> | undefined;
  const loadFacets = () =>
    (facets ??= pagefind
      .filters()
      .then((known) => {
        renderFacets(form, known, state);
        return session.useFilters(known);
      })
      .catch(() => {
        facets = undefined;
        // A search opened with filters keeps them: its chosen values are listed, without counts.
        if (getActiveFilterKeys(state).length > 0 && !form.querySelector('.facet-value')) renderFacets(form, {}, state);
        status.textContent = 'The filters could not load. Close and open one to try again.';
      }));
  for (const facet of form.querySelectorAll('details')) facet.addEventListener('toggle', () => void (facet.open && loadFacets()));
  if (getActiveFilterKeys(state).length > 0) await loadFacets();

  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(typing);
    session.search(readForm(form)).catch(() => {
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
    // The index's words for the query load while the page waits for typing to pause (at 5,000
    // entries that wait was a third of the time to the first results).
    pagefind.preload(input.value, toPagefindOptions(readForm(form))).catch(() => {});
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
  more.addEventListener('click', () => void session.showMore());

  if (hasCriteria(state)) searchNow();
  else {
    status.textContent = SEARCH_PROMPT;
    input.focus();
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);
