/**
 * Lossless, matched not counted (DESIGN.md "Quality bars"): after the build, every non-draft
 * article has exactly one page that shows its text, one feed item that links that page and one
 * search record for it. Counts can agree while an article is lost (a page rendered without its
 * text, a feed item pointing at a page that does not exist), so everything is matched by id, and
 * every problem names the entry's file.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { parse } from 'yaml';
import { splitFrontmatter } from '../frontmatter/read.ts';

/** An article as its content file declares it. */
export interface ArchivedArticle {
  id: string;
  /** The entry's file, as problems name it: `content/articles/2023/<id>.mdx`. */
  filePath: string;
  draft: boolean;
  /** The passages its page must show: see `getTextPassages`. */
  passages: string[];
}

/** What the build wrote, with every address as a site path such as `/articles/<id>/`. */
export interface BuiltArchive {
  /** Each built article page, by its path, with the words (`toWords`) of its article-text region. */
  pages: ReadonlyMap<string, string>;
  /** The link of every item of the archive's feed, in feed order. */
  feedLinks: readonly string[];
  /** The path of every search record of type Article. */
  searchRecords: readonly string[];
}

/** Lower-cased words (letters, digits, joined by inner apostrophes), one space apart, padded. */
export function toWords(text: string): string {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
  return ` ${words.join(' ')} `;
}

/** Whether a page whose text has these words (`toWords`) shows `passage`, ignoring case, punctuation, markup and spacing. */
export const showsPassage = (pageWords: string, passage: string): boolean => pageWords.includes(toWords(passage));

/** A GFM footnote definition's label, which the page renders as a number. */
const FOOTNOTE_LABEL = /^\s*\[\^[^\]]*\]:?/;

/** The paragraphs of a Markdown text, as plain text, footnote labels dropped, empty ones left out. */
function getParagraphs(markdown: string): string[] {
  return fromMarkdown(markdown)
    .children.filter((node) => node.type === 'paragraph')
    .map((node) => toString(node).replace(FOOTNOTE_LABEL, '').trim())
    .filter((text) => toWords(text).trim() !== '');
}

/**
 * The first and the last paragraph of an article's Markdown body, as plain text: enough to prove
 * its page shows the text from its start to its end. Only the blocks at each end are parsed, which
 * keeps 20,000 entries cheap; a paragraph with a `[` that may be a reference link, resolved only by
 * a definition elsewhere in the body, sends the whole body to the parser instead.
 * @example getTextPassages('# H\n\nFirst *one*.\n\nLast.') // ['First one.', 'Last.']
 */
export function getTextPassages(body: string): string[] {
  const blocks = body.split(/\r?\n[ \t]*\r?\n/);
  const firstIn = (order: string[]) => {
    for (const block of order) {
      const paragraphs = getParagraphs(block);
      if (paragraphs.length > 0) return order === blocks ? paragraphs[0] : paragraphs.at(-1);
    }
    return undefined;
  };
  let ends = [firstIn(blocks), firstIn([...blocks].reverse())];
  if (ends.some((text) => text?.includes('['))) {
    const paragraphs = getParagraphs(body);
    ends = [paragraphs[0], paragraphs.at(-1)];
  }
  return [...new Set(ends.filter((text): text is string => text !== undefined))];
}

/**
 * Whether YAML may set `draft`: only a key that spells the word, or one written with escapes, can.
 * The rest is not parsed again: parsing every article's frontmatter twice (the content layer
 * parses it first) was a sixth of the build's last step at 5,000 entries.
 */
const mayDeclareDraft = (yaml: string) => yaml.includes('draft') || yaml.includes('\\');

function isDraft(filePath: string, yaml: string): boolean {
  let data: unknown;
  try {
    data = parse(yaml, { merge: true });
  } catch (error) {
    throw new Error(`${filePath} frontmatter: ${(error as Error).message.split('\n')[0]}`);
  }
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * An article file as the lossless check needs it: its id (the file name), whether it is a draft,
 * and the passages its page must show. Reads frontmatter as Astro does: a byte-order mark, CRLF
 * line ends and YAML merge keys (`<<: *defaults`) are all valid. Throws, naming the file, when the
 * frontmatter is missing, or may declare a draft and does not parse (the build's content layer,
 * which parses every entry's, has normally said so already).
 * @example toArchivedArticle('content/articles/2023/x.mdx', '---\ndraft: true\n---\nText.').draft // true
 */
export function toArchivedArticle(filePath: string, source: string): ArchivedArticle {
  const parts = splitFrontmatter(source);
  if (!('yaml' in parts)) throw new Error(`${filePath}:${parts.line} frontmatter: ${parts.message}`);
  const draft = mayDeclareDraft(parts.yaml) && isDraft(filePath, parts.yaml);
  const id = filePath.split('/').pop()!.replace(/\.[^.]*$/, '');
  return { id, filePath, draft, passages: draft ? [] : getTextPassages(parts.body) };
}

const countBy = (values: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * Every way an article was lost or duplicated, each naming the entry's file (or, for output no
 * entry explains, the page or link). Empty when each non-draft article has exactly one page that
 * shows its text, one feed item linking that page, and one search record for it.
 */
export function findLostArticles(articles: readonly ArchivedArticle[], built: BuiltArchive, pageOf: (id: string) => string): string[] {
  const problems: string[] = [];
  const feedLinks = countBy(built.feedLinks);
  const records = countBy(built.searchRecords);
  const byPage = new Map(articles.map((article) => [pageOf(article.id), article]));

  for (const article of articles) {
    const page = pageOf(article.id);
    const words = built.pages.get(page);
    if (article.draft) {
      if (words !== undefined) problems.push(`${article.filePath}: a draft, but the build wrote its page ${page}`);
      if (feedLinks.has(page)) problems.push(`${article.filePath}: a draft, but the feed links it`);
      if (records.has(page)) problems.push(`${article.filePath}: a draft, but search holds a record of it`);
      continue;
    }
    if (words === undefined) problems.push(`${article.filePath}: no page ${page}`);
    else {
      for (const passage of article.passages) {
        if (!showsPassage(words, passage)) problems.push(`${article.filePath}: the page ${page} does not show the article's text "${shorten(passage)}"`);
      }
    }
    const items = feedLinks.get(page) ?? 0;
    if (items !== 1) problems.push(`${article.filePath}: ${items === 0 ? 'no feed item links' : `${items} feed items link`} its page ${page}`);
    const found = records.get(page) ?? 0;
    if (found !== 1) problems.push(`${article.filePath}: ${found === 0 ? 'no search record' : `${found} search records`} for its page ${page}`);
  }

  for (const page of built.pages.keys()) {
    if (!byPage.has(page)) problems.push(`${page}: an article page that no entry in the archive explains`);
  }
  for (const link of feedLinks.keys()) {
    if (!built.pages.has(link)) problems.push(`rss.xml: a feed item links ${link}, which the build did not write${byPage.has(link) ? ` (${byPage.get(link)!.filePath})` : ''}`);
  }
  for (const url of records.keys()) {
    if (!built.pages.has(url)) problems.push(`search index: a record for ${url}, which the build did not write`);
  }
  return problems;
}
