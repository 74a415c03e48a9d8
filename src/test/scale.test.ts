import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBenchArchive } from '../cli/bench/archive.ts';
import { listSizes, writeFiles } from '../cli/bench/files.ts';
import { readEntrySource } from '../lib/frontmatter/read.ts';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { crawl, getBlocks, getLinks, getRelLink, toDistFile } from './crawl.ts';
import { listFiles } from './site-files.ts';

// A generated archive of a few hundred entries, built with small page sizes so that every kind
// of listing has to paginate or split: what 20,000 entries do with the real sizes.
const ENTRIES = 240;
const PAGE_SIZES = {
  SITE_ARTICLES_PER_PAGE: '4',
  SITE_QUOTES_PER_PAGE: '8',
  SITE_TIMELINE_PER_PAGE: '30',
  SITE_LATEST_QUOTES: '3',
  SITE_EVENTS_ON_TOPIC_PAGE: '4',
  SITE_PEOPLE_ON_TOPIC_PAGE: '5',
};

const workDir = mkdtempSync(join(tmpdir(), 'kr-scale-'));
const dist = join(workDir, 'dist');
const archive = generateBenchArchive({ entries: ENTRIES });
const articles = archive.files
  .filter((file) => file.path.startsWith('articles/'))
  .map((file) => {
    const { data } = readEntrySource(file.text);
    const list = (key: string) => (data[key] as string[] | undefined) ?? [];
    return {
      id: file.path.replace(/^.*\/|\.mdx$/g, ''),
      topics: list('topics'), people: list('people'), events: list('events'),
      outlet: typeof data['outlet'] === 'string' ? data['outlet'] : 'unidentified',
      published: parsePartialDate(data['published']),
      quotes: ((data['quotes'] as unknown[] | undefined) ?? []).length,
    };
  })
  // The archive's order: newest first, a less precise date after the days of its period, then by id.
  .sort((a, b) => comparePartialDates(b.published, a.published) || a.id.localeCompare(b.id));
const idsIn = (folder: string) => archive.files.filter((f) => f.path.startsWith(`${folder}/`)).map((f) => f.path.replace(/^.*\/|\.[^.]+$/g, ''));
const read = (path: string) => readFileSync(join(dist, toDistFile(path)), 'utf8');
const articleIdsIn = (html: string) => getBlocks(html, 'ol', 'article-list').flatMap(getLinks).flatMap((href) => /^\/articles\/([^/]+)\/$/.exec(href)?.[1] ?? []);

/** A listing's pages from its first, by rel="next", checking that each rel="prev" leads back. */
function followPages(first: string): { paths: string[]; pages: string[] } {
  const paths = [first];
  const pages = [read(first)];
  for (let next = getRelLink(pages[0]!, 'next'); next; next = getRelLink(pages.at(-1)!, 'next')) {
    const html = read(next);
    expect(getRelLink(html, 'prev'), `${next} leads back`).toBe(paths.at(-1));
    paths.push(next);
    pages.push(html);
  }
  expect(getRelLink(pages[0]!, 'prev'), `${first} is the first page`).toBeUndefined();
  pages.forEach((html, index) => {
    if (pages.length > 1) expect(html, paths[index]).toContain(`Page ${index + 1} of ${pages.length}`);
  });
  return { paths, pages };
}

