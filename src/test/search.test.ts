import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { baseUrl, fixtureUrl, openPage } from './browser.ts';
import { FIXTURE } from './fixture-archive.ts';
import { fixtureArchive, listHtmlPages, readEntries, readPublishedArticles } from './site-files.ts';
import { findDistinctivePhrase, getResultPaths, openSearch, waitForResults } from './search-page.ts';

// Searches run on the fixture archive (src/test/fixture-archive.ts), whose entries the expected
// results name; the real archive is held only to having a search record for every page.
const articles = fixtureArchive.readPublishedArticles();
const content = [...articles, ...['topics', 'events', 'people'].flatMap((folder) => fixtureArchive.readEntries(folder))];
const search = (query: string) => openSearch(browser, query, fixtureUrl());
const open = (path: string, options = {}) => openPage(browser, path, options, fixtureUrl());
const pathOf = (id: string) => `/articles/${id}/`;
/** Every article about Arkady Lebedinsky, each printing his name its own way. */
const LEBEDINSKY = [FIXTURE.conferenceFirst, FIXTURE.conferenceExclusive, FIXTURE.conferenceMonth, FIXTURE.undatedYear].map(pathOf);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

describe('full-text search', () => {
  it.each(articles.map((article) => ({ id: article.id, phrase: findDistinctivePhrase(article, content) })))(
    'finds $id first by "$phrase"',
    async ({ id, phrase }) => {
      const { page, paths } = await search(`?q=${encodeURIComponent(phrase)}`);
      expect(paths[0]).toBe(pathOf(id));
      await page.context().close();
    },
  );

  // The articles print "Arkady Lebedinsky", "Arkadi Lebedinski", "Lebedinksy" and "Lebedinskiy".
  it.each(['Lebedinsky', 'Arkadi Lebedinski', 'Lebedinksy', 'Lebedinskiy', 'Лебединский'])(
    'finds with "%s" every article about that person, whatever spelling it prints',
    async (spelling) => {
      const { page, paths } = await search(`?q=${encodeURIComponent(spelling)}&type=Article`);
      expect([...paths].sort()).toEqual([...LEBEDINSKY].sort());
      await page.context().close();
    },
  );
});

