/**
 * The two scripts every page carries inline, so that pages other than /search/ load no script
 * file (DESIGN.md "Light"). They are text here, not code Astro bundles, because the page's
 * Content-Security-Policy must name each by its hash (src/lib/site/csp.ts): the header renders exactly
 * this text and hashes exactly this text, so the two cannot drift apart.
 */
import { HIGHLIGHT_PARAM } from './pagefind-api.ts';

/**
 * "/" focuses the search box: on /search/ the page's own one, elsewhere the header's; never while
 * the reader is typing in a field.
 */
export const FOCUS_SEARCH_SCRIPT = `document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const pageBox = document.getElementById('search-input');
  const box = pageBox?.offsetParent ? pageBox : document.getElementById('header-search-input');
  if (!box) return;
  event.preventDefault();
  box.focus();
});`;

/** A value written into a script as a JS literal that cannot close the `<script>` element. */
const toScriptLiteral = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A page opened from a search result (`?highlight=...`) loads Pagefind's highlighter from
 * `highlighterUrl`, which marks the search terms in the indexed text; other pages load nothing.
 */
export function getHighlightScript(highlighterUrl: string): string {
  return `if (new URLSearchParams(location.search).has(${toScriptLiteral(HIGHLIGHT_PARAM)})) {
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
  Promise.all([import(${toScriptLiteral(highlighterUrl)}), parsed]).then(([{ default: PagefindHighlight }]) => {
    new PagefindHighlight({ highlightParam: ${toScriptLiteral(HIGHLIGHT_PARAM)}, addStyles: false });
  });
}`;
}
