import { defineCollection, reference } from 'astro:content';
import { siteConfig } from './site.config.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { outletSchema } from './schemas/outlet.ts';
import { personSchema } from './schemas/person.ts';
import { topicSchema } from './schemas/topic.ts';
import type { CollectionName } from './schemas/common.ts';
import { contentLoader } from './lib/content/loader.ts';
import { allowEmpty } from './lib/content/allow-empty.ts';

/** Today on the maintainer's calendar: no content date may be later (the rule `npm run check` keeps). */
const today = () => {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
};

// Every collection reads the content folder through one loader, which runs every rule of
// `npm run check` and stores HTML rendered from each body's checked syntax tree: no entry is ever
// compiled to code.
const loader = (collection: CollectionName) => contentLoader(collection, { root: siteConfig.contentDir, today });

export const collections = {
  articles: defineCollection({ loader: loader('articles'), schema: articleSchema(reference) }),
  topics: defineCollection({ loader: loader('topics'), schema: topicSchema() }),
  people: defineCollection({ loader: loader('people'), schema: personSchema() }),
  // Articles may leave their outlet unknown, so an archive may hold no outlet at all.
  outlets: defineCollection({ loader: allowEmpty(loader('outlets')), schema: outletSchema() }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema(reference) }),
};
