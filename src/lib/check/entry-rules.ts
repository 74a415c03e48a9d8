/**
 * The content rules that read one entry's fields: dates, quotes, the article's id and place, and
 * an article's text. Each takes the entry (and what else it needs, such as today's date) and
 * returns its problems; none reads the disk or the clock.
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { ContentEntry, EntryProblem } from './entry.ts';
import { idSchema } from '../../schemas/common.ts';
import { parsePartialDate, toIsoString, type PartialDate } from '../dates.ts';
import { findArticleIdProblems } from '../ids.ts';
import { isQuoteInBody } from '../quotes.ts';
import { describeValue } from './schema-issues.ts';

/** The date fields of each collection; the first of an article's is the one others must follow. */
const DATE_FIELDS: Partial<Record<CollectionName, readonly string[]>> = {
  articles: ['published', 'retrieved', 'added'],
  events: ['date'],
};

/** The problem at a field, on the line of that field. */
export function atField(entry: ContentEntry, path: readonly (string | number)[], message: string): EntryProblem {
  return { field: path.join('.'), line: entry.getLine(path), message };
}

/** A field read as a partial date; undefined when absent or invalid (the schema reports that). */
export function readDate(entry: ContentEntry, field: string): PartialDate | undefined {
  const value = entry.fields?.[field];
  if (value === undefined) return undefined;
  try {
    return parsePartialDate(value);
  } catch {
    return undefined;
  }
}

/** Whether an article is a draft, which may be incomplete. */
export const isDraft = (entry: ContentEntry): boolean => entry.fields?.['draft'] === true;

/**
 * Compares two dates at the precision they share, so "2023-12" neither precedes nor follows
 * "2023-12-16": a partial date is a period, and only periods that do not overlap are ordered.
 * @example compareAtCommonPrecision({ year: 2023, month: 11 }, { year: 2023, month: 12, day: 1 }) // -1
 */
export function compareAtCommonPrecision(a: PartialDate, b: PartialDate): number {
  const year = Math.sign(a.year - b.year);
  if (year !== 0 || a.month === undefined || b.month === undefined) return year;
  const month = Math.sign(a.month - b.month);
  if (month !== 0 || a.day === undefined || b.day === undefined) return month;
  return Math.sign(a.day - b.day);
}

/**
 * Dates that cannot be right: later than `today`, or an article retrieved before it was published.
 * @example findDateProblems(entry, { year: 2025, month: 1, day: 1 }) // [{ field: 'published', message: '"2099" is in the future (today is 2025-01-01)', ... }]
 */
export function findDateProblems(entry: ContentEntry, today: PartialDate): EntryProblem[] {
  const fields = DATE_FIELDS[entry.collection] ?? [];
  const problems: EntryProblem[] = [];
  for (const field of fields) {
    const date = readDate(entry, field);
    if (date && compareAtCommonPrecision(date, today) > 0) {
      problems.push(atField(entry, [field], `"${toIsoString(date)}" is in the future (today is ${toIsoString(today)})`));
    }
  }
  const published = readDate(entry, 'published');
  const retrieved = readDate(entry, 'retrieved');
  if (entry.collection === 'articles' && published && retrieved && compareAtCommonPrecision(retrieved, published) < 0) {
    const message = `"${toIsoString(retrieved)}" is before the publication date "${toIsoString(published)}"`;
    problems.push(atField(entry, ['retrieved'], message));
  }
  return problems;
}

/**
 * Quotes that the article's body does not contain (typographic quotes and spacing aside). A draft
 * is exempt: its text may not be in yet.
 */
export function findQuoteProblems(entry: ContentEntry): EntryProblem[] {
  const quotes = entry.fields?.['quotes'];
  if (entry.collection !== 'articles' || isDraft(entry) || !Array.isArray(quotes)) return [];
  return quotes.flatMap((quote: unknown, index) => {
    const text = typeof quote === 'object' && quote !== null ? (quote as Record<string, unknown>)['text'] : undefined;
    if (typeof text !== 'string' || text.trim() === '' || isQuoteInBody(text, entry.body)) return [];
    return [atField(entry, ['quotes', index, 'text'], `${describeValue(text)} does not appear in the body (quotes are verbatim)`)];
  });
}

/**
 * A non-draft article whose body is empty: every published article has a page, which needs its text.
 */
export function findMissingTextProblems(entry: ContentEntry): EntryProblem[] {
  if (entry.collection !== 'articles' || !entry.fields || isDraft(entry) || entry.body.trim() !== '') return [];
  return [{ field: 'body', line: entry.bodyLine, message: 'the article has no text (set draft: true until it has)' }];
}

/**
 * Problems with the entry's id (its file name) and place: an article's id must start with its
 * date and outlet and sit in its year's folder; every id must be a lower-case slug.
 */
export function findIdProblems(entry: ContentEntry): EntryProblem[] {
  const atId = (message: string): EntryProblem => ({ field: 'id', line: 1, message });
  if (entry.collection === 'articles') {
    const published = readDate(entry, 'published');
    if (!published) return [];
    const outlet = entry.fields?.['outlet'];
    const pathInCollection = entry.path.replace(/^articles\//, '');
    const title = entry.fields?.['title'];
    const titleText = typeof title === 'string' && title.trim() !== '' ? title : undefined;
    return findArticleIdProblems(pathInCollection, published, typeof outlet === 'string' ? outlet : undefined, titleText).map(atId);
  }
  const result = idSchema.safeParse(entry.id);
  return result.success ? [] : [atId(`id "${entry.id}" (the file name) ${result.error.issues[0]?.message ?? 'is not valid'}`)];
}
