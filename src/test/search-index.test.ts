import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNUSED_BUNDLE_FILES } from '../integrations/pagefind.ts';
import { DIST, fixtureArchive, listHtmlPages, readDist, readEntries, readPublishedArticles, realArchive } from './site-files.ts';

// The pages DESIGN.md says search indexes: one per article, topic, person and event.
const INDEXED_PAGE = /^(articles|topics|people|events)\/[^/]+\/index\.html$/;
const isIndexedPage = (path: string) => INDEXED_PAGE.test(path) && !/^articles\/\d+\/index\.html$/.test(path);

const pages = listHtmlPages();
const indexedPages = pages.filter(isIndexedPage);
const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);

describe('the search index', () => {
  it('is written into the build, without the Pagefind interfaces the site does not use', () => {
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind-highlight.js'))).toBe(true);
    for (const name of UNUSED_BUNDLE_FILES) expect(existsSync(join(DIST, 'pagefind', name)), name).toBe(false);
  });

  it('holds exactly the article, topic, person and event pages', () => {
    const articles = readPublishedArticles();
    const topics = readEntries('topics');
    expect(indexedPages.filter((path) => path.startsWith('articles/'))).toHaveLength(articles.length);
    expect(indexedPages.filter((path) => path.startsWith('topics/'))).toHaveLength(topics.length);
    // Person and event pages count as they are built: each one that exists must be in the index.
    expect(pageCount).toBe(indexedPages.length);
  });

  it('marks every page it holds for indexing, with a type and a date sort key', () => {
    for (const path of indexedPages) {
      const html = readDist(path);
      expect(html, path).toContain('data-pagefind-body');
      expect(html, path).toMatch(/data-pagefind-filter="type:(Article|Topic|Person|Event)"/);
      expect(html.match(/data-pagefind-sort="date:\d{4}-\d{2}-\d{2}"/g), path).toHaveLength(1);
      expect(html, path).toMatch(/data-pagefind-meta="title:[^"]+"/);
    }
  });

  it('leaves out the search page, the listings and the 404 page', () => {
    const others = pages.filter((path) => !isIndexedPage(path));
    expect(others).toEqual(expect.arrayContaining(['search/index.html', '404.html', 'index.html', 'articles/index.html', 'topics/index.html']));
    for (const path of others) expect(readDist(path), path).not.toContain('data-pagefind-body');
  });

});

describe.each([realArchive, fixtureArchive])('the search records of $name', (archive) => {
  it('carry every spelling of every person an article names, without changing the text', () => {
    const people = new Map(archive.readEntries('people').map((person) => [person.id, person.data as { name: string; aliases: string[] }]));
    for (const article of archive.readPublishedArticles()) {
      const html = archive.readDist(`articles/${article.id}/index.html`);
      for (const id of (article.data.people as string[]) ?? []) {
        const person = people.get(id)!;
        for (const spelling of [person.name, ...(person.aliases ?? [])]) expect(html, `${article.id}: ${spelling}`).toContain(spelling);
      }
    }
  });

  it('give an article without a named outlet the outlet "Unidentified outlet"', () => {
    for (const article of archive.readPublishedArticles().filter((a) => !a.data.outlet)) {
      expect(archive.readDist(`articles/${article.id}/index.html`)).toContain('data-pagefind-filter="outlet:Unidentified outlet"');
    }
  });
});
