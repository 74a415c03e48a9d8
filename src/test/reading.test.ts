import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { baseUrl } from './browser.ts';
import { buildFixtureSite, serveStatic, type FixtureSite } from './fixture-site.ts';
import { listFiles, readPublishedArticles } from './site-files.ts';

// Readers first: on a phone the archived text starts on the first screen, with the full
// provenance one keyboard press away and printed open. Checked on every article of the real
// archive and of a fixture whose entries have a very long title and many long notes. The
// fixture (src/test/fixtures/long-notes/) is invented: one article with a long title and fourteen
// long notes, one with a warning note, and a crowded month of short reports that makes the
// topic's timeline chart aggregate.
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };
const FIXTURE = 'src/test/fixtures/long-notes';
const LONG = '2024-03-02-fixture-outlet-a-very-long-headline-about-a-statement';
const WARNED = '2024-unidentified-fixture-warned-report';
const realIds = readPublishedArticles().map((entry) => entry.id);
const fixtureIds = listFiles(`${FIXTURE}/articles`).map((path) => path.split('/').pop()!.replace(/\.mdx$/, ''));

let browser: Browser;
let fixture: FixtureSite;
let fixtureServer: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  fixture = await buildFixtureSite(FIXTURE);
  fixtureServer = await serveStatic(fixture.outDir);
  browser = await launchChrome();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await fixtureServer?.close();
  fixture?.remove();
});

async function open(origin: string, path: string, options = {}): Promise<Page> {
  const page = await (await browser.newContext({ ...PHONE, ...options })).newPage();
  const response = await page.goto(`${origin}${path}`);
  if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
  return page;
}

/** Tabs from the top of the page until the full provenance's summary has focus; how many presses it took. */
async function tabToFullProvenance(page: Page): Promise<number> {
  for (let presses = 1; presses <= 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.provenance-full > summary'))) return presses;
  }
  throw new Error('The full provenance was not reached in 40 presses of Tab');
}

const archives = [
  { name: 'the real archive', origin: () => baseUrl(), ids: realIds },
  { name: 'the long-notes fixture', origin: () => fixtureServer.url, ids: fixtureIds },
];

describe.each(archives)('every article page of $name on a 390×844 phone', ({ origin, ids }) => {
  it('has articles to check', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s starts its archived text on the first screen', async (id) => {
    const page = await open(origin(), `/articles/${id}/`);
    const top = await page.locator('.article-text p').first().evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThanOrEqual(844);
    await page.context().close();
  });

  it.each(ids)('%s keeps the full provenance and every note in the page, and opens it by keyboard', async (id) => {
    const page = await open(origin(), `/articles/${id}/`);
    const full = page.locator('details.provenance-full');
    expect(await full.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await full.locator('dt').allTextContents()).toEqual(['Outlet', 'Byline', 'Published', 'Language', 'Headline', 'Original', 'Archived copy', 'Retrieved']);
    expect(await full.locator('dl').isVisible()).toBe(false);
    await tabToFullProvenance(page);
    await page.keyboard.press('Enter');
    expect(await full.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await full.locator('dl').isVisible()).toBe(true);
    const notes = full.locator('.notes li');
    for (let index = 0; index < (await notes.count()); index += 1) expect(await notes.nth(index).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await full.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    await page.context().close();
  });
});

