import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getArchive } from '../../../data/archive.ts';
import { getCitationFile } from '../../../data/citation.ts';
import { getCitationFilePaths } from '../../../data/paths.ts';

/** Each article's citation as BibTeX, RIS and CSL-JSON: /articles/<id>/cite.bib, .ris, .json. */
export const getStaticPaths = (async () => getCitationFilePaths(await getArchive())) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => getCitationFile(props.view.article, site!, props.view.extension);
