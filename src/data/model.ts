/**
 * The archive's model: the typed entities pages are built from, and how the collections' entries
 * become them, resolving references and failing the build, naming file and field, when the
 * archive contradicts itself. Pure: `archive.ts` reads the collections and hands them here.
 */
import type { CollectionEntry } from 'astro:content';
import { comparePartialDates, formatPartialDate, toIsoString, type PartialDate } from '../lib/dates.ts';
import { getFirstSentence, getPlainText } from '../lib/text.ts';
import { UNIDENTIFIED_OUTLET_ID, UNIDENTIFIED_OUTLET_NAME } from '../lib/ids.ts';
import { getForeignLanguageName, getLanguageName } from '../lib/language.ts';
import { siteConfig } from './site.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type TopicEntry = CollectionEntry<'topics'>;

export interface Link {
  id: string;
  label: string;
}

export interface DisplayDate {
  date: PartialDate;
  circa: boolean;
  /** For readers: "15 December 2023", "c. 2025". */
  label: string;
  /** For `<time datetime>`, at the date's own precision. */
  iso: string;
}

export interface Quote {
  text: string;
  speaker: Link;
  context?: string;
  /** The language of the words: the article's. */
  language: string;
}

/** An editorial note; a warning is a doubt about accuracy that opens above the text. */
export interface EditorialNote {
  text: string;
  warning: boolean;
}

export interface Article {
  id: string;
  entry: ArticleEntry;
  title: string;
  titleSupplied: boolean;
  /** Undefined when the text does not name its publisher. */
  outlet?: Link;
  byline?: string;
  published: DisplayDate;
  url?: string;
  archivedUrl?: string;
  retrieved?: DisplayDate;
  /** The day the entry was added to the archive. */
  added?: PartialDate;
  /** The text's language (BCP 47), which marks it (`lang`). */
  language: string;
  /** The text's language as the interface names it: "Russian". */
  languageName: string;
  /** The same, only when it differs from the interface's language: what listings show. */
  otherLanguageName?: string;
  topics: Link[];
  people: Link[];
  events: Link[];
  /** The archive's summary, or the text's first sentence when it wrote none. */
  summary: string;
  /** The summary's language: the site's when the archive wrote it, the text's when taken from it. */
  summaryLanguage: string;
  quotes: Quote[];
  notes: EditorialNote[];
  /** The entry's file, relative to the repository root. */
  filePath: string;
  plainText: string;
}

export interface Person {
  id: string;
  name: string;
  role: string;
  aliases: string[];
  /** The name in its own script ("Дмитрий Песков"). */
  nativeNames: string[];
  wikidata?: string | undefined;
}

export interface Outlet {
  id: string;
  name: string;
  url?: string | undefined;
  country?: string | undefined;
  notes?: string | undefined;
}

export interface ArchiveEvent {
  id: string;
  title: string;
  date: DisplayDate;
  topics: Link[];
  summary: string;
  location?: string;
  filePath: string;
}

export interface Topic {
  id: string;
  entry: TopicEntry;
  title: string;
  summary: string;
  order: number;
  filePath: string;
}

export interface Archive {
  /** Non-draft articles, newest first. */
  articles: Article[];
  topics: Topic[];
  people: Person[];
  outlets: Outlet[];
  events: ArchiveEvent[];
  articleById: Map<string, Article>;
  personById: Map<string, Person>;
  topicById: Map<string, Topic>;
  eventById: Map<string, ArchiveEvent>;
  outletById: Map<string, Outlet>;
}

/** Articles whose publisher is unknown get an outlet page of their own: listed, never hidden. */
export const UNIDENTIFIED_OUTLET: Outlet = {
  id: UNIDENTIFIED_OUTLET_ID,
  name: UNIDENTIFIED_OUTLET_NAME,
  notes: 'The archived texts listed here do not name their publisher, and the archive does not guess it.',
};

/** Every outlet with a page, the unidentified one last. */
export const listOutlets = (archive: Archive): Outlet[] => [...archive.outlets, UNIDENTIFIED_OUTLET];

/** What a page calls an article's publisher, also when the text names none. */
export const getOutletLabel = (article: Article): string => article.outlet?.label ?? UNIDENTIFIED_OUTLET.name;

export function toDisplayDate(date: PartialDate, circa = false): DisplayDate {
  return { date, circa, label: formatPartialDate(date, { circa }), iso: toIsoString(date) };
}