describe('the compact provenance above the text', () => {
  it('names the outlet, byline, date and original link, and nothing unknown, for a fully documented entry', async () => {
    const page = await open(fixtureServer.url, `/articles/${LONG}/`);
    const parts = await page.locator('.provenance-summary > *').allTextContents();
    expect(parts).toEqual(['Fixture Outlet', 'by An Invented Correspondent With A Long Name', '2 March 2024', 'Original']);
    expect(await page.locator('.provenance-summary a', { hasText: 'Original' }).getAttribute('href')).toBe('https://outlet.example/2024/03/02/a-very-long-headline-about-a-statement-that-goes-on-and-on');
    expect(await page.locator('.provenance-unknowns').count()).toBe(0);
    expect(await page.locator('.provenance-full summary').textContent()).toBe('Full provenance and 14 editorial notes');
    await page.context().close();
  });

  it('says in one line what the archive could not establish, and shows an inferred date with "c."', async () => {
    const page = await open(fixtureServer.url, `/articles/${WARNED}/`);
    expect(await page.locator('.provenance-summary').textContent()).toMatch(/Unidentified outlet\s*c\. 2024/);
    expect(await page.locator('.provenance-unknowns').textContent()).toBe(
      'Not established: publisher, byline, headline, printed date, month and day, original link, archived copy, retrieval date.',
    );
    await page.context().close();
  });

  it('opens a warning note above the text by default, and keeps it among the full notes', async () => {
    const page = await open(fixtureServer.url, `/articles/${WARNED}/`);
    const warning = page.locator('details.provenance-warning');
    expect(await warning.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await warning.locator('p').textContent()).toContain('contradicted by every other invented report');
    expect(await warning.locator('p').isVisible()).toBe(true);
    const [warningTop, textTop] = await Promise.all([warning, page.locator('.article-text')].map((locator) => locator.evaluate((element) => element.getBoundingClientRect().top)));
    expect(warningTop).toBeLessThan(textTop!);
    expect(await page.locator('.provenance-full .notes li.note-warning').textContent()).toContain('Warning: Its account of the invented summit');
    await page.context().close();
  });

  it('opens no warning for notes that are not marked as one', async () => {
    const page = await open(fixtureServer.url, `/articles/${LONG}/`);
    expect(await page.locator('.provenance-warning').count()).toBe(0);
    await page.context().close();
  });
});

describe('in print', () => {
  it('shows the full provenance and every note, though the page left them closed', async () => {
    const page = await open(fixtureServer.url, `/articles/${LONG}/`);
    await page.emulateMedia({ media: 'print' });
    const full = page.locator('details.provenance-full');
    expect(await full.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await full.locator('dl').isVisible()).toBe(true);
    const notes = full.locator('.notes li');
    expect(await notes.count()).toBe(14);
    expect(await notes.last().isVisible()).toBe(true);
    await page.context().close();
  });

  it('prints the closed provenance into the PDF: hiding it again makes the PDF pages fewer', async () => {
    const page = await open(fixtureServer.url, `/articles/${LONG}/`);
    const countPages = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const printed = await countPages();
    // Through the CSS object model: the page's policy rightly refuses an injected <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.provenance details::details-content { content-visibility: hidden !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const withoutProvenance = await countPages();
    expect(withoutProvenance).toBeGreaterThan(0);
    expect(printed).toBeGreaterThan(withoutProvenance);
    await page.context().close();
  });
});

describe('the crowded fixture topic', () => {
  it('aggregates its crowded month into one mark linking to that year on the timeline', async () => {
    const page = await open(fixtureServer.url, '/topics/fixture-topic/');
    const marks = page.locator('.timeline-chart svg a');
    const counts = await marks.evaluateAll((links) => links.map((link) => Number(link.getAttribute('data-count'))));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2 + fixtureIds.length);
    const aggregate = page.locator('.timeline-chart svg a.chart-aggregate');
    expect(await aggregate.count()).toBe(1);
    expect(await aggregate.getAttribute('href')).toBe('/timeline/fixture-topic/#year-2024');
    expect(await aggregate.getAttribute('aria-label')).toBe('13 articles, March 2024');
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as const)('the changed fixture pages in the %s theme', (colorScheme) => {
  it.each([`/articles/${LONG}/`, `/articles/${WARNED}/`, '/topics/fixture-topic/', '/events/fixture-briefing/'])('%s has no axe violation, with its details closed or open', async (path) => {
    const page = await open(fixtureServer.url, path, { colorScheme });
    expect(await findAxeViolations(page)).toEqual([]);
    await page.locator('details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
    expect(await findAxeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
