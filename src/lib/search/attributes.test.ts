import { UNIDENTIFIED_OUTLET_NAME } from '../ids.ts';
import { describe, expect, it } from 'vitest';
import {
  getAliasText, getNewestDate, getSearchAttributes, UNDATED_SORT_KEY,
} from './attributes.ts';

const peskov = { name: 'Dmitry Peskov', aliases: ['Dmitri Peskov', 'Dimitri Peskov'] };
const zelensky = { name: 'Volodymyr Zelensky', aliases: ['Zelenskyy', 'Zelenksy', 'Zelenskiy'] };
const biden = { name: 'Joe Biden', aliases: [] };

describe('getSearchAttributes', () => {
  it('gives an article every filter, with display names as values', () => {
    const attributes = getSearchAttributes({
      type: 'Article',
      title: 'Peskov on dialogue',
      date: { date: { year: 2023, month: 12, day: 16 }, label: '16 December 2023' },
      outlet: 'Example Times',
      topics: ['Ukraine war', 'US–Russia dialogue'],
      people: [peskov, biden],
    });
    expect(attributes.filters).toEqual([
      ['type', 'Article'],
      ['topic', 'Ukraine war'],
      ['topic', 'US–Russia dialogue'],
      ['person', 'Dmitry Peskov'],
      ['person', 'Joe Biden'],
      ['outlet', 'Example Times'],
      ['year', '2023'],
    ]);
    expect(attributes.meta).toEqual([
      ['title', 'Peskov on dialogue'],
      ['type', 'Article'],
      ['date', '16 December 2023'],
      ['outlet', 'Example Times'],
    ]);
    expect(attributes.sortDate).toBe('2023-12-16');
  });

  it('names an article without a known outlet "Unidentified outlet", in the filter and the result', () => {
    const attributes = getSearchAttributes({ type: 'Article', title: 'T', date: { date: { year: 2025 }, label: 'c. 2025' } });
    expect(attributes.filters).toContainEqual(['outlet', UNIDENTIFIED_OUTLET_NAME]);
    expect(attributes.meta).toContainEqual(['outlet', UNIDENTIFIED_OUTLET_NAME]);
  });

  it('sorts a partial date at the start of its period but shows it at its own precision', () => {
    const attributes = getSearchAttributes({ type: 'Article', title: 'T', date: { date: { year: 2023, month: 12 }, label: 'c. December 2023' } });
    expect(attributes.sortDate).toBe('2023-12-01');
    expect(attributes.meta).toContainEqual(['date', 'c. December 2023']);
  });

  it('sorts a topic by its newest article, and gives it neither a year, an outlet nor a shown date', () => {
    const attributes = getSearchAttributes({
      type: 'Topic',
      title: 'Ukraine war',
      topics: ['Ukraine war'],
      articleDates: [{ year: 2023, month: 12 }, { year: 2025 }, { year: 2023 }],
    });
    expect(attributes.sortDate).toBe('2025-01-01');
    expect(attributes.filters).toEqual([['type', 'Topic'], ['topic', 'Ukraine war']]);
    expect(attributes.meta).toEqual([['title', 'Ukraine war'], ['type', 'Topic']]);
  });

  it('records the summary a result falls back to when the terms matched only in other spellings', () => {
    const attributes = getSearchAttributes({ type: 'Person', title: 'Dmitry Peskov', summary: 'Kremlin spokesperson', people: [peskov] });
    expect(attributes.meta).toContainEqual(['summary', 'Kremlin spokesperson']);
  });

  it('still gives a page with no date at all a sort key, so sorted results keep it', () => {
    expect(getSearchAttributes({ type: 'Person', title: 'Joe Biden', people: [biden] }).sortDate).toBe(UNDATED_SORT_KEY);
  });

  it('gives an event its year and date from its own date', () => {
    const attributes = getSearchAttributes({
      type: 'Event',
      title: 'Anchorage summit',
      date: { date: { year: 2025, month: 8, day: 15 }, label: 'c. 15 August 2025' },
      topics: ['US–Russia dialogue'],
    });
    expect(attributes.filters).toEqual([['type', 'Event'], ['topic', 'US–Russia dialogue'], ['year', '2025']]);
    expect(attributes.sortDate).toBe('2025-08-15');
  });

  it('carries the name and aliases of every person the page mentions', () => {
    const { aliasText } = getSearchAttributes({ type: 'Person', title: 'Volodymyr Zelensky', people: [zelensky] });
    for (const spelling of ['Volodymyr Zelensky', 'Zelenskyy', 'Zelenksy', 'Zelenskiy']) expect(aliasText).toContain(spelling);
  });
});

describe('getAliasText', () => {
  it('lists each name with its other spellings, and names without any as they are', () => {
    expect(getAliasText([peskov, biden])).toBe(
      'Names on this page, with their other spellings: Dmitry Peskov (also Dmitri Peskov, Dimitri Peskov); Joe Biden.',
    );
  });

  it('carries the names in their own script, so Cyrillic finds an English report and Latin a Russian one', () => {
    const withNative = { ...peskov, aliases: ['Peskow'], nativeNames: ['Дмитрий Песков'] };
    expect(getAliasText([withNative])).toBe('Names on this page, with their other spellings: Dmitry Peskov (also Peskow, Дмитрий Песков).');
    expect(getAliasText([{ name: 'Vladimir Putin', aliases: [], nativeNames: ['Владимир Путин'] }])).toContain('Vladimir Putin (also Владимир Путин)');
  });

  it('is empty for a page that names nobody', () => {
    expect(getAliasText([])).toBe('');
  });
});

describe('getNewestDate', () => {
  it('returns the latest date, or undefined for none', () => {
    expect(getNewestDate([{ year: 2023, month: 12, day: 16 }, { year: 2023, month: 12 }])).toEqual({ year: 2023, month: 12, day: 16 });
    expect(getNewestDate([])).toBeUndefined();
  });
});
