import { describe, expect, it } from 'vitest';
import { extractCitationIds, findUnknownCitations, numberCitations } from './citations.ts';

const body = 'One.<Cite id="a"/>\nTwo.<Cite id=\'b\' /> Three.<Cite  id="a" />\nFour.<Cite id="gone"/>';

describe('citations', () => {
  it('lists cited ids once each, in order of first citation, whatever the quoting and spacing', () => {
    expect(extractCitationIds(body)).toEqual(['a', 'b', 'gone']);
  });

  it('numbers each article by its first citation, so repeats share a note', () => {
    expect([...numberCitations(body)]).toEqual([['a', 1], ['b', 2], ['gone', 3]]);
  });

  it('names citations of unknown articles with their line', () => {
    expect(findUnknownCitations(body, new Set(['a', 'b']))).toEqual([{ id: 'gone', line: 3 }]);
  });

  it('finds nothing in prose without citations', () => {
    expect(extractCitationIds('No sources here.')).toEqual([]);
  });
});
