import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { baseUrl, openPage } from './browser.ts';
import { listHtmlPages, readEntries, readPublishedArticles, type ContentEntry } from './site-files.ts';
import { findDistinctivePhrase, getResultPaths, isAbout, openSearch, spellingsOf, waitForResults } from './search-page.ts';
import { parsePartialDate, toSortKey } from '../lib/dates.ts';

const articles = readPublishedArticles();
const people = readEntries('people');
const content = [...articles, ...readEntries('topics'), ...readEntries('events'), ...people];
const sortKeyOf = (id: string) => toSortKey(parsePartialDate(articles.find((article) => article.id === id)!.data.published));
const search = (query: string) => openSearch(browser, query);

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
      expect(paths[0]).toBe(`/articles/${id}/`);
      await page.context().close();
    },
  );

  const SPELLINGS = ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenksy', 'Dmitry Peskov', 'Dmitri Peskov', 'Dimitri Peskov'];
  it.each(SPELLINGS)('finds with "%s" every article about that person, whatever spelling it prints', async (spelling) => {
    const person = people.find((entry) => spellingsOf(entry).some((name) => name.includes(spelling)))!;
    const about = articles.filter((article) => (article.data.people as string[]).includes(person.id));
    const printsSpelling = (article: ContentEntry) => new RegExp(`\\b${spelling}\\b`, 'i').test(article.body);
    // The point of aliases: at least one of these articles prints the name some other way.
    expect(about.filter((article) => !printsSpelling(article)).length, spelling).toBeGreaterThan(0);
    const { page, paths } = await search(`?q=${encodeURIComponent(spelling)}`);
    for (const article of about) expect(paths, `${spelling} → ${article.id}`).toContain(`/articles/${article.id}/`);
    await page.context().close();
  });
});

describe('filters and order', () => {
  it('narrows the results with a filter, and the filter’s count said how far', async () => {
    const { page, paths: all } = await search('?q=peskov');
    await page.locator('summary', { hasText: 'Type' }).click();
    const article = page.locator('.facet-value', { hasText: 'Article' });
    const count = Number(/\((\d+)\)/.exec((await article.textContent()) ?? '')?.[1]);
    await article.locator('input').check();
    await waitForResults(page);
    const narrowed = await getResultPaths(page);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['Article']);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.length).toBe(count);
    expect(narrowed.every((path) => path.startsWith('/articles/'))).toBe(true);
    await page.context().close();
  });

  // Three full searches, each in its own page: on a loaded machine they can outlast one minute.
  it.each([
    { sort: 'newest', ordered: (a: string, b: string) => a >= b },
    { sort: 'oldest', ordered: (a: string, b: string) => a <= b },
  ])('orders results by date, $sort first, and drops none', async ({ sort, ordered }) => {
    const { page, paths } = await search(`?q=peskov&type=Article&sort=${sort}`);
    const keys = paths.map((path) => sortKeyOf(path.split('/')[2]!));
    expect(keys.length).toBe(articles.filter((article) => isAbout(article, 'peskov', people)).length);
    for (let i = 1; i < keys.length; i += 1) expect(ordered(keys[i - 1]!, keys[i]!), `${keys[i - 1]} then ${keys[i]}`).toBe(true);
    const relevance = await search('?q=peskov');
    const date = await search(`?q=peskov&sort=${sort}`);
    expect([...date.paths].sort()).toEqual([...relevance.paths].sort());
    for (const opened of [page, relevance.page, date.page]) await opened.context().close();
  }, 150_000);

  it('restores a shared search, terms, filters and order, from its URL', async () => {
    const { id: topicId, data } = readEntries('topics')[0]!;
    const topic = String(data['title']);
    const query = `?q=peskov&type=Article&topic=${encodeURIComponent(topic)}&sort=oldest`;
    const { page, paths } = await search(query);
    expect(await page.locator('#search-input').inputValue()).toBe('peskov');
    expect(await page.locator('#search-sort').inputValue()).toBe('oldest');
    expect(await page.locator('input[name="type"][value="Article"]').isChecked()).toBe(true);
    expect(await page.locator(`input[name="topic"][value="${topic}"]`).isChecked()).toBe(true);
    expect(await page.locator(`input[name="topic"][value="${topic}"]`).isVisible()).toBe(true);
    const expected = articles.filter((a) => isAbout(a, 'peskov', people) && (a.data.topics as string[]).includes(topicId));
    expect([...paths].sort()).toEqual(expected.map((a) => `/articles/${a.id}/`).sort());
    await page.selectOption('#search-sort', 'newest');
    await waitForResults(page);
    const params = new URL(page.url()).searchParams;
    expect([...params]).toEqual([['q', 'peskov'], ['type', 'Article'], ['topic', topic], ['sort', 'newest']]);
    await page.context().close();
  });
});

