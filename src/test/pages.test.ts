import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { baseUrl, fixtureUrl, openPage } from './browser.ts';
import { listHtmlPages, readEntries, readPublishedArticles } from './site-files.ts';

// One page of each kind the real archive's build has, whatever its entries: the first of each,
// and the event with the most reports, whose coverage table is the fullest.
const article = readPublishedArticles()[0]!;
const topic = readEntries('topics')[0]!;
const reportsOf = (eventId: string) => readPublishedArticles().filter((entry) => ((entry.data.events as string[]) ?? []).includes(eventId)).length;
const event = readEntries('events').map((entry) => entry.id).sort((a, b) => reportsOf(b) - reportsOf(a))[0];
const person = readEntries('people')[0];
const outlet = listHtmlPages().find((path) => /^outlets\/[^/]+\/index\.html$/.test(path));
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'archive index', path: '/articles/' },
  { name: 'article', path: `/articles/${article.id}/` },
  { name: 'topics index', path: '/topics/' },
  { name: 'topic', path: `/topics/${topic.id}/` },
  ...(person ? [{ name: 'person', path: `/people/${person.id}/` }] : []),
  ...(outlet ? [{ name: 'outlet', path: `/${outlet.replace(/index\.html$/, '')}` }] : []),
  ...(event ? [{ name: 'event', path: `/events/${event}/` }] : []),
  { name: 'timeline', path: '/timeline/' },
  { name: 'topic timeline', path: `/timeline/${topic.id}/` },
  { name: 'quotes', path: '/quotes/' },
  { name: 'about', path: '/about/' },
  { name: 'contribute, with the highlighted template', path: '/contribute/' },
  { name: '404', path: '/404.html' },
];
// Pages of the fixture archive that the real one may lack: an event whose reports share one
// quote and leave another to one report, and a named outlet's page.
const FIXTURE_PAGES = ['/events/lebedinsky-press-conference-march-2024/', '/outlets/lantern-wire/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('pages in the %s theme', (colorScheme) => {
  const pages = [...PAGES.map((page) => ({ ...page, site: baseUrl })), ...FIXTURE_PAGES.map((path) => ({ name: `fixture ${path}`, path, site: fixtureUrl }))];
  it.each(pages)('$name renders with no axe violation, nothing from another origin and nothing its policy blocks', async ({ path, site }) => {
    const { page, foreignRequests, consoleErrors, cspViolations } = await openPage(browser, path, { colorScheme }, site());
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(await findAxeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard use', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const { page } = await openPage(browser, `/articles/${article.id}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('shows a visible focus ring on every link it tabs through', async () => {
    const { page } = await openPage(browser, '/');
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { tag: element.tagName, width: style.outlineWidth, style: style.outlineStyle };
      });
      expect(outline.style, `${outline.tag} at tab ${step + 1}`).not.toBe('none');
      expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    }
    await page.context().close();
  });

  it('follows a topic link from the home page with the keyboard alone', async () => {
    const { page } = await openPage(browser, '/');
    await page.locator(`a[href="/topics/${topic.id}/"]`).first().focus();
    await Promise.all([page.waitForURL(`**/topics/${topic.id}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(topic.data.title);
    await page.context().close();
  });
});

describe('on a phone', () => {
  it.each(PAGES)('$name fits the screen without sideways scrolling', async ({ path }) => {
    const { page } = await openPage(browser, path, { viewport: { width: 360, height: 740 }, isMobile: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('in print', () => {
  it('prints an article’s provenance and text without the site navigation or search', async () => {
    const { page } = await openPage(browser, `/articles/${article.id}/`);
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.provenance')).toBe(true);
    expect(await visible('.article-text')).toBe(true);
    expect(await visible('.site-header nav')).toBe(false);
    expect(await visible('.header-search')).toBe(false);
    await page.context().close();
  });
});
