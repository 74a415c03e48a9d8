import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { getFeedResponse } from '../../../data/feed.ts';
import { getTopicFeedPaths } from '../../../data/paths.ts';
import { siteConfig, urls } from '../../../data/site.ts';

export const getStaticPaths = (async () => getTopicFeedPaths(await getArchive())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ site, props: { view } }) =>
  getFeedResponse({
    site: site!,
    title: `${view.topic.title} · ${siteConfig.name}`,
    description: view.topic.summary,
    pagePath: urls.topic(view.topic.id),
    feedPath: urls.topicFeed(view.topic.id),
    articles: view.articles,
  });
