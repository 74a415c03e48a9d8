/**
 * Where a build's page rendering goes, by route: read from the build log's page lines (printed
 * when the build runs with SITE_LOG_PAGES=1), so the bench can say which kind of page costs what.
 */

/** The render time of one kind of page. */
export interface RouteTime {
  /** The route's shape: "people/[id]", "people/[id]/[n]", "timeline/[n]/[n]". */
  route: string;
  pages: number;
  ms: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const PAGE_LINE = /├─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/;

/**
 * A page's route shape: its first folder, then "[n]" for numbers and "[id]" for names.
 * @example toRouteShape('/people/dmitry-peskov/2/index.html') // "people/[id]/[n]"
 */
export function toRouteShape(path: string): string {
  const [first = '', ...rest] = path.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (first.includes('.')) return first;
  return [first || '(home)', ...rest.map((segment) => (/^\d+$/.test(segment) ? '[n]' : '[id]'))].join('/');
}

/** Render time per route shape, the most expensive first. */
export function getRouteTimes(log: string): RouteTime[] {
  const times = new Map<string, RouteTime>();
  for (const line of log.replace(ANSI, '').split('\n')) {
    const match = PAGE_LINE.exec(line);
    if (!match) continue;
    const route = toRouteShape(match[1] ?? '');
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const time = times.get(route) ?? { route, pages: 0, ms: 0 };
    times.set(route, { route, pages: time.pages + 1, ms: time.ms + ms });
  }
  return [...times.values()].sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route));
}

/** The profile as lines: route, pages, total and per-page time. */
export function formatRouteTimes(times: readonly RouteTime[]): string[] {
  const width = Math.max(5, ...times.map((time) => time.route.length));
  return [
    `${'route'.padEnd(width)}   pages   render s   ms/page`,
    ...times.map((t) => `${t.route.padEnd(width)}   ${String(t.pages).padStart(5)}   ${(t.ms / 1000).toFixed(1).padStart(8)}   ${(t.ms / t.pages).toFixed(1).padStart(7)}`),
  ];
}
