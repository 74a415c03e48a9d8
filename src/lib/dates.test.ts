import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  getPrecision,
  parsePartialDate,
  toIsoString,
  toSortKey,
} from './dates.ts';

describe('parsePartialDate', () => {
  it('reads a year, a month and a day at their own precision', () => {
    expect(parsePartialDate('2025')).toEqual({ year: 2025 });
    expect(parsePartialDate('2023-12')).toEqual({ year: 2023, month: 12 });
    expect(parsePartialDate('2023-12-16')).toEqual({ year: 2023, month: 12, day: 16 });
  });

  it('accepts what YAML makes of unquoted dates and years', () => {
    expect(parsePartialDate(new Date('2023-12-16'))).toEqual({ year: 2023, month: 12, day: 16 });
    expect(parsePartialDate(2025)).toEqual({ year: 2025 });
  });

  it('rejects impossible months and days, naming the value', () => {
    expect(() => parsePartialDate('2023-13')).toThrow('"2023-13" has no month 13');
    expect(() => parsePartialDate('2023-02-30')).toThrow('"2023-02-30" is not a day of that month');
    expect(() => parsePartialDate('2024-02-29')).not.toThrow();
  });

  it('rejects other formats', () => {
    expect(() => parsePartialDate('15 December 2023')).toThrow('is not a date as YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => parsePartialDate('2023-1-5')).toThrow();
    expect(() => parsePartialDate(undefined)).toThrow('not undefined');
  });
});

describe('formatPartialDate', () => {
  it('never shows a day or month the source did not give', () => {
    expect(formatPartialDate({ year: 2023, month: 12, day: 15 })).toBe('15 December 2023');
    expect(formatPartialDate({ year: 2023, month: 12 })).toBe('December 2023');
    expect(formatPartialDate({ year: 2025 })).toBe('2025');
  });

  it('marks an inferred date as circa', () => {
    expect(formatPartialDate({ year: 2025, month: 9 }, { circa: true })).toBe('c. September 2025');
  });
});

describe('machine forms', () => {
  it('gives an ISO string at the date’s own precision', () => {
    expect(toIsoString({ year: 2025 })).toBe('2025');
    expect(toIsoString({ year: 2025, month: 3 })).toBe('2025-03');
    expect(toIsoString({ year: 2025, month: 3, day: 4 })).toBe('2025-03-04');
  });

  it('gives a fixed-width sort key that starts partial dates at their period’s start', () => {
    expect(toSortKey({ year: 2025 })).toBe('2025-01-01');
    expect(toSortKey({ year: 2023, month: 12 })).toBe('2023-12-01');
  });

  it('names the precision', () => {
    expect(getPrecision({ year: 2025 })).toBe('year');
    expect(getPrecision({ year: 2025, month: 1 })).toBe('month');
    expect(getPrecision({ year: 2025, month: 1, day: 2 })).toBe('day');
  });
});

describe('comparePartialDates', () => {
  it('sorts oldest first, a less precise date before the days of its period', () => {
    const dates = [
      { year: 2023, month: 12, day: 16 },
      { year: 2025 },
      { year: 2023, month: 12 },
      { year: 2025, month: 9 },
    ];
    expect(dates.sort(comparePartialDates).map(toIsoString)).toEqual(['2023-12', '2023-12-16', '2025', '2025-09']);
  });
});
