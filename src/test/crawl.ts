/** Following a built site's links as a reader (or a crawler) would: plain `<a href>`, no script. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site-relative paths of every `<a href>` in `html` that stay on the site, fragments dropped. */
export function getLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"#?]*)[^"]*"/g)].map((m) => m[1] ?? '').filter((href) => href.startsWith('/') && !href.startsWith('//'));
}

/** The built file that serves `path`: "/people/x/2/" is "people/x/2/index.html". */
export function toDistFile(path: string): string {
  return path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1);
}

/** Where the site's forms lead (the search form in every page's header). */
export function getFormActions(html: string): string[] {
  return [...html.matchAll(/<form\b[^>]*\baction="([^"#?]*)"/g)].map((m) => m[1] ?? '').filter((href) => href.startsWith('/'));
}

/** Every HTML page reachable from `start` by links (and the search form) alone, as paths. */
export function crawl(dist: string, start = '/'): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const file = join(dist, toDistFile(path));
    if (!file.endsWith('.html') || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const link of [...getLinks(html), ...getFormActions(html)]) {
      if (!seen.has(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return seen;
}

/** The `rel="prev"`/`rel="next"` link of a page, if it has one. */
export function getRelLink(html: string, rel: 'prev' | 'next'): string | undefined {
  return new RegExp(`<a href="([^"]+)" rel="${rel}"`).exec(html)?.[1];
}

/** The inner HTML of every element `<tag class="className"...>...</tag>` (not nested in itself). */
export function getBlocks(html: string, tag: string, className: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\bclass="${className}"[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
}
