/**
 * Each entry's fields as read from its YAML, kept between builds (`disk-cache.ts`). Parsing the
 * YAML of every unchanged entry again, with the line of every field, was the check's largest cost
 * in a rebuild after one edit (1.7 of its 3 seconds at 5,000 entries).
 *
 * The lines of the fields are not kept: the rules across entries (a dangling reference, a
 * duplicate) ask for one only when they find a problem, and then the YAML is parsed again.
 */
import { join } from 'node:path';
import { readEntryFields, type EntryFields, type FieldReader } from '../check/entry.ts';
import { parseYamlSource } from '../frontmatter/read.ts';
import { hashText, type DiskCache } from '../disk-cache.ts';

/** What is kept of a reading: all but the lines, which need the parsed document. */
export type StoredFields = Omit<EntryFields, 'getLine'>;

/**
 * Reads fields as `readEntryFields` does, taking the result from `cache` when the same YAML was
 * read for the same collection before.
 * @example readContentEntry(file, 'people', { readFields: cacheFieldReading(openDiskCache(file, version)) })
 */
export function cacheFieldReading(cache: Pick<DiskCache<StoredFields>, 'get' | 'set'>): FieldReader {
  return (yaml, yamlLine, collection, rootField) => {
    const key = hashText(collection, rootField, String(yamlLine), yaml);
    const known = cache.get(key);
    if (known) {
      let source: ReturnType<typeof parseYamlSource> | undefined;
      return { ...known, getLine: (path) => (source ??= parseYamlSource(yaml, yamlLine)).getLine(path) };
    }
    const { getLine, ...read } = readEntryFields(yaml, yamlLine, collection, rootField);
    cache.set(key, read);
    return { ...read, getLine };
  };
}

/** Where the loader keeps the cache: in Astro's cache folder, beside the content layer's store. */
export const getFieldsCacheFile = (cacheDir: string) => join(cacheDir, 'kremlin-record-fields.bin');
