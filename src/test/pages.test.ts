import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { openPage } from './browser.ts';
import { readEntries, readPublishedArticles } from './site-files.ts';

const article = readPublishedArticles()[0]!;
const topic = readEntries('topics')[0]!;
const person = readEntries('people')[0]!;
const event = readEntries('events').find((entry) => entry.id.includes('nbc')) ?? readEntries('events')[0]!;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'archive index', path: '/articles/' },
  { name: 'article', path: `/articles/${article.id}/` },
  { name: 'topics index', path: '/topics/' },
  { name: 'topic', path: `/topics/${topic.id}/` },
  { name: 'person', path: `/people/${person.id}/` },
  { name: 'outlet', path: '/outlets/unidentified/' },
  { name: 'event with coverage table', path: `/events/${event.id}/` },
  { name: 'timeline', path: '/timeline/' },
  { name: 'topic timeline', path: `/timeline/${topic.id}/` },
  { name: 'quotes', path: '/quotes/' },
  { name: 'about', path: '/about/' },
  { name: 'contribute, with the highlighted template', path: '/contribute/' },
  { name: '404', path: '/404.html' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('pages in the %s theme', (colorScheme) => {
  it.each(PAGES)('$name renders with no axe violation, nothing from another origin and nothing its policy blocks', async ({ path }) => {
    const { page, foreignRequests, consoleErrors, cspViolations } = await openPage(browser, path, { colorScheme });
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
