import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates.ts';

/** The archive's collections, each a folder of the content folder. */
export const COLLECTION_NAMES = ['articles', 'topics', 'people', 'outlets', 'events'] as const;

/** The collections an entry may link to. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * Builds the schema of a link to another collection. Astro passes its `reference()`, which makes a
 * dangling link fail the build; the maintainer check passes a plain id schema and resolves links
 * itself, so that it can report every problem with its line.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** An entry id: lower-case words joined by hyphens. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lower-case letters, digits and single hyphens' });

/** A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept at that precision. */
export const partialDateSchema = z.unknown().transform((value, context) => {
  try {
    return parsePartialDate(value);
  } catch (error) {
    context.issues.push({ code: 'custom', message: (error as Error).message, input: value });
    return z.NEVER;
  }
});

/** A calendar day as `YYYY-MM-DD`, for what the archive itself knows to the day. */
export const dayDateSchema = partialDateSchema.refine((date) => date.day !== undefined, { error: 'must be a day as YYYY-MM-DD' });

/** A web address that must use https, so that readers never follow a link in the clear. */
export const httpsUrlSchema = z.url({ protocol: /^https$/, error: 'must be an https:// URL' });
