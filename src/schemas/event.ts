import { z } from 'astro/zod';
import { partialDateSchema, type ReferenceFactory } from './common.ts';

/** Something that happened and that one or more archived articles report. */
export const eventSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** What happened, in a few words. */
    title: z.string().trim().min(1),
    /** When, at the precision the articles support. */
    date: partialDateSchema,
    /** True when the date is inferred rather than stated by the articles. */
    circa: z.boolean().default(false),
    /** The topics it belongs to. */
    topics: z.array(reference('topics')).min(1, { error: 'needs at least one topic' }),
    /** One or two sentences, saying only what the articles report. */
    summary: z.string().trim().min(1),
    /** Where it happened, when the articles say. */
    location: z.string().trim().min(1).optional(),
  });
