/**
 * Cleaning an article's blocks of site chrome. The line rules live in import/chrome.ts; this
 * module applies them in order and adds what needs context: the headline and its repeats, a
 * "Related" header and the links under it, a script spanning several lines, inline template and
 * HTML tags, and a leading date label. It returns what it kept, what it removed (for the notes)
 * and what it learned on the way (title, byline, date).
 */
import type { PartialDate } from '../dates.ts';
import type { Block } from './escape.ts';
import {
  classifyChromeLine,
  countWords,
  getBylineName,
  isCodeLike,
  isRelatedHeader,
  type ChromeKind,
  type RemovedChrome,
} from './chrome.ts';
import { parseDateLine, splitLeadingDate } from './dates.ts';
import { isHeadlineLike, isHeadlineRepeat } from './headline.ts';
import type { LanguageRules } from './rules.ts';
import { findScriptElementEnd, stripInlineMarkup } from './markup.ts';

/** A date the text itself printed, with where it was found. */
export interface FoundDate {
  date: PartialDate;
  source: string;
}

/** How to clean: what is already known, and where the text came from. */
export interface CleanupOptions {
  /** The headline, when known; lines repeating it are removed. */
  title?: string | undefined;
  /** Take a headline-like first line for the title when none is known (pasted text). */
  detectTitle?: boolean;
  /**
   * Keep HTML-like tags: text read from a page's DOM is text the page showed, so a tag in it was
   * printed as a tag (an article about markup), not left over from the page's code.
   */
  keepTags?: boolean;
  /** The text's language's own chrome and date rules, applied after the general ones. */
  rules?: LanguageRules | undefined;
}

/** The article's blocks without chrome, what was removed, and what the chrome told. */
export interface CleanupResult {
  blocks: Block[];
  removed: RemovedChrome[];
  /** The headline read from the first line, when `detectTitle` found one. */
  title?: string;
  byline?: string;
  published?: FoundDate;
}

const MAX_RELATED_LINKS = 12;

/** Pasted text as blocks: one paragraph per non-empty line. */
export function splitPlainText(text: string): Block[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/**
 * Removes site chrome from an article's blocks.
 * @example cleanArticle([{ kind: 'paragraph', text: 'Advertisement' }]).removed // [{ kind: 'advertisement', text: 'Advertisement' }]
 */
export function cleanArticle(blocks: readonly Block[], options: CleanupOptions = {}): CleanupResult {
  const result: CleanupResult = { blocks: [], removed: [] };
  const kinds: (ChromeKind | undefined)[] = [];
  let relatedLinksLeft = 0;
  const remove = (kind: ChromeKind, text: string) => {
    result.removed.push({ kind, text });
    kinds.push(kind);
  };
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index];
    if (!block) continue;
    // Code and tables are content the page set apart as such: no line rule reads them, and a
    // table is never a menu.
    if (block.kind === 'code' || block.kind === 'table') {
      result.blocks.push(block);
      kinds.push(undefined);
      relatedLinksLeft = 0;
      continue;
    }
    const scriptEnd = options.keepTags ? undefined : findScriptElementEnd(blocks, index);
    if (scriptEnd !== undefined) {
      blocks.slice(index, scriptEnd).forEach((line) => remove('script', line.text));
      index = scriptEnd - 1;
      continue;
    }
    let { text, removed } = stripInlineMarkup(block.text, options.keepTags);
    if (text === '') {
      // A line that was nothing but tags is a removed line, not a fragment of one.
      removed.forEach(({ kind, text: fragment }) => result.removed.push({ kind, text: fragment }));
      kinds.push(removed[0]?.kind ?? 'markup');
      continue;
    }
    result.removed.push(...removed);
    // A date label comes first, or right after the headline.
    const leadingDate = result.blocks.length <= 1 && !result.published ? splitLeadingDate(text) : undefined;
    if (leadingDate) {
      result.published = { date: leadingDate.date, source: `"${leadingDate.label}" at the start of the text` };
      result.removed.push({ kind: 'metadata', text: leadingDate.label, inline: true });
      text = leadingDate.rest.trim();
    }
    if (text === '') continue;
    const kind = classifyChromeLine(text) ?? options.rules?.classifyChromeLine(text);
    if (kind && !(kind === 'navigation' && isTableHeader(text, blocks[index + 1]))) {
      remove(kind, text);
      const byline = kind === 'byline' ? (getBylineName(text) ?? options.rules?.getBylineName(text)) : undefined;
      if (byline) result.byline ??= byline;
      const dateLine = kind === 'metadata' ? (options.rules?.parseDateLine ?? parseDateLine)(text) : undefined;
      if (dateLine?.role === 'published') result.published ??= { date: dateLine.date, source: `the dateline "${text}"` };
      relatedLinksLeft = isRelatedHeader(text) ? MAX_RELATED_LINKS : 0;
      continue;
    }
    if (relatedLinksLeft > 0 && (block.kind === 'item' || isHeadlineLike(text, 25) || /\?$/.test(text)) && countWords(text) <= 25) {
      relatedLinksLeft -= 1;
      remove('related', text);
      continue;
    }
    relatedLinksLeft = 0;
    result.blocks.push({ ...block, text });
    kinds.push(undefined);
  }
  return takeHeadline(dropLeadingMenu(dropScriptRemnants(result, kinds)), options);
}