describe('filters and order', () => {
  it('narrows the results with a filter, and the filter’s count said how far', async () => {
    const { page, paths: all } = await search('?q=lebedinsky');
    await page.locator('summary', { hasText: 'Type' }).click();
    const article = page.locator('.facet-value', { hasText: 'Article' });
    await expect.poll(() => article.textContent()).toContain(`(${LEBEDINSKY.length})`);
    await article.locator('input').check();
    await waitForResults(page);
    const narrowed = await getResultPaths(page);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Article']);
    expect(all.length).toBeGreaterThan(LEBEDINSKY.length);
    expect([...narrowed].sort()).toEqual([...LEBEDINSKY].sort());
    await page.context().close();
  });

  it('loads the filters’ values only when a reader opens one', async () => {
    const context = await browser.newContext();
    const filterChunks: string[] = [];
    // The context sees the requests of Pagefind's worker as well as the page's.
    context.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterChunks.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl()}/search/?q=lebedinsky`);
    await waitForResults(page);
    expect(filterChunks).toEqual([]);
    expect(await page.locator('.facet-value').count()).toBe(0);
    await page.locator('summary', { hasText: 'Year' }).click();
    await expect.poll(() => page.locator('.facet-value', { hasText: '2023' }).textContent()).toMatch(/\(\d+\)/);
    expect(filterChunks.length).toBeGreaterThan(0);
    await context.close();
  });

  it('keeps a shared search’s filters when Pagefind cannot list the filters’ values', async () => {
    const context = await browser.newContext();
    // Pagefind itself, except that listing the filters fails.
    await context.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import * as pagefind from './pagefind.js?real';
          export const { options, init, search, preload, debouncedSearch, mergeIndex, destroy, createInstance } = pagefind;
          export async function filters() { throw new Error('no filters'); }`,
      }),
    );
    await context.route('**/pagefind/pagefind.js?real', (route) => route.continue());
    const page = await context.newPage();
    await page.goto(`${fixtureUrl()}/search/?q=lebedinsky&type=Article`);
    await waitForResults(page);
    expect([...(await getResultPaths(page))].sort()).toEqual([...LEBEDINSKY].sort());
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Article']);
    expect(await page.locator('input[name="type"][value="Article"]').isChecked()).toBe(true);
    await context.close();
  });

  // A month-precision date sorts at the start of its month, a year-precision one at the start of its year.
  it.each([
    { sort: 'newest', expected: [FIXTURE.conferenceExclusive, FIXTURE.conferenceFirst, FIXTURE.conferenceMonth, FIXTURE.undatedYear] },
    { sort: 'oldest', expected: [FIXTURE.undatedYear, FIXTURE.conferenceMonth, FIXTURE.conferenceFirst, FIXTURE.conferenceExclusive] },
  ])('orders results by date, $sort first, and drops none', async ({ sort, expected }) => {
    const { page, paths } = await search(`?q=lebedinsky&type=Article&sort=${sort}`);
    expect(paths).toEqual(expected.map(pathOf));
    await page.context().close();
  });

  it('lists ten results at first, and the rest after "Show more", continuing from the first new one', async () => {
    // Every indexed page of the fixture: 8 articles, 2 topics, 3 people and 2 events.
    const { page } = await open('/search/?type=Article&type=Topic&type=Person&type=Event');
    expect(await waitForResults(page)).toBe('15 results for the chosen filters.');
    expect(await page.locator('.search-result').count()).toBe(10);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toBe('Show more results (10 of 15 shown)');
    await more.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
    expect(await page.locator('.search-result').count()).toBe(15);
    expect(await more.isVisible()).toBe(false);
    expect(await page.evaluate(() => [...document.querySelectorAll('.search-result')].findIndex((result) => result.contains(document.activeElement)))).toBe(10);
    await page.context().close();
  });

  it('restores a shared search, terms, filters and order, from its URL', async () => {
    const topic = 'US–Russia dialogue';
    const { page, paths } = await search(`?q=lebedinsky&type=Article&topic=${encodeURIComponent(topic)}&sort=oldest`);
    expect(await page.locator('#search-input').inputValue()).toBe('lebedinsky');
    expect(await page.locator('#search-sort').inputValue()).toBe('oldest');
    expect(await page.locator('input[name="type"][value="Article"]').isChecked()).toBe(true);
    expect(await page.locator(`input[name="topic"][value="${topic}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[name="topic"][value="${topic}"]`).isVisible()).toBe(true);
    expect(paths).toEqual([FIXTURE.conferenceMonth, FIXTURE.conferenceFirst, FIXTURE.conferenceExclusive].map(pathOf));
    await page.selectOption('#search-sort', 'newest');
    await waitForResults(page);
    const params = new URL(page.url()).searchParams;
    expect([...params]).toEqual([['q', 'lebedinsky'], ['type', 'Article'], ['topic', topic], ['sort', 'newest']]);
    await page.context().close();
  });
});

