/**
 * The quotes pages: `/quotes/` names every speaker and every year, and each speaker's and each
 * year's quotes have their own pages (`/quotes/<person>/`, `/quotes/<year>/`), newest first.
 */
import type { Archive, Article, Person, Quote } from './model.ts';
import { siteConfig, urls } from './site.ts';
import { getPageLinks, paginate, type PageLinks } from '../lib/pagination/pages.ts';
import { splitByYear } from '../lib/pagination/calendar.ts';

/** A quote with the article that prints it. */
export interface SourcedQuote {
  quote: Quote;
  article: Article;
}

/** A link to a listing, with how many items it holds. */
export interface CountedLink {
  href: string;
  label: string;
  count: number;
}

export interface QuotesPageView {
  /** The route's rest parameter: undefined for `/quotes/`, "dmitry-peskov/2" for a later page. */
  param: string | undefined;
  title: string;
  /** The speaker whose quotes these are, when they are one speaker's. */
  speaker?: Person;
  /** On `/quotes/`: every speaker and every year, each with its count. */
  speakers: CountedLink[];
  years: CountedLink[];
  /** All quotes by speaker on `/quotes/`, when they fit one page; none there otherwise. */
  groups: { person: Person; quotes: SourcedQuote[] }[];
  /** The quotes on a speaker's or a year's page. */
  quotes: SourcedQuote[];
  total: number;
  links: PageLinks;
}

const quotesCache = new WeakMap<Archive, SourcedQuote[]>();

/** Every quote in the archive, newest article first, each article's quotes in their printed order. */
function getAllQuotes(archive: Archive): SourcedQuote[] {
  let quotes = quotesCache.get(archive);
  if (!quotes) {
    quotes = archive.articles.flatMap((article) => article.quotes.map((quote) => ({ quote, article })));
    quotesCache.set(archive, quotes);
  }
  return quotes;
}

const bySpeakerCache = new WeakMap<Archive, Map<string, SourcedQuote[]>>();

/** One speaker's quotes, newest first. */
export function getQuotesOf(archive: Archive, personId: string): SourcedQuote[] {
  let bySpeaker = bySpeakerCache.get(archive);
  if (!bySpeaker) {
    bySpeaker = new Map();
    for (const sourced of getAllQuotes(archive)) {
      const list = bySpeaker.get(sourced.quote.speaker.id);
      if (list) list.push(sourced);
      else bySpeaker.set(sourced.quote.speaker.id, [sourced]);
    }
    bySpeakerCache.set(archive, bySpeaker);
  }
  return bySpeaker.get(personId) ?? [];
}

const NO_LINKS: PageLinks = { current: 1, count: 1 };

/** The pages of one listing of quotes, for a speaker or a year. */
function getListingPages(quotes: SourcedQuote[], group: string, title: string, urlOf: (page: number) => string, speaker?: Person): QuotesPageView[] {
  return paginate(quotes, siteConfig.quotesPerPage).map((page) => ({
    param: page.number === 1 ? group : `${group}/${page.number}`,
    title: page.count === 1 ? title : `${title}, page ${page.number} of ${page.count}`,
    ...(speaker ? { speaker } : {}),
    speakers: [],
    years: [],
    groups: [],
    quotes: page.items,
    total: page.total,
    links: getPageLinks(page.number, page.count, urlOf),
  }));
}

/**
 * Every quotes page: `/quotes/`, then each speaker's and each year's. Throws when a speaker's id
 * is also a year, as both would claim one URL.
 */
export function getQuotesPages(archive: Archive): QuotesPageView[] {
  const all = getAllQuotes(archive);
  const speakers = archive.people.map((person) => ({ person, quotes: getQuotesOf(archive, person.id) })).filter(({ quotes }) => quotes.length > 0);
  const years = splitByYear(all, ({ article }) => article.published.date);
  const clash = speakers.find(({ person }) => years.some(({ year }) => String(year) === person.id));
  if (clash) throw new Error(`people/${clash.person.id}: a person's id may not be a year, since /quotes/${clash.person.id}/ lists that year's quotes`);
  const index: QuotesPageView = {
    param: undefined,
    title: 'Quotes',
    speakers: speakers.map(({ person, quotes }) => ({ href: urls.quotes({ speakerId: person.id }), label: person.name, count: quotes.length })),
    years: years.map(({ year, items }) => ({ href: urls.quotes({ year }), label: String(year), count: items.length })),
    groups: all.length <= siteConfig.quotesPerPage ? speakers : [],
    quotes: [],
    total: all.length,
    links: NO_LINKS,
  };
  return [
    index,
    ...speakers.flatMap(({ person, quotes }) =>
      getListingPages(quotes, person.id, `Quotes: ${person.name}`, (page) => urls.quotes({ speakerId: person.id, page }), person)),
    ...years.flatMap(({ year, items }) =>
      getListingPages(items, String(year), `Quotes from ${year}`, (page) => urls.quotes({ year, page }))),
  ];
}
