import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Article } from '../../../data/archive.ts';
import { CITATION_FILES, getCitationFile } from '../../../data/citation.ts';

/** Each article's citation as BibTeX, RIS and CSL-JSON: /articles/<id>/cite.bib, .ris, .json. */
export const getStaticPaths = (async () => {
  const { articles } = await getArchive();
  return articles.flatMap((article) =>
    CITATION_FILES.map((file) => ({ params: { id: article.id, file: `cite.${file.extension}` }, props: { article, extension: file.extension } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { article, extension } = props as { article: Article; extension: string };
  return getCitationFile(article, site!, extension);
};
