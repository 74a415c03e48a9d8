import type { APIRoute } from 'astro';
import { getDataFiles, toDataResponse } from '../data/data-package.ts';

/** The Frictionless descriptor of the open data package. */
export const GET: APIRoute = async ({ site }) => {
  const descriptor = (await getDataFiles(site!)).find((file) => file.path === 'datapackage.json');
  if (!descriptor) throw new Error('The data package has no descriptor');
  return toDataResponse(descriptor);
};
