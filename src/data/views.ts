/**
 * Per-page view-models derived from the archive: which articles, quotes, people and events a
 * person, topic or event page shows. Pages call these; they never filter collections themselves.
 */
import type { Archive, Article, ArchiveEvent, Link, Person, Quote } from './archive.ts';
import { getLinkedTo, getOtherCoverage, groupByLinks } from '../lib/related.ts';
import { compareCoverage } from '../lib/coverage.ts';
import { comparePartialDates } from '../lib/dates.ts';
import { groupTimeline, filterByTopic, type TimelineItem } from '../lib/timeline.ts';

export interface SourcedQuote {
  quote: Quote;
  article: Article;
}

const compareOldestFirst = (a: Article, b: Article) => comparePartialDates(a.published.date, b.published.date) || a.id.localeCompare(b.id);

const ids = (links: Link[]) => links.map((link) => link.id);

/** Distinct links in first-seen order. */
function uniqueLinks(links: Link[]): Link[] {
  return [...new Map(links.map((link) => [link.id, link])).values()];
}

/** The quotes `keep` accepts, oldest article first, each with its source. */
function getSourcedQuotes(articles: Article[], keep: (quote: Quote, article: Article) => boolean): SourcedQuote[] {
  return [...articles]
    .sort(compareOldestFirst)
    .flatMap((article) => article.quotes.filter((quote) => keep(quote, article)).map((quote) => ({ quote, article })));
}

export function getPersonView(archive: Archive, personId: string) {
  const articles = getLinkedTo(archive.articles, personId, (a) => ids(a.people));
  const topicIds = new Set(articles.flatMap((a) => ids(a.topics)));
  return {
    articles,
    quotes: getSourcedQuotes(archive.articles, (quote) => quote.speaker.id === personId),
    topics: archive.topics.filter((topic) => topicIds.has(topic.id)).map((topic) => ({ id: topic.id, label: topic.title })),
  };
}

export function getTopicView(archive: Archive, topicId: string) {
  const articles = getLinkedTo(archive.articles, topicId, (a) => ids(a.topics));
  const events = getLinkedTo(archive.events, topicId, (e) => ids(e.topics));
  const people: Person[] = uniqueLinks(articles.flatMap((a) => a.people)).flatMap((link) => archive.personById.get(link.id) ?? []);
  return {
    articles,
    events,
    people: people.sort((a, b) => a.name.localeCompare(b.name)),
    quotes: getSourcedQuotes(articles, () => true),
  };
}

/** An event's reports, oldest first, and the comparison of what each one carried. */
export function getEventView(archive: Archive, event: ArchiveEvent) {
  // One order for the table's headings and its cells, so a heading never sits over another column.
  const articles = getLinkedTo(archive.articles, event.id, (a) => ids(a.events)).sort(compareOldestFirst);
  const coverage = compareCoverage(
    articles.map((article) => ({
      id: article.id,
      quotes: article.quotes.map((quote) => ({ text: quote.text, speakerId: quote.speaker.id })),
      bodyText: article.plainText,
      language: article.language,
    })),
  );
  return { articles, coverage };
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

/** The timeline, whole or narrowed to one topic, newest first. */
export function getTimeline(archive: Archive, topicId?: string) {
  const items = getTimelineItems(archive);
  return groupTimeline(topicId ? filterByTopic(items, topicId) : items, 'newest-first');
}

/** Every quote in the archive, grouped by speaker (by name), each speaker's oldest first. */
export function getQuotesBySpeaker(archive: Archive): { person: Person; quotes: SourcedQuote[] }[] {
  return archive.people
    .map((person) => ({ person, quotes: getSourcedQuotes(archive.articles, (quote) => quote.speaker.id === person.id) }))
    .filter(({ quotes }) => quotes.length > 0);
}

const articlesByEventCache = new WeakMap<Archive, Map<string, Article[]>>();

/** The other archived reports of the article's events, newest first within each event. */
export function getOtherCoverageOf(archive: Archive, article: Article): Article[] {
  let byEvent = articlesByEventCache.get(archive);
  if (!byEvent) {
    byEvent = groupByLinks(archive.articles, (a) => ids(a.events));
    articlesByEventCache.set(archive, byEvent);
  }
  return getOtherCoverage({ id: article.id, eventIds: ids(article.events) }, byEvent);
}
