import { describe, expect, it } from 'vitest';
import { findArchiveProblems } from './integrity.ts';

const article = { filePath: 'content/articles/2023/a.mdx', body: 'He said "you are making this longer".', quotes: [{ text: 'you are making this longer' }] };
const topic = { filePath: 'content/topics/t.mdx', body: 'Peskov spoke.<Cite id="a"/>' };

describe('findArchiveProblems', () => {
  it('finds nothing wrong in a consistent archive', () => {
    expect(findArchiveProblems({ articles: [article], topics: [topic], articleIds: new Set(['a']) })).toEqual([]);
  });

  it('names a quote missing from its body by file and field', () => {
    const broken = { ...article, quotes: [article.quotes[0]!, { text: 'words nobody printed' }] };
    expect(findArchiveProblems({ articles: [broken], topics: [topic], articleIds: new Set(['a']) })).toEqual([
      'content/articles/2023/a.mdx quotes.1.text: "words nobody printed" does not appear in the body',
    ]);
  });

  it('names a citation of an article the archive does not hold', () => {
    const problems = findArchiveProblems({ articles: [], topics: [{ ...topic, body: 'x <Cite id="a"/>\ny <Cite id="gone"/>' }], articleIds: new Set(['a']) });
    expect(problems).toEqual(['content/topics/t.mdx body (line 2 of the body) Cite: no article "gone" in the archive']);
  });

  it('requires every explainer to cite at least one article', () => {
    const problems = findArchiveProblems({ articles: [], topics: [{ ...topic, body: 'Unsourced prose.' }], articleIds: new Set() });
    expect(problems[0]).toMatch(/^content\/topics\/t\.mdx body: the explainer cites no archived article/);
  });
});
