import { describe, expect, it } from 'vitest';
import { getRobotsTxt, isIndexable } from './crawlers.ts';

describe('isIndexable', () => {
  it('leaves the noindex search and 404 pages out of the sitemap, under any base path', () => {
    expect(isIndexable('/search/', '/')).toBe(false);
    expect(isIndexable('/kr/search/', '/kr/')).toBe(false);
    expect(isIndexable('/kr/404/', '/kr/')).toBe(false);
  });

  it('keeps every other page', () => {
    expect(isIndexable('/kr/articles/2023-x/', '/kr/')).toBe(true);
    expect(isIndexable('/kr/', '/kr/')).toBe(true);
    expect(isIndexable('/search/', '/kr/')).toBe(true);
  });
});

describe('getRobotsTxt', () => {
  it('allows crawling and names the sitemap by its absolute address', () => {
    expect(getRobotsTxt('https://kr.example/kr/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://kr.example/kr/sitemap-index.xml\n');
  });
});
