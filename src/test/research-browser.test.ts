import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAxeViolations } from './axe.ts';
import { openPage } from './browser.ts';
import { launchChrome } from './chrome.ts';
import { readPublishedArticles } from './site-files.ts';

const article = readPublishedArticles().find((entry) => entry.data.byline) ?? readPublishedArticles()[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChrome();
});
afterAll(async () => {
  await browser?.close();
});

describe('copying a citation by keyboard', () => {
  it.each(['APA', 'MLA', 'Chicago'])('opens the plain-text citations and selects the whole %s citation, and nothing else', async (style) => {
    const { page } = await openPage(browser, `/articles/${article.id}/`);
    await page.locator('summary', { hasText: 'Copy a citation as plain text' }).focus();
    await page.keyboard.press('Enter');
    const order = ['APA', 'MLA', 'Chicago'].indexOf(style);
    for (let step = 0; step <= order; step += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    const selection = await page.evaluate(() => {
      const field = document.activeElement as HTMLTextAreaElement;
      return { label: field.labels?.[0]?.textContent, start: field.selectionStart, end: field.selectionEnd, length: field.value.length, value: field.value };
    });
    expect(selection.label).toBe(style);
    expect(selection).toMatchObject({ start: 0, end: selection.length });
    expect(selection.value).toContain(`/articles/${article.id}/`);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)('has no axe violation with the plain-text citations open, in the %s theme', async (colorScheme) => {
    const { page, foreignRequests } = await openPage(browser, `/articles/${article.id}/`, { colorScheme });
    await page.locator('summary', { hasText: 'Copy a citation as plain text' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.cite-copy').getAttribute('open')).not.toBeNull();
    expect(await findAxeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
