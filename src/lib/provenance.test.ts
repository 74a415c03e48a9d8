import { describe, expect, it } from 'vitest';
import { describeUnknowns, listUnknowns, type ProvenanceFacts } from './provenance.ts';

const known: ProvenanceFacts = {
  hasOutlet: true, hasByline: true, titleSupplied: false, published: { year: 2023, month: 12, day: 16 }, circa: false,
  hasUrl: true, hasArchivedUrl: true, hasRetrieved: true,
};

describe('listUnknowns', () => {
  it('finds nothing missing in a fully documented article', () => {
    expect(listUnknowns(known)).toEqual([]);
  });

  it('names every unknown of an undated, unattributed paste, in the order of the full provenance', () => {
    const facts: ProvenanceFacts = { hasOutlet: false, hasByline: false, titleSupplied: true, published: { year: 2025 }, circa: true, hasUrl: false, hasArchivedUrl: false, hasRetrieved: false };
    expect(listUnknowns(facts)).toEqual(['publisher', 'byline', 'headline', 'printed date', 'month and day', 'original link', 'archived copy', 'retrieval date']);
  });

  it('names the missing day of a month-precision date, and nothing more when the month is printed', () => {
    expect(listUnknowns({ ...known, published: { year: 2023, month: 12 } })).toEqual(['day']);
  });

  it('names the printed date as unknown when the date is inferred, even to the day', () => {
    expect(listUnknowns({ ...known, circa: true })).toEqual(['printed date']);
  });
});

describe('describeUnknowns', () => {
  it('writes the unknowns as one line', () => {
    expect(describeUnknowns(['byline', 'original link'])).toBe('Not established: byline, original link.');
  });

  it('writes nothing when everything is known', () => {
    expect(describeUnknowns([])).toBeUndefined();
  });
});
