import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runImportBench } from './bench-import.ts';
import { readArticle } from '../lib/import/article.ts';
import { buildArticleEntry } from '../lib/import/entry.ts';
import { readEntrySource } from '../lib/frontmatter/read.ts';

const corpus = resolve(import.meta.dirname, '../test/fixtures/readability');
const EMPTY_ARCHIVE = { people: [], topics: [], outlets: [], articles: [] };

/** The body `npm run import` writes for a corpus page. */
function importPage(page: string): string {
  const html = gunzipSync(readFileSync(join(corpus, page, 'source.html.gz'))).toString('utf8');
  const entry = buildArticleEntry(readArticle(html, 'html'), { published: { year: 2020 } }, EMPTY_ARCHIVE, `${page}.html`);
  return readEntrySource(entry.source).body;
}

interface Row {
  page: string;
  recall: number;
  precision: number;
  addedSpaces: string[];
  altered: string[];
}

let folder: string;
let log: string[];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kremlin-bench-import-'));
  log = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => log.push(line));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

describe('npm run bench:import', { timeout: 60_000 }, () => {
  it('scores each page and names the one under the recall floor with where its words went', () => {
    const page = (name: string, source: string, expected: string) => {
      mkdirSync(join(folder, 'corpus', name), { recursive: true });
      writeFileSync(join(folder, 'corpus', name, 'source.html'), source);
      writeFileSync(join(folder, 'corpus', name, 'expected.html'), expected);
    };
    const prose = 'The spokesman said on Friday that talks would continue next week in Geneva, and no sooner. '.repeat(5);
    page('kept', `<html><body><article><p>${prose}</p></article></body></html>`, `<div><p>${prose}</p></div>`);
    page('lost', `<html><body><article><p>${prose}</p></article></body></html>`, `<div><p>${prose}</p><p>${prose}</p></div>`);
    expect(runImportBench(['--corpus', join(folder, 'corpus'), '--json', join(folder, 'scores.json')])).toBe(0);
    const rows = JSON.parse(readFileSync(join(folder, 'scores.json'), 'utf8')) as Row[];
    expect(rows.map(({ page: name, recall, precision }) => ({ name, recall, precision }))).toEqual([
      { name: 'kept', recall: 1, precision: 1 },
      { name: 'lost', recall: 0.5, precision: 1 },
    ]);
    expect(log.join('\n')).toContain('mean recall 0.750');
    expect(log.join('\n')).toMatch(/pages below recall 0\.9: \n\s+lost 0\.500: not read 80/);
  });

  it('keeps the tables, code and spacing of real pages, word for word', () => {
    cpSync(join(corpus, 'links-in-tables'), join(folder, 'links-in-tables'), { recursive: true });
    cpSync(join(corpus, 'telegraph'), join(folder, 'telegraph'), { recursive: true });
    cpSync(join(corpus, '001'), join(folder, '001'), { recursive: true });
    expect(runImportBench(['--corpus', folder, '--json', join(folder, 'scores.json')])).toBe(0);
    for (const row of JSON.parse(readFileSync(join(folder, 'scores.json'), 'utf8')) as Row[]) {
      expect(row.recall, row.page).toBeGreaterThanOrEqual(0.99);
      expect(row.precision, row.page).toBeGreaterThanOrEqual(0.99);
      expect(row.addedSpaces, row.page).toEqual([]);
      expect(row.altered, row.page).toEqual([]);
    }
  });
});

describe('npm run import on real pages', { timeout: 30_000 }, () => {
  it('keeps a table as a GFM table with its header and every row', () => {
    const body = importPage('links-in-tables');
    expect(body).toContain('| Application | Original Size | Previous (BSDiff) Patch Size (% vs original) | File-by-File Patch Size (% vs original) |\n| --- | --- | --- | --- |');
    expect(body).toContain('| Gmail | 17.8 MB | 7.6 MB (-57%) | 7.3 MB (-59%) |');
  });

  it('keeps code as a fenced block, shown as printed', () => {
    expect(importPage('001')).toContain('```\n// cow.js\n(function(exports) {\n  "use strict";\n');
  });

  it('joins a drop cap and a link to their text without spaces', () => {
    expect(importPage('telegraph')).toContain('Zimbabwe President Robert Mugabe, his wife Grace');
  });
});
