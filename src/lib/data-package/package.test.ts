import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { getDataPackageFiles, toCsv } from './package.ts';
import { getTables, type DataArchive } from './tables.ts';

const archive: DataArchive = {
  articles: [
    {
      id: '2023-12-ledger-aide', title: 'Aide says "no", then, maybe', titleSupplied: false, outlet: { id: 'ledger', name: 'The Ledger' }, byline: 'Jane Roe',
      published: { year: 2023, month: 12 }, circa: false, url: 'https://ledger.example/a', retrieved: { year: 2024, month: 1, day: 5 }, language: 'en',
      topics: ['ukraine-war', 'navalny'], people: ['dmitry-peskov'], events: ['briefing'],
      quotes: [{ text: 'no', speaker: 'dmitry-peskov', context: 'at a briefing' }, { text: 'maybe', speaker: 'dmitry-peskov' }], pageUrl: 'https://kr.example/articles/2023-12-ledger-aide/',
    },
    {
      id: '2025-unidentified-x', title: 'Описание', titleSupplied: true, published: { year: 2025 }, circa: true, language: 'ru',
      topics: ['navalny'], people: [], events: [], quotes: [], pageUrl: 'https://kr.example/articles/2025-unidentified-x/',
    },
  ],
  events: [{ id: 'briefing', title: 'A briefing', date: { year: 2023, month: 12 }, circa: true, topics: ['ukraine-war'], summary: 'S.', pageUrl: 'https://kr.example/events/briefing/' }],
  people: [{ id: 'dmitry-peskov', name: 'Dmitry Peskov', role: 'Spokesperson', aliases: ['Dmitri Peskov', 'Дмитрий Песков'], pageUrl: 'https://kr.example/people/dmitry-peskov/' }],
  topics: [{ id: 'navalny', title: 'Navalny', summary: 'S.', pageUrl: 'https://kr.example/topics/navalny/' }, { id: 'ukraine-war', title: 'War', summary: 'S.', pageUrl: 'https://kr.example/topics/ukraine-war/' }],
  outlets: [{ id: 'ledger', name: 'The Ledger', pageUrl: 'https://kr.example/outlets/ledger/' }],
};

const files = getDataPackageFiles({ name: 'kremlin-record', title: 'Kremlin Record', description: 'D.', homepage: 'https://kr.example/' }, getTables(archive));
const fileText = (path: string) => files.find((file) => file.path === path)!.text;
const descriptor = JSON.parse(fileText('datapackage.json')) as {
  name: string; profile: string;
  resources: { name: string; path: string; format: string; profile: string; schema: { fields: { name: string; type: string; constraints?: { required?: boolean; pattern?: string } }[] } }[];
};

describe('the data package', () => {
  it('has a descriptor with the fields Frictionless requires, and every resource it names', () => {
    expect(descriptor).toMatchObject({ name: 'kremlin-record', profile: 'tabular-data-package' });
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([
      'articles', 'articles-json', 'quotes', 'quotes-json', 'events', 'events-json', 'people', 'people-json', 'topics', 'topics-json', 'outlets', 'outlets-json',
    ]);
    for (const resource of descriptor.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.schema.fields.length).toBeGreaterThan(0);
      expect(files.map((file) => file.path)).toContain(resource.path);
    }
  });

  it('writes CSV that a CSV parser reads back with one row per entry and every field of the schema', () => {
    const counts = { articles: 2, quotes: 2, events: 1, people: 1, topics: 2, outlets: 1 };
    for (const resource of descriptor.resources.filter((r) => r.format === 'csv')) {
      const rows = parse(fileText(resource.path), { columns: true }) as Record<string, string>[];
      expect(rows, resource.name).toHaveLength(counts[resource.name as keyof typeof counts]);
      expect(Object.keys(rows[0]!)).toEqual(resource.schema.fields.map((field) => field.name));
      for (const row of rows) {
        for (const field of resource.schema.fields) {
          if (field.constraints?.required) expect(row[field.name], `${resource.name}.${field.name}`).not.toBe('');
          if (field.constraints?.pattern && row[field.name]) expect(row[field.name]).toMatch(new RegExp(field.constraints.pattern));
        }
      }
    }
  });

  it('keeps each date at its precision, quoting and lists intact, and unknowns empty', () => {
    const [known, unknown] = parse(fileText('data/articles.csv'), { columns: true }) as Record<string, string>[];
    expect(known).toMatchObject({ title: 'Aide says "no", then, maybe', published: '2023-12', published_precision: 'month', retrieved: '2024-01-05', topics: 'ukraine-war;navalny', circa: 'false', outlet_name: 'The Ledger' });
    expect(unknown).toMatchObject({ title: 'Описание', title_supplied: 'true', published: '2025', published_precision: 'year', outlet: '', byline: '', url: '', circa: 'true' });
    const json = JSON.parse(fileText('data/articles.json')) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ topics: ['ukraine-war', 'navalny'], published: '2023-12', circa: false });
    expect(json[1]).toMatchObject({ outlet: null, byline: null });
    const quotes = parse(fileText('data/quotes.csv'), { columns: true }) as Record<string, string>[];
    expect(quotes[1]).toEqual({ text: 'maybe', speaker: 'dmitry-peskov', context: '', article: '2023-12-ledger-aide', events: 'briefing' });
  });

  it('types lists as arrays in JSON and as separated strings in CSV', () => {
    const field = (resource: string, name: string) => descriptor.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;
    expect(field('people-json', 'aliases').type).toBe('array');
    expect(field('people', 'aliases').type).toBe('string');
    expect(field('articles', 'circa').type).toBe('boolean');
  });

  it('refuses a list value that contains the separator instead of splitting it wrongly', () => {
    const [people] = getTables({ ...archive, people: [{ ...archive.people[0]!, aliases: ['A;B'] }] }).filter((table) => table.name === 'people');
    expect(() => toCsv(people!)).toThrow('aliases: "A;B" contains the list separator');
  });
});
