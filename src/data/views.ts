/**
 * Per-page view-models derived from the archive: everything a page shows, found, filtered,
 * sorted and labelled here. Routes get them through `paths.ts` (or call them directly when they
 * have no parameters) and only render; they never filter collections themselves.
 */
import { getOutletLabel, type Archive, type Article, type ArchiveEvent, type DisplayDate, type Link, type Outlet, type Person, type Topic } from './model.ts';
import { getLinkedTo, getOtherCoverage } from '../lib/related.ts';
import { compareCoverage } from '../lib/coverage/compare.ts';
import { comparePartialDates } from '../lib/dates.ts';
import type { TimelineItem } from '../lib/timeline/groups.ts';
import { getArticlesOf, getFirstArticlesPage } from './listings.ts';
import { getQuotesOf } from './quote-pages.ts';
import { getRenderedCitations } from '../lib/content/render.ts';
import { describeUnknowns, listUnknowns } from '../lib/provenance.ts';
import { siteConfig } from './site.ts';
import { getCoverageChart, getTopicChart } from './charts.ts';

export type { SourcedQuote } from './quote-pages.ts';

const compareOldestFirst = (a: Article, b: Article) => comparePartialDates(a.published.date, b.published.date) || a.id.localeCompare(b.id);

const ids = (links: Link[]) => links.map((link) => link.id);

/** Distinct links in first-seen order. */
function uniqueLinks(links: Link[]): Link[] {
  return [...new Map(links.map((link) => [link.id, link])).values()];
}

/** A person's page: the first page of the articles that mention them, their latest quotes, their topics. */
export function getPersonView(archive: Archive, person: Person) {
  const all = getArticlesOf(archive, 'person', person.id);
  const topicIds = new Set(all.flatMap((a) => ids(a.topics)));
  const quotes = getQuotesOf(archive, person.id);
  return {
    person,
    articles: getFirstArticlesPage(archive, 'person', person.id),
    articleDates: all.map((article) => article.published.date),
    quotes: quotes.slice(0, siteConfig.latestQuotes),
    quoteCount: quotes.length,
    topics: archive.topics.filter((topic) => topicIds.has(topic.id)).map((topic) => ({ id: topic.id, label: topic.title })),
  };
}

/**
 * A topic's page: its explainer with the articles it cites (note N is the N-th cited id, as the
 * loader numbered them), then its latest events (in date order), the people its articles mention
 * most (by name), its latest quotes and the first page of its articles, each bounded.
 */
export function getTopicView(archive: Archive, topic: Topic) {
  const topicId = topic.id;
  const articles = getArticlesOf(archive, 'topic', topicId);
  const events = getLinkedTo(archive.events, topicId, (e) => ids(e.topics));
  const mentions = new Map<string, number>();
  for (const link of articles.flatMap((a) => a.people)) mentions.set(link.id, (mentions.get(link.id) ?? 0) + 1);
  const people: Person[] = [...mentions]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .flatMap(([id]) => archive.personById.get(id) ?? []);
  const shownPeople = people.slice(0, siteConfig.peopleOnTopicPage);
  return {
    topic,
    citedArticles: getRenderedCitations(topic.entry).flatMap((id) => archive.articleById.get(id) ?? []),
    articles: getFirstArticlesPage(archive, 'topic', topicId),
    articleDates: articles.map((article) => article.published.date),
    events: events.slice(-siteConfig.eventsOnTopicPage),
    eventCount: events.length,
    /** Everyone the topic's articles mention, for search: any spelling of a name finds the topic. */
    people,
    shownPeople: [...shownPeople].sort((a, b) => a.name.localeCompare(b.name)),
    quotes: articles.flatMap((article) => article.quotes.map((quote) => ({ quote, article }))).slice(0, siteConfig.latestQuotes),
    /** The whole topic drawn over time: every event and article, aggregated when crowded. */
    chart: getTopicChart(topicId, events, articles),
  };
}

