import { describe, expect, it } from 'vitest';
import { readSearchState } from '../lib/search/state.ts';
import { describeResults } from './search-view.ts';

describe('describeResults', () => {
  it('says how many results a search found, for what, and in which order', () => {
    expect(describeResults(1, readSearchState('?q=peskov'))).toBe('1 result for “peskov”.');
    expect(describeResults(5, readSearchState('?q=peskov&type=Article&year=2023&sort=newest'))).toBe('5 results for “peskov” with 2 filters, newest first.');
  });

  it('describes a search by filters alone', () => {
    expect(describeResults(3, readSearchState('?type=Event&sort=oldest'))).toBe('3 results for the chosen filters, oldest first.');
  });

  it('suggests what to try when nothing is found', () => {
    expect(describeResults(0, readSearchState('?q=zzz'))).toBe('No results for “zzz”. Try another spelling or fewer words.');
    expect(describeResults(0, readSearchState('?q=zzz&topic=Navalny'))).toBe('No results for “zzz” with 1 filter. Try removing a filter.');
  });
});
