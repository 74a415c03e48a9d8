import { describe, expect, it } from 'vitest';
import { formatBenchNotes, formatBenchTable, formatBytes, formatMemory, formatRatio, parseIndexSeconds, parseTimeMaxRss, type BuildMeasurement } from './report.ts';

describe('formatBytes', () => {
  it('uses binary units with one decimal below 100', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MiB');
    expect(formatBytes(2.25 * 1024 ** 3)).toBe('2.3 GiB');
  });
});

describe('formatMemory', () => {
  it('tells apart what one decimal of a GiB would not, either side of the 2 GiB limit', () => {
    expect(formatMemory(1.96 * 1024 ** 3)).toBe('2007 MiB');
    expect(formatMemory(2.04 * 1024 ** 3)).toBe('2089 MiB');
  });
});

describe('formatRatio', () => {
  it('divides with two decimals, and shows a dash when a side is unknown or zero', () => {
    expect(formatRatio(30, 12)).toBe('2.50×');
    expect(formatRatio(undefined, 12)).toBe('—');
    expect(formatRatio(3, 0)).toBe('—');
  });
});

describe('parseTimeMaxRss', () => {
  it('reads GNU time’s %M (kilobytes) as bytes', () => {
    expect(parseTimeMaxRss('812344\n')).toBe(812344 * 1024);
  });

  it('reads the value after GNU time’s note on a failed command', () => {
    expect(parseTimeMaxRss('Command exited with non-zero status 1\n4096\n')).toBe(4096 * 1024);
  });

  it('gives undefined when there is no value', () => {
    expect(parseTimeMaxRss('')).toBeUndefined();
  });
});

describe('parseIndexSeconds', () => {
  it('reads Pagefind’s indexing time from the build log', () => {
    const log = '10:00:01 [kremlin-record:pagefind] Indexed 20 of 40 pages (5 article, 3 topic, 7 person, 5 event) in 12.5 s; pagefind/ holds 278.9 KiB.\n';
    expect(parseIndexSeconds(log)).toBe(12.5);
  });

  it('gives undefined for a build without a search index', () => {
    expect(parseIndexSeconds('[build] Complete!')).toBeUndefined();
  });
});

describe('formatBenchTable', () => {
  const engine: BuildMeasurement = {
    seconds: 12.34, peakRssBytes: 600 * 1024 ** 2, treeRssBytes: 900 * 1024 ** 2, pages: 260, distBytes: 10 * 1024 ** 2,
    indexBytes: 2 * 1024 ** 2, largestPage: { path: '/quotes/index.html', bytes: 90 * 1024 }, indexSeconds: 3.2,
  };
  const baseline: BuildMeasurement = {
    seconds: 4.1, peakRssBytes: 400 * 1024 ** 2, treeRssBytes: undefined, pages: 200, distBytes: 1024 ** 2,
    indexBytes: undefined, largestPage: { path: '/a/index.html', bytes: 30 * 1024 },
  };

  it('sets each measure of both builds side by side with their ratio, in aligned columns', () => {
    expect(formatBenchTable(200, engine, baseline).split('\n')).toEqual([
      '                            engine   bare Astro MDX   engine ÷ bare',
      'entries                        200              200',
      'build time                  12.3 s            4.1 s           3.01×',
      'peak RSS, one process      600 MiB          400 MiB           1.50×',
      'peak RSS, all processes    900 MiB                —               —',
      'pages                          260              200           1.30×',
      'dist size                 10.0 MiB          1.0 MiB          10.00×',
      'largest page              90.0 KiB         30.0 KiB           3.00×',
      'search index               2.0 MiB                —               —',
      'index time                   3.2 s                —',
    ]);
  });

  it('names the largest pages, and sets the incremental build and the first query beside the cold build', () => {
    const notes = formatBenchNotes(engine, baseline, {
      incrementalSeconds: 3.1,
      firstQuery: { query: 'Person 1 Lorem', bytes: 120 * 1024, requests: 9, loadToResultsMs: 812.4, typeToResultsMs: 301.6 },
    });
    expect(notes).toEqual([
      'Largest page: engine /quotes/index.html (90.0 KiB); bare /a/index.html (30.0 KiB).',
      "Incremental build (one article's text changed, content cache kept): 3.1 s, 0.25× the cold build.",
      'First query "Person 1 Lorem" in Chromium: 120 KiB from pagefind/ in 9 requests; results 812 ms after opening /search/?q=, 302 ms after typing (the page waits 250 ms for typing to pause).',
    ]);
  });

  it('leaves out what was not measured', () => {
    expect(formatBenchNotes({ ...engine, largestPage: undefined }, baseline, {})).toEqual(['Largest page: engine —; bare /a/index.html (30.0 KiB).']);
    expect(formatBenchNotes(engine, baseline, { firstQueryError: 'Timeout 180000ms exceeded.' })[1]).toBe('First query: not measured (Timeout 180000ms exceeded.).');
  });
});
