/**
 * A search result's excerpt from the page's own text. Pagefind indexes the hidden alias block
 * (other spellings of the names a page mentions) like any text and may cut its excerpt there, so
 * "Zelensky" would show "…Zelenskiy Q3874799 Other spellings. Names on this page…". Pagefind has
 * no attribute for "index this, but never excerpt it", so the search page cuts its own excerpt
 * from the words before the block, where a term matched there, and shows the page's summary when
 * the terms matched only in the block.
 */

/** What Pagefind returns about a page, as far as an excerpt needs it. */
export interface ExcerptSource {
  /** The page's indexed text, words separated by whitespace (Pagefind's `content`). */
  content: string;
  /** The word positions of the matched terms (Pagefind's `locations`). */
  locations: readonly number[];
  /** The word position where the alias block starts; undefined when the page has none. */
  aliasStart?: number | undefined;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe to insert as HTML.
 * @example escapeHtml('<b>&') // "&lt;b&gt;&amp;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** The start of the window of `length` words, ending before `end`, that holds most matches. */
function findDensestStart(locations: readonly number[], length: number, end: number): number {
  let best = { start: 0, count: -1 };
  for (const location of locations) {
    // A little context before the first match, as Pagefind's own excerpts have.
    const start = Math.max(0, Math.min(location - Math.floor(length / 4), end - length));
    const count = locations.filter((other) => other >= start && other < start + length).length;
    if (count > best.count) best = { start, count };
  }
  return best.start;
}

/**
 * An excerpt of `length` words from the page's own text around its matches, as HTML with each
 * matched word in `<mark>`; undefined when every match is in the alias block.
 * @example getOwnExcerpt({ content: 'Peskov spoke. Names on this page: Peskow', locations: [0, 6], aliasStart: 2 }, 24) // "<mark>Peskov</mark> spoke."
 */
export function getOwnExcerpt(source: ExcerptSource, length: number): string | undefined {
  const words = source.content.split(/[\r\n\s]+/g);
  const end = Math.min(words.length, source.aliasStart ?? words.length);
  const own = source.locations.filter((location) => location < end);
  if (own.length === 0) return undefined;
  const start = findDensestStart(own, length, end);
  const marked = new Set(own);
  return words
    .slice(start, Math.min(end, start + length))
    .map((word, index) => (marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ')
    .trim();
}

/**
 * The excerpt a result shows: from the page's own text when a term matched there, else the
 * page's summary (escaped, nothing to mark), else the start of its own text.
 */
export function getResultExcerpt(source: ExcerptSource, summary: string | undefined, length: number): string {
  const own = getOwnExcerpt(source, length);
  if (own !== undefined) return own;
  if (summary) return escapeHtml(summary);
  const words = source.content.split(/[\r\n\s]+/g);
  return escapeHtml(words.slice(0, Math.min(length, source.aliasStart ?? words.length)).join(' '));
}
