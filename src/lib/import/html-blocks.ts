/**
 * An article's DOM as blocks of text, keeping what the page printed: the text of inline elements
 * joined as the page joins it (a drop cap `<span>Z</span>imbabwe` is one word, and `<a>think</a>,`
 * takes no space before its comma), `<pre>` as code with its line breaks, and a table of data as a
 * table. Figure captions are taken out for the notes. Only text leaves this module: tags,
 * attributes, links and scripts stay behind.
 */
import type { RemovedChrome } from './chrome.ts';
import type { Block } from './escape.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'img', 'picture', 'video',
  'audio', 'source', 'canvas', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside', 'footer', 'link', 'meta']);
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'ul', 'ol', 'li', 'pre', 'table', 'tr',
  'thead', 'tbody', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'hr', 'br', 'address',
  'caption', 'td', 'th', 'details', 'summary']);
const BLOCK_SELECTOR = [...BLOCKS].filter((tag) => tag !== 'br').join(', ');
// A cell longer than this holds prose laid out by the table, not a value.
const MAX_CELL_WORDS = 150;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const tagOf = (element: Element): string => element.tagName.toLowerCase();

/**
 * The text a reader sees in an element, on one line: a space where a block or line break
 * separates two runs of text, nothing added between inline elements.
 * @example getFlowText(parseHTML('<p><b>Z</b>imbabwe<br>now</p>').document.querySelector('p')) // "Zimbabwe now"
 */
export function getFlowText(element: Element): string {
  return collapse(readFlow(element));
}

/** An element's text with its own edge whitespace, which separates it from the text around it. */
function readFlow(node: Node): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const tag = tagOf(node as Element);
  if (SKIPPED.has(tag)) return '';
  const inner = [...node.childNodes].map(readFlow).join('');
  return BLOCKS.has(tag) ? ` ${inner} ` : inner;
}

/**
 * Preformatted text as printed: line breaks kept, `<br>` a line break, a block inside (a `<p>` or
 * `<div>` per line, as some highlighters write) on lines of its own, skipped elements left out.
 */
function getPreText(element: Element): string {
  let text = '';
  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const read = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) text += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = tagOf(node as Element);
    if (tag === 'br') text += '\n';
    if (tag === 'br' || SKIPPED.has(tag)) return;
    const isBlock = BLOCKS.has(tag) && node !== element;
    if (isBlock) breakLine();
    node.childNodes.forEach(read);
    if (isBlock) breakLine();
  };
  read(element);
  return text.replace(/\u00a0/g, ' ');
}

/** The rows of a table (not of the tables inside it), each as its cells. */
function getTableRows(table: Element): Element[][] {
  return [...table.querySelectorAll('tr')]
    .filter((row) => row.closest('table') === table)
    .map((row) => [...row.children].filter((cell) => /^t[dh]$/.test(tagOf(cell))));
}

/**
 * Whether a table holds data rather than laying out the page: a grid of at least two rows and two
 * columns, with no table inside it and no cell long enough to be prose.
 */
function isDataTable(table: Element, rows: readonly Element[][]): boolean {
  if (table.querySelector('table')) return false;
  if (rows.filter((row) => row.length > 0).length < 2 || Math.max(0, ...rows.map((row) => row.length)) < 2) return false;
  return rows.every((row) => row.every((cell) => getFlowText(cell).split(' ').length <= MAX_CELL_WORDS));
}

/** A data table as rows of cell text; a cell spanning columns is followed by empty cells, so columns stay aligned. */
function readTable(rows: readonly Element[][]): string[][] {
  return rows
    .map((row) => row.flatMap((cell) => {
      const span = Math.min(Math.max(Number(cell.getAttribute('colspan')) || 1, 1), 50);
      return [getFlowText(cell), ...Array<string>(span - 1).fill('')];
    }))
    .filter((row) => row.some((cell) => cell !== ''));
}

/** Whether an inline element wraps blocks (`<a><div>…</div></a>`), which are then read as blocks. */
const wrapsBlocks = (element: Element): boolean => element.querySelector(BLOCK_SELECTOR) !== null;

/**
 * Turns an element's content into blocks, taking figure captions out into `removed`.
 * @example collectBlocks(parseHTML('<div><p>A <b>b</b>, c.</p></div>').document.querySelector('div'), blocks, removed) // blocks: [{ kind: 'paragraph', text: 'A b, c.' }]
 */
export function collectBlocks(root: Element, blocks: Block[], removed: RemovedChrome[]): void {
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text) blocks.push({ kind: 'paragraph', text });
    inline = '';
  };
  for (const node of root.childNodes) {
    if (node.nodeType === TEXT_NODE) inline += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = tagOf(element);
    if (SKIPPED.has(tag)) continue;
    if (!BLOCKS.has(tag) && !wrapsBlocks(element)) {
      inline += readFlow(element);
      continue;
    }
    flush();
    collectBlock(element, tag, blocks, removed);
  }
  flush();
}

function collectBlock(element: Element, tag: string, blocks: Block[], removed: RemovedChrome[]): void {
  if (tag === 'pre') {
    const code = getPreText(element);
    if (code.trim()) blocks.push({ kind: 'code', text: code });
    return;
  }
  if (tag === 'table') {
    const rows = getTableRows(element);
    if (!isDataTable(element, rows)) {
      collectBlocks(element, blocks, removed);
      return;
    }
    // A table's own title (`<caption>`) is printed above it.
    const title = element.querySelector('caption');
    if (title && title.closest('table') === element && getFlowText(title)) blocks.push({ kind: 'paragraph', text: getFlowText(title) });
    const cells = readTable(rows);
    if (cells.length > 0) blocks.push({ kind: 'table', rows: cells, text: collapse(cells.flat().join(' ')) });
    return;
  }
  const text = getFlowText(element);
  if (tag === 'figcaption') {
    if (text) removed.push({ kind: 'caption', text });
  } else if (/^h[1-6]$/.test(tag)) {
    if (text) blocks.push({ kind: 'heading', text });
  } else if (tag === 'li' && !element.querySelector('p, ul, ol, div, pre, table, blockquote')) {
    if (text) blocks.push({ kind: 'item', text });
  } else {
    collectBlocks(element, blocks, removed);
  }
}