const countCells = (text: string) => text.split('|').length;

/**
 * A pasted table's header row reads like a menu bar ("Region | Votes | Share"); the row of values
 * under it, with as many cells, shows it is a table, and a table is never a menu.
 */
function isTableHeader(text: string, next: Block | undefined): boolean {
  return countCells(text) >= 3 && next?.kind === 'paragraph' && countCells(next.text) === countCells(text) && /\p{N}/u.test(next.text);
}

const MAX_MENU_WORDS = 3;
// A heading is the page's own structure, so a short subheading at the top ("Highlights") is no
// menu; nor is a line that ends as a sentence does or introduces what follows ("Cookie search:").
const isMenuLine = (block: Block | undefined) =>
  (block?.kind === 'paragraph' || block?.kind === 'item') && countWords(block.text) <= MAX_MENU_WORDS && !/[.!?…:]["”’)]*$/.test(block.text);

/**
 * Short lines heading the text before its first real line are a menu ("World", "Europe", "Live
 * TV"), unless the last of them is a short headline directly above the prose.
 */
function dropLeadingMenu(result: CleanupResult): CleanupResult {
  let run = 0;
  while (run < result.blocks.length && isMenuLine(result.blocks[run])) run += 1;
  const next = result.blocks[run];
  if (run === 0 || !next) return result;
  const isLastTheHeadline = !isHeadlineLike(next.text) && isHeadlineLike(result.blocks[run - 1]?.text ?? '');
  const cut = isLastTheHeadline ? run - 1 : run;
  result.blocks.slice(0, cut).forEach((block) => result.removed.push({ kind: 'navigation', text: block.text }));
  return { ...result, blocks: result.blocks.slice(cut) };
}

/** A short line caught between two lines of script is part of the script ("})();", "}"). */
function dropScriptRemnants(result: CleanupResult, kinds: readonly (ChromeKind | undefined)[]): CleanupResult {
  let keptIndex = -1;
  const kept: Block[] = [];
  kinds.forEach((kind, index) => {
    if (kind !== undefined) return;
    keptIndex += 1;
    const block = result.blocks[keptIndex];
    if (!block) return;
    const isBetweenScripts = kinds[index - 1] === 'script' && (kinds[index + 1] === 'script' || index === kinds.length - 1);
    if (isBetweenScripts && (block.kind === 'paragraph' || block.kind === 'item') && /[(){};=]/.test(block.text) && (countWords(block.text) <= 12 || isCodeLike(block.text))) {
      result.removed.push({ kind: 'script', text: block.text });
    } else {
      kept.push(block);
    }
  });
  return { ...result, blocks: kept };
}

/** Takes the headline from the first line when asked, and removes every line that repeats it. */
function takeHeadline(result: CleanupResult, options: CleanupOptions): CleanupResult {
  let title = options.title;
  let blocks = result.blocks;
  const first = blocks[0];
  if (!title && options.detectTitle && first && blocks.length > 1 && isHeadlineLike(first.text)) {
    title = first.text;
    result.title = first.text;
    blocks = blocks.slice(1);
  }
  if (!title) return { ...result, blocks };
  const headline = title;
  const kept = blocks.filter((block) => {
    if (block.kind === 'code' || block.kind === 'table' || !isHeadlineRepeat(block.text, headline)) return true;
    result.removed.push({ kind: 'headline', text: block.text });
    return false;
  });
  return { ...result, blocks: kept };
}
