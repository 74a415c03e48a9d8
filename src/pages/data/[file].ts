import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFileNames, getDataFiles, toDataResponse } from '../../data/data-package.ts';

/** The open data package's tables: /data/<table>.csv and /data/<table>.json. */
export const getStaticPaths = (() => getDataFileNames().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const file = (await getDataFiles(site!)).find((candidate) => candidate.path === `data/${params.file}`);
  if (!file) throw new Error(`The data package has no file data/${params.file}`);
  return toDataResponse(file);
};
