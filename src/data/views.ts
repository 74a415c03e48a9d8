/**
 * Per-page view-models derived from the archive: which articles, quotes, people and events a
 * person, topic or event page shows. Pages call these; they never filter collections themselves.
 */
import type { Archive, Article, ArchiveEvent, Link, Person, Quote } from './archive.ts';
import { getLinkedTo } from '../lib/related.ts';

export interface SourcedQuote {
  quote: Quote;
  article: Article;
}

const ids = (links: Link[]) => links.map((link) => link.id);

/** Distinct links in first-seen order. */
function uniqueLinks(links: Link[]): Link[] {
  return [...new Map(links.map((link) => [link.id, link])).values()];
}

/** Quotes whose speaker passes `isSpeaker`, oldest article first, each with its source. */
function getSourcedQuotes(articles: Article[], keep: (quote: Quote, article: Article) => boolean): SourcedQuote[] {
  return [...articles]
    .reverse()
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

export function getEventView(archive: Archive, event: ArchiveEvent) {
  return { articles: getLinkedTo(archive.articles, event.id, (a) => ids(a.events)) };
}
