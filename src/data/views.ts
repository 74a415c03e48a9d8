/**
 * Per-page view-models derived from the archive: which articles, quotes, people and events a
 * person, topic or event page shows. Pages call these; they never filter collections themselves.
 */
import type { Archive, Article, ArchiveEvent, Link, Person } from './archive.ts';
import { getLinkedTo, getOtherCoverage } from '../lib/related.ts';
import { compareCoverage } from '../lib/coverage.ts';
import { comparePartialDates } from '../lib/dates.ts';
import type { TimelineItem } from '../lib/timeline.ts';
import { getArticlesOf, getFirstArticlesPage } from './listings.ts';
import { getQuotesOf } from './quote-pages.ts';
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
export function getPersonView(archive: Archive, personId: string) {
  const all = getArticlesOf(archive, 'person', personId);
  const topicIds = new Set(all.flatMap((a) => ids(a.topics)));
  const quotes = getQuotesOf(archive, personId);
  return {
    articles: getFirstArticlesPage(archive, 'person', personId),
    articleDates: all.map((article) => article.published.date),
    quotes: quotes.slice(0, siteConfig.latestQuotes),
    quoteCount: quotes.length,
    topics: archive.topics.filter((topic) => topicIds.has(topic.id)).map((topic) => ({ id: topic.id, label: topic.title })),
  };
}

/**
 * A topic's page below its explainer: its latest events (in date order), the people its articles
 * mention most (by name), its latest quotes and the first page of its articles, each bounded.
 */
export function getTopicView(archive: Archive, topicId: string) {
  const articles = getArticlesOf(archive, 'topic', topicId);
  const events = getLinkedTo(archive.events, topicId, (e) => ids(e.topics));
  const mentions = new Map<string, number>();
  for (const link of articles.flatMap((a) => a.people)) mentions.set(link.id, (mentions.get(link.id) ?? 0) + 1);
  const people: Person[] = [...mentions]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .flatMap(([id]) => archive.personById.get(id) ?? []);
  const shownPeople = people.slice(0, siteConfig.peopleOnTopicPage);
  return {
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
  const speakerNames = new Map(archive.people.map((person) => [person.id, person.name]));
  return { articles, coverage, coverageChart: getCoverageChart(coverage, articles), people, speakerNames, list: getFirstArticlesPage(archive, 'event', event.id) };
}

/** Every event and article as a timeline item. */
export function getTimelineItems(archive: Archive): TimelineItem[] {
  return [
    ...archive.events.map((event): TimelineItem => ({
      kind: 'event', id: event.id, title: event.title, date: event.date.date, circa: event.date.circa, topicIds: ids(event.topics),
    })),
    ...archive.articles.map((article): TimelineItem => ({
      kind: 'article', id: article.id, title: article.title, date: article.published.date, circa: article.published.circa, topicIds: ids(article.topics),
    })),
  ];
}

/** The other archived reports of the article's events, newest first within each event. */
export function getOtherCoverageOf(archive: Archive, article: Article): Article[] {
  const byEvent = new Map(ids(article.events).map((id) => [id, getArticlesOf(archive, 'event', id)]));
  return getOtherCoverage({ id: article.id, eventIds: ids(article.events) }, byEvent);
}
