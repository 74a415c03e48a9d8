import { describe, expect, it } from 'vitest';
import { getLinkedTo, getOtherCoverage, groupByLinks } from './related.ts';

const articles = [
  { id: 'a', eventIds: ['nbc'] },
  { id: 'b', eventIds: ['nbc', 'summit'] },
  { id: 'c', eventIds: ['summit'] },
  { id: 'd', eventIds: [] },
];
const byEvent = groupByLinks(articles, (a) => a.eventIds);

describe('groupByLinks', () => {
  it('lists under each id the items that link to it, in order', () => {
    expect([...byEvent].map(([id, items]) => [id, items.map((a) => a.id)])).toEqual([['nbc', ['a', 'b']], ['summit', ['b', 'c']]]);
  });
});

describe('getOtherCoverage', () => {
  it('lists the other articles that report a shared event, each once, never the article itself', () => {
    expect(getOtherCoverage(articles[0]!, byEvent).map((a) => a.id)).toEqual(['b']);
    expect(getOtherCoverage(articles[1]!, byEvent).map((a) => a.id)).toEqual(['a', 'c']);
    expect(getOtherCoverage({ id: 'x', eventIds: ['nbc', 'summit'] }, byEvent).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds no other coverage for an article that reports no event', () => {
    expect(getOtherCoverage(articles[3]!, byEvent)).toEqual([]);
  });
});

describe('getLinkedTo', () => {
  it('keeps the items that link to the id, in order', () => {
    expect(getLinkedTo(articles, 'summit', (a) => a.eventIds).map((a) => a.id)).toEqual(['b', 'c']);
  });
});
