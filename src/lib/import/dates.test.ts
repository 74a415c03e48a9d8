import { describe, expect, it } from 'vitest';
import { parseDateLine, parseDateText, splitLeadingDate } from './dates.ts';

describe('parseDateText', () => {
  it('reads ISO dates and timestamps without applying their time zone', () => {
    expect(parseDateText('2023-12-16T23:30:00-05:00')).toEqual({ year: 2023, month: 12, day: 16 });
    expect(parseDateText('2023/12/16')).toEqual({ year: 2023, month: 12, day: 16 });
  });

  it('reads dates written with month names, either order', () => {
    expect(parseDateText('Saturday, December 16th, 2023')).toEqual({ year: 2023, month: 12, day: 16 });
    expect(parseDateText('16 Dec. 2023 10:43')).toEqual({ year: 2023, month: 12, day: 16 });
    expect(parseDateText('Sept 3, 2025')).toEqual({ year: 2025, month: 9, day: 3 });
  });

  it('reads dotted dates day first', () => {
    expect(parseDateText('17.12.2023')).toEqual({ year: 2023, month: 12, day: 17 });
  });

  it('keeps a month-only date at month precision', () => {
    expect(parseDateText('December 2023')).toEqual({ year: 2023, month: 12 });
  });

  it('finds nothing in text without a date, and rejects impossible days', () => {
    expect(parseDateText('Peskov spoke on Friday')).toBeUndefined();
    expect(parseDateText('2023-02-30')).toBeUndefined();
  });
});

describe('parseDateLine', () => {
  it('reads a line that is only a dateline', () => {
    expect(parseDateLine('Published: 16 December 2023, 10:43 GMT')).toEqual({
      date: { year: 2023, month: 12, day: 16 },
      role: 'published',
    });
    expect(parseDateLine('Updated December 17, 2023 at 8:00 a.m.')?.role).toBe('updated');
  });

  it('refuses a sentence that mentions a date', () => {
    expect(parseDateLine('Putin and Trump met on August 15, 2025 in Anchorage.')).toBeUndefined();
  });
});

describe('splitLeadingDate', () => {
  it('splits a "date YYYY-MM-DD" label from the text after it', () => {
    expect(splitLeadingDate(' date 2023-12-16 Russian President Vladimir Putin would prefer')).toEqual({
      date: { year: 2023, month: 12, day: 16 },
      label: 'date 2023-12-16',
      rest: 'Russian President Vladimir Putin would prefer',
    });
  });

  it('leaves text that does not start with a date label', () => {
    expect(splitLeadingDate('Dated letters were found')).toBeUndefined();
  });
});