describe('search by keyboard, and arriving from a result', () => {
  it('focuses the header box with "/", searches with Enter, and reaches the results by Tab', async () => {
    const { page } = await openPage(browser, `/articles/${articles[0]!.id}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-input');
    await page.keyboard.type('peskov');
    await Promise.all([page.waitForURL('**/search/?q=peskov'), page.keyboard.press('Enter')]);
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

  it('focuses the page’s own box with "/" on /search/, and leaves "/" alone in a field', async () => {
    const { page } = await openPage(browser, '/search/?q=peskov');
    await waitForResults(page);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('End');
    await page.keyboard.type(' a/b');
    expect(await page.locator('#search-input').inputValue()).toBe('peskov a/b');
    await page.context().close();
  });

  it('marks the search terms on the page a result leads to, within its policy', async () => {
    const { page, consoleErrors, cspViolations } = await openPage(browser, '/search/?q=peskov');
    await waitForResults(page);
    await Promise.all([page.waitForURL('**/articles/**'), page.locator('.search-result-title a[href*="/articles/"]').first().click()]);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe('peskov');
    await page.waitForSelector('mark.pagefind-highlight');
    expect((await page.locator('mark.pagefind-highlight').first().textContent())?.toLowerCase()).toBe('peskov');
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('loads no script file on a page opened without search terms', async () => {
    const { page } = await openPage(browser, `/articles/${articles[0]!.id}/`);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\.m?js(\?|$)/.test(name)));
    expect(scripts).toEqual([]);
    await page.context().close();
  });
});

describe('the search page', () => {
  it.each(['light', 'dark'] as const)('has no axe violation, and nothing its policy blocks, with results and filters shown, in the %s theme', async (colorScheme) => {
    const { page, foreignRequests, consoleErrors, cspViolations } = await openPage(browser, '/search/?q=peskov&type=Article', { colorScheme });
    await waitForResults(page);
    for (const summary of await page.locator('.facet summary').all()) await summary.click();
    expect(await page.locator('.search-result mark').count()).toBeGreaterThan(0);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('says plainly, with JavaScript off, that search needs it, and links to the archive index', async () => {
    const { page } = await openPage(browser, '/search/?q=peskov', { javaScriptEnabled: false });
    const notice = page.locator('.search-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    expect(await notice.locator('a[href="/articles/"]').count()).toBe(1);
    expect(await page.locator('form.search-form').isVisible()).toBe(false);
    await page.context().close();
  });

  it('holds a search record for every article, topic, person and event page the build made', async () => {
    const { page } = await openPage(browser, '/search/');
    // A string, so that the import runs in the page rather than being rewritten for Node.
    const counts = (await page.evaluate(`import('${baseUrl()}/pagefind/pagefind.js').then((pagefind) => pagefind.filters()).then((filters) => filters.type)`)) as Record<string, number>;
    const built = (folder: string) => listHtmlPages().filter((path) => new RegExp(`^${folder}/[^/]+/index\\.html$`).test(path)).length;
    expect(counts['Article']).toBe(articles.length);
    expect(counts['Topic']).toBe(readEntries('topics').length);
    expect(counts['Person'] ?? 0).toBe(built('people'));
    expect(counts['Event'] ?? 0).toBe(built('events'));
    await page.context().close();
  });
});
