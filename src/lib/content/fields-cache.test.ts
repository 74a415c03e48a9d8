import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntryFields } from '../check/entry.ts';
import { checkContentFolder } from '../check/content-folder.ts';
import { formatProblem } from '../check/content.ts';
import { openDiskCache, type DiskCache } from '../disk-cache.ts';
import { VALID_ARCHIVE } from '../../test/fixtures/hostile-entries.ts';
import { cacheFieldReading, type StoredFields } from './fields-cache.ts';

const TODAY = { year: 2025, month: 6, day: 1 };
const workDir = mkdtempSync(join(tmpdir(), 'kr-fields-cache-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A cache in memory that says what it was asked. */
function memoryCache() {
  const values = new Map<string, StoredFields>();
  const asked: string[] = [];
  const cache: Pick<DiskCache<StoredFields>, 'get' | 'set'> = {
    get: (key) => (asked.push(key), values.get(key)),
    set: (key, value) => void values.set(key, value),
  };
  return { cache, values, asked };
}

const EVENT = "title: E\ndate: '2023-12'\ntopics:\n  - ukraine-war\n  - 7\nsummary: S\n";

describe('cacheFieldReading', () => {
  it('reads as readEntryFields does, then gives the kept reading, whose lines are found again on asking', () => {
    const { cache, values } = memoryCache();
    const read = cacheFieldReading(cache);
    const fresh = readEntryFields(EVENT, 1, 'events', 'yaml');
    expect(fresh.problems).toEqual([expect.objectContaining({ field: 'topics.1', line: 5 })]);
    const first = read(EVENT, 1, 'events', 'yaml');
    expect([first.fields, first.problems]).toEqual([fresh.fields, fresh.problems]);
    // What the next run finds kept is what it is given, without reading the YAML.
    const [key] = values.keys();
    values.set(key!, { fields: { title: 'kept' }, problems: [] });
    const second = read(EVENT, 1, 'events', 'yaml');
    expect(second.fields).toEqual({ title: 'kept' });
    expect(second.getLine(['topics', 1])).toBe(5);
  });

  it('keeps a reading by collection and starting line as well as text', () => {
    const { cache, asked } = memoryCache();
    const read = cacheFieldReading(cache);
    read(EVENT, 1, 'events', 'yaml');
    read(EVENT, 1, 'people', 'yaml');
    read(EVENT, 2, 'events', 'frontmatter');
    expect(new Set(asked).size).toBe(3);
  });

  it('makes a check from the cache on disk report, word for word, what a fresh check reports', () => {
    const folder = join(workDir, 'dangling');
    cpSync(VALID_ARCHIVE, folder, { recursive: true });
    // Problems across entries ask for the line of a field: here a reference to no entry.
    writeFileSync(join(folder, 'events/peskov-nbc-interview.yaml'), "title: E\ndate: '2023-12'\ntopics:\n  - ukraine-war\n  - no-such-topic\nsummary: S\n");
    const file = join(workDir, 'fields.bin');
    const check = () => {
      const cache = openDiskCache<StoredFields>(file, 'v1');
      const lines = checkContentFolder(folder, { root: 'content', today: TODAY }, undefined, { readFields: cacheFieldReading(cache) }).result.problems.map(formatProblem);
      cache.save();
      return lines;
    };
    const fresh = checkContentFolder(folder, { root: 'content', today: TODAY }).result.problems.map(formatProblem);
    expect(fresh).toEqual([expect.stringMatching(/^content\/events\/peskov-nbc-interview\.yaml:5 topics\.1: no topic /)]);
    expect(check()).toEqual(fresh);
    expect(check()).toEqual(fresh);
  });
});
