/**
 * How faithful an imported text is to the article it came from: the share of the article's words
 * it keeps (recall), the share of its own words that are the article's (precision), and the spaces
 * it put before punctuation that the article does not have. `npm run bench:import` scores the
 * importer on real saved pages with these; they work on HTML syntax trees (hast), so the page's
 * reference text and the entry's rendered body are read the same way.
 */

/** A node of an HTML syntax tree, as far as reading its text needs. */
export interface TextTreeNode {
  type: string;
  tagName?: string;
  value?: string;
  children?: TextTreeNode[];
}

/** The text of a tree, with its figure captions apart. */
export interface TreeText {
  text: string;
  captions: string[];
}

// Elements whose text is a block of its own: a reader sees a break between them and what follows.
const BLOCK_ELEMENTS = new Set(('address article aside blockquote body br dd details div dl dt figcaption figure footer h1 h2 h3 ' +
  'h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul').split(' '));
const UNSEEN_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head']);

/**
 * The text a reader sees in a tree, whitespace-normalised, with a space between blocks and none
 * added between inline elements (so `<b>Z</b>imbabwe` reads "Zimbabwe"). Figure captions (the
 * `<figcaption>` elements) are taken apart, since the importer lists them in the notes.
 * @example getTreeText({ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Hi' }] }).text // "Hi"
 */
export function getTreeText(root: TextTreeNode): TreeText {
  const captions: string[] = [];
  const read = (node: TextTreeNode): string => {
    if (node.type === 'text') return node.value ?? '';
    const tag = node.tagName ?? '';
    if (UNSEEN_ELEMENTS.has(tag)) return '';
    const inner = (node.children ?? []).map(read).join('');
    if (tag === 'figcaption') {
      captions.push(normalizeSpace(inner));
      return ' ';
    }
    return BLOCK_ELEMENTS.has(tag) ? ` ${inner} ` : inner;
  };
  return { text: normalizeSpace(read(root)), captions: captions.filter(Boolean) };
}

const normalizeSpace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A text's words as the scores count them: lower-cased letters and digits, apostrophes dropped
 * inside a word, everything else a separator (so a URL counts as its parts).
 * @example getWords("Don’t see https://kremlin.ru/73585") // ["dont", "see", "https", "kremlin", "ru", "73585"]
 */
export function getWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words of `from` beyond what `than` holds, with how many times each. */
function subtractWords(from: Map<string, number>, than: Map<string, number>): Map<string, number> {
  const rest = new Map<string, number>();
  for (const [word, count] of from) {
    const extra = count - (than.get(word) ?? 0);
    if (extra > 0) rest.set(word, extra);
  }
  return rest;
}

const sumCounts = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, count) => sum + count, 0);

/** How one imported text scores against its article. */
export interface WordScore {
  /** Share of the article's words, captions aside, that the import kept (1 for an empty article). */
  recall: number;
  /** Share of the import's words that are the article's, captions included (1 for an empty import). */
  precision: number;
  articleWords: number;
  importedWords: number;
  /** The article's words the import lost, with their counts. */
  missing: Map<string, number>;
  /** The import's words the article does not have, with their counts. */
  extra: Map<string, number>;
}

/**
 * Word recall and precision of an imported text against its article, counting repeats: a word
 * the article has three times and the import once is two words lost. Captions are left out of
 * recall (the importer moves them to the notes) but count for precision (keeping one is no error).
 * @example scoreWords({ text: 'a b c', captions: [] }, 'a b').recall // 0.6666666666666666
 */
export function scoreWords(article: TreeText, imported: string): WordScore {
  const articleWords = countWords(getWords(article.text));
  const withCaptions = countWords([...getWords(article.text), ...article.captions.flatMap(getWords)]);
  const importedWords = countWords(getWords(imported));
  const missing = subtractWords(articleWords, importedWords);
  const extra = subtractWords(importedWords, withCaptions);
  const articleTotal = sumCounts(articleWords);
  const importedTotal = sumCounts(importedWords);
  return {
    recall: articleTotal === 0 ? 1 : (articleTotal - sumCounts(missing)) / articleTotal,
    precision: importedTotal === 0 ? 1 : (importedTotal - sumCounts(extra)) / importedTotal,
    articleWords: articleTotal,
    importedWords: importedTotal,
    missing,
    extra,
  };
}

// A space, then punctuation that closes or continues what precedes it.
const SPACE_BEFORE_PUNCTUATION = /(\S{1,12}) ([,.;:!?%)\]}”’»…])/gu;

/**
 * The places where the imported text has a space before punctuation that the article has not:
 * each is returned with what precedes it ("think ,"). The article's own spacing, however odd, is
 * never counted.
 * @example findAddedSpaces('scientists think, with', 'scientists think , with') // ["think ,"]
 */
export function findAddedSpaces(articleText: string, imported: string): string[] {
  const article = normalizeSpace(articleText);
  const added: string[] = [];
  for (const match of normalizeSpace(imported).matchAll(SPACE_BEFORE_PUNCTUATION)) {
    const before = match[1] ?? '';
    const context = `${before} ${match[2] ?? ''}`;
    // What precedes, up to four characters, must stand before the same space in the article.
    const tail = before.slice(-4);
    if (!article.includes(`${tail} ${match[2] ?? ''}`)) added.push(context);
  }
  return added;
}
