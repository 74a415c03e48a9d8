import { describe, expect, it } from 'vitest';
import { createUrls, getSourceFileUrl, withBase } from './urls.ts';

describe('withBase', () => {
  it('prefixes the base path once, whatever its slashes', () => {
    expect(withBase('/', '/articles/')).toBe('/articles/');
    expect(withBase('/kr/', '/articles/')).toBe('/kr/articles/');
    expect(withBase('/kr', 'articles/')).toBe('/kr/articles/');
  });
});

describe('createUrls', () => {
  const urls = createUrls('/kr/');

  it('builds the URL scheme of the design', () => {
    expect(urls.article('2023-12-16-x')).toBe('/kr/articles/2023-12-16-x/');
    expect(urls.topic('navalny')).toBe('/kr/topics/navalny/');
    expect(urls.topicFeed('navalny')).toBe('/kr/topics/navalny/rss.xml');
    expect(urls.event('nbc')).toBe('/kr/events/nbc/');
    expect(urls.person('dmitry-peskov')).toBe('/kr/people/dmitry-peskov/');
  });

  it('keeps the first archive page at /articles/ and numbers the rest', () => {
    expect(urls.articles()).toBe('/kr/articles/');
    expect(urls.articles(1)).toBe('/kr/articles/');
    expect(urls.articles(3)).toBe('/kr/articles/3/');
  });

  it('encodes a search query', () => {
    expect(urls.search('Peskov & Putin')).toBe('/kr/search/?q=Peskov%20%26%20Putin');
  });
});

describe('getSourceFileUrl', () => {
  it('points at the file on the branch, whatever slashes the parts carry', () => {
    expect(getSourceFileUrl({ repositoryUrl: 'https://github.com/o/r/', branch: 'main' }, './content/topics/navalny.mdx')).toBe(
      'https://github.com/o/r/blob/main/content/topics/navalny.mdx',
    );
  });
});