function requireFrom<T>(map: Map<string, T>, id: string, where: string): T {
  const value = map.get(id);
  if (!value) throw new Error(`${where}: no entry "${id}"`);
  return value;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const filePathOf = (entry: { id: string; filePath?: string | undefined }) => entry.filePath ?? entry.id;

/** The entries of each collection, as the content layer gives them (articles without drafts). */
export interface CollectionEntries {
  articles: ArticleEntry[];
  topics: TopicEntry[];
  people: CollectionEntry<'people'>[];
  outlets: CollectionEntry<'outlets'>[];
  events: CollectionEntry<'events'>[];
}

/** The archive built from its collections' entries. */
export function buildArchive(collections: CollectionEntries): Archive {
  const { articles: articleEntries, topics: topicEntries, people: personEntries, outlets: outletEntries, events: eventEntries } = collections;

  const people: Person[] = personEntries
    .map(({ id, data }) => ({ id, ...data }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const outlets: Outlet[] = outletEntries.map(({ id, data }) => ({ id, ...data })).sort((a, b) => a.name.localeCompare(b.name));
  const topics: Topic[] = topicEntries
    .map((entry) => ({ id: entry.id, entry, ...entry.data, filePath: filePathOf(entry) }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const personById = byId(people);
  const outletById = byId(outlets);
  const topicById = byId(topics);
  const topicLink = (id: string, where: string): Link => ({ id, label: requireFrom(topicById, id, where).title });

  const events: ArchiveEvent[] = eventEntries
    .map((entry) => {
      const where = filePathOf(entry);
      return {
        id: entry.id,
        title: entry.data.title,
        date: toDisplayDate(entry.data.date, entry.data.circa),
        topics: entry.data.topics.map((ref) => topicLink(ref.id, `${where} topics`)),
        summary: entry.data.summary,
        ...(entry.data.location ? { location: entry.data.location } : {}),
        filePath: where,
      };
    })
    .sort((a, b) => comparePartialDates(a.date.date, b.date.date) || a.id.localeCompare(b.id));
  const eventById = byId(events);

  const articles: Article[] = articleEntries
    .map((entry) => {
      const { data } = entry;
      const where = filePathOf(entry);
      const plainText = getPlainText(entry.body ?? '');
      const outlet = data.outlet ? requireFrom(outletById, data.outlet.id, `${where} outlet`) : undefined;
      const otherLanguageName = getForeignLanguageName(data.language, siteConfig.language);
      return {
        id: entry.id,
        entry,
        title: data.title,
        titleSupplied: data.titleSupplied,
        ...(outlet ? { outlet: { id: outlet.id, label: outlet.name } } : {}),
        ...(data.byline ? { byline: data.byline } : {}),
        published: toDisplayDate(data.published, data.circa),
        ...(data.url ? { url: data.url } : {}),
        ...(data.archivedUrl ? { archivedUrl: data.archivedUrl } : {}),
        ...(data.retrieved ? { retrieved: toDisplayDate(data.retrieved) } : {}),
        ...(data.added ? { added: data.added } : {}),
        language: data.language,
        languageName: getLanguageName(data.language, siteConfig.language),
        ...(otherLanguageName ? { otherLanguageName } : {}),
        topics: data.topics.map((ref) => topicLink(ref.id, `${where} topics`)),
        people: data.people.map((ref) => ({ id: ref.id, label: requireFrom(personById, ref.id, `${where} people`).name })),
        events: data.events.map((ref) => ({ id: ref.id, label: requireFrom(eventById, ref.id, `${where} events`).title })),
        summary: data.summary ?? getFirstSentence(plainText),
        summaryLanguage: data.summary ? siteConfig.language : data.language,
        quotes: data.quotes.map((quote) => ({
          text: quote.text,
          speaker: { id: quote.speaker.id, label: requireFrom(personById, quote.speaker.id, `${where} quotes`).name },
          ...(quote.context ? { context: quote.context } : {}),
          language: data.language,
        })),
        notes: data.notes.map((note) => (typeof note === 'string' ? { text: note, warning: false } : note)),
        filePath: where,
        plainText,
      };
    })
    .sort((a, b) => comparePartialDates(b.published.date, a.published.date) || a.id.localeCompare(b.id));

  // Quotes in bodies and cited ids were judged by the content loader, which runs every rule of
  // `npm run check` before any page is built.
  return {
    articles, topics, people, outlets, events,
    articleById: byId(articles), personById, topicById, eventById, outletById,
  };
}
