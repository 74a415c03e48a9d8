import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture-archive.ts';
import { fixtureArchive, getVisibleText, realArchive } from './site-files.ts';

const linksIn = (html: string, prefix: string) => [...new Set([...html.matchAll(new RegExp(`href="${prefix}([^/"#]+)/`, 'g'))].map((m) => m[1]!))].sort();
const section = (html: string, headingId: string) => html.slice(html.indexOf(`id="${headingId}"`)).split('</section>')[0]!;
const mainOf = (html: string) => html.slice(html.indexOf('<main'));
const { readDist } = fixtureArchive;
const textOf = (path: string) => getVisibleText(readDist(path));
const sorted = (...ids: string[]) => [...ids].sort();
const CONFERENCE = [FIXTURE.conferenceFirst, FIXTURE.conferenceExclusive, FIXTURE.conferenceMonth];

// True of any archive, whatever its entries: checked on the real one and the fixture alike.
describe.each([realArchive, fixtureArchive])('$name', (archive) => {
  it('numbers each citation of every explainer and links its note to the cited article', () => {
    for (const topic of archive.readEntries('topics')) {
      const html = archive.readDist(`topics/${topic.id}/index.html`);
      const cited = [...new Set([...topic.body.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!))];
      expect(cited.length, topic.id).toBeGreaterThan(0);
      cited.forEach((id, index) => {
        expect(html, `${topic.id} cites ${id}`).toContain(`href="#note-${index + 1}"`);
        expect(html).toMatch(new RegExp(`<li id="note-${index + 1}"><a href="/articles/${id}/"`));
      });
    }
  });

  it('gives each person page their role and every spelling of their name', () => {
    for (const person of archive.readEntries('people')) {
      const text = getVisibleText(archive.readDist(`people/${person.id}/index.html`));
      const spellings = [person.data.role, ...((person.data.aliases as string[]) ?? []), ...((person.data.nativeNames as string[]) ?? [])];
      for (const spelling of spellings) expect(text, person.id).toContain(String(spelling));
    }
  });
});

describe('a topic page', () => {
  it('adds the topic’s events, quotes, people and entries below the explainer', () => {
    const html = readDist('topics/us-russia-dialogue/index.html');
    for (const heading of ['timeline-heading', 'quotes-heading', 'people-heading', 'entries-heading']) expect(html).toContain(`id="${heading}"`);
    expect(linksIn(section(html, 'timeline-heading'), '/events/')).toEqual(['kremlin-briefing-december-2023', 'lebedinsky-press-conference-march-2024']);
    expect(linksIn(section(html, 'people-heading'), '/people/')).toEqual(['arkady-lebedinsky', 'dmitry-peskov']);
    expect(linksIn(section(html, 'entries-heading'), '/articles/')).toEqual(sorted(FIXTURE.enPeskov, FIXTURE.ruPeskov, ...CONFERENCE));
  });
});

describe('event pages', () => {
  it('compare coverage across exactly the articles that report the event', () => {
    expect(linksIn(mainOf(readDist('events/lebedinsky-press-conference-march-2024/index.html')), '/articles/')).toEqual(sorted(...CONFERENCE));
    expect(linksIn(mainOf(readDist('events/kremlin-briefing-december-2023/index.html')), '/articles/')).toEqual(sorted(FIXTURE.enPeskov, FIXTURE.ruPeskov));
  });

  it('show the quote every report carried, whatever its case, and the one only a single report carried', () => {
    const text = textOf('events/lebedinsky-press-conference-march-2024/index.html');
    expect(text).toContain('2 quoted statements across 3 reports: 1 carried by every report, 1 by one report only.');
    expect(text).toContain('nobody is closing the door Arkady Lebedinsky In every report Quoted Quoted Quoted');
    expect(text).toContain('We will answer in our own time Arkady Lebedinsky Only in report 3 Not carried Not carried Quoted');
  });
});

describe('person and outlet pages', () => {
  it('give a person their quotes and the articles that mention them', () => {
    const html = readDist('people/arkady-lebedinsky/index.html');
    const text = getVisibleText(html);
    for (const quote of ['Nobody is closing the door', 'We will answer in our own time']) expect(text).toContain(quote);
    expect(linksIn(mainOf(html), '/articles/')).toEqual(sorted(...CONFERENCE, FIXTURE.undatedYear));
  });

  it('list articles with no known outlet on the unidentified-outlet page, never hiding them', () => {
    expect(linksIn(mainOf(readDist('outlets/unidentified/index.html')), '/articles/')).toEqual(sorted(FIXTURE.conferenceMonth, FIXTURE.undatedYear));
  });

  it('list an outlet’s own articles on its page', () => {
    expect(linksIn(mainOf(readDist('outlets/harbor-times/index.html')), '/articles/')).toEqual(sorted(FIXTURE.enPeskov, FIXTURE.enZelensky, FIXTURE.conferenceFirst));
  });
});

describe('timeline and quotes', () => {
  it('puts a month-precision article under its month after its days, and a year-precision one under its year', () => {
    const text = textOf('timeline/index.html');
    expect(text).toContain('12 March 2024 Event Lebedinsky&#39;s press conference on the talks March 2024 Article Aide comments on the talks');
    expect(text).toContain('2023, month not known c. 2023 Article Aide visits the southern front');
  });

  it('narrows the timeline to one topic with plain links, no script needed', () => {
    const html = readDist('timeline/ukraine-war/index.html');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(linksIn(html, '/articles/')).toEqual(sorted(FIXTURE.enZelensky, FIXTURE.ruZelensky, FIXTURE.undatedYear));
  });

  it('lists every quote in the archive once per article that prints it', () => {
    const quotes = [...readDist('quotes/index.html').matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) => getVisibleText(m[1]!).trim());
    expect(quotes).toHaveLength(6);
    expect(quotes.filter((quote) => /^nobody is closing the door$/i.test(quote))).toHaveLength(3);
  });
});
