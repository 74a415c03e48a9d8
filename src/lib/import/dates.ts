/**
 * Publication dates as pages print them: in `<meta>` and `<time>` values, in dateline lines
 * ("Published: 16 December 2023 10:43 GMT") and in the "date 2023-12-16" lines some copy tools
 * prepend. A date is kept at the precision printed, and a time zone is never applied: the day a
 * page prints is the day the archive records.
 */
import { parsePartialDate, type PartialDate } from '../dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO_DATE = /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'i');

function getMonthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function toPartialDate(year: string, month?: number, day?: string): PartialDate | undefined {
  const parts = [year, month === undefined ? undefined : String(month).padStart(2, '0'), day?.padStart(2, '0')];
  try {
    return parsePartialDate(parts.filter((part) => part !== undefined).join('-'));
  } catch {
    return undefined;
  }
}

/**
 * The first date written in a text, at the precision written; undefined when there is none.
 * Day-first dotted dates ("16.12.2023") are read the European way they are written.
 * @example parseDateText('2023-12-16T09:30:00-05:00') // { year: 2023, month: 12, day: 16 }
 * @example parseDateText('Saturday, December 16th, 2023') // { year: 2023, month: 12, day: 16 }
 * @example parseDateText('December 2023') // { year: 2023, month: 12 }
 */
export function parseDateText(text: string): PartialDate | undefined {
  let match = ISO_DATE.exec(text);
  if (match) return toPartialDate(match[1] ?? '', Number(match[2]), match[3]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return toPartialDate(match[3] ?? '', getMonthNumber(match[2] ?? ''), match[1]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return toPartialDate(match[3] ?? '', getMonthNumber(match[1] ?? ''), match[2]);
  match = DOTTED_DATE.exec(text);
  if (match) return toPartialDate(match[3] ?? '', Number(match[2]), match[1]);
  match = MONTH_YEAR.exec(text);
  if (match) return toPartialDate(match[2] ?? '', getMonthNumber(match[1] ?? ''));
  return undefined;
}

/** A line that only states when the page was published or updated. */
export interface DateLine {
  date: PartialDate;
  /** `updated` dates are not publication dates, so they are never suggested as one. */
  role: 'published' | 'updated';
}

// Words a dateline may carry besides the date itself.
const DATELINE_WORDS = new RegExp(
  String.raw`\b(published|updated|last updated|modified|posted|first published|date|dated|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|pst|msk|` +
    String.raw`mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|${MONTH})(?![a-z])`,
  'gi',
);

/**
 * Reads a line that is nothing but a dateline ("Published: 16 Dec 2023, 10:43 GMT",
 * "Updated December 17, 2023"); undefined for any line that says more, so that a sentence
 * mentioning a date is never taken for metadata.
 * @example parseDateLine('Updated: 17.12.2023 08:00') // { date: { year: 2023, month: 12, day: 17 }, role: 'updated' }
 */
export function parseDateLine(line: string): DateLine | undefined {
  const date = parseDateText(line);
  if (!date) return undefined;
  const rest = line
    .replace(DATELINE_WORDS, ' ')
    .replace(/\d{1,4}(st|nd|rd|th)?/gi, ' ')
    .replace(/[\s,.:;|•·/()+-]+/g, '');
  if (rest !== '') return undefined;
  return { date, role: /\b(updated|modified)\b/i.test(line) ? 'updated' : 'published' };
}

/** A date label some copy tools put before the text: "date 2023-12-16 The Kremlin said...". */
export interface LeadingDate {
  date: PartialDate;
  /** The label as printed, for the record of what was removed. */
  label: string;
  /** The text after it. */
  rest: string;
}

// A year alone is not taken: "Published 2023 figures show..." is prose.
const LEADING_DATE = /^\s*((?:date|dated|published|posted)\s*:?\s*(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}))(?=\s|$)\s*/i;

/**
 * Splits a leading "date 2023-12-16" label from the text it precedes.
 * @example splitLeadingDate('date 2023-12-16 Russian President...') // { date: {...}, label: 'date 2023-12-16', rest: 'Russian President...' }
 */
export function splitLeadingDate(text: string): LeadingDate | undefined {
  const match = LEADING_DATE.exec(text);
  if (!match) return undefined;
  try {
    return { date: parsePartialDate(match[2]), label: match[1] ?? '', rest: text.slice(match[0].length) };
  } catch {
    return undefined;
  }
}
