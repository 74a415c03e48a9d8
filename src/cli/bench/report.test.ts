import { describe, expect, it } from 'vitest';
import { formatBenchTable, formatBytes, formatRatio, parseTimeMaxRss, type BuildMeasurement } from './report.ts';

describe('formatBytes', () => {
  it('uses binary units with one decimal below 100', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MiB');
    expect(formatBytes(2.25 * 1024 ** 3)).toBe('2.3 GiB');
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

describe('formatBenchTable', () => {
  const engine: BuildMeasurement = { seconds: 12.34, peakRssBytes: 600 * 1024 ** 2, pages: 260, distBytes: 10 * 1024 ** 2, indexBytes: 2 * 1024 ** 2 };
  const baseline: BuildMeasurement = { seconds: 4.1, peakRssBytes: 400 * 1024 ** 2, pages: 200, distBytes: 1024 ** 2, indexBytes: undefined };

  it('sets each measure of both builds side by side with their ratio, in aligned columns', () => {
    expect(formatBenchTable(200, engine, baseline).split('\n')).toEqual([
      '                 engine   bare Astro MDX   engine ÷ bare',
      'entries             200              200',
      'build time       12.3 s            4.1 s           3.01×',
      'peak RSS        600 MiB          400 MiB           1.50×',
      'pages               260              200           1.30×',
      'dist size      10.0 MiB          1.0 MiB          10.00×',
      'search index    2.0 MiB                —               —',
    ]);
  });
});
