import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Topic } from '../../../data/archive.ts';
import { getFeedResponse } from '../../../data/feed.ts';
import { getLinkedTo } from '../../../lib/related.ts';
import { siteConfig, urls } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getArchive();
  return topics.map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { topic } = props as { topic: Topic };
  const { articles } = await getArchive();
  const entries = getLinkedTo(articles, topic.id, (a) => a.topics.map((t) => t.id));
  return getFeedResponse({
    site: site!,
    title: `${topic.title} · ${siteConfig.name}`,
    description: topic.summary,
    pagePath: urls.topic(topic.id),
    feedPath: urls.topicFeed(topic.id),
    articles: entries,
  });
};
