/**
 * A page's cache key for Astro's incremental build: a hash of everything the page's view holds,
 * so that a page is rendered again exactly when what it shows has changed. A rendered content
 * entry counts by its digest, which the loader changes whenever the entry's file changes, so a
 * key does not hash every article's whole text and HTML again on every build.
 */
import { createHash } from 'node:crypto';

/** A stored content-layer entry: its digest stands for its data, body and rendered HTML. */
const isStoredEntry = (value: object): value is { collection: string; id: string; digest: string } =>
  'digest' in value && 'collection' in value && typeof value.digest === 'string';

/** A record made from a stored entry that also carries the entry's text again, as an article's plain text. */
const isTextOfStoredEntry = (value: object): value is { entry: object; plainText: string } =>
  'plainText' in value && 'entry' in value && typeof value.entry === 'object' && value.entry !== null && isStoredEntry(value.entry);

/**
 * Each record's own hash, kept while the record lives: listings share the archive's article
 * records, and one article is in five or more of them (the index, its topics, people, outlet and
 * events). Records are never changed once made, so a hash stays true for the build.
 */
const recordHashes = new WeakMap<object, string>();

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

function toHashable(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (isStoredEntry(value)) return `${value.collection}/${value.id}@${value.digest}`;
  // The text is the entry's body again, for which its digest already stands; hashing it for every
  // listing that shows the article was most of the keys' cost.
  if (isTextOfStoredEntry(value)) {
    let hash = recordHashes.get(value);
    if (hash === undefined) {
      const { plainText: _sameAsTheEntry, ...rest } = value;
      hash = sha256(JSON.stringify(rest, toHashable));
      recordHashes.set(value, hash);
    }
    return hash;
  }
  return value;
}

/**
 * @example getCacheKey({ title: 'A', count: 2 }) !== getCacheKey({ title: 'A', count: 3 })
 */
export function getCacheKey(view: unknown): string {
  return sha256(JSON.stringify(view, toHashable) ?? 'undefined');
}
