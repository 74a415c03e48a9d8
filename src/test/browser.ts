/**
 * Shared browser-test plumbing: one Chromium per test file, pages that record foreign requests,
 * console errors and Content-Security-Policy violations.
 */
import { inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** Where the real archive's build is served. */
export const baseUrl = () => inject('baseUrl');
/** Where the fixture archive's build is served (src/test/fixture-archive.ts). */
export const fixtureUrl = () => inject('fixtureUrl');

export interface OpenedPage {
  page: Page;
  /** Requests to any origin other than the site's own. */
  foreignRequests: string[];
  consoleErrors: string[];
  /** Content-Security-Policy violations the page reported: `directive blocked-uri`, e.g. `script-src-elem inline`. */
  cspViolations: string[];
}

/**
 * Reports every `securitypolicyviolation` event of every document the context opens to `report`.
 * Playwright's init script and binding run outside the page's policy, so they see every violation.
 */
export async function recordCspViolations(context: BrowserContext, report: (violation: string) => void): Promise<void> {
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => report(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const reportViolation = (window as unknown as { __reportCspViolation(violation: string): void }).__reportCspViolation;
      void reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });
}

/** Opens `path` of the site served at `site` (the real archive unless told otherwise). */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}, site = baseUrl()): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const origin = new URL(site).origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const cspViolations: string[] = [];
  await recordCspViolations(context, (violation) => cspViolations.push(violation));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('about:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const response = await page.goto(`${site}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  return { page, foreignRequests, consoleErrors, cspViolations };
}
