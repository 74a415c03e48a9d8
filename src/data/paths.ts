/**
 * Every generated route's static paths: the route's parameters, the one typed view its page
 * renders, and the page's cache key. Astro's incremental build renders a page again only when its
 * key or its code changed, so the key is a hash of the whole view: a page may show nothing that
 * is not in its view (the site's address and the code are hashed by Astro itself).
 */
import { listOutlets, type Archive } from './model.ts';
import { getArchiveIndexPages, getLaterArticlePages, type ArticleOwnerKind } from './listings.ts';
import { getQuotesPages } from './quote-pages.ts';
import { getTimelinePages } from './timeline-pages.ts';
import { getArticleView, getEventView, getOutletView, getPersonView, getTopicFeedView, getTopicView } from './views.ts';
import { getCacheKey } from '../lib/cache-key.ts';

/** One static path: what `getStaticPaths` returns for a page. */
export interface StaticPath<Params, View> {
  params: Params;
  props: { view: View };
  cacheKey: string;
}

/** The key is hashed only when Astro asks for it, as a build does: `astro dev` never does. */
function toPath<Params, View>(params: Params, view: View): StaticPath<Params, View> {
  return {
    params,
    props: { view },
    get cacheKey() {
      return getCacheKey(view);
    },
  };
}

export const getArticlePaths = (archive: Archive) =>
  archive.articles.map((article) => toPath({ id: article.id }, getArticleView(archive, article)));

export const getArchiveIndexPaths = (archive: Archive) =>
  getArchiveIndexPages(archive).map(({ param, ...view }) => toPath({ page: param }, view));

export const getPersonPaths = (archive: Archive) =>
  archive.people.map((person) => toPath({ id: person.id }, getPersonView(archive, person)));

export const getTopicPaths = (archive: Archive) =>
  archive.topics.map((topic) => toPath({ id: topic.id }, getTopicView(archive, topic)));

export const getTopicFeedPaths = (archive: Archive) =>
  archive.topics.map((topic) => toPath({ id: topic.id }, getTopicFeedView(archive, topic)));

export const getEventPaths = (archive: Archive) =>
  archive.events.map((event) => toPath({ id: event.id }, getEventView(archive, event)));

export const getOutletPaths = (archive: Archive) =>
  listOutlets(archive).map((outlet) => toPath({ id: outlet.id }, getOutletView(archive, outlet)));

/** Page 2 and on of a topic's, person's, outlet's or event's articles (page 1 is the owner's page). */
export const getLaterArticlePaths = (archive: Archive, kind: ArticleOwnerKind) =>
  getLaterArticlePages(archive, kind).map((view) => toPath({ id: view.ownerId, page: view.pageParam }, view));

export const getQuotesPaths = (archive: Archive) => getQuotesPages(archive).map((view) => toPath({ path: view.param }, view));

export const getTimelinePaths = (archive: Archive) => getTimelinePages(archive).map((view) => toPath({ path: view.param }, view));
