/**
 * Dates as sources give them: a year, a month or a day, never padded into a precision the source
 * did not have. A page shows "December 2023" for a month-precision date, never "1 December 2023".
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date known to a year, a month or a day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. YAML reads an unquoted `2023-12-15` as a Date and
 * `2023` as a number, so both are accepted too. Throws with a message naming the bad value.
 * @example parsePartialDate('2023-12') // { year: 2023, month: 12 }
 */
export function parsePartialDate(input: unknown): PartialDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new Error('is not a valid date');
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  const text = typeof input === 'number' ? String(input) : input;
  if (typeof text !== 'string') throw new Error(`must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not ${typeof input}`);
  const match = PARTIAL_DATE_PATTERN.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { year };
  const month = Number(monthText);
  if (month < 1 || month > 12) throw new Error(`"${text}" has no month ${monthText}`);
  if (dayText === undefined) return { year, month };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) throw new Error(`"${text}" is not a day of that month`);
  return { year, month, day };
}

/** Whether `value` parses as a partial date. */
export function isPartialDate(value: unknown): boolean {
  try {
    parsePartialDate(value);
    return true;
  } catch {
    return false;
  }
}

export function getPrecision(date: PartialDate): DatePrecision {
  if (date.month === undefined) return 'year';
  return date.day === undefined ? 'month' : 'day';
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The date at its own precision, as HTML's `<time datetime>` accepts it.
 * @example toIsoString({ year: 2023, month: 12 }) // "2023-12"
 */
export function toIsoString(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/**
 * A full `YYYY-MM-DD` key for sorting only, never for display: a partial date sorts at the start of
 * its period, because Pagefind's sort and ordinary string order both need one fixed-width form.
 * @example toSortKey({ year: 2025 }) // "2025-01-01"
 */
export function toSortKey(date: PartialDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

export interface FormatOptions {
  /** The date is inferred rather than printed: shown as "c. 2025". */
  circa?: boolean;
}

/**
 * The date for readers, at exactly its precision.
 * @example formatPartialDate({ year: 2023, month: 12, day: 15 }) // "15 December 2023"
 * @example formatPartialDate({ year: 2025 }, { circa: true }) // "c. 2025"
 */
export function formatPartialDate(date: PartialDate, options: FormatOptions = {}): string {
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(String(date.day));
  if (date.month !== undefined) parts.push(MONTH_NAMES[date.month - 1] ?? '');
  parts.push(String(date.year));
  const text = parts.join(' ');
  return options.circa ? `c. ${text}` : text;
}

/** The month's name, e.g. for timeline headings. */
export function getMonthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (!name) throw new Error(`${month} is not a month`);
  return name;
}

/**
 * Orders dates oldest first. Within the same period a less precise date comes first, since it is
 * known only to have happened somewhere in that period.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0)
  );
}
