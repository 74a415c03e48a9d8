/**
 * Entry ids. An article's id is its file name, `YYYY-MM-DD-<outlet>-<slug>`, with the date at the
 * precision the source supports (`YYYY-MM-<outlet>-<slug>` when only the month is known), because
 * an id must not carry a day the source never gave.
 */
import transliterate from '@sindresorhus/transliterate';
import { toIsoString, type PartialDate } from './dates.ts';

/** The outlet part of an id when the publisher is not known. */
export const UNIDENTIFIED_OUTLET_ID = 'unidentified';
/** What every page, feed and search filter calls the publisher of a text that names none. */
export const UNIDENTIFIED_OUTLET_NAME = 'Unidentified outlet';

/** The slug of an id whose title has no letter or digit in any script (an emoji, punctuation). */
export const FALLBACK_SLUG = 'article';

const MAX_SLUG_WORDS = 8;

/**
 * A URL-safe slug: any script transliterated into Latin letters by a maintained library (Russian
 * by its readable scheme: "й" → "y", "я" → "ya"), lower case, accents dropped, apostrophes
 * removed, other runs of non-letters turned into single hyphens, at most eight words. Empty when
 * the text has no letter or digit at all; getArticleId never is.
 * @example slugify('Putin’s “constructive” U.S. president') // "putins-constructive-us-president"
 * @example slugify('Песков заявил') // "peskov-zayavil"
 */
export function slugify(text: string, maxWords = MAX_SLUG_WORDS): string {
  // Apostrophes go before transliteration, which would otherwise turn "’" into a separator.
  return transliterate(text.replace(/['’‘`]/g, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/(?<=\b[a-z])\.(?=[a-z]\b)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/**
 * The id an article should have: the one function `npm run new`, `npm run import` and the check's
 * id rule use. Its slug is never empty: a title with no letter in any script gives "article".
 * @example getArticleId({ year: 2023, month: 12, day: 16 }, 'nbc', 'Peskov speaks') // "2023-12-16-nbc-peskov-speaks"
 * @example getArticleId({ year: 2023, month: 12, day: 16 }, 'tass', 'Песков заявил') // "2023-12-16-tass-peskov-zayavil"
 */
export function getArticleId(published: PartialDate, outletId: string | undefined, title: string): string {
  return [toIsoString(published), outletId ?? UNIDENTIFIED_OUTLET_ID, slugify(title) || FALLBACK_SLUG].join('-');
}

/**
 * The file path, relative to the articles folder, where an article with this id belongs.
 * @example getArticlePath('2023-12-16-nbc-x') // "2023/2023-12-16-nbc-x.mdx"
 */
export function getArticlePath(id: string): string {
  return `${id.slice(0, 4)}/${id}.mdx`;
}

/**
 * An entry's id from its path inside its collection folder: the file name without its extension.
 * @example getEntryIdFromPath('2023/2023-12-16-nbc-x.mdx') // "2023-12-16-nbc-x"
 */
export function getEntryIdFromPath(path: string): string {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return fileName.replace(/\.[^.]+$/, '');
}

/**
 * What is wrong with an article's id or location, given its date (and its title, to name the id
 * it expects); empty when nothing is. The slug part is free, so a title corrected after import
 * does not force a rename, but it must be Latin: a Cyrillic file name is named with its
 * transliteration.
 */
export function findArticleIdProblems(path: string, published: PartialDate, outletId: string | undefined, title?: string): string[] {
  const id = getEntryIdFromPath(path);
  const prefix = `${toIsoString(published)}-${outletId ?? UNIDENTIFIED_OUTLET_ID}-`;
  const expected = title === undefined ? '' : `; from its title it would be "${getArticleId(published, outletId, title)}"`;
  const problems: string[] = [];
  if (!id.startsWith(prefix) || id.length === prefix.length) {
    problems.push(`id "${id}" must start with "${prefix}" (date at its precision, then the outlet) and end with a slug${expected}`);
  } else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id.slice(prefix.length))) {
    problems.push(`id "${id}" must be lower-case Latin letters, digits and single hyphens${expected}`);
  }
  const folder = path.split(/[\\/]/).slice(-2, -1)[0];
  if (folder !== String(published.year)) {
    problems.push(`file must be in the folder "${published.year}/", the year it was published`);
  }
  return problems;
}
