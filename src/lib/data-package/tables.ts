/**
 * The archive as tables, one row per entry: what a researcher loads into a spreadsheet, R or
 * pandas. Each table's fields are declared once, with the Frictionless type and a description,
 * and the rows are built from that declaration, so the files and their schema cannot disagree.
 */
import { getPrecision, toIsoString, type PartialDate } from '../dates.ts';

export type FieldType = 'string' | 'boolean';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** A list of ids: an array in JSON, joined with LIST_SEPARATOR in CSV. */
  list?: boolean;
  /** A date at its own precision (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  partialDate?: boolean;
  required?: boolean;
}

export type CellValue = string | boolean | string[] | undefined;
export type Row = Record<string, CellValue>;

export interface Table {
  name: string;
  title: string;
  fields: Field[];
  rows: Row[];
}

/** Lists in CSV cells; ids and names never contain it. */
export const LIST_SEPARATOR = ';';

/** Input: the archive's entries, references already resolved to ids and names. */
export interface DataArticle {
  id: string;
  title: string;
  titleSupplied: boolean;
  outlet?: { id: string; name: string } | undefined;
  byline?: string | undefined;
  published: PartialDate;
  circa: boolean;
  url?: string | undefined;
  archivedUrl?: string | undefined;
  retrieved?: PartialDate | undefined;
  language: string;
  topics: string[];
  people: string[];
  events: string[];
  quotes: { text: string; speaker: string; context?: string | undefined }[];
  pageUrl: string;
}

export interface DataArchive {
  articles: DataArticle[];
  events: { id: string; title: string; date: PartialDate; circa: boolean; topics: string[]; summary: string; location?: string | undefined; pageUrl: string }[];
  people: { id: string; name: string; role: string; aliases: string[]; wikidata?: string | undefined; pageUrl: string }[];
  topics: { id: string; title: string; summary: string; pageUrl: string }[];
  outlets: { id: string; name: string; url?: string | undefined; country?: string | undefined; pageUrl: string }[];
}

const text = (name: string, description: string, required = false): Field => ({ name, type: 'string', description, ...(required ? { required } : {}) });
const flag = (name: string, description: string): Field => ({ name, type: 'boolean', description, required: true });
const list = (name: string, description: string): Field => ({ name, type: 'string', description, list: true });
const date = (name: string, description: string, required = false): Field => ({ name, type: 'string', description, partialDate: true, ...(required ? { required } : {}) });
const precision = (name: string, of: string): Field => ({ name, type: 'string', description: `Precision of ${of}: year, month or day.` });
const dateParts = (value: PartialDate | undefined) => (value ? toIsoString(value) : undefined);
const precisionOf = (value: PartialDate | undefined) => (value ? getPrecision(value) : undefined);

/** Every table of the archive, rows in the archive's own order. */
export function getTables(archive: DataArchive): Table[] {
  return [
    {
      name: 'articles',
      title: 'Archived articles',
      fields: [
        text('id', 'The entry id, also its page address.', true), text('title', 'The headline as published, or the archive’s description when title_supplied.', true),
        flag('title_supplied', 'True when the source printed no headline and the archive wrote the title.'),
        text('outlet', 'Outlet id; empty when the text does not name its publisher.'), text('outlet_name', 'Outlet name; empty when unknown.'),
        text('byline', 'Author or byline as printed; empty when none.'),
        date('published', 'Publication date at the precision the source gives, never padded to a day.', true), precision('published_precision', 'published'),
        flag('circa', 'True when the date is inferred from the text rather than printed.'),
        text('url', 'Where the article was published; empty when not known.'), text('archived_url', 'A copy in a web archive; empty when none.'),
        date('retrieved', 'The day the text was captured for the archive; empty when not recorded.'),
        text('language', 'Language of the text (BCP 47).', true),
        list('topics', 'Topic ids.'), list('people', 'Ids of the people the article mentions.'), list('events', 'Ids of the events it reports.'),
        text('page_url', 'The article’s page in the archive.', true),
      ],
      rows: archive.articles.map((a) => ({
        id: a.id, title: a.title, title_supplied: a.titleSupplied, outlet: a.outlet?.id, outlet_name: a.outlet?.name, byline: a.byline,
        published: dateParts(a.published), published_precision: precisionOf(a.published), circa: a.circa, url: a.url, archived_url: a.archivedUrl,
        retrieved: dateParts(a.retrieved), language: a.language, topics: a.topics, people: a.people, events: a.events, page_url: a.pageUrl,
      })),
    },
    {
      name: 'quotes',
      title: 'Direct quotes printed in the articles',
      fields: [
        text('text', 'The words as printed.', true), text('speaker', 'Person id of the speaker.', true), text('context', 'Where or to whom they were said, as the article reports it.'),
        text('article', 'Id of the article that prints the quote.', true), list('events', 'Ids of the events that article reports.'),
      ],
      rows: archive.articles.flatMap((a) => a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, context: q.context, article: a.id, events: a.events }))),
    },
    {
      name: 'events',
      title: 'Events the articles report',
      fields: [
        text('id', 'The event id.', true), text('title', 'The event’s title.', true), date('date', 'Date at the precision the sources support.', true), precision('date_precision', 'date'),
        flag('circa', 'True when the date is inferred.'), list('topics', 'Topic ids.'), text('location', 'Where it happened; empty when not known.'),
        text('summary', 'The archive’s summary.'), text('page_url', 'The event’s page in the archive.', true),
      ],
      rows: archive.events.map((e) => ({
        id: e.id, title: e.title, date: dateParts(e.date), date_precision: precisionOf(e.date), circa: e.circa, topics: e.topics, location: e.location, summary: e.summary, page_url: e.pageUrl,
      })),
    },
    {
      name: 'people',
      title: 'People the articles mention',
      fields: [
        text('id', 'The person id.', true), text('name', 'Name as the archive writes it.', true), text('role', 'Role at the time of the archived reports.'),
        list('aliases', 'Other spellings and scripts seen in sources.'), text('wikidata', 'Wikidata item id; empty when not given.'), text('page_url', 'The person’s page in the archive.', true),
      ],
      rows: archive.people.map((p) => ({ id: p.id, name: p.name, role: p.role, aliases: p.aliases, wikidata: p.wikidata, page_url: p.pageUrl })),
    },
    {
      name: 'topics',
      title: 'Topics',
      fields: [text('id', 'The topic id.', true), text('title', 'The topic’s title.', true), text('summary', 'One-line summary.'), text('page_url', 'The topic’s page in the archive.', true)],
      rows: archive.topics.map((t) => ({ id: t.id, title: t.title, summary: t.summary, page_url: t.pageUrl })),
    },
    {
      name: 'outlets',
      title: 'Outlets that published the articles',
      fields: [text('id', 'The outlet id.', true), text('name', 'The outlet’s name.', true), text('url', 'Its website.'), text('country', 'Its country.'), text('page_url', 'The outlet’s page in the archive.', true)],
      rows: archive.outlets.map((o) => ({ id: o.id, name: o.name, url: o.url, country: o.country, page_url: o.pageUrl })),
    },
  ];
}
