/** Plumbing for the search tests: driving /search/ in a browser, and choosing what to search for. */
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import type { ContentEntry } from './site-files.ts';

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Six consecutive words of an article that no other content file holds all of, with at least one
 * word found nowhere else: chosen from the content itself, so the test follows the archive.
 */
export function findDistinctivePhrase(article: ContentEntry, others: ContentEntry[]): string {
  const otherWords = others.filter((entry) => entry !== article).map((entry) => wordsOf(JSON.stringify(entry.data) + entry.body));
  const seenElsewhere = new Set(otherWords.flatMap((words) => [...words]));
  const paragraphs = article.body.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
  for (const sentence of paragraphs.flatMap((line) => line.split(/(?<=[.!?])\s+/))) {
    const words = sentence.split(/\s+/).map((word) => word.replace(/^[“"‘(]+|[”"’),.:;!?]+$/g, ''));
    for (let start = 0; start + 6 <= words.length; start += 1) {
      const window = words.slice(start, start + 6);
      if (!window.every((word) => /^\p{L}+$/u.test(word))) continue;
      const lower = window.map((word) => word.toLowerCase());
      const rare = lower.some((word) => word.length >= 5 && !seenElsewhere.has(word));
      if (rare && !otherWords.some((words) => lower.every((word) => words.has(word)))) return window.join(' ');
    }
  }
  throw new Error(`${article.path}: no distinctive six-word phrase in the body`);
}

/** Waits until the search page has shown the results of its current state; returns its status line. */
export async function waitForResults(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const busy = document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'true';
    return !busy && /result|Type a search|could not|failed/.test(status);
  });
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** The paths of every result, after "Show more results" until there are no more. */
export async function getResultPaths(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.search-result').length > before, shown);
  }
  const hrefs = await page.locator('.search-result-title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.map((href) => new URL(href).pathname);
}

/** Opens `/search/` of the site at `site` with a query string, and returns the page and every result's path. */
export async function openSearch(browser: Browser, query: string, site?: string): Promise<{ page: Page; paths: string[] }> {
  const { page } = await openPage(browser, `/search/${query}`, {}, site);
  await waitForResults(page);
  return { page, paths: await getResultPaths(page) };
}
