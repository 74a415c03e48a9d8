import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { launchChrome } from './chrome.ts';
import { findAxeViolations } from './axe.ts';
import { openPage } from './browser.ts';
import { fixtureArchive, readDist, readEntries, readPublishedArticles } from './site-files.ts';

// The pictures pages draw at build time: every topic's timeline chart links each of its events
// and articles (or the aggregate holding it) exactly once, on the real archive whatever its
// entries; and the coverage summary of the fixture archive's press conference gives each report
// a bar that links to it, in the table's order.
const topics = readEntries('topics');
const events = readEntries('events');
const articles = readPublishedArticles();
const topicIdsOf = (data: Record<string, unknown>) => (data.topics as string[] | undefined) ?? [];
const reportsOf = (eventId: string) => articles.filter((a) => ((a.data.events as string[]) ?? []).includes(eventId)).length;
const fullestEvent = events.map((event) => event.id).sort((a, b) => reportsOf(b) - reportsOf(a))[0];

const documentOf = (path: string) => parseHTML(readDist(path)).document;

describe.each(topics.map((topic) => topic.id))('the timeline chart of topic %s', (topicId) => {
  const document = documentOf(`topics/${topicId}/index.html`);
  const svg = document.querySelector('.timeline-chart svg');
  const marks = [...(svg?.querySelectorAll('a') ?? [])];
  const expected = [
    ...events.filter((event) => topicIdsOf(event.data).includes(topicId)).map((event) => `/events/${event.id}/`),
    ...articles.filter((article) => topicIdsOf(article.data).includes(topicId)).map((article) => `/articles/${article.id}/`),
  ];

  it('opens the topic’s timeline, before the list of events', () => {
    const section = document.querySelector('[aria-labelledby="timeline-heading"]')!;
    expect(section.querySelector('.timeline-chart')).not.toBeNull();
    expect(section.innerHTML.indexOf('timeline-chart')).toBeLessThan(section.innerHTML.indexOf('event-list'));
  });

  it('has one linked mark per event and article, or per aggregate, covering each exactly once', () => {
    expect(marks.length).toBeGreaterThan(0);
    const direct = marks.filter((mark) => !mark.classList.contains('chart-aggregate')).map((mark) => mark.getAttribute('href'));
    const aggregated = marks.filter((mark) => mark.classList.contains('chart-aggregate'));
    expect(new Set(direct).size).toBe(direct.length);
    for (const href of direct) expect(expected).toContain(href);
    const aggregatedCount = aggregated.reduce((sum, mark) => sum + Number(mark.getAttribute('data-count')), 0);
    expect(direct.length + aggregatedCount).toBe(expected.length);
    for (const mark of aggregated) expect(mark.getAttribute('href')).toMatch(new RegExp(`^/timeline/${topicId}/#year-\\d{4}$`));
  });

  it('names every mark for screen readers and ties the drawing to its caption', () => {
    for (const mark of marks) expect(mark.getAttribute('aria-label')).toMatch(/^(Event|Article): .+, (c\. )?(\d{1,2} )?([A-Z][a-z]+ )?\d{4}$|^\d+ (events|articles), /);
    const captionId = svg!.getAttribute('aria-labelledby')!;
    expect(document.getElementById(captionId)?.textContent).toMatch(/\d+ events? and \d+ archived articles?/);
  });

  it('draws a year-only date across the whole of its year', () => {
    const years = [...svg!.querySelectorAll('.chart-band')].map((band) => ({ x: Number(band.getAttribute('x')), width: Number(band.getAttribute('width')) }));
    const yearOnly = marks.filter((mark) => /^(Event|Article): .+, (c\. )?\d{4}$/.test(mark.getAttribute('aria-label') ?? ''));
    for (const mark of yearOnly) {
      const rect = mark.querySelector('rect')!;
      const [x, width] = [Number(rect.getAttribute('x')), Number(rect.getAttribute('width'))];
      expect(years.some((year) => Math.abs(year.x - x) < 0.01 && Math.abs(year.width - width) < 0.01)).toBe(true);
    }
  });
});

describe('the coverage summary of an event three reports cover', () => {
  const { document } = parseHTML(fixtureArchive.readDist('events/lebedinsky-press-conference-march-2024/index.html'));
  const bars = [...document.querySelectorAll('.coverage-chart svg a')];
  const columns = [...document.querySelectorAll('table.coverage thead th a')].map((link) => link.getAttribute('href'));

  it('sits above the coverage table', () => {
    const html = document.documentElement.outerHTML;
    expect(html.indexOf('coverage-chart')).toBeGreaterThan(0);
    expect(html.indexOf('coverage-chart')).toBeLessThan(html.indexOf('<table class="coverage"'));
  });

  it('gives each report one bar, linking to it, in the table’s column order', () => {
    expect(bars).toHaveLength(3);
    expect(bars.map((bar) => bar.getAttribute('href'))).toEqual(columns);
  });

  it('says how many statements each report carried, and how many only one report carried', () => {
    expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Report 1, Unidentified outlet, March 2024: carried 1 of 2 statements (1 listed as quotes); 0 carried by this report alone',
      'Report 2, The Harbor Times, 12 March 2024: carried 1 of 2 statements (1 listed as quotes); 0 carried by this report alone',
      'Report 3, Lantern Wire, 13 March 2024: carried 2 of 2 statements (2 listed as quotes); 1 carried by this report alone',
    ]);
    expect(document.querySelector('.coverage-chart [aria-label^="In one report only"]')?.getAttribute('aria-label')).toBe('In one report only: 1 of 2 statements');
  });
});

describe('the changed pages of the real archive', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChrome();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const paths = [...topics.map((topic) => `/topics/${topic.id}/`), ...(fullestEvent ? [`/events/${fullestEvent}/`] : []), ...articles.map((article) => `/articles/${article.id}/`)];
  describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
    it.each(paths)('%s has no axe violation and loads no script', async (path) => {
      const { page } = await openPage(browser, path, { colorScheme, viewport: { width: 390, height: 844 } });
      expect(await page.locator('script[src]').count()).toBe(0);
      expect(await findAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  });

  it('reaches every chart mark of a topic by keyboard, with a visible focus indicator', async () => {
    const { page } = await openPage(browser, `/topics/${topics[0]!.id}/`);
    const total = await page.locator('.timeline-chart svg a').count();
    let reached = 0;
    for (let presses = 0; presses < 200 && reached < total; presses += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element?.closest('.timeline-chart svg')) return undefined;
        return getComputedStyle(element.querySelector('rect')!).strokeWidth;
      });
      if (focus !== undefined) {
        reached += 1;
        expect(parseFloat(focus)).toBeGreaterThanOrEqual(3);
      }
    }
    expect(reached).toBe(total);
    await page.context().close();
  });
});
