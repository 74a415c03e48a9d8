import { describe, expect, it } from 'vitest';
import { getVisibleText, readDist, readEntries, readPublishedArticles } from './site-files.ts';

const articles = readPublishedArticles();
const events = readEntries('events');
const people = readEntries('people');
const linksIn = (html: string, prefix: string) => [...new Set([...html.matchAll(new RegExp(`href="${prefix}([^/"#]+)/`, 'g'))].map((m) => m[1]!))].sort();
const section = (html: string, headingId: string) => html.slice(html.indexOf(`id="${headingId}"`)).split('</section>')[0]!;

describe('topic explainers', () => {
  it('number each citation and link its note to the cited article', () => {
    for (const topic of readEntries('topics')) {
      const html = readDist(`topics/${topic.id}/index.html`);
      const cited = [...new Set([...topic.body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!))];
      expect(cited.length, topic.id).toBeGreaterThan(0);
      cited.forEach((id, index) => {
        expect(html, `${topic.id} cites ${id}`).toContain(`href="#note-${index + 1}"`);
        expect(html).toMatch(new RegExp(`<li id="note-${index + 1}"><a href="/articles/${id}/"`));
      });
    }
  });

  it('add the topic’s events, quotes, people and entries below the explainer', () => {
    const html = readDist('topics/us-russia-dialogue/index.html');
    for (const heading of ['timeline-heading', 'quotes-heading', 'people-heading', 'entries-heading']) expect(html).toContain(`id="${heading}"`);
    const expectedEvents = events.filter((e) => (e.data.topics as string[]).includes('us-russia-dialogue')).map((e) => e.id).sort();
    expect(linksIn(section(html, 'timeline-heading'), '/events/')).toEqual(expectedEvents);
  });
});

describe('event pages', () => {
  it('compare coverage across exactly the articles that report the event', () => {
    for (const event of events) {
      const html = readDist(`events/${event.id}/index.html`);
      const reporting = articles.filter((a) => ((a.data.events as string[]) ?? []).includes(event.id)).map((a) => a.id).sort();
      expect(linksIn(html.slice(html.indexOf('<main')), '/articles/'), event.id).toEqual(reporting);
    }
  });

  it('show which report alone carried a quote', () => {
    const html = getVisibleText(readDist('events/peskov-nbc-news-interview-2023/index.html'));
    expect(html).toMatch(/You are making this conflict longer\. Dmitry Peskov Only in report \d/);
    expect(html).toMatch(/\d+ quoted statements across 3 reports/);
  });
});

describe('person and outlet pages', () => {
  it('give each person their role, aliases, quotes and the articles that mention them', () => {
    for (const person of people) {
      const html = readDist(`people/${person.id}/index.html`);
      const text = getVisibleText(html);
      expect(text).toContain(String(person.data.role));
      for (const alias of (person.data.aliases as string[]) ?? []) expect(text).toContain(alias);
      const mentioning = articles.filter((a) => ((a.data.people as string[]) ?? []).includes(person.id)).map((a) => a.id);
      for (const id of mentioning) expect(html, `${person.id} lists ${id}`).toContain(`href="/articles/${id}/"`);
    }
  });

  it('list articles with no known outlet on the unidentified-outlet page, never hiding them', () => {
    const html = readDist('outlets/unidentified/index.html');
    const unidentified = articles.filter((a) => !a.data.outlet).map((a) => a.id).sort();
    expect(linksIn(html.slice(html.indexOf('<main')), '/articles/')).toEqual(unidentified);
  });
});

describe('timeline and quotes', () => {
  it('puts a month-precision article under its month and a year-precision one under its year', () => {
    const text = getVisibleText(readDist('timeline/index.html'));
    const monthOnly = articles.find((a) => /^\d{4}-\d{2}$/.test(String(a.data.published)));
    const yearOnly = articles.find((a) => /^\d{4}$/.test(String(a.data.published)));
    expect(monthOnly && yearOnly).toBeTruthy();
    expect(text).toMatch(new RegExp(`December 2023 .*c\\. December 2023 Article ${escape(String(monthOnly!.data.title).slice(0, 20))}`));
    expect(text).toMatch(new RegExp(`${yearOnly!.data.published}, month not known .*c\\. ${yearOnly!.data.published} (Event|Article)`));
  });

  it('narrows the timeline to one topic with plain links, no script needed', () => {
    const html = readDist('timeline/navalny/index.html');
    expect(html).not.toMatch(/<script[^>]+src=/);
    const navalnyArticles = articles.filter((a) => (a.data.topics as string[]).includes('navalny')).map((a) => a.id).sort();
    expect(linksIn(html, '/articles/')).toEqual(navalnyArticles);
  });

  it('lists every quote in the archive once per article that prints it', () => {
    const html = readDist('quotes/index.html');
    const total = articles.reduce((sum, a) => sum + ((a.data.quotes as unknown[]) ?? []).length, 0);
    expect(html.match(/<blockquote[\s>]/g)).toHaveLength(total);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
