/**
 * The content check behind `npm run check`: every rule over every file of the content folder, in
 * one pass, so a maintainer sees every problem at once. Pure: it takes the files' contents and
 * today's date, and returns the problems; the CLI reads the disk and prints them.
 */
import { readContentEntry, type ContentEntry, type EntryProblem } from './entry.ts';
import {
  findCitationProblems,
  findDuplicateIdProblems,
  findDuplicateUrlProblems,
  findReferenceProblems,
  indexEntries,
  joinContentPath,
  type ContentIndex,
} from './link-rules.ts';
import { findDateProblems, findIdProblems, findMissingTextProblems, findQuoteProblems } from './entry-rules.ts';
import { getCollectionOfPath, isHiddenPath, isRefused, type ContentFile, type ListedFile } from '../content/files.ts';
import type { CollectionName } from '../../schemas/common.ts';
import type { PartialDate } from '../dates.ts';
import { findUnsupportedQuotations } from './explainer-quotes.ts';

export type { ContentFile, EntryProblem } from './entry.ts';

/** What the check needs besides the files. */
export interface ContentCheckOptions {
  /** The content folder as messages show it, relative to the working directory: `content`. */
  root: string;
  /** Today's date; no date in the content may be later. A parameter, so the check never reads the clock. */
  today: PartialDate;
}

/** A problem in a file of the content folder. */
export interface ContentProblem extends EntryProblem {
  /** The file as the maintainer opens it: `content/articles/2023/x.mdx`. */
  path: string;
}

/** What the check found: how many entries it read, and every problem. */
export interface ContentCheckResult {
  /** How many files were read as collection entries. */
  entryCount: number;
  /** Every entry read, in file order; the build's loaders store these when there is no problem. */
  entries: ContentEntry[];
  /** Every problem, by file, then line. */
  problems: ContentProblem[];
}

/**
 * Checks every file of a content folder against every content rule.
 * @example checkContent([{ path: 'people/x.yaml', text: 'name: X\n' }], { root: 'content', today })
 * // { entryCount: 1, problems: [{ path: 'content/people/x.yaml', line: 1, field: 'role', message: 'is required' }] }
 */
export function checkContent(
  files: readonly ListedFile[],
  options: ContentCheckOptions,
  readEntry: (file: ContentFile, collection: CollectionName) => ContentEntry = readContentEntry,
): ContentCheckResult {
  const { root, today } = options;
  const entries: ContentEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (isHiddenPath(file.path)) continue;
    const collection = getCollectionOfPath(file.path);
    // A path the one reader refused (a symbolic link) is named, never silently skipped.
    if (isRefused(file)) problems.push({ path: joinContentPath(root, file.path), field: 'file', line: 1, message: `${getFileName(file.path)} ${file.refusal}` });
    else if (collection) entries.push(readEntry(file, collection));
    else problems.push({ path: joinContentPath(root, file.path), ...describeStrayFile(file.path) });
  }
  const index = indexEntries(entries);
  const duplicateIds = findDuplicateIdProblems(index, root);
  const duplicateUrls = findDuplicateUrlProblems(entries.filter((entry) => entry.collection === 'articles'), root);
  for (const entry of entries) {
    const own = findOwnProblems(entry, today);
    const entryProblems = [
      ...entry.problems,
      ...own.id,
      ...(duplicateIds.get(entry) ?? []),
      ...own.dates,
      ...findReferenceProblems(entry, index, root),
      ...own.quotes,
      ...own.missingText,
      ...findCitationProblems(entry, index, root),
      ...findExplainerQuoteProblems(entry, index),
      ...(duplicateUrls.get(entry) ?? []),
    ];
    problems.push(...entryProblems.map((problem) => ({ path: joinContentPath(root, entry.path), ...problem })));
  }
  return { entryCount: entries.length, entries, problems: problems.sort(compareProblems) };
}

interface OwnProblems {
  /** The day the dates were checked against, as JSON. */
  today: string;
  id: EntryProblem[];
  dates: EntryProblem[];
  quotes: EntryProblem[];
  missingText: EntryProblem[];
}

// An entry read from unchanged text is the same object in the next check (content-folder.ts): the
// rules about it alone then run once per version of its file, not on every edit `astro dev` sees
// (at 5,000 entries they were half of each re-check, the quotes searched for in every body).
const ownProblemsOf = new WeakMap<ContentEntry, OwnProblems>();

/** The problems an entry has whatever the other entries say, found once per entry and day. */
function findOwnProblems(entry: ContentEntry, today: PartialDate): OwnProblems {
  const day = JSON.stringify(today);
  const known = ownProblemsOf.get(entry);
  if (known?.today === day) return known;
  const own = {
    today: day,
    id: findIdProblems(entry),
    dates: findDateProblems(entry, today),
    quotes: findQuoteProblems(entry),
    missingText: findMissingTextProblems(entry),
  };
  ownProblemsOf.set(entry, own);
  return own;
}

/** In a topic, each quotation must be printed verbatim by an article its sentence cites. */
function findExplainerQuoteProblems(entry: ContentEntry, index: ContentIndex): EntryProblem[] {
  if (entry.collection !== 'topics') return [];
  const getArticleText = (id: string) => index.get('articles')?.get(id)?.[0]?.body;
  return findUnsupportedQuotations(entry.body, getArticleText).map(({ line, quotation, cited }) => ({
    field: 'body',
    line: line + entry.bodyLine - 1,
    message: `“${quotation}” is not printed, character for character, in ${cited.length === 1 ? 'the article' : 'any of the articles'} this sentence cites (${cited.join(', ')})`,
  }));
}

/** A file no collection loader reads: Astro would skip it without a word, so the check speaks. */
function describeStrayFile(path: string): EntryProblem {
  const message =
    'not part of any collection: entries are articles/YYYY/*.mdx, topics/*.mdx and people/, outlets/ or events/*.yaml';
  return { field: 'file', line: 1, message: `${getFileName(path)} is ${message}` };
}

const getFileName = (path: string): string => path.split('/').pop() ?? path;

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line;
}

/**
 * One problem as one line, the form editors and CI annotate.
 * @example formatProblem({ path: 'content/a.mdx', line: 4, field: 'published', message: 'is required' }) // "content/a.mdx:4 published: is required"
 */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.path}:${problem.line} ${problem.field}: ${problem.message}`;
}

/**
 * The closing line of the check's report.
 * @example formatSummary({ entryCount: 3, problems: [] }) // "Checked 3 entries: no problems"
 */
export function formatSummary(result: Pick<ContentCheckResult, 'entryCount' | 'problems'>): string {
  if (result.problems.length === 0) return `Checked ${countOf(result.entryCount, 'entry', 'entries')}: no problems`;
  const fileCount = new Set(result.problems.map((problem) => problem.path)).size;
  return `${countOf(result.problems.length, 'problem', 'problems')} in ${countOf(fileCount, 'file', 'files')}`;
}

/**
 * The whole report: one line per problem, then the summary; what `npm run check` prints and the
 * build's error says, word for word.
 * @example formatReport({ entryCount: 1, problems: [] }) // "Checked 1 entry: no problems"
 */
export function formatReport(result: Pick<ContentCheckResult, 'entryCount' | 'problems'>): string {
  return [...result.problems.map(formatProblem), formatSummary(result)].join('\n');
}

const countOf = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
