/**
 * Reads a built site and the content it came from, for build-output tests: the real archive
 * (the bare exports) or the fixture archive (`fixtureArchive`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { FIXTURE_CONTENT, FIXTURE_DIST } from './fixture-archive.ts';

export const DIST = 'dist';

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((child) => join(name, child)) : [name];
  });
}


export interface ContentEntry {
  id: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** A built archive: its output folder and the content folder it was built from. */
export interface ArchiveFiles {
  name: string;
  dist: string;
  readDist(path: string): string;
  listHtmlPages(): string[];
  /** The entries of a collection folder, with their frontmatter parsed. */
  readEntries(folder: string): ContentEntry[];
  readPublishedArticles(): ContentEntry[];
}

function openArchive(name: string, dist: string, content: string): ArchiveFiles {
  const readEntries = (folder: string): ContentEntry[] => {
    const root = join(content, folder);
    return listFiles(root)
      .filter((path) => /\.(mdx|ya?ml)$/.test(path))
      .map((path) => {
        const text = readFileSync(join(root, path), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
        const id = path.split('/').pop()!.replace(/\.[^.]+$/, '');
        const data = (match ? parse(match[1]!) : parse(text)) as Record<string, unknown>;
        return { id, path: relative('.', join(root, path)), data, body: match?.[2] ?? '' };
      });
  };
  return {
    name,
    dist,
    readDist: (path) => readFileSync(join(dist, path), 'utf8'),
    listHtmlPages: () => listFiles(dist).filter((path) => path.endsWith('.html')),
    readEntries,
    readPublishedArticles: () => readEntries('articles').filter((entry) => entry.data.draft !== true),
  };
}

export const realArchive = openArchive('the real archive', DIST, 'content');
export const fixtureArchive = openArchive('the fixture archive', FIXTURE_DIST, FIXTURE_CONTENT);
export const { readDist, listHtmlPages, readEntries, readPublishedArticles } = realArchive;

/** The visible text of a page: tags and scripts dropped, entities left as they are. */
export function getVisibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}
