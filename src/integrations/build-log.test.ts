import { describe, expect, it } from 'vitest';
import { createPageLineFilter, isHarmlessBundlerLog, type LogEvent } from './build-log.ts';

const info = (label: string | null, message: string, newLine = true): LogEvent => ({ label, level: 'info', message, newLine });

describe('the build log filter', () => {
  it('drops each page’s line and the render time that completes it', () => {
    const keep = createPageLineFilter();
    const events = [
      info('SKIP_FORMAT', ' generating static routes '),
      info(null, '  \u001b[34m├─\u001b[39m \u001b[2m/articles/a/index.html\u001b[22m', false),
      info('SKIP_FORMAT', ' (+12ms) '),
      info(null, '  ├─ /articles/b/index.html', false),
      info('SKIP_FORMAT', ' (cached)'),
      info(null, '\u001b[32m✓ Completed in 3.79s.\u001b[39m\n'),
    ];
    expect(events.filter(keep).map((event) => event.message)).toEqual([' generating static routes ', '\u001b[32m✓ Completed in 3.79s.\u001b[39m\n']);
  });

  it('drops the lines of pages built several at once, whose parts arrive interleaved', () => {
    const keep = createPageLineFilter();
    const events = [
      info(null, '  ├─ /articles/a/index.html', false),
      info(null, '  ├─ /articles/b/index.html', false),
      info(null, '  ├─ /articles/c/index.html', false),
      info('SKIP_FORMAT', ' (+12ms) '),
      info('SKIP_FORMAT', ' (cached)'),
      info(null, '  ├─ /articles/d/index.html', false),
      info('SKIP_FORMAT', ' (+3ms) '),
      info('SKIP_FORMAT', ' (+5ms) '),
      info(null, '✓ Completed in 3.79s.\n'),
    ];
    expect(events.filter(keep).map((event) => event.message)).toEqual(['✓ Completed in 3.79s.\n']);
  });

  it('keeps every warning and error, and every phase line', () => {
    const keep = createPageLineFilter();
    const events: LogEvent[] = [
      info('build', 'Collecting build info...'),
      { label: 'content', level: 'warn', message: 'The collection "x" does not exist or is empty.', newLine: true },
      { label: 'build', level: 'error', message: '├─ an error that happens to draw a tree', newLine: false },
      info('SKIP_FORMAT', ' (+3ms) '),
    ];
    expect(events.filter(keep)).toEqual(events);
  });
});

describe('the bundler log filter', () => {
  const directive = (name: string) => `The semantics of the module level directive "${name}" in "content/articles/2023/x.mdx?astroPropagatedAssets" may not be preserved when bundling.`;

  it('drops the warning about Astro’s own head-inject directive in MDX modules', () => {
    expect(isHarmlessBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: directive('use astro:head-inject') })).toBe(true);
  });

  it('keeps the same code for any other directive, and every other warning', () => {
    expect(isHarmlessBundlerLog('warn', { code: 'MODULE_LEVEL_DIRECTIVE', message: directive('use client') })).toBe(false);
    expect(isHarmlessBundlerLog('warn', { code: 'CIRCULAR_DEPENDENCY', message: 'a -> b -> a' })).toBe(false);
    expect(isHarmlessBundlerLog('error', { code: 'MODULE_LEVEL_DIRECTIVE', message: directive('use astro:head-inject') })).toBe(false);
  });
});
