import { describe, expect, it } from 'vitest';
import { findLostArticles, getTextPassages, showsPassage, toArchivedArticle, toWords, type ArchivedArticle, type BuiltArchive } from './lossless.ts';

const pageOf = (id: string) => `/articles/${id}/`;
const article = (id: string, extra: Partial<ArchivedArticle> = {}): ArchivedArticle => ({
  id,
  filePath: `content/articles/2023/${id}.mdx`,
  draft: false,
  passages: [`Text of ${id} begins here.`, `And ${id} ends here.`],
  ...extra,
});
const pageWords = (id: string) => toWords(`Archived text Text of ${id} begins here. Middle. And ${id} ends here.`);

/** A build in which every given article is whole: page with text, one feed item, one record. */
function wholeBuild(ids: string[]): BuiltArchive {
  return {
    pages: new Map(ids.map((id) => [pageOf(id), pageWords(id)])),
    feedLinks: ids.map(pageOf),
    searchRecords: ids.map(pageOf),
  };
}

describe('getTextPassages', () => {
  it('takes the first and last paragraph as plain text, without markup or headings', () => {
    const body = '# Heading\n\nFirst *emphasised* [linked](https://example.org/x) text.\n\n> A quote.\n\nMiddle.\n\nLast **one**.\n';
    expect(getTextPassages(body)).toEqual(['First emphasised linked text.', 'Last one.']);
  });

  it('resolves a reference link by its definition elsewhere in the body', () => {
    const body = 'First [linked][ref] text.\n\nMiddle.\n\nLast.\n\n[ref]: https://example.org/x\n';
    expect(getTextPassages(body)).toEqual(['First linked text.', 'Last.']);
  });

  it('takes one passage from a one-paragraph body, and none from an empty one', () => {
    expect(getTextPassages('Only this.')).toEqual(['Only this.']);
    expect(getTextPassages('\n\n')).toEqual([]);
  });

  it('reads CRLF bodies as LF ones, and leaves a footnote definition’s label out', () => {
    expect(getTextPassages('First.\r\n\r\nSee this.[^1]\r\n\r\n[^1]: The note.\r\n')).toEqual(['First.', 'The note.']);
  });
});

describe('toArchivedArticle', () => {
  const file = 'content/articles/2023/2023-12-16-x-y.mdx';

  it('reads the id from the file name and the passages from the body', () => {
    expect(toArchivedArticle(file, '---\ntitle: T\n---\nFirst.\n\nLast.\n')).toEqual({ id: '2023-12-16-x-y', filePath: file, draft: false, passages: ['First.', 'Last.'] });
  });

  it.each([
    ['a byte-order mark', '\uFEFF---\ntitle: T\ndraft: true\n---\nText.'],
    ['CRLF line ends', '---\r\ntitle: T\r\ndraft: true\r\n---\r\nText.\r\n'],
    ['a YAML merge key', '---\ndefaults: &defaults\n  draft: true\n<<: *defaults\ntitle: T\n---\nText.'],
  ])('knows a draft written with %s for a draft', (_, source) => {
    expect(toArchivedArticle(file, source).draft).toBe(true);
  });

  it('names the file when its frontmatter cannot be read', () => {
    expect(() => toArchivedArticle(file, 'no frontmatter')).toThrow(`${file}:1 frontmatter: missing`);
    expect(() => toArchivedArticle(file, '---\ntitle: [unclosed\ndraft: false\n---\nText.')).toThrow(`${file} frontmatter:`);
  });

  it('knows a draft whose key is written with escapes, and parses no frontmatter that cannot declare one', () => {
    expect(toArchivedArticle(file, '---\ntitle: T\n"dr\\x61ft": true\n---\nText.').draft).toBe(true);
    expect(toArchivedArticle(file, '---\ntitle: [left to the content layer\n---\nText.').draft).toBe(false);
  });
});

