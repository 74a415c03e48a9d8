/** Reads the built site and the content it came from, for build-output tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const DIST = 'dist';

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((child) => join(name, child)) : [name];
  });
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

export function listHtmlPages(): string[] {
  return listFiles(DIST).filter((path) => path.endsWith('.html'));
}

export interface ContentEntry {
  id: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** The entries of a collection folder, with their frontmatter parsed. */
export function readEntries(folder: string): ContentEntry[] {
  const root = join('content', folder);
  return listFiles(root)
    .filter((path) => /\.(mdx|ya?ml)$/.test(path))
    .map((path) => {
      const text = readFileSync(join(root, path), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      const id = path.split('/').pop()!.replace(/\.[^.]+$/, '');
      const data = (match ? parse(match[1]!) : parse(text)) as Record<string, unknown>;
      return { id, path: relative('.', join(root, path)), data, body: match?.[2] ?? '' };
    });
}

export const readPublishedArticles = () => readEntries('articles').filter((entry) => entry.data.draft !== true);

/** The visible text of a page: tags and scripts dropped, entities left as they are. */
export function getVisibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