describe('search by keyboard, and arriving from a result', () => {
  it('focuses the header box with "/", searches with Enter, and reaches the results by Tab', async () => {
    const { page } = await open(pathOf(FIXTURE.conferenceFirst));
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('lebedinsky');
    await Promise.all([page.waitForURL('**/search/?q=lebedinsky'), page.keyboard.press('Enter')]);
    await waitForResults(page);
    await page.locator('#search-input').focus();
    let reached = false;
    for (let step = 0; step < 20 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => Boolean(document.activeElement?.closest('.search-result')));
    }
    expect(reached).toBe(true);
    await page.context().close();
  });

  it('loads the index’s words for what is typed while it waits for typing to pause', async () => {
    const { page } = await open('/search/');
    await waitForResults(page);
    // Time stands still on the page: the pause never ends, so no search runs; only the words load.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.includes('/pagefind/index/')) chunks.push(request.url());
    });
    await page.locator('#search-input').fill('lebedinsky');
    await expect.poll(() => chunks.length).toBeGreaterThan(0);
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.clock.runFor(1000);
    await waitForResults(page);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('focuses the page’s own box with "/" on /search/, and leaves "/" alone in a field', async () => {
    const { page } = await open('/search/?q=lebedinsky');
    await waitForResults(page);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('End');
    await page.keyboard.type(' a/b');
    expect(await page.locator('#search-input').inputValue()).toBe('lebedinsky a/b');
    await page.context().close();
  });

  it('marks the search terms on the page a result leads to, within its policy', async () => {
    const { page, consoleErrors, cspViolations } = await open('/search/?q=lebedinsky');
    await waitForResults(page);
    await Promise.all([page.waitForURL('**/articles/**'), page.locator('.search-result-title a[href*="/articles/"]').first().click()]);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('lebedinsky');
    await page.waitForSelector('mark.pagefind-highlight');
    expect((await page.locator('mark.pagefind-highlight').allTextContents()).map((text) => text.toLowerCase())).toContain('lebedinsky');
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('loads no script file on a page opened without search terms', async () => {
    const { page } = await open(pathOf(FIXTURE.conferenceFirst));
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.m?js(\?|$)/.test(name)));
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});

describe('the search page', () => {
  it.each(['light', 'dark'] as const)('has no axe violation, and nothing its policy blocks, with results and filters shown, in the %s theme', async (colorScheme) => {
    const { page, foreignRequests, consoleErrors, cspViolations } = await open('/search/?q=lebedinsky&type=Article', { colorScheme });
    await waitForResults(page);
    // The chosen filter's list is open already; a click would close it.
    const closed = page.locator('.facet:not([open]):not([hidden]) summary');
    while ((await closed.count()) > 0) await closed.first().click();
    await page.locator('.facet-count', { hasText: '(' }).first().waitFor();
    expect(await page.locator('.search-result mark').count()).toBeGreaterThan(0);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('says plainly when the index cannot load, links to the archive index, and hides the form it cannot serve', async () => {
    const context = await browser.newContext();
    await context.route('**/pagefind/pagefind.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${fixtureUrl()}/search/?q=lebedinsky`);
    await waitForResults(page);
    expect(await page.locator('[data-search-status]').textContent()).toBe('Search could not load its index. Browse the archive index instead.');
    expect(await page.locator('[data-search-status] a').getAttribute('href')).toBe('/articles/');
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    await context.close();
  });

  it('says plainly, with JavaScript off, that search needs it, and links to the archive index', async () => {
    const { page } = await open('/search/?q=lebedinsky', { javaScriptEnabled: false });
    const notice = page.locator('.search-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    expect(await notice.locator('a[href="/articles/"]').count()).toBe(1);
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('the real archive’s search index', () => {
  it('holds a search record for every article, topic, person and event page the build made', async () => {
    const { page } = await openPage(browser, '/search/');
    // A string, so that the import runs in the page rather than being rewritten for Node.
    const counts = (await page.evaluate(`import('${baseUrl()}/pagefind/pagefind.js').then((pagefind) => pagefind.filters()).then((filters) => filters.type)`)) as Record<string, number>;
    const built = (folder: string) => listHtmlPages().filter((path) => new RegExp(`^${folder}/[^/]+/index\\.html$`).test(path)).length;
    expect(counts['Article']).toBe(readPublishedArticles().length);
    expect(counts['Topic']).toBe(readEntries('topics').length);
    expect(counts['Person'] ?? 0).toBe(built('people'));
    expect(counts['Event'] ?? 0).toBe(built('events'));
    await page.context().close();
  });
});
