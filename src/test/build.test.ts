import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config.ts';
import { FIXTURE } from './fixture-archive.ts';
import { fixtureArchive, getVisibleText, listFiles, listHtmlPages, readDist, readPublishedArticles, DIST } from './site-files.ts';

const articles = readPublishedArticles();

// What the raw seeds carried around their articles; none of it may reach a page.
const REMOVED_CHROME = [
  'Photo of author', 'Read more news', 'Read more informations', 'READ ALSO', 'Connect with us',
  'Hi, what are you looking for?', 'Photo from Google', 'Click to comment', 'Leave a Reply',
  'Your email address will not be published', '{{^adFree}}', '{{/adFree}}', 'fbq(',
  'fbevents.js', 'connect.facebook.net', '!function(f,b,e,v,n,t,s)',
];

describe('the built archive', () => {
  it('gives each article a page that shows its provenance before its text', () => {
    for (const article of articles) {
      const html = readDist(`articles/${article.id}/index.html`);
      const provenance = html.indexOf('id="provenance-heading"');
      const text = html.indexOf('id="text-heading"');
      expect(provenance, article.id).toBeGreaterThan(-1);
      expect(text, article.id).toBeGreaterThan(provenance);
      const visible = getVisibleText(html);
      expect(visible).toContain(article.data.outlet ? 'Outlet' : 'Unidentified outlet');
      expect(visible).toMatch(/Published/);
      if (article.data.circa) expect(visible).toContain('inferred from the text, not printed by the source');
      if (!article.data.url) expect(visible).toContain('Original Not known');
    }
  });

  it('never shows a day the source did not give', () => {
    for (const article of articles) {
      const published = String(article.data.published);
      const page = readDist(`articles/${article.id}/index.html`);
      const html = page.slice(page.indexOf('id="provenance-heading"'), page.indexOf('id="text-heading"'));
      const datetimes = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]);
      expect(datetimes, article.id).toContain(published);
      if (/^\d{4}-\d{2}$/.test(published)) expect(datetimes.some((d) => d?.startsWith(`${published}-`)), article.id).toBe(false);
    }
  });

  it('keeps every piece of removed site chrome off every page, except where the notes name what was removed', () => {
    for (const page of listHtmlPages()) {
      const html = readDist(page).replace(/<ul class="notes">[\s\S]*?<\/ul>/g, '');
      for (const chrome of REMOVED_CHROME) expect(html.includes(chrome), `${page} contains "${chrome}"`).toBe(false);
    }
  });

  it('keeps each article’s text, sentence by sentence', () => {
    for (const article of articles) {
      const visible = getVisibleText(readDist(`articles/${article.id}/index.html`)).replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const sentences = article.body.split(/\n+/).filter((line) => line.trim() && !line.startsWith('#')).map((line) => line.trim().slice(0, 60));
      for (const sentence of sentences) expect(visible, article.id).toContain(sentence.replace(/\s+/g, ' ').replace(/\\/g, ''));
    }
  });

  it('has one page and one feed item per non-draft article', () => {
    const pages = listFiles(`${DIST}/articles`).filter((path) => /^\d{4}[^/]*\/index\.html$/.test(path));
    expect(pages).toHaveLength(articles.length);
    expect(readDist('rss.xml').match(/<item>/g)).toHaveLength(articles.length);
  });

  it('gives each non-draft article its citation as BibTeX, RIS and CSL-JSON, and no other article one', () => {
    const citationFiles = listFiles(`${DIST}/articles`).filter((path) => /\/cite\.[a-z]+$/.test(path)).sort();
    expect(citationFiles).toEqual(articles.flatMap((article) => ['bib', 'json', 'ris'].map((extension) => `${article.id}/cite.${extension}`)).sort());
    for (const article of articles) {
      expect(readDist(`articles/${article.id}/cite.bib`)).toContain(`title = {`);
      expect(readDist(`articles/${article.id}/cite.ris`)).toMatch(/^TY {2}- /);
      expect(JSON.parse(readDist(`articles/${article.id}/cite.json`))).toEqual([expect.objectContaining({ id: article.id })]);
    }
  });

  it('starts the archive index with a full first page, newest first', () => {
    const html = readDist('articles/index.html');
    const listed = [...html.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(listed).toHaveLength(Math.min(articles.length, siteConfig.articlesPerPage));
    // "2023-12-16" > "2023-12" > "2023": a date known to its month or year follows the days of its period.
    expect([...listed].sort().reverse()).toEqual(listed);
  });

  it('ships no script file and asks no other origin for anything', () => {
    for (const page of listHtmlPages().filter((path) => !path.startsWith('search/'))) {
      const html = readDist(page);
      expect(html, page).not.toMatch(/<script[^>]+src=/);
      // A <link rel="schema.DC"> names the Dublin Core namespace; no browser fetches it.
      expect(html, page).not.toMatch(/<(?:link(?![^>]*rel="schema\.)|img|iframe|source)[^>]+(?:href|src)="(?:https?:)?\/\/(?!localhost)/);
    }
  });

  it('links each article page to its source file in the repository', () => {
    for (const article of articles) {
      expect(readDist(`articles/${article.id}/index.html`)).toContain(`/blob/main/${article.path}"`);
    }
  });

  it('serves a 404 page', () => {
    expect(readDist('404.html')).toContain('Page not found');
  });
});

describe('the fixture archive’s listings', () => {
  const listedArticles = (path: string, headingId = '') => {
    const html = fixtureArchive.readDist(path);
    return [...new Set([...html.slice(html.indexOf(headingId)).matchAll(/href="\/articles\/([^/"]+)\/"/g)].map((m) => m[1]))];
  };

  it('lists on each topic page exactly the articles of that topic', () => {
    expect(listedArticles('topics/ukraine-war/index.html', 'id="entries-heading"').sort()).toEqual([FIXTURE.enZelensky, FIXTURE.ruZelensky, FIXTURE.undatedYear].sort());
  });

  it('lists the archive index newest first, a month or year after the days of its period', () => {
    expect(listedArticles('articles/index.html', '<main')).toEqual([
      FIXTURE.conferenceExclusive, FIXTURE.conferenceFirst, FIXTURE.conferenceMonth, FIXTURE.ruZelensky,
      FIXTURE.enZelensky, FIXTURE.ruPeskov, FIXTURE.enPeskov, FIXTURE.undatedYear,
    ]);
  });
});
