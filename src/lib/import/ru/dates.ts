/**
 * Publication dates as Russian pages print them: «16 декабря 2023», «16 декабря 2023 г.»,
 * «16.12.2023», «декабрь 2023», and datelines made of nothing else («Опубликовано: 16 декабря
 * 2023, 14:35 мск»). Relative times («вчера», «сегодня», «2 часа назад») are never a date: the
 * day they mean depends on when the page was saved, which the text does not say.
 */
import { parsePartialDate, type PartialDate } from '../../dates.ts';
import { parseDateText, type DateLine } from '../dates.ts';

// Stems of the month names: they match the genitive («декабря»), the nominative («декабрь»),
// the prepositional («декабре») and the usual abbreviations («дек.»).
const MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма[йяе]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const MONTH = String.raw`(янв\p{L}*|фев\p{L}*|мар\p{L}*|апр\p{L}*|ма[йяе]|июн\p{L}*|июл\p{L}*|авг\p{L}*|сен\p{L}*|окт\p{L}*|ноя\p{L}*|дек\p{L}*)\.?`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const DAY_MONTH_YEAR = new RegExp(String.raw`${NOT_LETTER_BEFORE}(\d{1,2})\s+${MONTH}\s*,?\s+(\d{4})(?!\d)`, 'iu');
const MONTH_YEAR = new RegExp(String.raw`${NOT_LETTER_BEFORE}${MONTH}\s+(\d{4})(?!\d)`, 'iu');

/** The month a Russian month word names, 1-12; 0 for a word that names none. */
function getMonthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTH_STEMS.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(lower)) + 1;
}

function toDate(year: string, month: number, day?: string): PartialDate | undefined {
  if (month === 0) return undefined;
  const parts = [year, String(month).padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])];
  try {
    return parsePartialDate(parts.join('-'));
  } catch {
    return undefined;
  }
}

/**
 * The first date written in a Russian text, at the precision written; undefined when there is
 * none. Numeric dates (ISO, «16.12.2023») are read by the general rules.
 * @example parseRussianDateText('16 декабря 2023 г.') // { year: 2023, month: 12, day: 16 }
 * @example parseRussianDateText('вчера, 18:40') // undefined
 */
export function parseRussianDateText(text: string): PartialDate | undefined {
  const full = DAY_MONTH_YEAR.exec(text);
  if (full) return toDate(full[3] ?? '', getMonthNumber(full[2] ?? ''), full[1]);
  const numeric = parseDateText(text);
  if (numeric) return numeric;
  const monthYear = MONTH_YEAR.exec(text);
  return monthYear ? toDate(monthYear[2] ?? '', getMonthNumber(monthYear[1] ?? '')) : undefined;
}

// Words a Russian dateline may carry besides the date: labels, «г.», «года», weekdays, time zones.
const DATELINE_WORDS = new RegExp(
  String.raw`${NOT_LETTER_BEFORE}(опубликовано|опубликован[аы]?|публикация|дата публикации|дата|обновлено|обновлен[аы]?|изменено|изменен[аы]?|` +
    String.raw`последнее обновление|время|в|г|гг|года?|мск|utc|gmt|понедельник|вторник|сред[аы]|среду|четверг|пятниц[аы]|пятницу|суббот[аы]|субботу|` +
    String.raw`воскресенье|пн|вт|ср|чт|пт|сб|вс|${MONTH})(?![\p{L}])`,
  'giu',
);

/**
 * Reads a line that is nothing but a Russian dateline; undefined for a line that says more, so a
 * sentence mentioning a date is never taken for metadata, and for a relative time.
 * @example parseRussianDateLine('Обновлено: 17 декабря 2023, 08:00 мск') // { date: { year: 2023, month: 12, day: 17 }, role: 'updated' }
 */
export function parseRussianDateLine(line: string): DateLine | undefined {
  const date = parseRussianDateText(line);
  if (!date) return undefined;
  const rest = line
    .replace(DATELINE_WORDS, ' ')
    .replace(/\d{1,4}/g, ' ')
    .replace(/[\s,.:;|•·/()+—–-]+/g, '');
  if (rest !== '') return undefined;
  return { date, role: /обновл|изменен/i.test(line) ? 'updated' : 'published' };
}

const RELATIVE_TIME = new RegExp(
  String.raw`^(?:(?:опубликовано|обновлено)\s*:?\s*)?(?:вчера|сегодня|позавчера|только что|(?:\d+|одн[уа]|две|два|пять)\s+(?:секунд\p{L}*|минут\p{L}*|мин\.?|час\p{L}*|ч\.?|дн\p{L}*|день|недел\p{L}*)\s+назад)` +
    String.raw`(?:\s*,?\s*(?:в\s*)?\d{1,2}[:.]\d{2}(?:\s*мск)?)?$`,
  'iu',
);

/**
 * Whether a line is only a relative time stamp («вчера, 18:40», «2 часа назад»): page chrome,
 * and never a date.
 * @example isRelativeTimeLine('Сегодня в 09:15') // true
 */
export function isRelativeTimeLine(line: string): boolean {
  return RELATIVE_TIME.test(line.trim());
}
