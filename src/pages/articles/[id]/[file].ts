import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { getCitationFile } from '../../../data/citation.ts';
import { getCitationFilePaths } from '../../../data/paths.ts';

/**
 * Each article's citation as BibTeX, RIS and CSL-JSON: /articles/<id>/cite.bib, .ris, .json, as
 * the dev server serves them. A build writes them all at once instead (the citation-files
 * integration): as pages, each cost Astro a millisecond, 12 of a 73 s build at 5,000 entries.
 */
export const getStaticPaths = (async () => (import.meta.env.DEV ? getCitationFilePaths(await getArchive()) : [])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => getCitationFile(props.view.article, site!, props.view.extension);
