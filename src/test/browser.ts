/** Shared browser-test plumbing: one Chromium per test file, pages that record foreign requests. */
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const baseUrl = () => inject('baseUrl');

export interface OpenedPage {
  page: Page;
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  consoleErrors: string[];
}

export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const response = await page.goto(`${baseUrl()}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  return { page, foreignRequests, consoleErrors };
}
