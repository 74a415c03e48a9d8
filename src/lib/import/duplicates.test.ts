import { describe, expect, it } from 'vitest';
import {
  findNearDuplicates,
  findSameUrl,
  getJaccardSimilarity,
  getShingles,
  getWords,
  normalizeUrl,
} from './duplicates.ts';

const STORY =
  'Kremlin spokesman Dmitry Peskov said on Friday that President Vladimir Putin would prefer a more constructive American ' +
  'president, and that dialogue between Moscow and Washington had all but stopped since the start of the war in Ukraine.';

describe('getWords and getShingles', () => {
  it('ignores case, punctuation, apostrophes and quotation marks', () => {
    expect(getWords('Putin’s “plan”, again')).toEqual(['putins', 'plan', 'again']);
  });

  it('makes runs of consecutive words', () => {
    expect(getShingles('a b c d', 3)).toEqual(new Set(['a b c', 'b c d']));
    expect(getShingles('a b', 3)).toEqual(new Set(['a b']));
    expect(getShingles('', 3).size).toBe(0);
  });
});

describe('getJaccardSimilarity', () => {
  it('is shared members over all members', () => {
    expect(getJaccardSimilarity(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(getJaccardSimilarity(new Set(), new Set())).toBe(0);
  });
});

describe('findNearDuplicates', () => {
  const archive = [
    { path: 'content/articles/2023/copy.mdx', text: `Share this article. ${STORY.replace(/’/g, "'")} Advertisement` },
    { path: 'content/articles/2023/other.mdx', text: 'Alexei Navalny’s lawyers said they had not been able to reach him for ten days.' },
  ];

  it('finds a copy of the same text despite a few extra words and different typesetting', () => {
    const matches = findNearDuplicates(STORY, archive);
    expect(matches.map((match) => match.path)).toEqual(['content/articles/2023/copy.mdx']);
    expect(matches[0]?.similarity).toBeGreaterThan(0.8);
  });

  it('does not take a different story on the same subject for a copy', () => {
    const otherReport =
      'Putin wants a constructive partner in Washington, his spokesman told NBC News, while declining to say whether he meant Donald Trump.';
    expect(findNearDuplicates(otherReport, archive)).toEqual([]);
  });
});

describe('normalizeUrl and findSameUrl', () => {
  it('ignores scheme, www, trailing slash, fragment and tracking parameters', () => {
    expect(normalizeUrl('http://www.Example.com/a/?utm_source=x&id=3#top')).toBe('example.com/a?id=3');
  });

  it('names every archived article with the same address', () => {
    const archive = [
      { path: 'a.mdx', url: 'https://example.com/story/', text: '' },
      { path: 'b.mdx', text: '' },
    ];
    expect(findSameUrl('https://example.com/story?utm_medium=social', archive)).toEqual(['a.mdx']);
    expect(findSameUrl('https://example.com/other', archive)).toEqual([]);
  });
});
