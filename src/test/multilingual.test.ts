/**
 * Russian and English entries in one archive: the fixture archive (src/test/fixture-archive.ts),
 * whose two English and two Russian reports of Peskov and Zelensky come from two fictional
 * outlets, searched and read in a real Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe.ts';
import { fixtureUrl } from './browser.ts';
import { launchChrome } from './chrome.ts';
import { FIXTURE } from './fixture-archive.ts';
import { openSearch } from './search-page.ts';

const EN_PESKOV = `/articles/${FIXTURE.enPeskov}/`;
const RU_PESKOV = `/articles/${FIXTURE.ruPeskov}/`;
const EN_ZELENSKY = `/articles/${FIXTURE.enZelensky}/`;
const RU_ZELENSKY = `/articles/${FIXTURE.ruZelensky}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const response = await page.goto(`${fixtureUrl()}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  return page;
}

const search = (query: string) => openSearch(browser, query, fixtureUrl());

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
