import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pagefindIntegration, { buildSearchIndex } from './pagefind.ts';

// The real Pagefind: it needs some text to index on each page.
const page = (type?: string, text = 'Peskov spoke') =>
  `<html lang="en"><body>${type ? `<main data-pagefind-body><p>${text}</p><span data-pagefind-meta="type:${type}"></span></main>` : '<p>listing</p>'}</body></html>`;
const log = { info: vi.fn() };
let outDir: string;

function writePage(path: string, html: string) {
  mkdirSync(join(outDir, path, '..'), { recursive: true });
  writeFileSync(join(outDir, path), html);
}

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'kr-pagefind-'));
  log.info.mockClear();
  writePage('articles/2023-12-16-a/index.html', page('Article'));
  writePage('articles/2025-b/index.html', page('Article'));
  writePage('topics/navalny/index.html', page('Topic'));
  writePage('people/dmitry-peskov/index.html', page('Person'));
  writePage('events/summit/index.html', page('Event'));
  writePage('articles/index.html', page());
  writePage('404.html', page());
  writePage('assets/site.css', 'body{}');
});

afterEach(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('buildSearchIndex', () => {
  it('indexes the pages with a search region, each once, with its type, and no other page', async () => {
    // Not an article's, topic's, person's or event's page: not read, whatever it holds.
    writePage('about/index.html', page('Article'));
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.records).toEqual([
      { url: '/articles/2023-12-16-a/', type: 'Article' },
      { url: '/articles/2025-b/', type: 'Article' },
      { url: '/events/summit/', type: 'Event' },
      { url: '/people/dmitry-peskov/', type: 'Person' },
      { url: '/topics/navalny/', type: 'Topic' },
    ]);
    expect(summary.recordsByType).toEqual({ Article: 2, Topic: 1, Person: 1, Event: 1 });
    expect(summary.pageCount).toBe(5);
  });

  it('writes the same index twice from the same pages, so two builds are byte-identical', async () => {
    const read = () => readdirSync(join(outDir, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name)).toString('base64')])
      .sort();
    await buildSearchIndex(outDir, log);
    const first = read();
    rmSync(join(outDir, 'pagefind'), { recursive: true });
    await buildSearchIndex(outDir, log);
    expect(read()).toEqual(first);
  });

  it('writes a rebuild over the last bundle: unchanged files stay as they are, and what the new index does not use goes', async () => {
    const bundleFiles = () => readdirSync(join(outDir, 'pagefind'), { recursive: true, encoding: 'utf8' }).filter((path) => /\.pf_/.test(path)).sort();
    await buildSearchIndex(outDir, log);
    const fragments = join(outDir, 'pagefind/fragment');
    const unchanged = join(fragments, readdirSync(fragments).find((name) => gunzipSync(readFileSync(join(fragments, name))).toString().includes('/people/dmitry-peskov/'))!);
    utimesSync(unchanged, new Date(2000, 0, 1), new Date(2000, 0, 1));
    writePage('topics/navalny/index.html', page('Topic', 'Navalny died in custody'));
    rmSync(join(outDir, 'events'), { recursive: true });
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.records.map((record) => record.url)).toEqual(['/articles/2023-12-16-a/', '/articles/2025-b/', '/people/dmitry-peskov/', '/topics/navalny/']);
    const rebuilt = bundleFiles();
    expect(statSync(unchanged).mtime.getFullYear()).toBe(2000);
    // The same bundle a build into an empty folder writes, file for file.
    rmSync(join(outDir, 'pagefind'), { recursive: true });
    await buildSearchIndex(outDir, log);
    expect(rebuilt).toEqual(bundleFiles());
  });

  it('writes the bundle whole when a file of the last bundle would stand in for a new page', async () => {
    // The fragment the edited page will get, found by indexing it once; then the last bundle is
    // written with another page's fragment under that name, as a short-hash collision would leave it.
    writePage('topics/navalny/index.html', page('Topic', 'Navalny died in custody'));
    await buildSearchIndex(outDir, log);
    const fragments = join(outDir, 'pagefind/fragment');
    const newName = readdirSync(fragments).find((name) => gunzipSync(readFileSync(join(fragments, name))).toString().includes('/topics/navalny/'))!;
    writePage('topics/navalny/index.html', page('Topic'));
    rmSync(join(outDir, 'pagefind'), { recursive: true });
    await buildSearchIndex(outDir, log);
    const other = readdirSync(fragments).find((name) => gunzipSync(readFileSync(join(fragments, name))).toString().includes('/people/dmitry-peskov/'))!;
    writeFileSync(join(fragments, newName), readFileSync(join(fragments, other)));
    writePage('topics/navalny/index.html', page('Topic', 'Navalny died in custody'));
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.records.map((record) => record.url)).toContain('/topics/navalny/');
    expect(gunzipSync(readFileSync(join(fragments, newName))).toString()).toContain('Navalny died in custody');
  });

  it('writes the bundle whole over a last bundle another Pagefind version wrote, or one cut off before its entry file', async () => {
    const entryFile = join(outDir, 'pagefind/pagefind-entry.json');
    const untrusted = [
      () => writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace(/"version":"[^"]+"/, '"version":"0.0.1"')),
      () => rmSync(entryFile),
    ];
    for (const makeUntrusted of untrusted) {
      await buildSearchIndex(outDir, log);
      const fragments = join(outDir, 'pagefind/fragment');
      const [name] = readdirSync(fragments);
      writeFileSync(join(fragments, name!), 'not a fragment Pagefind wrote');
      makeUntrusted();
      expect((await buildSearchIndex(outDir, log)).pageCount).toBe(5);
      expect(gunzipSync(readFileSync(join(fragments, name!))).toString()).toMatch(/^pagefind_dcd/);
    }
  });

  it('writes one index for every page language, as the site’s language, so one search finds Russian and English pages', async () => {
    writePage('articles/2024-ru/index.html', page('Article', 'Песков заявил').replace('lang="en"', 'lang="ru"'));
    await buildSearchIndex(outDir, log);
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages['en']?.page_count).toBe(6);
  });

  it('logs the page count and the size of the bundle', async () => {
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.bundleBytes).toBeGreaterThan(10_000);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 5 of 7 pages \(2 article, 1 topic, 1 person, 1 event\) in \d+\.\d s; pagefind\/ holds \d+\.\d KiB\.$/));
  });

  it('leaves Pagefind’s ready-made interfaces, which the site does not use, out of the bundle', async () => {
    await buildSearchIndex(outDir, log);
    expect(existsSync(join(outDir, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails, naming the page, when an indexed page carries a search type the site does not know', async () => {
    writePage('events/x/index.html', page('Thing'));
    await expect(buildSearchIndex(outDir, log)).rejects.toThrow('Pagefind could not index /events/x/:\nunknown search type "Thing"');
  });

  it('fails, naming the page, when an indexed page carries no search type', async () => {
    writePage('people/x/index.html', '<html lang="en"><body><main data-pagefind-body>About the archive</main></body></html>');
    await expect(buildSearchIndex(outDir, log)).rejects.toThrow('Pagefind could not index /people/x/:\nthe page has no search type');
  });
});

describe('the Astro integration', () => {
  it('indexes the build output when the build is done and hands over the summary', async () => {
    const onIndexed = vi.fn();
    const integration = pagefindIntegration({ onIndexed });
    const done = integration.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: typeof log; pages: { pathname: string }[] }) => Promise<void>;
    // Astro's list of the pages it built, which the log counts instead of listing the folder.
    const pages = ['', 'about/', 'search/', 'articles/a/', 'articles/b/', 'topics/t/', 'people/p/', 'events/e/'].map((pathname) => ({ pathname }));
    await done({ dir: pathToFileURL(`${outDir}/`), logger: log, pages });
    expect(onIndexed).toHaveBeenCalledWith(expect.objectContaining({ pageCount: 5, recordsByType: { Article: 2, Topic: 1, Person: 1, Event: 1 } }));
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 5 of 8 pages /));
  });
});
