/**
 * The one place that reads the content collections: everything once per build, however many
 * pages ask, built into the archive's model (model.ts).
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './model.ts';

export * from './model.ts';

let archivePromise: Promise<Archive> | undefined;

async function loadArchive(): Promise<Archive> {
  const [articles, topics, people, outlets, events] = await Promise.all([
    getCollection('articles', ({ data }) => !data.draft),
    getCollection('topics'),
    getCollection('people'),
    getCollection('outlets'),
    getCollection('events'),
  ]);
  return buildArchive({ articles, topics, people, outlets, events });
}

/** The whole archive, loaded once per build however many pages ask for it. */
export function getArchive(): Promise<Archive> {
  archivePromise ??= loadArchive();
  return archivePromise;
}
