import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, fixtureArchive, listHtmlPages, readDist, readEntries, readPublishedArticles, realArchive } from './site-files.ts';
import { parseFeed, readPageMetadata, readTag } from './research-files.ts';

// The suite's builds serve the site at the local address (src/test/global-setup.ts).
const SITE = 'http://localhost:4321';
const articles = readPublishedArticles();
const published = (article: (typeof articles)[number]) => String(article.data.published);
const pageOf = (id: string) => `articles/${id}/index.html`;
const archives = [realArchive, fixtureArchive];
/** The built file a site URL serves. */
const distPathOf = (url: string) => {
  const path = new URL(url).pathname.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? join(path, 'index.html') : path;
};

describe.each(archives)('an article page of $name, read as a reference manager reads it', (archive) => {
  const entries = archive.readPublishedArticles();

  it('carries Highwire, Dublin Core and JSON-LD metadata, every date at its own precision', () => {
    for (const article of entries) {
      const metadata = readPageMetadata(archive.readDist(pageOf(article.id)));
      const date = published(article);
      expect(readTag(metadata, 'citation_title'), article.id).toBe(article.data.title);
      expect(readTag(metadata, 'citation_publication_date'), article.id).toBe(date.replaceAll('-', '/'));
      expect(readTag(metadata, 'citation_author'), article.id).toBe(article.data.byline);
      expect(readTag(metadata, 'citation_language'), article.id).toBe(article.data.language ?? 'en');
      expect(readTag(metadata, 'citation_fulltext_html_url'), article.id).toBe(`${SITE}/articles/${article.id}/`);
      expect(readTag(metadata, 'citation_public_url'), article.id).toBe(article.data.url);
      expect(metadata.dublinCore, article.id).toBe(true);
      expect(readTag(metadata, 'DC.date'), article.id).toBe(date);
      expect(readTag(metadata, 'DC.creator'), article.id).toBe(article.data.byline);
      const [jsonLd] = metadata.jsonLd;
      expect(jsonLd, article.id).toMatchObject({ '@type': 'NewsArticle', headline: article.data.title, datePublished: date, archivedAt: `${SITE}/articles/${article.id}/` });
      // Unknown stays absent, never "Unknown".
      if (!article.data.outlet) {
        for (const name of ['citation_journal_title', 'citation_publisher', 'DC.publisher']) expect(readTag(metadata, name), `${article.id} ${name}`).toBeUndefined();
        expect(jsonLd, article.id).not.toHaveProperty('publisher');
      }
      expect([...metadata.meta.values()].flat().join(' '), article.id).not.toMatch(/\bUnknown\b|Unidentified outlet/);
    }
  });
});

describe.each(archives)('the citations of $name', (archive) => {
  const entries = archive.readPublishedArticles();

  it('are on the page in APA, MLA and Chicago, citing the archive page, readable and copyable without script', () => {
    for (const article of entries) {
      const html = archive.readDist(pageOf(article.id));
      const section = html.slice(html.indexOf('id="cite-heading"'), html.indexOf('</section>', html.indexOf('id="cite-heading"')));
      expect([...section.matchAll(/<dt[^>]*>([^<]+)<\/dt>/g)].map((match) => match[1]), article.id).toEqual(['APA', 'MLA', 'Chicago']);
      expect(section.match(/class="csl-entry"/g), article.id).toHaveLength(3);
      for (const style of ['apa', 'mla', 'chicago']) expect(section, `${article.id} ${style}`).toMatch(new RegExp(`<textarea id="cite-${style}" readonly[^>]*>[^<]*${SITE}/articles/${article.id}/`));
      expect(section, article.id).not.toContain('<script');
    }
  });

  it('are offered as BibTeX, RIS and CSL-JSON that read back with the title, date parts and address', () => {
    for (const article of entries) {
      const html = archive.readDist(pageOf(article.id));
      const title = article.data.titleSupplied ? `[${String(article.data.title)}]` : article.data.title;
      const dateParts = published(article).split('-').map(Number);
      for (const extension of ['bib', 'ris', 'json']) {
        const path = `articles/${article.id}/cite.${extension}`;
        expect(html, path).toContain(`href="/${path}"`);
        const [item] = new Cite(archive.readDist(path)).data as { title: string; issued: { 'date-parts': number[][] }; URL: string }[];
        expect({ title: item!.title, dateParts: item!.issued['date-parts'][0], url: item!.URL }, path).toEqual({ title, dateParts, url: `${SITE}/articles/${article.id}/` });
      }
    }
  });
});

