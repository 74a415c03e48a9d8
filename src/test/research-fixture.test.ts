import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from './browser.ts';
import { launchChrome } from './chrome.ts';
import { serveStatic } from './fixture-site.ts';
import { parseFeed, readPageMetadata, readTag } from './research-files.ts';

// A small invented archive, with an outlet, a byline, a draft and every date precision, built as a
// production site served from a sub-folder. The build runs in a copy of the project, so neither
// dist/ nor Astro's caches in .astro/ ever see it.
const FIXTURE = resolve('src/test/fixtures/research-archive');
const SITE = 'https://kr.example';
const BASE = '/kr/';
const workDir = mkdtempSync(join(tmpdir(), 'kr-research-'));
const root = join(workDir, 'project');
const outDir = join(workDir, 'dist');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const { SITE_URL: _, SITE_BASE: __, SITE_CONTENT_DIR: ___, SITE_OUT_DIR: ____, ...cleanEnv } = process.env;
function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...cleanEnv, SITE_CONTENT_DIR: FIXTURE, SITE_OUT_DIR: outDir, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const DAY = '2024-03-05-meridian-ledger-petrov-says-talks-go-on';
const MONTH = '2024-03-unidentified-petrov-on-talks';
const YEAR = '2023-unidentified-petrov-year-report';

beforeAll(() => {
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
});

describe('a production build', () => {
  it('stops without a site URL and says how to set one', () => {
    const { status, output } = build({});
    expect(status).not.toBe(0);
    expect(output).toContain('No site URL');
    expect(output).toContain('SITE_URL=https://archive.example.org npm run build');
    expect(output).toContain('npm start');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('an archive with an outlet, built under a base path', () => {
  beforeAll(() => {
    const { status, output } = build({ SITE_URL: SITE, SITE_BASE: BASE });
    if (status !== 0) throw new Error(`the fixture build failed:\n${output.slice(-3000)}`);
  }, 600_000);

  it('names the outlet, byline and original in the metadata of the article that gives them', () => {
    const metadata = readPageMetadata(read(`articles/${DAY}/index.html`));
    expect(Object.fromEntries([...metadata.meta].filter(([name]) => name.startsWith('citation_')).map(([name, [value]]) => [name, value]))).toEqual({
      citation_title: 'Petrov says the talks will go on',
      citation_author: 'Jane Roe',
      citation_publication_date: '2024/03/05',
      citation_journal_title: 'The Meridian Ledger',
      citation_publisher: 'The Meridian Ledger',
      citation_language: 'en',
      citation_public_url: 'https://meridian-ledger.example/2024/03/05/petrov-talks',
      citation_fulltext_html_url: `${SITE}${BASE}articles/${DAY}/`,
    });
    expect(readTag(metadata, 'DC.publisher')).toBe('The Meridian Ledger');
    expect(metadata.jsonLd[0]).toMatchObject({
      datePublished: '2024-03-05',
      publisher: { '@type': 'Organization', name: 'The Meridian Ledger' },
      isBasedOn: 'https://meridian-ledger.example/2024/03/05/petrov-talks',
      archivedAt: [`${SITE}${BASE}articles/${DAY}/`, 'https://web-archive.example/meridian-ledger/petrov-talks'],
    });
  });

  it('leaves outlet, byline and original out where they are unknown, and keeps month and year dates as they are', () => {
    for (const [id, date] of [[MONTH, '2024/03'], [YEAR, '2023']] as const) {
      const metadata = readPageMetadata(read(`articles/${id}/index.html`));
      expect(readTag(metadata, 'citation_publication_date'), id).toBe(date);
      for (const name of ['citation_author', 'citation_journal_title', 'citation_publisher', 'citation_public_url', 'DC.publisher', 'DC.creator']) expect(readTag(metadata, name), `${id} ${name}`).toBeUndefined();
    }
  });

  it('cites the outlet and the retrieved day, and its RIS file reads back', () => {
    const html = read(`articles/${DAY}/index.html`);
    expect(html).toMatch(/Jane Roe\. \(2024, March 5\)\. Petrov says the talks will go on\. <i>The Meridian Ledger<\/i>/);
    const ris = read(`articles/${DAY}/cite.ris`);
    expect(ris).toMatch(/^PB {2}- The Meridian Ledger$/m);
    const [item] = new Cite(ris).data as { accessed: { 'date-parts': number[][] }; issued: { 'date-parts': number[][] } }[];
    expect(item!.issued['date-parts'][0]).toEqual([2024, 3, 5]);
    expect(item!.accessed['date-parts'][0]).toEqual([2024, 3, 6]);
    expect(html).toContain(`href="${BASE}articles/${DAY}/cite.bib"`);
  });

  it('feeds link their pages and themselves under the base path, one item per published article, each dated by a recorded day', () => {
    const feed = parseFeed(read('rss.xml'));
    expect(feed.url).toBe(`${SITE}${BASE}`);
    expect(feed.self).toBe(`${SITE}${BASE}rss.xml`);
    expect(feed.items.map((item) => [item.url, item.published?.toISOString().slice(0, 10)])).toEqual([
      [`${SITE}${BASE}articles/${MONTH}/`, '2024-04-02'],
      [`${SITE}${BASE}articles/${DAY}/`, '2024-04-01'],
      [`${SITE}${BASE}articles/${YEAR}/`, '2024-02-01'],
    ]);
    expect(feed.items[2]!.description).toContain('Captured for the archive on 1 February 2024.');
    const topicFeed = parseFeed(read('topics/talks/rss.xml'));
    expect(topicFeed.url).toBe(`${SITE}${BASE}topics/talks/`);
    expect(topicFeed.self).toBe(`${SITE}${BASE}topics/talks/rss.xml`);
    for (const item of feed.items) expect(existsSync(join(outDir, new URL(item.url!).pathname.replace(BASE, ''), 'index.html')), item.url!).toBe(true);
  });

  it('publishes the data package with the archive’s counts, the draft left out', () => {
    const descriptor = JSON.parse(read('datapackage.json')) as { homepage: string; resources: { name: string; path: string }[] };
    expect(descriptor.homepage).toBe(`${SITE}${BASE}`);
    const rows = (name: string) => parseCsv(read(descriptor.resources.find((resource) => resource.name === name)!.path), { columns: true }) as Record<string, string>[];
    expect(rows('articles').map((row) => [row.id, row.published, row.outlet_name])).toEqual([
      [DAY, '2024-03-05', 'The Meridian Ledger'], [MONTH, '2024-03', ''], [YEAR, '2023', ''],
    ]);
    expect(rows('quotes')).toEqual([{ text: 'The talks will go on.', speaker: 'ivan-petrov', context: '', article: DAY, events: 'petrov-briefing' }]);
    expect(rows('outlets')).toHaveLength(1);
    expect(rows('people')[0]).toMatchObject({ id: 'ivan-petrov', aliases: 'Ivan Petroff', page_url: `${SITE}${BASE}people/ivan-petrov/` });
  });

  it('names the sitemap by its address under the base path', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
  });

  it('marks the search terms on a page opened from a result, loading the highlighter from under the base path', async () => {
    const server = await serveStatic(outDir, BASE);
    const browser = await launchChrome();
    try {
      const { page, consoleErrors, cspViolations } = await openPage(browser, `${BASE}articles/${DAY}/?highlight=talks`, {}, server.url);
      await page.waitForSelector('mark.pagefind-highlight');
      expect((await page.locator('mark.pagefind-highlight').allTextContents()).map((text) => text.toLowerCase())).toContain('talks');
      expect(consoleErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
