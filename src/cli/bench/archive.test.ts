import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateBenchArchive, getBenchArchiveCounts, MAX_BENCH_ENTRIES, parseEntryCount } from './archive.ts';
import { checkContent } from '../../lib/check/content.ts';
import { findArticleIdProblems } from '../../lib/ids.ts';
import { readEntrySource } from '../../lib/frontmatter/read.ts';
import { isQuoteInBody } from '../../lib/quotes.ts';

const archive = generateBenchArchive({ entries: 50 });
const articles = archive.files.filter((file) => file.path.startsWith('articles/')).map((file) => ({ path: file.path, ...readEntrySource(file.text) }));
const idsOf = (folder: string) => archive.files.filter((file) => file.path.startsWith(`${folder}/`)).map((file) => file.path.replace(/^.*\/|\.[^.]+$/g, ''));

describe('the benchmark archive', () => {
  it('passes the content check as it stands: schemas, ids, references, quotes and citations', () => {
    const result = checkContent(archive.files, { root: 'content', today: { year: 2025, month: 6, day: 1 } });
    expect(result.problems).toEqual([]);
    expect(result.entryCount).toBe(archive.files.length);
    // Every body goes through the real MDX parser: seconds for 80 entries on a loaded machine.
  }, 30_000);

  it('holds the requested number of articles, and the counts it reports', () => {
    expect(archive.counts).toEqual(getBenchArchiveCounts(50));
    for (const [folder, count] of Object.entries(archive.counts)) expect(idsOf(folder), folder).toHaveLength(count);
  });

  it('names each article by its date at its precision and its outlet, in its year folder', () => {
    for (const { path, data } of articles) {
      const [year, month, day] = String(data['published']).split('-').map(Number);
      const published = { year: year ?? 0, ...(month ? { month } : {}), ...(day ? { day } : {}) };
      const outlet = typeof data['outlet'] === 'string' ? data['outlet'] : undefined;
      expect(findArticleIdProblems(path.replace(/^articles\//, ''), published, outlet), path).toEqual([]);
    }
  });

  it('mixes date precisions and unidentified outlets, as real sources do', () => {
    const ids = idsOf('articles');
    expect(ids.some((id) => /^\d{4}-\d{2}-[a-z]/.test(id))).toBe(true);
    expect(ids.some((id) => /^\d{4}-\d{2}-\d{2}-/.test(id))).toBe(true);
    expect(generateBenchArchive({ entries: 400 }).files.some((file) => /^articles\/\d{4}\/[\d-]+-unidentified-/.test(file.path))).toBe(true);
  });

  it('dates every event and article within 2014–2024, so none is ever in the future', () => {
    const large = generateBenchArchive({ entries: 1000 }).files;
    const dates = large.flatMap((file) => [...file.text.matchAll(/^(?:published|date): "([\d-]+)"$/gm)].map((match) => match[1] ?? ''));
    expect(dates).toHaveLength(1000 + getBenchArchiveCounts(1000).events);
    expect(dates.every((date) => date >= '2014' && date <= '2024-12-31')).toBe(true);
  });

  it('prints every quote verbatim in its article’s body, spoken by a person the article names', () => {
    const quoted = articles.filter(({ data }) => Array.isArray(data['quotes']));
    expect(quoted.length).toBeGreaterThan(10);
    for (const { path, data, body } of quoted) {
      for (const quote of data['quotes'] as { text: string; speaker: string }[]) {
        expect(isQuoteInBody(quote.text, body), `${path}: ${quote.text}`).toBe(true);
        expect(data['people']).toContain(quote.speaker);
      }
    }
  });

  it('references only entries it generates, and references every one of them', () => {
    const referenced = { outlets: new Set<string>(), topics: new Set<string>(), people: new Set<string>(), events: new Set<string>() };
    for (const { data } of articles) {
      if (typeof data['outlet'] === 'string') referenced.outlets.add(data['outlet']);
      for (const field of ['topics', 'people', 'events'] as const) for (const id of (data[field] as string[] | undefined) ?? []) referenced[field].add(id);
    }
    for (const [folder, ids] of Object.entries(referenced)) expect([...ids].sort(), folder).toEqual(idsOf(folder).sort());
  });

  it('cites in each topic explainer only articles of that topic', () => {
    const topicsOf = new Map(articles.map(({ path, data }) => [path.replace(/^.*\/|\.mdx$/g, ''), data['topics'] as string[]]));
    for (const topic of idsOf('topics')) {
      const text = archive.files.find((file) => file.path === `topics/${topic}.mdx`)?.text ?? '';
      const cited = [...text.matchAll(/<Cite id="([^"]+)"\/>/g)].map((match) => match[1] ?? '');
      expect(cited.length, topic).toBeGreaterThan(0);
      for (const id of cited) expect(topicsOf.get(id), id).toContain(topic);
    }
  });

  it('writes YAML entries that read back as plain data', () => {
    const person = archive.files.find((file) => file.path === 'people/person-1.yaml');
    expect(parse(person?.text ?? '')).toMatchObject({ name: expect.stringMatching(/^Person 1 /), role: expect.stringContaining('(synthetic)') });
  });

  it('marks itself as synthetic filler in every article', () => {
    for (const { data } of articles) expect(String(data['title'])).toMatch(/^Synthetic report \d{5}: /);
    for (const { data } of articles) expect(data['notes']).toEqual(['Synthetic benchmark entry (seed 1): Lorem ipsum filler, not a real report.']);
  });

  it('gives the same files for the same seed, and other files for another seed', () => {
    expect(generateBenchArchive({ entries: 50 })).toEqual(archive);
    expect(generateBenchArchive({ entries: 50, seed: 2 }).files).not.toEqual(archive.files);
  });
});

describe('getBenchArchiveCounts', () => {
  // The shape of a press archive, not the tuning: the exact counts are the generator's to change.
  const SIZES = [1, 10, 200, 1000, 5000, MAX_BENCH_ENTRIES];
  const counts = SIZES.map(getBenchArchiveCounts);

  it('gives the requested articles at least one entry of every collection, and no more of any than articles', () => {
    for (const count of counts) {
      for (const [name, value] of Object.entries(count)) expect(value, `${name} of ${count.articles}`).toBeGreaterThanOrEqual(1);
      for (const [name, value] of Object.entries(count)) expect(value, `${name} of ${count.articles}`).toBeLessThanOrEqual(count.articles);
    }
    expect(counts.map((count) => count.articles)).toEqual(SIZES);
  });

  it('never has fewer entries of a collection in a larger archive', () => {
    for (let i = 1; i < counts.length; i += 1) {
      for (const name of Object.keys(counts[i]!) as (keyof (typeof counts)[number])[]) expect(counts[i]![name], name).toBeGreaterThanOrEqual(counts[i - 1]![name]);
    }
  });

  it('levels off outlets and topics, grows people more slowly than articles, and events with them', () => {
    const [, , small, , large, largest] = counts;
    expect(largest!.outlets).toBe(large!.outlets);
    expect(largest!.topics).toBe(large!.topics);
    expect(largest!.people / largest!.articles).toBeLessThan(small!.people / small!.articles / 5);
    expect(largest!.events / largest!.articles).toBeCloseTo(small!.events / small!.articles, 2);
  });

  it('refuses a count outside 1 to 20000', () => {
    expect(() => getBenchArchiveCounts(0)).toThrow('entries must be a whole number from 1 to 20000, not 0');
    expect(() => getBenchArchiveCounts(20001)).toThrow(RangeError);
    expect(() => getBenchArchiveCounts(2.5)).toThrow(RangeError);
  });

  it('generates a one-article archive that still passes the check', () => {
    const tiny = generateBenchArchive({ entries: 1 });
    expect(checkContent(tiny.files, { root: 'content', today: { year: 2025, month: 6, day: 1 } }).problems).toEqual([]);
  });
});

describe('parseEntryCount', () => {
  it('reads a whole number from 1 to 20000', () => {
    expect(parseEntryCount('200')).toBe(200);
    expect(parseEntryCount('20000')).toBe(20000);
  });

  it('names the flag when it is missing or out of range', () => {
    expect(() => parseEntryCount(undefined)).toThrow('--entries is required, such as --entries 200');
    for (const value of ['0', '20001', '1.5', '-3', 'many', '']) {
      expect(() => parseEntryCount(value), value).toThrow(`--entries "${value}" must be a whole number from 1 to 20000`);
    }
  });
});

describe('the common name', () => {
  it('names the person the most articles mention', () => {
    const { files, commonName } = generateBenchArchive({ entries: 300 });
    const mentions = new Map<string, number>();
    for (const file of files.filter((f) => f.path.startsWith('articles/'))) {
      for (const id of (readEntrySource(file.text).data['people'] as string[]) ?? []) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    }
    const [mostMentioned] = [...mentions].sort((a, b) => b[1] - a[1])[0] ?? [];
    const person = files.find((file) => file.path === `people/${mostMentioned}.yaml`);
    expect(parse(person?.text ?? '')).toMatchObject({ name: commonName });
  });
});
