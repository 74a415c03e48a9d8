import { describe, expect, it } from 'vitest';
import {
  getFacetCounts, hasCriteria, orderFilterValues, readSearchState, toPagefindOptions, writeSearchQuery, type SearchState,
} from './state.ts';

const none = { type: [], topic: [], person: [], outlet: [], year: [] };
const state = (overrides: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> }): SearchState => ({
  query: '',
  sort: 'relevance',
  ...overrides,
  filters: { ...none, ...overrides.filters },
});

describe('readSearchState', () => {
  it('reads terms, repeated filter values and the order from a query string', () => {
    expect(readSearchState('?q=Dmitri+Peskov&topic=Ukraine+war&topic=Navalny&year=2023&sort=newest')).toEqual(
      state({ query: 'Dmitri Peskov', filters: { topic: ['Ukraine war', 'Navalny'], year: ['2023'] }, sort: 'newest' }),
    );
  });

  it('falls back to relevance for an unknown order, and ignores unknown or empty parameters', () => {
    expect(readSearchState('?sort=sideways&colour=red&q=&type=')).toEqual(state({}));
  });

  it('reads values with commas, colons and non-Latin letters as they are', () => {
    expect(readSearchState(new URLSearchParams({ outlet: 'Moscow, Kremlin: Putin', person: 'Дмитрий Песков' })).filters).toMatchObject({
      outlet: ['Moscow, Kremlin: Putin'],
      person: ['Дмитрий Песков'],
    });
  });
});

describe('writeSearchQuery', () => {
  it('writes the shortest query string that restores the same state', () => {
    const written = writeSearchQuery(state({ query: 'peskov', filters: { type: ['Article'], year: ['2025'] }, sort: 'oldest' }));
    expect(written).toBe('?q=peskov&type=Article&year=2025&sort=oldest');
    expect(readSearchState(written)).toEqual(state({ query: 'peskov', filters: { type: ['Article'], year: ['2025'] }, sort: 'oldest' }));
  });

  it('leaves out the default order, and writes nothing for an empty search', () => {
    expect(writeSearchQuery(state({ query: 'kremlin' }))).toBe('?q=kremlin');
    expect(writeSearchQuery(state({}))).toBe('');
  });

  it('encodes values so that they survive the round trip', () => {
    const original = state({ query: 'a&b = "c"', filters: { topic: ['US–Russia dialogue'] } });
    expect(readSearchState(writeSearchQuery(original))).toEqual(original);
  });
});

describe('hasCriteria', () => {
  it('is true for a term or a filter, false for neither', () => {
    expect(hasCriteria(state({ query: 'x' }))).toBe(true);
    expect(hasCriteria(state({ filters: { year: ['2023'] } }))).toBe(true);
    expect(hasCriteria(state({ sort: 'newest' }))).toBe(false);
  });
});

describe('toPagefindOptions', () => {
  it('makes values of one filter alternatives and sorts by date both ways', () => {
    expect(toPagefindOptions(state({ filters: { topic: ['A', 'B'], type: ['Article'] }, sort: 'newest' }))).toEqual({
      filters: { type: { any: ['Article'] }, topic: { any: ['A', 'B'] } },
      sort: { date: 'desc' },
    });
    expect(toPagefindOptions(state({ sort: 'oldest' }))).toEqual({ filters: {}, sort: { date: 'asc' } });
    expect(toPagefindOptions(state({}))).toEqual({ filters: {} });
  });

  it('can leave one filter out, to count its alternatives', () => {
    expect(toPagefindOptions(state({ filters: { topic: ['A'], type: ['Article'] } }), 'topic')).toEqual({ filters: { type: { any: ['Article'] } } });
  });
});

describe('getFacetCounts', () => {
  it('counts a filter with chosen values from the search run without it', () => {
    const main = { type: { Article: 2, Topic: 0 }, topic: { A: 2, B: 0 } };
    const withoutTopic = { type: { Article: 2, Topic: 1 }, topic: { A: 2, B: 3 } };
    expect(getFacetCounts(main, { topic: withoutTopic })).toEqual({
      type: { Article: 2, Topic: 0 }, topic: { A: 2, B: 3 }, person: {}, outlet: {}, year: {},
    });
  });
});

describe('orderFilterValues', () => {
  it('orders types as the site names them, years newest first, and other values alphabetically', () => {
    expect(orderFilterValues('type', ['Person', 'Event', 'Article', 'Topic'])).toEqual(['Article', 'Topic', 'Person', 'Event']);
    expect(orderFilterValues('year', ['2023', '2025', '2024'])).toEqual(['2025', '2024', '2023']);
    expect(orderFilterValues('person', ['Joe Biden', 'Dmitry Peskov'])).toEqual(['Dmitry Peskov', 'Joe Biden']);
  });

  it('keeps a value chosen in the URL that the index does not know, so it can be unset', () => {
    expect(orderFilterValues('topic', ['Navalny'], ['Gone topic'])).toEqual(['Gone topic', 'Navalny']);
  });
});