let buildLog = '';
beforeAll(() => {
  writeFiles(join(workDir, 'content'), archive.files);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ...PAGE_SIZES, SITE_CONTENT_DIR: join(workDir, 'content'), SITE_OUT_DIR: dist, SITE_CACHE_DIR: join(workDir, 'cache') },
  });
  // CI's terminal gets colours: read the log as a reader would see it.
  buildLog = stripVTControlCharacters(`${result.stdout}${result.stderr}`);
  if (result.status !== 0) throw new Error(`the build of ${ENTRIES} generated entries failed:\n${buildLog.slice(-3000)}`);
}, 900_000);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe(`an archive of ${ENTRIES} entries with small pages`, () => {
  it('reaches every page of the site from the home page by links alone', () => {
    const reached = crawl(dist);
    const pages = listFiles(dist).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
    const unreached = pages.filter((path) => !reached.has(`/${path.replace(/index\.html$/, '')}`) && path !== '404.html');
    expect(unreached).toEqual([]);
    for (const { id } of articles) expect(reached.has(`/articles/${id}/`), id).toBe(true);
  });

  it.each([
    ['topic', 'topics', (a: (typeof articles)[number]) => a.topics],
    ['person', 'people', (a: (typeof articles)[number]) => a.people],
    ['outlet', 'outlets', (a: (typeof articles)[number]) => [a.outlet]],
    ['event', 'events', (a: (typeof articles)[number]) => a.events],
  ] as const)('lists each %s’s articles newest first across chained pages, each exactly once', (_, folder, ownersOf) => {
    const owners = folder === 'outlets' ? [...idsIn(folder), 'unidentified'] : idsIn(folder);
    let paginated = 0;
    for (const owner of owners) {
      const { pages } = followPages(`/${folder}/${owner}/`);
      if (pages.length > 1) paginated += 1;
      const listed = pages.flatMap(articleIdsIn);
      expect(listed, owner).toEqual(articles.filter((a) => ownersOf(a).includes(owner)).map((a) => a.id));
    }
    expect(paginated, `some ${folder} need several pages`).toBeGreaterThan(0);
  });

  it('pages the archive index through every article', () => {
    const { pages } = followPages('/articles/');
    expect(pages.length).toBe(Math.ceil(ENTRIES / 4));
    expect(pages.flatMap(articleIdsIn)).toEqual(articles.map((a) => a.id));
  });

  it('splits the timeline by year and a large year by month, holding every event and article once', () => {
    const listed: string[] = [];
    const visit = (path: string, depth: number) => {
      const { pages } = followPages(path);
      for (const html of pages) listed.push(...getBlocks(html, 'ul', 'timeline-items').flatMap(getLinks));
      const parts = getBlocks(pages[0]!, 'nav', 'counted-links').flatMap(getLinks);
      for (const part of parts) visit(part, depth + 1);
      return parts.length;
    };
    const years = visit('/timeline/', 0);
    expect(years).toBeGreaterThan(5);
    const expected = [...articles.map((a) => `/articles/${a.id}/`), ...idsIn('events').map((id) => `/events/${id}/`)];
    expect(listed.sort()).toEqual(expected.sort());
    expect(listFiles(join(dist, 'timeline')).some((path) => /^\d{4}\/\d{2}\/index\.html$/.test(path)), 'a month page').toBe(true);
  });

  it('lists every quote once by speaker and once by year, on chained pages', () => {
    const total = articles.reduce((sum, a) => sum + a.quotes, 0);
    const index = read('/quotes/');
    const [speakers, years] = getBlocks(index, 'nav', 'counted-links').map(getLinks);
    const count = (paths: string[]) => paths.flatMap((path) => followPages(path).pages).reduce((sum, html) => sum + (html.match(/<blockquote[\s>]/g)?.length ?? 0), 0);
    expect(count(speakers ?? [])).toBe(total);
    expect(count(years ?? [])).toBe(total);
    expect((speakers ?? []).some((path) => getRelLink(read(path), 'next')), 'a speaker with several pages').toBe(true);
  });

  it('keeps every page small, and the topic page to its latest entries and links onward', () => {
    const sizes = [...listSizes(dist)].filter(([path]) => path.endsWith('.html'));
    const [largest, bytes] = sizes.reduce((max, entry) => (entry[1] > max[1] ? entry : max));
    expect(bytes, largest).toBeLessThan(150 * 1024);
    const topic = read('/topics/topic-1/');
    expect(articleIdsIn(topic)).toHaveLength(4);
    expect(getBlocks(topic, 'ul', 'quote-list')[0]?.match(/<blockquote[\s>]/g)).toHaveLength(3);
    expect(getBlocks(topic, 'ol', 'event-list')[0]?.match(/<li>/g)).toHaveLength(4);
    expect(getRelLink(topic, 'next')).toBe('/topics/topic-1/2/');
    expect(statSync(join(dist, 'topics/topic-1/index.html')).size).toBeLessThan(40 * 1024);
  });

  it('prints a line per phase, not per entry, and no warning', () => {
    const lines = buildLog.split('\n').filter((line) => line.trim());
    expect(lines.filter((line) => /\bWARN\b|warning/i.test(line))).toEqual([]);
    expect(lines.filter((line) => articles.some((a) => line.includes(a.id)))).toEqual([]);
    expect(lines.length).toBeLessThan(40);
    expect(buildLog).toMatch(/\[kremlin-record:integrity\] 240 articles, each with its text on its page, a feed item and a search record\./);
  });
});
