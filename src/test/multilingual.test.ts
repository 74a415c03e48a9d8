/**
 * Russian and English entries in one archive: a small invented archive
 * (src/test/fixtures/multilingual/: two English and two Russian reports from two fictional
 * outlets) built once into a copy of the project, served, and searched in a real Chromium.
 * KR_REUSE_BUILD=1 reuses the last build of it while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe.ts';
import { launchChrome } from './chrome.ts';
import { getResultPaths, waitForResults } from './search-page.ts';

const FIXTURE = resolve('src/test/fixtures/multilingual');
const root = join(tmpdir(), 'kr-multilingual-site');
const EN_PESKOV = '/articles/2023-12-14-harbor-times-kremlin-says-it-is-open-to-dialogue/';
const RU_PESKOV = '/articles/2023-12-15-vostochnaya-lenta-peskov-zayavil-ob-otkrytosti-k-dialogu/';
const EN_ZELENSKY = '/articles/2024-01-10-harbor-times-zelensky-visits-the-front/';
const RU_ZELENSKY = '/articles/2024-02-20-vostochnaya-lenta-v-kremle-prokommentirovali-slova-zelenskogo/';

let browser: Browser;
let server: Awaited<ReturnType<typeof preview>>;
let base: string;

function buildFixtureSite() {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'));
  const { SITE_OUT_DIR: _, ...env } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env: { ...env, SITE_CONTENT_DIR: FIXTURE }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the multilingual fixture archive did not build:\n${result.stdout}${result.stderr}`);
}

beforeAll(async () => {
  if (!(process.env.KR_REUSE_BUILD && existsSync(join(root, 'dist/index.html')))) buildFixtureSite();
  server = await preview({ root, server: { host: '127.0.0.1', port: 4398 }, logLevel: 'warn' });
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchChrome();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const response = await page.goto(`${base}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  return page;
}

async function search(query: string): Promise<{ page: Page; paths: string[] }> {
  const page = await open(`/search/${query}`);
  await waitForResults(page);
  return { page, paths: await getResultPaths(page) };
}

/** Each result's path and excerpt text. */
const getExcerpts = (page: Page) =>
  page.locator('.search-result').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL((item.querySelector('.search-result-title a') as HTMLAnchorElement).href).pathname,
      excerpt: item.querySelector('.search-result-excerpt')?.innerHTML ?? '',
    })),
  );

describe('one search across languages', () => {
  it('finds by the Cyrillic "Песков" the English report, which prints only "Peskov", and the Russian ones', async () => {
    const { page, paths } = await search('?q=Песков&type=Article');
    expect([...paths].sort()).toEqual([EN_PESKOV, RU_PESKOV, RU_ZELENSKY].sort());
    await page.context().close();
  });

  it('finds by the Latin "Peskov" the Russian reports, which print only "Песков"', async () => {
    const { page, paths } = await search('?q=Peskov&type=Article');
    expect([...paths].sort()).toEqual([EN_PESKOV, RU_PESKOV, RU_ZELENSKY].sort());
    await page.context().close();
  });

  it.each([
    ['Peskow', [EN_PESKOV, RU_PESKOV, RU_ZELENSKY]],
    ['Selenskyj', [EN_ZELENSKY, RU_ZELENSKY]],
    ['Зеленский', [EN_ZELENSKY, RU_ZELENSKY]],
    ['Zelensky', [EN_ZELENSKY, RU_ZELENSKY]],
  ])('finds with the other spelling "%s" every report about that person, in either language', async (spelling, expected) => {
    const { page, paths } = await search(`?q=${encodeURIComponent(spelling)}&type=Article`);
    expect([...paths].sort()).toEqual([...expected].sort());
    await page.context().close();
  });

  it('narrows Russian and English results alike with a filter', async () => {
    const { page, paths } = await search(`?q=peskov&outlet=${encodeURIComponent('Восточная лента')}`);
    expect([...paths].sort()).toEqual([RU_PESKOV, RU_ZELENSKY].sort());
    const { paths: english } = await search(`?q=Песков&outlet=${encodeURIComponent('The Harbor Times')}`);
    expect(english).toEqual([EN_PESKOV]);
    await page.context().close();
  });

  it.each([
    ['oldest', [EN_PESKOV, RU_PESKOV, RU_ZELENSKY]],
    ['newest', [RU_ZELENSKY, RU_PESKOV, EN_PESKOV]],
  ])('orders Russian and English results together by date, %s first', async (sort, expected) => {
    const { page, paths } = await search(`?q=Песков&type=Article&sort=${sort}`);
    expect(paths).toEqual(expected);
    await page.context().close();
  });
});

describe('excerpts a reader can use', () => {
  it('shows the page’s own words with the match marked, or its summary, never the alias text', async () => {
    const { page } = await search('?q=Peskov');
    const excerpts = await getExcerpts(page);
    expect(excerpts.length).toBeGreaterThan(3);
    for (const { path, excerpt } of excerpts) expect(excerpt, path).not.toMatch(/Other spellings|Names on this page|Peskow|Дмитрий Песков \(/);
    expect(excerpts.find((result) => result.path === EN_PESKOV)?.excerpt).toContain('<mark>Peskov</mark>');
    // The Russian report prints "Песков" only: "Peskov" matched its alias text, so its summary stands in.
    expect(excerpts.find((result) => result.path === RU_PESKOV)?.excerpt).toBe(
      "The Kremlin spokesman told Russian reporters that Moscow was open to dialogue, in the agency's Russian text.",
    );
    await page.context().close();
  });

  it('shows a person’s role, not the run-together list of spellings, when only an alias matched', async () => {
    const { page } = await search('?q=Selenskyj&type=Person');
    expect(await getExcerpts(page)).toEqual([{ path: '/people/volodymyr-zelensky/', excerpt: 'President of Ukraine' }]);
    await page.context().close();
  });
});

describe('a Russian entry on the page', () => {
  it('marks its title and text as Russian inside an English page, says "Russian" in its provenance, and has no axe violation', async () => {
    const page = await open(RU_PESKOV);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.article-text').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.provenance dt:text-is("Language") + dd').textContent()).toBe('Russian');
    expect(await page.locator('blockquote[lang="ru"]').count()).toBe(1);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('is listed with its language', async () => {
    const page = await open('/articles/');
    const card = page.locator('.card', { has: page.locator(`a[href="${RU_PESKOV}"]`) });
    expect(await card.locator('.card-meta').textContent()).toContain('Russian');
    expect(await card.locator('.card-title a').getAttribute('lang')).toBe('ru');
    const english = page.locator('.card', { has: page.locator(`a[href="${EN_PESKOV}"]`) });
    expect(await english.locator('.card-meta').textContent()).not.toContain('English');
    await page.context().close();
  });

  it('shows each report’s language in the event’s coverage table, and never matches quotes across languages', async () => {
    const page = await open('/events/kremlin-briefing-december-2023/');
    expect(await page.locator('.report-label').allTextContents()).toEqual([
      'The Harbor Times, 14 December 2023, English',
      'Восточная лента, 15 December 2023, Russian',
    ]);
    const russianRow = page.locator('tbody tr', { has: page.locator('q[lang="ru"]') });
    expect(await russianRow.locator('td').allTextContents()).toEqual(['Not compared: another language', 'Quoted']);
    expect(await findAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