describe('showsPassage', () => {
  it('ignores case, punctuation, entities already decoded and line breaks', () => {
    expect(showsPassage(toWords('He said: “More   constructive”\ntoward Russia.'), 'he said "more constructive" toward Russia')).toBe(true);
  });

  it('does not match a passage whose words the text lacks or only holds apart', () => {
    expect(showsPassage(toWords('He said more, constructive toward Russia.'), 'said more constructive toward')).toBe(true);
    expect(showsPassage(toWords('He said nothing.'), 'He said more')).toBe(false);
    expect(showsPassage(toWords('unconstructive'), 'constructive')).toBe(false);
  });
});

describe('findLostArticles', () => {
  it('finds nothing when every article has its page, feed item and search record', () => {
    expect(findLostArticles([article('a'), article('b')], wholeBuild(['a', 'b']), pageOf)).toEqual([]);
  });

  it('names the file of an article whose page was rendered without its text', () => {
    const built = wholeBuild(['a', 'b']);
    const pages = new Map(built.pages).set(pageOf('b'), toWords('Archived text'));
    expect(findLostArticles([article('a'), article('b')], { ...built, pages }, pageOf)).toEqual([
      'content/articles/2023/b.mdx: the page /articles/b/ does not show the article\'s text "Text of b begins here."',
      'content/articles/2023/b.mdx: the page /articles/b/ does not show the article\'s text "And b ends here."',
    ]);
  });

  it('names a page that lost only the end of the text', () => {
    const built = wholeBuild(['a']);
    const pages = new Map([[pageOf('a'), toWords('Text of a begins here.')]]);
    expect(findLostArticles([article('a')], { ...built, pages }, pageOf)).toEqual([
      'content/articles/2023/a.mdx: the page /articles/a/ does not show the article\'s text "And a ends here."',
    ]);
  });

  it('catches a feed item pointing at a page that does not exist, though the counts agree', () => {
    const built = { ...wholeBuild(['a', 'b']), feedLinks: [pageOf('a'), '/articles/b-typo/'] };
    expect(findLostArticles([article('a'), article('b')], built, pageOf)).toEqual([
      'content/articles/2023/b.mdx: no feed item links its page /articles/b/',
      'rss.xml: a feed item links /articles/b-typo/, which the build did not write',
    ]);
  });

  it('catches a duplicate search record standing in for a missing one', () => {
    const built = { ...wholeBuild(['a', 'b']), searchRecords: [pageOf('a'), pageOf('a')] };
    expect(findLostArticles([article('a'), article('b')], built, pageOf)).toEqual([
      'content/articles/2023/a.mdx: 2 search records for its page /articles/a/',
      'content/articles/2023/b.mdx: no search record for its page /articles/b/',
    ]);
  });

  it('names a missing page by the entry’s file, and a page no entry explains by its path', () => {
    const built = wholeBuild(['a', 'stray']);
    expect(findLostArticles([article('a'), article('b')], { ...built, pages: new Map([...built.pages].filter(([path]) => path !== pageOf('b'))) }, pageOf)).toEqual([
      'content/articles/2023/b.mdx: no page /articles/b/',
      'content/articles/2023/b.mdx: no feed item links its page /articles/b/',
      'content/articles/2023/b.mdx: no search record for its page /articles/b/',
      '/articles/stray/: an article page that no entry in the archive explains',
    ]);
  });

  it('expects nothing of a draft, and names a draft that reached the site', () => {
    const draft = article('d', { draft: true });
    expect(findLostArticles([article('a'), draft], wholeBuild(['a']), pageOf)).toEqual([]);
    expect(findLostArticles([article('a'), draft], wholeBuild(['a', 'd']), pageOf)).toEqual([
      'content/articles/2023/d.mdx: a draft, but the build wrote its page /articles/d/',
      'content/articles/2023/d.mdx: a draft, but the feed links it',
      'content/articles/2023/d.mdx: a draft, but search holds a record of it',
    ]);
  });
});
