import { describe, expect, it } from 'vitest';
import { isRelativeTimeLine, parseRussianDateLine, parseRussianDateText } from './dates.ts';

const DEC_16 = { year: 2023, month: 12, day: 16 };

describe('Russian printed dates', () => {
  it.each(['16 декабря 2023', '16 декабря 2023 г.', '16 декабря 2023 года', '16.12.2023', 'Суббота, 16 дек. 2023', '2023-12-16'])(
    'reads «%s» as 16 December 2023',
    (text) => {
      expect(parseRussianDateText(text)).toEqual(DEC_16);
    },
  );

  it('reads every month by its genitive name', () => {
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    expect(months.map((month) => parseRussianDateText(`1 ${month} 2024`)?.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('keeps a month and year at month precision, never padded into a day', () => {
    expect(parseRussianDateText('декабрь 2023')).toEqual({ year: 2023, month: 12 });
  });

  it('never takes «вчера», «сегодня» or a time ago for a date', () => {
    for (const text of ['вчера', 'Вчера, 18:40', 'сегодня в 09:15', '2 часа назад']) expect(parseRussianDateText(text), text).toBeUndefined();
    expect(parseRussianDateLine('Вчера, 18:40')).toBeUndefined();
  });

  it('refuses a day the calendar does not have', () => {
    expect(parseRussianDateText('31 ноября 2023')).toBeUndefined();
  });
});

describe('Russian datelines', () => {
  it('reads a line that only says when the page was published', () => {
    expect(parseRussianDateLine('16 декабря 2023, 14:35')).toEqual({ date: DEC_16, role: 'published' });
    expect(parseRussianDateLine('Опубликовано: 16.12.2023 14:35 мск')).toEqual({ date: DEC_16, role: 'published' });
  });

  it('tells an update from a publication', () => {
    expect(parseRussianDateLine('Обновлено: 17 декабря 2023, 08:00 мск')?.role).toBe('updated');
  });

  it('leaves a sentence that mentions a date alone', () => {
    expect(parseRussianDateLine('Интервью вышло в эфир 16 декабря 2023 года.')).toBeUndefined();
  });

  it('knows relative time stamps for the chrome they are', () => {
    expect(isRelativeTimeLine('Вчера, 18:40')).toBe(true);
    expect(isRelativeTimeLine('сегодня в 09:15')).toBe(true);
    expect(isRelativeTimeLine('5 минут назад')).toBe(true);
    expect(isRelativeTimeLine('Вчера Песков заявил журналистам, что переговоры продолжатся.')).toBe(false);
  });
});
