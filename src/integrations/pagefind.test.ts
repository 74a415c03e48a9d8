import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pagefindIntegration, { buildSearchIndex, toPageUrl } from './pagefind.ts';

// The real Pagefind is a native binary; here it is replaced by a stand-in that reads the `type`
// meta from the HTML and, like Pagefind, indexes only pages with a data-pagefind-body element
// (unless a test sets another count).
const pagefindMock = vi.hoisted(() => ({
  added: [] as string[],
  withBody: 0,
  addErrors: {} as Record<string, string[]>,
  indexedCount: undefined as number | undefined,
  closed: 0,
  inFlight: 0,
  maxInFlight: 0,
  config: undefined as unknown,
}));

vi.mock('pagefind', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  return {
    createIndex: async (config: unknown) => (pagefindMock.config = config, {
      errors: [],
      index: {
        addHTMLFile: async ({ url, content }: { url: string; content: string }) => {
          // Like the real service, an addition may take longer than one started after it.
          pagefindMock.inFlight += 1;
          pagefindMock.maxInFlight = Math.max(pagefindMock.maxInFlight, pagefindMock.inFlight);
          await new Promise((resolve) => setTimeout(resolve, (url.length * 7) % 5));
          pagefindMock.inFlight -= 1;
          pagefindMock.added.push(url);
          if (content.includes('data-pagefind-body')) pagefindMock.withBody += 1;
          const type = /data-pagefind-meta="type:([^"]+)"/.exec(content)?.[1];
          return { errors: pagefindMock.addErrors[url] ?? [], file: { url, uniqueWords: 1, meta: type ? { type } : {} } };
        },
        writeFiles: async ({ outputPath }: { outputPath: string }) => {
          fs.mkdirSync(outputPath, { recursive: true });
          const count = pagefindMock.indexedCount ?? pagefindMock.withBody;
          const entry = { version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: count } } };
          fs.writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
          fs.writeFileSync(path.join(outputPath, 'pagefind.js'), 'x'.repeat(1000));
          fs.writeFileSync(path.join(outputPath, 'pagefind-ui.js'), 'x'.repeat(5000));
          return { errors: [], outputPath };
        },
      },
    }),
    close: async () => {
      pagefindMock.closed += 1;
      return null;
    },
  };
});

const page = (type?: string) => `<html lang="en"><body>${type ? `<main data-pagefind-body><span data-pagefind-meta="type:${type}"></span></main>` : '<p>listing</p>'}</body></html>`;
const log = { info: vi.fn() };
let outDir: string;

function writePage(path: string, html: string) {
  mkdirSync(join(outDir, path, '..'), { recursive: true });
  writeFileSync(join(outDir, path), html);
}

beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'kr-pagefind-'));
  Object.assign(pagefindMock, { added: [], withBody: 0, addErrors: {}, indexedCount: undefined, closed: 0, inFlight: 0, maxInFlight: 0 });
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

describe('toPageUrl', () => {
  it('serves a directory page at its folder and any other file at its name', () => {
    expect(toPageUrl('articles/2025-b/index.html')).toBe('/articles/2025-b/');
    expect(toPageUrl('index.html')).toBe('/');
    expect(toPageUrl('404.html')).toBe('/404.html');
  });
});

describe('buildSearchIndex', () => {
  it('hands every HTML page to Pagefind, and nothing else', async () => {
    await buildSearchIndex(outDir, log);
    expect(pagefindMock.added.sort()).toEqual([
      '/404.html', '/articles/', '/articles/2023-12-16-a/', '/articles/2025-b/', '/events/summit/', '/people/dmitry-peskov/', '/topics/navalny/',
    ]);
  });

  it('hands the pages over one at a time in the order of their files, so every build numbers them alike', async () => {
    await buildSearchIndex(outDir, log);
    expect(pagefindMock.maxInFlight).toBe(1);
    expect(pagefindMock.added).toEqual([
      '/404.html', '/articles/2023-12-16-a/', '/articles/2025-b/', '/articles/', '/events/summit/', '/people/dmitry-peskov/', '/topics/navalny/',
    ]);
  });

  it('writes one index for every page language, as the site’s language, so one search finds Russian and English pages', async () => {
    await buildSearchIndex(outDir, log);
    expect(pagefindMock.config).toEqual({ forceLanguage: 'en' });
    Object.assign(pagefindMock, { added: [], withBody: 0 });
    await buildSearchIndex(outDir, log, 'de');
    expect(pagefindMock.config).toEqual({ forceLanguage: 'de' });
  });

  it('counts the indexed pages by type, for the lossless check', async () => {
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.recordsByType).toEqual({ Article: 2, Topic: 1, Person: 1, Event: 1 });
    expect(summary.pageCount).toBe(5);
    expect(summary.records.filter((record) => record.type === 'Article').map((record) => record.url)).toEqual(['/articles/2023-12-16-a/', '/articles/2025-b/']);
  });

  it('logs the page count and the size of the bundle', async () => {
    const summary = await buildSearchIndex(outDir, log);
    expect(summary.bundleBytes).toBeGreaterThanOrEqual(1000);
    expect(summary.bundleBytes).toBeLessThan(5000);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 5 of 7 pages \(2 article, 1 topic, 1 person, 1 event\) in \d+\.\d s; pagefind\/ holds \d+\.\d KiB\.$/));
  });

  it('leaves Pagefind’s ready-made interfaces, which the site does not use, out of the bundle', async () => {
    await buildSearchIndex(outDir, log);
    expect(existsSync(join(outDir, 'pagefind/pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('fails, naming the page, when Pagefind cannot index it', async () => {
    pagefindMock.addErrors['/topics/navalny/'] = ['bad HTML'];
    await expect(buildSearchIndex(outDir, log)).rejects.toThrow('Pagefind could not index /topics/navalny/:\nbad HTML');
    expect(pagefindMock.closed).toBe(1);
  });

  it('fails when a page carries a search type the site does not know', async () => {
    writePage('things/x/index.html', page('Thing'));
    await expect(buildSearchIndex(outDir, log)).rejects.toThrow('unknown search type "Thing"');
  });

  it('fails when the index holds a different number of pages than carry a search type', async () => {
    writePage('about/index.html', '<html lang="en"><body><main data-pagefind-body>About</main></body></html>');
    await expect(buildSearchIndex(outDir, log)).rejects.toThrow('5 pages carry a search type, but the index holds 6');
  });
});

describe('the Astro integration', () => {
  it('indexes the build output when the build is done and hands over the summary', async () => {
    const onIndexed = vi.fn();
    const integration = pagefindIntegration({ onIndexed });
    const done = integration.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: typeof log }) => Promise<void>;
    await done({ dir: pathToFileURL(`${outDir}/`), logger: log });
    expect(onIndexed).toHaveBeenCalledWith(expect.objectContaining({ pageCount: 5, recordsByType: { Article: 2, Topic: 1, Person: 1, Event: 1 } }));
  });
});
