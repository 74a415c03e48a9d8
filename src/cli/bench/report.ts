/**
 * The report of `npm run bench`: what one build measured, and the table that sets the engine's
 * build beside the bare Astro MDX baseline's.
 */

/** What one build of the synthetic archive measured. */
export interface BuildMeasurement {
  /** Wall-clock time of the whole `astro build`, search indexing included. */
  seconds: number;
  /** The build's peak resident memory, in bytes; undefined when it could not be measured. */
  peakRssBytes: number | undefined;
  /** HTML pages written (the search bundle aside). */
  pages: number;
  /** Every file of the output folder. */
  distBytes: number;
  /** The search bundle (`pagefind/`); undefined when the build has none. */
  indexBytes: number | undefined;
  /** The build's processes together at their largest, sampled from /proc; undefined without /proc. */
  treeRssBytes?: number | undefined;
  /** The largest HTML page, by its path in the output. */
  largestPage?: { path: string; bytes: number } | undefined;
  /** Pagefind's indexing time, as the build reports it; undefined when the build has no index. */
  indexSeconds?: number | undefined;
}

/** What only the engine's run measures. */
export interface EngineExtras {
  /** The rebuild after one article's text changed, with the content cache kept. */
  incrementalSeconds?: number | undefined;
  firstQuery?: { query: string; bytes: number; requests: number; loadToResultsMs: number; typeToResultsMs: number } | undefined;
  /** Why the first query could not be measured. */
  firstQueryError?: string | undefined;
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB'] as const;

/**
 * A size in binary units, one decimal below 100.
 * @example formatBytes(1536) // "1.5 KiB"
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/**
 * Memory in whole MiB, never rounded to a tenth of a GiB: the limit is 2 GiB, and 1.96 and
 * 2.04 GiB would both print as "2.0 GiB".
 * @example formatMemory(2.04 * 1024 ** 3) // "2089 MiB"
 */
export const formatMemory = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MiB`;

/**
 * How many times `a` is `b`, or a dash when either is unknown or `b` is zero.
 * @example formatRatio(30, 12) // "2.50×"
 */
export function formatRatio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

/**
 * The peak RSS that GNU time wrote with `-f %M`, in bytes. GNU time puts a line such as "Command
 * exited with non-zero status 1" before the value when the command fails, so the last line counts.
 * @example parseTimeMaxRss('812344\n') // 831840256
 */
export function parseTimeMaxRss(output: string): number | undefined {
  const last = output.trim().split('\n').pop()?.trim() ?? '';
  return /^\d+$/.test(last) ? Number(last) * 1024 : undefined;
}

/**
 * Pagefind's indexing time from the build log's "Indexed N of M pages (...) in 4.2 s" line.
 * @example parseIndexSeconds('[kremlin-record:pagefind] Indexed 20 of 40 pages (5 article) in 1.5 s; pagefind/ holds 9 KiB.') // 1.5
 */
export function parseIndexSeconds(log: string): number | undefined {
  const match = /Indexed \d+ of \d+ pages .*? in (\d+(?:\.\d+)?) s;/.exec(log);
  return match ? Number(match[1]) : undefined;
}

const seconds = (value: number): string => `${value.toFixed(1)} s`;

const optional = (value: number | undefined, format: (value: number) => string): string =>
  value === undefined ? '—' : format(value);

/**
 * The comparison table: one row per measure (entries, build time, peak RSS, pages, dist size,
 * search index) with the engine's value, the baseline's and their ratio, in aligned columns.
 */
export function formatBenchTable(entries: number, engine: BuildMeasurement, baseline: BuildMeasurement): string {
  const rows: string[][] = [
    ['', 'engine', 'bare Astro MDX', 'engine ÷ bare'],
    ['entries', String(entries), String(entries), ''],
    ['build time', seconds(engine.seconds), seconds(baseline.seconds), formatRatio(engine.seconds, baseline.seconds)],
    [
      'peak RSS, one process',
      optional(engine.peakRssBytes, formatMemory),
      optional(baseline.peakRssBytes, formatMemory),
      formatRatio(engine.peakRssBytes, baseline.peakRssBytes),
    ],
    [
      'peak RSS, all processes',
      optional(engine.treeRssBytes, formatMemory),
      optional(baseline.treeRssBytes, formatMemory),
      formatRatio(engine.treeRssBytes, baseline.treeRssBytes),
    ],
    ['pages', String(engine.pages), String(baseline.pages), formatRatio(engine.pages, baseline.pages)],
    ['dist size', formatBytes(engine.distBytes), formatBytes(baseline.distBytes), formatRatio(engine.distBytes, baseline.distBytes)],
    [
      'largest page',
      optional(engine.largestPage?.bytes, formatBytes),
      optional(baseline.largestPage?.bytes, formatBytes),
      formatRatio(engine.largestPage?.bytes, baseline.largestPage?.bytes),
    ],
    [
      'search index',
      optional(engine.indexBytes, formatBytes),
      optional(baseline.indexBytes, formatBytes),
      formatRatio(engine.indexBytes, baseline.indexBytes),
    ],
    ['index time', optional(engine.indexSeconds, seconds), optional(baseline.indexSeconds, seconds), ''],
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('   ').trimEnd())
    .join('\n');
}

/**
 * The lines under the table: where the largest pages are, the incremental rebuild against the cold
 * build, and the first search in a browser.
 */
export function formatBenchNotes(engine: BuildMeasurement, baseline: BuildMeasurement, extras: EngineExtras): string[] {
  const page = (build: BuildMeasurement) => (build.largestPage ? `${build.largestPage.path} (${formatBytes(build.largestPage.bytes)})` : '—');
  const notes = [`Largest page: engine ${page(engine)}; bare ${page(baseline)}.`];
  if (extras.incrementalSeconds !== undefined) {
    notes.push(`Incremental build (one article's text changed, content cache kept): ${seconds(extras.incrementalSeconds)}, ${formatRatio(extras.incrementalSeconds, engine.seconds)} the cold build.`);
  }
  const query = extras.firstQuery;
  if (query) {
    notes.push(
      `First query "${query.query}" in Chromium: ${formatBytes(query.bytes)} from pagefind/ in ${query.requests} requests; ` +
        `results ${Math.round(query.loadToResultsMs)} ms after opening /search/?q=, ${Math.round(query.typeToResultsMs)} ms after typing (the page waits 250 ms for typing to pause).`,
    );
  }
  if (extras.firstQueryError) notes.push(`First query: not measured (${extras.firstQueryError}).`);
  return notes;
}
