import { describe, expect, it } from 'vitest';
import { getLinkedTo, getOtherCoverage } from './related.ts';

const articles = [
  { id: 'a', eventIds: ['nbc'] },
  { id: 'b', eventIds: ['nbc', 'summit'] },
  { id: 'c', eventIds: ['summit'] },
  { id: 'd', eventIds: [] },
];

describe('getOtherCoverage', () => {
  it('lists the other articles that report a shared event, never the article itself', () => {
    expect(getOtherCoverage(articles[0]!, articles).map((a) => a.id)).toEqual(['b']);
    expect(getOtherCoverage(articles[1]!, articles).map((a) => a.id)).toEqual(['a', 'c']);
  });

  it('finds no other coverage for an article that reports no event', () => {
    expect(getOtherCoverage(articles[3]!, articles)).toEqual([]);
  });
});

describe('getLinkedTo', () => {
  it('keeps the items that link to the id, in order', () => {
    expect(getLinkedTo(articles, 'summit', (a) => a.eventIds).map((a) => a.id)).toEqual(['b', 'c']);
  });
});
