import { describe, expect, it } from 'vitest';
import { formatRouteTimes, getRouteTimes, toRouteShape } from './profile.ts';

describe('toRouteShape', () => {
  it('keeps the first folder and names the rest by kind', () => {
    expect(toRouteShape('/people/dmitry-peskov/index.html')).toBe('people/[id]');
    expect(toRouteShape('/people/dmitry-peskov/2/index.html')).toBe('people/[id]/[n]');
    expect(toRouteShape('/timeline/navalny/2023/04/index.html')).toBe('timeline/[id]/[n]/[n]');
    expect(toRouteShape('/index.html')).toBe('(home)');
    expect(toRouteShape('/rss.xml')).toBe('rss.xml');
  });
});

describe('getRouteTimes', () => {
  it('sums each route’s page times from the build log, the most expensive first', () => {
    const log = [
      '02:06:04   \u001b[34m├─\u001b[39m \u001b[2m/articles/a/index.html\u001b[22m (+12ms) ',
      '02:06:04   ├─ /articles/b/index.html (+1.50s) ',
      '02:06:04   ├─ /people/p/index.html (+30ms) ',
      '02:06:04   ├─ /people/p/2/index.html (+8ms) ',
      '02:06:05 [build] ✓ Completed in 3.79s.',
    ].join('\n');
    expect(getRouteTimes(log)).toEqual([
      { route: 'articles/[id]', pages: 2, ms: 1512 },
      { route: 'people/[id]', pages: 1, ms: 30 },
      { route: 'people/[id]/[n]', pages: 1, ms: 8 },
    ]);
    expect(formatRouteTimes(getRouteTimes(log))[1]).toBe('articles/[id]         2        1.5     756.0');
  });
});