describe('the fixture archive', () => {
  it('holds day-, month- and year-precision articles, with and without a byline and an outlet, for the checks above', () => {
    const fixtureArticles = fixtureArchive.readPublishedArticles();
    expect([...new Set(fixtureArticles.map((article) => published(article).split('-').length))].sort()).toEqual([1, 2, 3]);
    for (const field of ['byline', 'outlet']) {
      expect(fixtureArticles.some((article) => article.data[field]), field).toBe(true);
      expect(fixtureArticles.some((article) => !article.data[field]), field).toBe(true);
    }
  });
});

describe('the open data package', () => {
  const descriptor = JSON.parse(readDist('datapackage.json')) as {
    name: string; resources: { name: string; path: string; format: string; schema: { fields: { name: string }[] } }[];
  };
  const countOf = (table: string, rows: unknown[]) => ({ table, rows: rows.length });

  it('is linked from the about page', () => {
    expect(readDist('about/index.html')).toContain('href="/datapackage.json"');
  });

  it('has a valid descriptor, and every resource it names exists, parses and holds one row per entry', () => {
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    const expected = {
      articles: articles.length,
      quotes: articles.reduce((sum, article) => sum + ((article.data.quotes as unknown[] | undefined)?.length ?? 0), 0),
      events: readEntries('events').length,
      people: readEntries('people').length,
      topics: readEntries('topics').length,
      outlets: existsSync('content/outlets') ? readEntries('outlets').length : 0,
    };
    const counts = descriptor.resources.map((resource) => {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      const text = readDist(resource.path);
      const rows = resource.format === 'csv' ? (parseCsv(text, { columns: true }) as Record<string, string>[]) : (JSON.parse(text) as Record<string, unknown>[]);
      for (const row of rows) expect(Object.keys(row), resource.name).toEqual(resource.schema.fields.map((field) => field.name));
      return countOf(resource.name.replace(/-json$/, ''), rows);
    });
    expect(counts).toEqual(Object.entries(expected).flatMap(([table, rows]) => [{ table, rows }, { table, rows }]));
    const ids = (parseCsv(readDist('data/articles.csv'), { columns: true }) as { id: string }[]).map((row) => row.id).sort();
    expect(ids).toEqual(articles.map((article) => article.id).sort());
  });
});

describe('the feeds', () => {
  const topics = readEntries('topics');

  it('parse with a feed parser, link to their own page and to themselves', () => {
    const feed = parseFeed(readDist('rss.xml'));
    expect(feed.url).toBe(`${SITE}/`);
    expect(feed.self).toBe(`${SITE}/rss.xml`);
    for (const topic of topics) {
      const topicFeed = parseFeed(readDist(`topics/${topic.id}/rss.xml`));
      expect(topicFeed.url, topic.id).toBe(`${SITE}/topics/${topic.id}/`);
      expect(topicFeed.self, topic.id).toBe(`${SITE}/topics/${topic.id}/rss.xml`);
    }
  });

  it('hold one item per published article, each linking an existing page and dated by the day it was added', () => {
    const feed = parseFeed(readDist('rss.xml'));
    expect(feed.items.map((item) => item.url).sort()).toEqual(articles.map((article) => `${SITE}/articles/${article.id}/`).sort());
    for (const item of feed.items) {
      expect(existsSync(join(DIST, distPathOf(item.url!))), item.url!).toBe(true);
      const article = articles.find((entry) => item.url === `${SITE}/articles/${entry.id}/`)!;
      expect(item.published?.toISOString().slice(0, 10), article.id).toBe(String(article.data.added));
      expect(item.description, article.id).toContain('Added to the archive on');
    }
    for (const topic of topics) {
      for (const item of parseFeed(readDist(`topics/${topic.id}/rss.xml`)).items) expect(existsSync(join(DIST, distPathOf(item.url!))), item.url!).toBe(true);
    }
  });
});

describe('for crawlers and link previews', () => {
  it('names the sitemap in robots.txt and leaves the noindex pages out of it', () => {
    expect(readDist('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/articles/</loc>`);
    for (const page of listHtmlPages()) {
      if (/<meta name="robots" content="noindex"/.test(readDist(page))) expect(sitemap, page).not.toContain(`<loc>${SITE}/${page.replace(/index\.html$/, '')}</loc>`);
    }
    expect(sitemap).not.toContain('/search/');
  });

  it('gives every page Open Graph tags and a theme colour for each colour scheme', () => {
    for (const page of listHtmlPages().filter((path) => !path.startsWith('pagefind/'))) {
      const html = readDist(page);
      for (const property of ['og:title', 'og:type', 'og:url', 'og:site_name']) expect(html, `${page} ${property}`).toContain(`<meta property="${property}" content=`);
      expect(html, page).toContain('<meta name="theme-color" media="(prefers-color-scheme: light)"');
      expect(html, page).toContain('<meta name="theme-color" media="(prefers-color-scheme: dark)"');
    }
  });
});
