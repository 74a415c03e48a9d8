import { describe, expect, it } from 'vitest';
import { buildArchive, type CollectionEntries } from './model.ts';
import { getArticlePaths, getEventPaths, getPersonPaths } from './paths.ts';
import { getArticleView, getEventView, getHomeView, getTimelineItems, getTopicsIndexView, getTopicView } from './views.ts';

// An invented archive, shaped as the content layer hands entries to the model.
const ref = (id: string) => ({ id });
const entry = (collection: string, id: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  ({ id, collection, data, filePath: `content/${collection}/${id}`, digest: `${id}-1`, ...extra });

interface Edits {
  outletName?: string;
  secondBody?: string;
}

function makeCollections({ outletName = 'Wire One', secondBody = 'Second text.' }: Edits = {}): CollectionEntries {
  const article = (id: string, published: object, data: Record<string, unknown>, body: string) =>
    entry('articles', id, { title: `Title ${id}`, titleSupplied: false, published, circa: false, language: 'en', topics: [ref('talks')], people: [], events: [], quotes: [], notes: [], draft: false, ...data }, { body, digest: `${id}-${body.length}` });
  return {
    articles: [
      article('a-first', { year: 2024, month: 3, day: 1 }, { outlet: ref('wire'), byline: 'A. Writer', url: 'https://wire.example/a', people: [ref('peskov')], events: [ref('meeting')], quotes: [{ text: 'We talked.', speaker: ref('peskov') }] }, 'First text. "We talked," Peskov said.'),
      article('a-second', { year: 2024, month: 2 }, { events: [ref('meeting')], quotes: [{ text: 'It was useful.', speaker: ref('lavrov') }] }, secondBody),
      article('a-third', { year: 2023 }, { outlet: ref('wire'), topics: [ref('war')] }, 'Third text.'),
      article('a-fourth', { year: 2022, month: 5, day: 9 }, { outlet: ref('wire') }, 'Fourth text.'),
      article('a-fifth', { year: 2021 }, {}, 'Fifth text.'),
      article('a-sixth', { year: 2020 }, {}, 'Sixth text.'),
    ],
    topics: [
      entry('topics', 'talks', { title: 'Talks', summary: 'Talks summary.', order: 1 }, { rendered: { html: '', metadata: { citations: ['a-second', 'a-first'] } } }),
      entry('topics', 'war', { title: 'War', summary: 'War summary.', order: 2 }, { rendered: { html: '', metadata: { citations: [] } } }),
    ],
    people: [
      entry('people', 'peskov', { name: 'Dmitry Peskov', role: 'Spokesman', aliases: ['Dmitri Peskov'], nativeNames: [] }),
      entry('people', 'lavrov', { name: 'Sergei Lavrov', role: 'Minister', aliases: [], nativeNames: [] }),
    ],
    outlets: [entry('outlets', 'wire', { name: outletName })],
    events: [entry('events', 'meeting', { title: 'A meeting', date: { year: 2024, month: 2 }, circa: false, topics: [ref('talks')], summary: 'They met.' })],
  } as unknown as CollectionEntries;
}

const archive = buildArchive(makeCollections());
const article = (id: string) => archive.articleById.get(id)!;

describe('getArticleView', () => {
  it('gives the people the article names, with every spelling, and the other reports of its event', () => {
    const view = getArticleView(archive, article('a-first'));
    expect(view.people.map((person) => [person.name, person.aliases])).toEqual([['Dmitry Peskov', ['Dmitri Peskov']]]);
    expect(view.otherCoverage.map((other) => other.id)).toEqual(['a-second']);
  });

  it('names what the archive could not establish, in one line', () => {
    expect(getArticleView(archive, article('a-first')).provenance.unknowns).not.toMatch(/publisher|byline/i);
    expect(getArticleView(archive, article('a-second')).provenance.unknowns).toMatch(/^Not established: publisher, byline/);
  });
});

describe('getEventView', () => {
  it('lists the reports oldest first, labelled as the coverage table heads them', () => {
    const view = getEventView(archive, archive.eventById.get('meeting')!);
    expect(view.reports.map((report) => report.label)).toEqual(['Unidentified outlet, February 2024, English', 'Wire One, 1 March 2024, English']);
    // Only the speakers of the table's rows are named, so an unrelated person leaves the page's key alone.
    expect(Object.fromEntries(view.speakerNames)).toEqual({ peskov: 'Dmitry Peskov', lavrov: 'Sergei Lavrov' });
  });
});

describe('getTopicView and the indexes', () => {
  it('gives the explainer’s cited articles in the order of its notes', () => {
    expect(getTopicView(archive, archive.topicById.get('talks')!).citedArticles.map((cited) => cited.id)).toEqual(['a-second', 'a-first']);
  });

  it('counts each topic’s articles and shows the five latest entries on the home page', () => {
    expect(getTopicsIndexView(archive).map(({ topic, articleCount }) => [topic.id, articleCount])).toEqual([['talks', 5], ['war', 1]]);
    const home = getHomeView(archive);
    expect(home.latest.map((latest) => latest.id)).toEqual(['a-first', 'a-second', 'a-third', 'a-fourth', 'a-fifth']);
    expect(home.articleCount).toBe(6);
  });

  it('gives every timeline item the date a reader sees', () => {
    const items = getTimelineItems(archive);
    expect(items.find((item) => item.id === 'a-second')?.shownDate.label).toBe('February 2024');
    expect(items.find((item) => item.id === 'meeting')?.shownDate.iso).toBe('2024-02');
  });
});

describe('cache keys', () => {
  const keys = (paths: { params: { id: string }; cacheKey: string }[]) => new Map(paths.map((path) => [path.params.id, path.cacheKey]));

  it('change for exactly the pages that show what changed', () => {
    const before = buildArchive(makeCollections());
    const renamed = buildArchive(makeCollections({ outletName: 'Wire Two' }));
    const edited = buildArchive(makeCollections({ secondBody: 'Second text, corrected.' }));
    const articleKeys = keys(getArticlePaths(before));
    // The outlet's name shows on its articles' pages and in the other coverage of the event.
    const afterRename = keys(getArticlePaths(renamed));
    expect(['a-first', 'a-second', 'a-third', 'a-fourth'].filter((id) => afterRename.get(id) !== articleKeys.get(id))).toEqual(['a-first', 'a-second', 'a-third', 'a-fourth']);
    expect(afterRename.get('a-fifth')).toBe(articleKeys.get('a-fifth'));
    // Editing one article's text renders its own page again, and its event's, not a stranger's.
    const afterEdit = keys(getArticlePaths(edited));
    expect(afterEdit.get('a-second')).not.toBe(articleKeys.get('a-second'));
    expect(afterEdit.get('a-sixth')).toBe(articleKeys.get('a-sixth'));
    expect(keys(getEventPaths(edited)).get('meeting')).not.toBe(keys(getEventPaths(before)).get('meeting'));
    expect(keys(getPersonPaths(edited)).get('peskov')).toBe(keys(getPersonPaths(before)).get('peskov'));
  });
});
