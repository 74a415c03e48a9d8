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

  it('keeps the first page of every listing at its own URL and numbers the rest', () => {
    expect(urls.person('p')).toBe('/kr/people/p/');
    expect(urls.person('p', 1)).toBe('/kr/people/p/');
    expect(urls.person('p', 2)).toBe('/kr/people/p/2/');
    expect(urls.topic('t', 3)).toBe('/kr/topics/t/3/');
    expect(urls.outlet('o', 2)).toBe('/kr/outlets/o/2/');
    expect(urls.event('e', 4)).toBe('/kr/events/e/4/');
  });

  it('places a timeline page by topic, year, two-digit month and page', () => {
    expect(urls.timeline()).toBe('/kr/timeline/');
    expect(urls.timeline('navalny')).toBe('/kr/timeline/navalny/');
    expect(urls.timeline(undefined, { year: 2023 })).toBe('/kr/timeline/2023/');
    expect(urls.timeline('navalny', { year: 2023, month: 4 })).toBe('/kr/timeline/navalny/2023/04/');
    expect(urls.timeline(undefined, { year: 2023, month: 12, page: 2 })).toBe('/kr/timeline/2023/12/2/');
    expect(urls.timeline(undefined, { page: 1 })).toBe('/kr/timeline/');
  });

  it('gives each speaker and each year its own quotes listing', () => {
    expect(urls.quotes()).toBe('/kr/quotes/');
    expect(urls.quotes({ speakerId: 'dmitry-peskov' })).toBe('/kr/quotes/dmitry-peskov/');
    expect(urls.quotes({ speakerId: 'dmitry-peskov', page: 2 })).toBe('/kr/quotes/dmitry-peskov/2/');
    expect(urls.quotes({ year: 2023, page: 3 })).toBe('/kr/quotes/2023/3/');
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
