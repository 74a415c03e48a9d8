/**
 * The paginated lists of articles: the archive index, and a topic's, person's, outlet's and
 * event's articles, newest first. Page 1 of an owner's list is part of the owner's own page
 * (`/people/<id>/`); the later pages (`/people/<id>/2/`) are pages of their own.
 */
import { listOutlets, type Archive, type Article } from './model.ts';
import { siteConfig, urls } from './site.ts';
import { groupByLinks } from '../lib/related.ts';
import { UNIDENTIFIED_OUTLET_ID } from '../lib/ids.ts';
import { getFirstPage, getPageLinks, paginate, type ListingPage, type PageLinks } from '../lib/pagination/pages.ts';

/** One page of a list of articles, with the links to its neighbours. */
export interface ArticlesPage {
  page: ListingPage<Article>;
  links: PageLinks;
}

/** Whose articles a list holds. */
export type ArticleOwnerKind = 'topic' | 'person' | 'outlet' | 'event';

/** A later page (2 and on) of an owner's articles, as its own page. */
export interface OwnerArticlesPage extends ArticlesPage {
  kind: ArticleOwnerKind;
  ownerId: string;
  ownerName: string;
  ownerUrl: string;
  /** The route's `page` parameter. */
  pageParam: string;
}

const KIND_LABELS: Record<ArticleOwnerKind, string> = { topic: 'Topic', person: 'Person', outlet: 'Outlet', event: 'Event' };

/** The URL of page `page` of an owner's articles. */
const OWNER_URLS: Record<ArticleOwnerKind, (id: string, page?: number) => string> = {
  topic: urls.topic,
  person: urls.person,
  outlet: urls.outlet,
  event: urls.event,
};

/** Every owner's articles, newest first (the archive's order), looked up instead of filtered per page. */
type ArticleIndex = Record<ArticleOwnerKind, Map<string, Article[]>>;

const indexCache = new WeakMap<Archive, ArticleIndex>();

function getArticleIndex(archive: Archive): ArticleIndex {
  let index = indexCache.get(archive);
  if (!index) {
    const ids = (links: { id: string }[]) => links.map((link) => link.id);
    index = {
      topic: groupByLinks(archive.articles, (a) => ids(a.topics)),
      person: groupByLinks(archive.articles, (a) => ids(a.people)),
      outlet: groupByLinks(archive.articles, (a) => [a.outlet?.id ?? UNIDENTIFIED_OUTLET_ID]),
      event: groupByLinks(archive.articles, (a) => ids(a.events)),
    };
    indexCache.set(archive, index);
  }
  return index;
}

/** Every article of a topic, person, outlet or event, newest first. */
export function getArticlesOf(archive: Archive, kind: ArticleOwnerKind, id: string): Article[] {
  return getArticleIndex(archive)[kind].get(id) ?? [];
}

/** The first page of an owner's articles, shown on the owner's own page. */
export function getFirstArticlesPage(archive: Archive, kind: ArticleOwnerKind, id: string): ArticlesPage {
  const page = getFirstPage(getArticlesOf(archive, kind, id), siteConfig.articlesPerPage);
  return { page, links: getPageLinks(1, page.count, (n) => OWNER_URLS[kind](id, n)) };
}

function getOwners(archive: Archive, kind: ArticleOwnerKind): { id: string; name: string }[] {
  switch (kind) {
    case 'topic': return archive.topics.map(({ id, title }) => ({ id, name: title }));
    case 'person': return archive.people.map(({ id, name }) => ({ id, name }));
    case 'outlet': return listOutlets(archive).map(({ id, name }) => ({ id, name }));
    case 'event': return archive.events.map(({ id, title }) => ({ id, name: title }));
  }
}

/** The pages after the first of every owner's articles of one kind. */
export function getLaterArticlePages(archive: Archive, kind: ArticleOwnerKind): OwnerArticlesPage[] {
  return getOwners(archive, kind).flatMap(({ id, name }) => {
    const urlOf = (n: number) => OWNER_URLS[kind](id, n);
    return paginate(getArticlesOf(archive, kind, id), siteConfig.articlesPerPage)
      .slice(1)
      .map((page) => ({
        kind, ownerId: id, ownerName: name, ownerUrl: urlOf(1), pageParam: String(page.number),
        page, links: getPageLinks(page.number, page.count, urlOf),
      }));
  });
}

/** What a later page of an owner's articles says above its list. */
export function describeOwnerPage(view: OwnerArticlesPage): { kicker: string; title: string } {
  return { kicker: KIND_LABELS[view.kind], title: `${view.ownerName}: articles, page ${view.page.number} of ${view.page.count}` };
}

/** Every page of the archive index, `/articles/` first; `param` is the route's rest parameter. */
export function getArchiveIndexPages(archive: Archive): (ArticlesPage & { param: string | undefined })[] {
  return paginate(archive.articles, siteConfig.articlesPerPage).map((page) => ({
    param: page.number === 1 ? undefined : String(page.number),
    page,
    links: getPageLinks(page.number, page.count, urls.articles),
  }));
}
