/** The open data package's files, built once per build from the archive. */
import { getArchive, type Archive } from './archive.ts';
import { siteConfig, urls } from './site.ts';
import { getDataPackageFiles, type DataFile } from '../lib/data-package/package.ts';
import { getTables, type DataArchive } from '../lib/data-package/tables.ts';
import { slugify } from '../lib/ids.ts';

function toDataArchive(archive: Archive, site: URL): DataArchive {
  const absolute = (path: string) => new URL(path, site).href;
  const ids = (links: { id: string }[]) => links.map((link) => link.id);
  return {
    articles: archive.articles.map((article) => ({
      id: article.id,
      title: article.title,
      titleSupplied: article.titleSupplied,
      outlet: article.outlet ? { id: article.outlet.id, name: article.outlet.label } : undefined,
      byline: article.byline,
      published: article.published.date,
      circa: article.published.circa,
      url: article.url,
      archivedUrl: article.archivedUrl,
      retrieved: article.retrieved?.date,
      language: article.language,
      topics: ids(article.topics),
      people: ids(article.people),
      events: ids(article.events),
      quotes: article.quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker.id, context: quote.context })),
      pageUrl: absolute(urls.article(article.id)),
    })),
    events: archive.events.map((event) => ({
      id: event.id, title: event.title, date: event.date.date, circa: event.date.circa, topics: ids(event.topics),
      summary: event.summary, location: event.location, pageUrl: absolute(urls.event(event.id)),
    })),
    people: archive.people.map((person) => ({ ...person, pageUrl: absolute(urls.person(person.id)) })),
    topics: archive.topics.map((topic) => ({ id: topic.id, title: topic.title, summary: topic.summary, pageUrl: absolute(urls.topic(topic.id)) })),
    outlets: archive.outlets.map((outlet) => ({ id: outlet.id, name: outlet.name, url: outlet.url, country: outlet.country, pageUrl: absolute(urls.outlet(outlet.id)) })),
  };
}

let filesPromise: Promise<DataFile[]> | undefined;

/** Every file of the package (the CSV and JSON tables, then `datapackage.json`), made once. */
export function getDataFiles(site: URL): Promise<DataFile[]> {
  filesPromise ??= getArchive().then((archive) =>
    getDataPackageFiles(
      { name: slugify(siteConfig.name), title: siteConfig.name, description: siteConfig.description, homepage: new URL(urls.home(), site).href },
      getTables(toDataArchive(archive, site)),
    ),
  );
  return filesPromise;
}

/** The table files' names (`articles.csv`, `articles.json`...), which do not depend on the content. */
export function getDataFileNames(): string[] {
  const empty: DataArchive = { articles: [], events: [], people: [], topics: [], outlets: [] };
  return getTables(empty).flatMap((table) => [`${table.name}.csv`, `${table.name}.json`]);
}

export function toDataResponse(file: DataFile): Response {
  const type = file.path.endsWith('.csv') ? 'text/csv' : 'application/json';
  return new Response(file.text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
