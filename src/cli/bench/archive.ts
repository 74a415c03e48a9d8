/**
 * The synthetic archive behind `npm run bench`: N articles and the topics, people, outlets and
 * events they reference, as in-memory content files that pass `npm run check`. Pure and seeded,
 * so a run at the same size and seed builds the same archive on every machine.
 */
import { stringify } from 'yaml';
import type { ContentFile } from '../../lib/check/entry.ts';
import { toIsoString, type PartialDate } from '../../lib/dates.ts';
import { getArticleId, getArticlePath, slugify } from '../../lib/ids.ts';
import { renderFrontmatter } from '../../lib/frontmatter/write.ts';
import { UsageError } from '../../lib/flags.ts';
import { capitalize, createRandom, LOREM_WORDS, makeClause, makeParagraph, makeSentence, makeWords, type Random } from './text.ts';

/** The largest archive the bench generates; beyond it a 2-core machine builds for hours. */
export const MAX_BENCH_ENTRIES = 20_000;

/** The seed of every run, so that runs on different days and machines compare. */
export const DEFAULT_BENCH_SEED = 1;

/**
 * The `--entries` flag: how many articles to generate.
 * @example parseEntryCount('200') // 200
 */
export function parseEntryCount(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--entries is required, such as --entries 200');
  const count = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(count >= 1 && count <= MAX_BENCH_ENTRIES)) {
    throw new UsageError(`--entries "${value}" must be a whole number from 1 to ${MAX_BENCH_ENTRIES}`);
  }
  return count;
}

/** How many entries of each collection the archive holds. */
export interface BenchArchiveCounts {
  articles: number;
  topics: number;
  people: number;
  outlets: number;
  events: number;
}

/** The generated archive: its files, by path inside the content folder, and its counts. */
export interface BenchArchive {
  files: ContentFile[];
  counts: BenchArchiveCounts;
  /** The name of the person the most articles mention: a search a reader would make. */
  commonName: string;
}

/**
 * How many entries of each collection stand beside `articles` articles. A press archive has a few
 * outlets; its topics grow slowly; the people it quotes grow with the square root (the same
 * officials speak again and again); its events grow with it, each reported about six times.
 * @example getBenchArchiveCounts(1000) // { articles: 1000, topics: 5, people: 64, outlets: 6, events: 167 }
 */
export function getBenchArchiveCounts(articles: number): BenchArchiveCounts {
  if (!Number.isInteger(articles) || articles < 1 || articles > MAX_BENCH_ENTRIES) {
    throw new RangeError(`entries must be a whole number from 1 to ${MAX_BENCH_ENTRIES}, not ${articles}`);
  }
  return {
    articles,
    topics: Math.min(articles, 12, 3 + Math.floor(articles / 500)),
    people: Math.min(articles, Math.ceil(2 * Math.sqrt(articles))),
    outlets: Math.min(articles, 6),
    events: Math.ceil(articles / 6),
  };
}

// Every date falls in 2014–2024, so none is in the future: events and articles take a day up to
// 2024-12-26, and an article may follow its event by up to five days.
const FIRST_DAY = Date.UTC(2014, 0, 1);
const LAST_DAY = 4012;
const MS_PER_DAY = 86_400_000;
const RETRIEVED = '2025-01-15';

