/**
 * What every citation format needs to know about one archived article, and its CSL-JSON item: the
 * one record from which the styles, BibTeX, RIS and the page's metadata are all made.
 */
import type { PartialDate } from '../dates.ts';

/** An archived article as citation formats see it; what is unknown is absent, never "Unknown". */
export interface CitableArticle {
  id: string;
  /** The headline as published, or the archive's own description when `titleSupplied`. */
  title: string;
  titleSupplied: boolean;
  /** Author or byline as printed. */
  byline?: string | undefined;
  /** The outlet's name; absent when the text does not name its publisher. */
  outletName?: string | undefined;
  published: PartialDate;
  /** The date is inferred rather than printed. */
  circa: boolean;
  /** Where the article was first published. */
  url?: string | undefined;
  /** A copy in a web archive. */
  archivedUrl?: string | undefined;
  /** The day the text was captured for the archive: the access date of a citation. */
  retrieved?: PartialDate | undefined;
  /** BCP 47 tag of the text. */
  language: string;
  /** Absolute address of the article's page in this archive: the URL a citation gives. */
  pageUrl: string;
  /** This archive's name, cited as the archive that holds the copy. */
  archiveName: string;
}

/** A CSL date: only the parts the source gave, so a month-precision date never gains a day. */
export interface CslDate {
  'date-parts': [number[]];
  circa?: boolean;
}

/** The CSL-JSON variables this archive fills. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  issued: CslDate;
  accessed?: CslDate;
  URL: string;
  archive: string;
  language: string;
}

/**
 * @example toCslDate({ year: 2023, month: 12 }) // { 'date-parts': [[2023, 12]] }
 */
export function toCslDate(date: PartialDate, circa = false): CslDate {
  const parts = [date.year, date.month, date.day].filter((part): part is number => part !== undefined);
  return { 'date-parts': [parts], ...(circa ? { circa: true } : {}) };
}

/**
 * The article as a CSL-JSON item. A title the archive wrote goes in square brackets, as the
 * citation manuals ask for a description standing in for a title. A byline is a literal name:
 * bylines such as "News Feed Room" are not a given and a family name, and must not be split.
 */
export function toCslItem(article: CitableArticle): CslItem {
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.titleSupplied ? `[${article.title}]` : article.title,
    ...(article.byline ? { author: [{ literal: article.byline }] } : {}),
    ...(article.outletName ? { 'container-title': article.outletName } : {}),
    issued: toCslDate(article.published, article.circa),
    ...(article.retrieved ? { accessed: toCslDate(article.retrieved) } : {}),
    URL: article.pageUrl,
    archive: article.archiveName,
    language: article.language,
  };
}
