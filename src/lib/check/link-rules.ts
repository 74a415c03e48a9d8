/**
 * The content rules that look across entries: references and citations must name existing
 * entries, and no two entries may share an id, nor two articles a URL.
 */
import type { CollectionName } from '../../schemas/common.ts';
import { idSchema } from '../../schemas/common.ts';
import type { ContentEntry, EntryProblem } from './entry.ts';
import { atField, isDraft } from './entry-rules.ts';

/** Every entry, by collection and id; an id with two entries is a duplicate. */
export type ContentIndex = ReadonlyMap<CollectionName, ReadonlyMap<string, readonly ContentEntry[]>>;

/** A field that names entries of another collection; `key` when the field is a list of objects. */
interface ReferenceField {
  field: string;
  target: CollectionName;
  key?: string;
}

// Mirrors the `reference()` fields of the schemas in src/schemas/.
const REFERENCE_FIELDS: Partial<Record<CollectionName, readonly ReferenceField[]>> = {
  articles: [
    { field: 'outlet', target: 'outlets' },
    { field: 'topics', target: 'topics' },
    { field: 'people', target: 'people' },
    { field: 'events', target: 'events' },
    { field: 'quotes', target: 'people', key: 'speaker' },
  ],
  events: [{ field: 'topics', target: 'topics' }],
};

const ENTRY_NOUNS: Readonly<Record<CollectionName, string>> = {
  articles: 'article',
  topics: 'topic',
  people: 'person',
  outlets: 'outlet',
  events: 'event',
};

/**
 * Groups entries by collection and id.
 * @example indexEntries([article]).get('articles')?.get(article.id) // [article]
 */
export function indexEntries(entries: readonly ContentEntry[]): ContentIndex {
  const index = new Map<CollectionName, Map<string, ContentEntry[]>>();
  for (const entry of entries) {
    const byId = index.get(entry.collection) ?? new Map<string, ContentEntry[]>();
    index.set(entry.collection, byId);
    byId.set(entry.id, [...(byId.get(entry.id) ?? []), entry]);
  }
  return index;
}

/**
 * References that name no entry: `topics.1: no topic "foo" in content/topics/`. Ids the schema
 * already refuses (such as "Foo Bar") are left to its message.
 */
export function findReferenceProblems(entry: ContentEntry, index: ContentIndex, root: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  for (const reference of REFERENCE_FIELDS[entry.collection] ?? []) {
    for (const { path, id } of readReferences(entry.fields?.[reference.field], reference)) {
      if (!idSchema.safeParse(id).success || index.get(reference.target)?.has(id)) continue;
      const message = `no ${ENTRY_NOUNS[reference.target]} "${id}" in ${getFolderLabel(root, reference.target)}`;
      problems.push(atField(entry, path, message));
    }
  }
  return problems;
}

function readReferences(value: unknown, { field, key }: ReferenceField): { path: (string | number)[]; id: string }[] {
  if (typeof value === 'string' && key === undefined) return [{ path: [field], id: value }];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, position) => {
    if (key === undefined) return typeof item === 'string' ? [{ path: [field, position], id: item }] : [];
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    return typeof id === 'string' ? [{ path: [field, position, key], id }] : [];
  });
}

/**
 * A topic's citations that lead nowhere (an unknown or draft article), and a topic that cites
 * nothing: an explainer states only what archived entries say, so it cites at least one.
 */
export function findCitationProblems(entry: ContentEntry, index: ContentIndex, root: string): EntryProblem[] {
  if (entry.collection !== 'topics' || !entry.fields) return [];
  const citations = entry.components.filter((use) => use.name === 'Cite');
  const atBody = (line: number, message: string): EntryProblem => ({ field: 'body', line: line + entry.bodyLine - 1, message });
  if (citations.length === 0) return [atBody(1, 'the topic cites no article: every explainer needs at least one <Cite id="..."/>')];
  return citations.flatMap(({ attributes, line }) => {
    // The allow-list passes only `<Cite id="literal"/>`, so every use has its id.
    const id = attributes['id'] ?? '';
    const articles = index.get('articles')?.get(id) ?? [];
    if (articles.length === 0) return [atBody(line, `<Cite id="${id}"/>: no article "${id}" in ${getFolderLabel(root, 'articles')}`)];
    if (articles.every(isDraft)) return [atBody(line, `<Cite id="${id}"/>: article "${id}" is a draft, which has no page to cite`)];
    return [];
  });
}

/**
 * One problem per entry whose id another entry of its collection also has (such as the same file
 * name in two year folders), naming the other files.
 */
export function findDuplicateIdProblems(index: ContentIndex, root: string): Map<ContentEntry, EntryProblem[]> {
  const problems = new Map<ContentEntry, EntryProblem[]>();
  for (const byId of index.values()) {
    for (const [id, entries] of byId) {
      if (entries.length < 2) continue;
      for (const entry of entries) {
        const others = entries.filter((other) => other !== entry).map((other) => joinContentPath(root, other.path));
        problems.set(entry, [{ field: 'id', line: 1, message: `duplicate id "${id}": also ${others.join(', ')}` }]);
      }
    }
  }
  return problems;
}

/** One problem per article whose `url` another article also has, naming the other files. */
export function findDuplicateUrlProblems(articles: readonly ContentEntry[], root: string): Map<ContentEntry, EntryProblem[]> {
  const byUrl = new Map<string, ContentEntry[]>();
  for (const article of articles) {
    const url = article.fields?.['url'];
    if (typeof url !== 'string') continue;
    const key = normalizeUrl(url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), article]);
  }
  const problems = new Map<ContentEntry, EntryProblem[]>();
  for (const entries of byUrl.values()) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).map((other) => joinContentPath(root, other.path));
      const url = String(entry.fields?.['url']);
      problems.set(entry, [atField(entry, ['url'], `"${url}" is also the url of ${others.join(', ')}`)]);
    }
  }
  return problems;
}

/**
 * A URL in the form two copies of the same address share: no fragment, no trailing slash.
 * @example normalizeUrl('https://Example.com/a/#top') // "https://example.com/a"
 */
export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/+(?=$|\?)/, '');
  } catch {
    return url;
  }
}

/**
 * A content path as the maintainer sees it: inside the content folder's displayed path.
 * @example joinContentPath('content', 'topics/x.mdx') // "content/topics/x.mdx"
 */
export function joinContentPath(root: string, path: string): string {
  const prefix = root.replace(/\/+$/, '');
  return prefix === '' || prefix === '.' ? path : `${prefix}/${path}`;
}

/** A collection's folder for messages: `content/topics/`. */
const getFolderLabel = (root: string, collection: CollectionName): string => `${joinContentPath(root, collection)}/`;