function getDate(day: number): PartialDate {
  const date = new Date(FIRST_DAY + day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Most sources print a day; some only a month or a year, which ids and pages must keep. */
function reducePrecision(date: PartialDate, random: Random): PartialDate {
  const roll = random.next();
  if (roll < 0.04) return { year: date.year };
  if (roll < 0.12) return { year: date.year, month: date.month ?? 1 };
  return date;
}

const pad = (n: number): string => String(n).padStart(5, '0');
const word = (random: Random): string => capitalize(random.pick(LOREM_WORDS));

/**
 * YAML as the importer writes it: strings double-quoted, so no reader takes a date for a
 * timestamp; undefined fields (optional ones left unset) are left out.
 */
const toYaml = (data: Record<string, unknown>): string =>
  stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

/** Frontmatter fields in the given order, leaving out the absent ones (optional fields stay unset). */
const toFrontmatter = (data: Record<string, unknown>): string =>
  renderFrontmatter(Object.entries(data).filter(([, value]) => value !== undefined).map(([key, value]) => ({ key, value })));

interface Person {
  id: string;
  name: string;
}

interface BenchEvent {
  id: string;
  day: number;
  topic: string;
}

/** Picks an index with a heavy head: a few people appear in many articles, as officials do. */
const pickSkewed = (random: Random, count: number): number => Math.floor(count * random.next() ** 3);

function makePerson(random: Random, n: number): { person: Person; file: ContentFile } {
  const person = { id: `person-${n}`, name: `Person ${n} ${word(random)}` };
  const aliases = [`P. ${n} ${word(random)}`, `${word(random)}-${n}`].slice(0, random.int(0, 2));
  const data = { name: person.name, role: `${capitalize(makeWords(random, 3))} (synthetic)`, aliases };
  return { person, file: { path: `people/${person.id}.yaml`, text: toYaml(data) } };
}

function makeEvent(random: Random, n: number, topics: readonly string[]): { event: BenchEvent; file: ContentFile } {
  const event = { id: `event-${n}`, day: random.int(0, LAST_DAY), topic: random.pick(topics) };
  const data = {
    title: `Synthetic event ${n}: ${makeWords(random, random.int(3, 6))}`,
    date: toIsoString(getDate(event.day)),
    topics: [event.topic],
    summary: makeSentence(random),
    location: random.chance(0.5) ? `Place ${word(random)}` : undefined,
  };
  return { event, file: { path: `events/${event.id}.yaml`, text: toYaml(data) } };
}

/** What an article draws on: the entries generated before it. */
interface ArticleContext {
  index: number;
  seed: number;
  counts: BenchArchiveCounts;
  topics: readonly string[];
  people: readonly Person[];
  events: readonly BenchEvent[];
}

function makeArticle(random: Random, context: ArticleContext): { id: string; topics: string[]; file: ContentFile } {
  const { index, counts, topics, people, events } = context;
  const n = index + 1;
  // Every topic, event, outlet and person is referenced, so every page the engine builds lists
  // something: the first articles take one topic and one event each, and all take outlets and
  // people in turn (plus a few people drawn with a heavy head).
  const event = index < events.length ? events[index] : random.chance(0.5) ? random.pick(events) : undefined;
  const published = reducePrecision(getDate(event ? event.day + random.int(0, 5) : random.int(0, LAST_DAY)), random);
  const outlet = index < counts.outlets || random.chance(0.9) ? `outlet-${(index % counts.outlets) + 1}` : undefined;
  const title = `Synthetic report ${pad(n)}: ${makeClause(random, 4, 8)}`;
  const id = getArticleId(published, outlet, title);
  const firstTopic = index < topics.length ? topics[index] : (event?.topic ?? random.pick(topics));
  const articleTopics = [...new Set([firstTopic ?? random.pick(topics), ...(random.chance(0.3) ? [random.pick(topics)] : [])])];
  const cast = [index % people.length, ...Array.from({ length: random.int(0, 3) }, () => pickSkewed(random, people.length))];
  const articlePeople = [...new Set(cast)].map((position) => people[position] as Person);
  const paragraphs = Array.from({ length: random.int(3, 8) }, () => makeParagraph(random));
  const quotes = Array.from({ length: random.int(0, 3) }, () => {
    const speaker = random.pick(articlePeople);
    const text = makeClause(random, 5, 14);
    paragraphs.splice(random.int(0, paragraphs.length), 0, `${speaker.name} said: "${text}." ${makeSentence(random)}`);
    return { text, speaker: speaker.id, context: random.chance(0.5) ? `Synthetic context: ${makeWords(random, 4)}` : undefined };
  });
  const url = outlet ? `https://${outlet}.example/${published.year}/${slugify(title)}` : undefined;
  const data = {
    title,
    titleSupplied: random.chance(0.1) ? true : undefined,
    outlet,
    byline: random.chance(0.6) ? `Byline ${word(random)}` : undefined,
    published: toIsoString(published),
    circa: published.day === undefined && random.chance(0.5) ? true : undefined,
    url,
    archivedUrl: url && random.chance(0.3) ? `https://archive.example/${id}` : undefined,
    retrieved: random.chance(0.7) ? RETRIEVED : undefined,
    language: 'en',
    topics: articleTopics,
    people: articlePeople.map((person) => person.id),
    events: event ? [event.id] : undefined,
    summary: random.chance(0.5) ? makeSentence(random) : undefined,
    quotes: quotes.length > 0 ? quotes : undefined,
    notes: [`Synthetic benchmark entry (seed ${context.seed}): Lorem ipsum filler, not a real report.`],
  };
  const text = `${toFrontmatter(data)}\n${paragraphs.join('\n\n')}\n`;
  return { id, topics: articleTopics, file: { path: `articles/${getArticlePath(id)}`, text } };
}

// An explainer cites a handful of its topic's articles, as a real one does, not all of them.
const MAX_CITED = 12;

function makeTopic(random: Random, n: number, articleIds: readonly string[]): ContentFile {
  const cited = articleIds.slice(0, MAX_CITED);
  let next = 0;
  const cite = () => `<Cite id="${cited[next++ % cited.length] ?? ''}"/>`;
  const paragraphs = Array.from({ length: random.int(2, 4) }, () =>
    Array.from({ length: random.int(2, 4) }, () => `${makeSentence(random)}${cite()}`).join(' '),
  );
  const frontmatter = toFrontmatter({ title: `Synthetic topic ${n}`, summary: makeSentence(random), order: n });
  return { path: `topics/topic-${n}.mdx`, text: `${frontmatter}\n${paragraphs.join('\n\n')}\n` };
}

/**
 * A synthetic archive of `entries` articles that passes the content check: ids match dates and
 * outlets, every reference resolves, every quote is printed in its body, every explainer cites.
 * @example generateBenchArchive({ entries: 50 }).files.filter((f) => f.path.startsWith('articles/')).length // 50
 */
export function generateBenchArchive({ entries, seed = DEFAULT_BENCH_SEED }: { entries: number; seed?: number }): BenchArchive {
  const counts = getBenchArchiveCounts(entries);
  const random = createRandom(seed);
  const files: ContentFile[] = [];
  for (let n = 1; n <= counts.outlets; n++) {
    const data = { name: `Outlet ${n} ${word(random)} (synthetic)`, url: `https://outlet-${n}.example`, notes: 'A synthetic outlet for benchmarks.' };
    files.push({ path: `outlets/outlet-${n}.yaml`, text: toYaml(data) });
  }
  const topics = Array.from({ length: counts.topics }, (_, i) => `topic-${i + 1}`);
  const people = Array.from({ length: counts.people }, (_, i) => makePerson(random, i + 1));
  const events = Array.from({ length: counts.events }, (_, i) => makeEvent(random, i + 1, topics));
  files.push(...people.map(({ file }) => file), ...events.map(({ file }) => file));
  const context = { seed, counts, topics, people: people.map(({ person }) => person), events: events.map(({ event }) => event) };
  const articlesByTopic = new Map<string, string[]>(topics.map((topic) => [topic, []]));
  for (let index = 0; index < entries; index++) {
    const article = makeArticle(random, { ...context, index });
    for (const topic of article.topics) articlesByTopic.get(topic)?.push(article.id);
    files.push(article.file);
  }
  topics.forEach((topic, i) => files.push(makeTopic(random, i + 1, articlesByTopic.get(topic) ?? [])));
  // The first person is drawn most often (pickSkewed's heavy head) and is in article 1's cast.
  return { files, counts, commonName: people[0]?.person.name ?? '' };
}