/** An event's reports, oldest first for the coverage table, and the first page of them, newest first. */
export function getEventView(archive: Archive, event: ArchiveEvent) {
  // One order for the table's headings and its cells, so a heading never sits over another column.
  const articles = [...getArticlesOf(archive, 'event', event.id)].sort(compareOldestFirst);
  const coverage = compareCoverage(
    articles.map((article) => ({
      id: article.id,
      quotes: article.quotes.map((quote) => ({ text: quote.text, speakerId: quote.speaker.id })),
      bodyText: article.plainText,
      language: article.language,
    })),
  );
  // The people the event's reports mention, so any spelling of their names finds the event.
  const people = uniqueLinks(articles.flatMap((article) => article.people)).flatMap((link) => archive.personById.get(link.id) ?? []);
  // Only the names the table shows, so that the page's cache key does not change with every person.
  const speakerNames = new Map(coverage.rows.map((row) => [row.speakerId, archive.personById.get(row.speakerId)?.name ?? row.speakerId]));
  const reports = articles.map((article) => ({
    id: article.id, title: article.title, language: article.language, label: `${getOutletLabel(article)}, ${article.published.label}, ${article.languageName}`,
  }));
  return { event, reports, coverage, coverageChart: getCoverageChart(coverage, articles), people, speakerNames, list: getFirstArticlesPage(archive, 'event', event.id) };
}

/** A timeline item with its date as a reader sees it. */
export interface ShownTimelineItem extends TimelineItem {
  shownDate: DisplayDate;
}

/** Every event and article as a timeline item. */
export function getTimelineItems(archive: Archive): ShownTimelineItem[] {
  return [
    ...archive.events.map((event): ShownTimelineItem => ({
      kind: 'event', id: event.id, title: event.title, date: event.date.date, circa: event.date.circa, shownDate: event.date, topicIds: ids(event.topics),
    })),
    ...archive.articles.map((article): ShownTimelineItem => ({
      kind: 'article', id: article.id, title: article.title, date: article.published.date, circa: article.published.circa, shownDate: article.published, topicIds: ids(article.topics),
    })),
  ];
}

/** The other archived reports of the article's events, newest first within each event. */
function getOtherCoverageOf(archive: Archive, article: Article): Article[] {
  const byEvent = new Map(ids(article.events).map((id) => [id, getArticlesOf(archive, 'event', id)]));
  return getOtherCoverage({ id: article.id, eventIds: ids(article.events) }, byEvent);
}

/** What an article's provenance says above its text: the unknowns in one line, and the warnings. */
function getProvenanceView(article: Article) {
  const unknowns = listUnknowns({
    hasOutlet: article.outlet !== undefined,
    hasByline: article.byline !== undefined,
    titleSupplied: article.titleSupplied,
    published: article.published.date,
    circa: article.published.circa,
    hasUrl: article.url !== undefined,
    hasArchivedUrl: article.archivedUrl !== undefined,
    hasRetrieved: article.retrieved !== undefined,
  });
  return { unknowns: describeUnknowns(unknowns), warnings: article.notes.filter((note) => note.warning) };
}

export type ProvenanceView = ReturnType<typeof getProvenanceView>;

/**
 * An article's page: the article, its provenance, the people it names (with every spelling, for
 * search) and the other reports of its events.
 */
export function getArticleView(archive: Archive, article: Article) {
  return {
    article,
    provenance: getProvenanceView(article),
    people: article.people.flatMap((link) => archive.personById.get(link.id) ?? []),
    otherCoverage: getOtherCoverageOf(archive, article),
  };
}

/** An outlet's page: the outlet and the first page of its articles. */
export function getOutletView(archive: Archive, outlet: Outlet) {
  return { outlet, articles: getFirstArticlesPage(archive, 'outlet', outlet.id) };
}

/** A topic's feed: its articles, newest first. */
export function getTopicFeedView(archive: Archive, topic: Topic) {
  return { topic, articles: getArticlesOf(archive, 'topic', topic.id) };
}

/** Entries the home page lists before linking to the archive index. */
const LATEST_ON_HOME = 5;

/** The home page: the topics and the latest entries. */
export function getHomeView(archive: Archive) {
  return { topics: archive.topics, latest: archive.articles.slice(0, LATEST_ON_HOME), articleCount: archive.articles.length };
}

/** The topics index: each topic with how many articles it holds. */
export function getTopicsIndexView(archive: Archive) {
  return archive.topics.map((topic) => ({ topic, articleCount: getArticlesOf(archive, 'topic', topic.id).length }));
}
