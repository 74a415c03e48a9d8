/**
 * The visible text of a built article page's archived-text region, as the lossless check reads it
 * (lossless.ts). The page is read as a stream of tags and text, never built into a document: at
 * 5,000 pages a DOM of each region was a tenth of the search index's step, on the thread that
 * waits for it.
 */
import { Parser } from 'htmlparser2';

/** Elements that end a run of text: the page is minified, so nothing else separates their words. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'dt', 'dd', 'div', 'section', 'br', 'hr']);

/** The class of the element that holds an article's archived text (ArticleText.astro). */
const REGION_CLASS = 'class="article-text"';

/**
 * The text of the page's `.article-text` element, entities decoded, a space after each block;
 * empty when the page has none.
 * @example readArticleText('<main><section class="article-text"><p>A&amp;B</p><p>C</p></section></main>') // 'A&B C '
 */
export function readArticleText(html: string): string {
  const marker = html.indexOf(REGION_CLASS);
  if (marker === -1) return '';
  const start = html.lastIndexOf('<', marker);
  let depth = 0;
  let ended = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag() {
        if (!ended) depth += 1;
      },
      ontext(chunk) {
        if (!ended && depth > 0) text += chunk;
      },
      onclosetag(name) {
        if (ended) return;
        if (BLOCKS.has(name)) text += ' ';
        depth -= 1;
        if (depth === 0) ended = true;
      },
    },
    { decodeEntities: true },
  );
  // The region ends inside its article: nothing after that can belong to it.
  const articleEnd = html.indexOf('</article>', marker);
  parser.end(html.slice(start, articleEnd === -1 ? html.length : articleEnd));
  return text;
}
