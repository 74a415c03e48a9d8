import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { siteConfig } from './site.config.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { outletSchema } from './schemas/outlet.ts';
import { personSchema } from './schemas/person.ts';
import { topicSchema } from './schemas/topic.ts';
import { getEntryIdFromPath } from './lib/ids.ts';
import { allowEmpty } from './lib/content/allow-empty.ts';

// The content folder may be relative to the project or absolute (tests and benchmarks).
const base = (folder: string) => `${siteConfig.contentDir.replace(/\/+$/, '')}/${folder}`;

// Articles live in year folders, but their id is the file name alone: the year is already in it.
const generateId = ({ entry }: { entry: string }) => getEntryIdFromPath(entry);

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: base('articles'), generateId }),
    schema: articleSchema(reference),
  }),
  topics: defineCollection({
    loader: glob({ pattern: '*.mdx', base: base('topics'), generateId }),
    schema: topicSchema(),
  }),
  people: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base('people'), generateId }),
    schema: personSchema(),
  }),
  outlets: defineCollection({
    // Articles may leave their outlet unknown, so an archive may hold no outlet at all.
    loader: allowEmpty(glob({ pattern: '*.{yaml,yml}', base: base('outlets'), generateId })),
    schema: outletSchema(),
  }),
  events: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: base('events'), generateId }),
    schema: eventSchema(reference),
  }),
};
