import { z } from 'astro/zod';
import { dayDateSchema, httpsUrlSchema, partialDateSchema, type ReferenceFactory } from './common.ts';

/** A quote the article prints verbatim; the check verifies it appears in the body. */
export const quoteSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** The words as printed, without the surrounding quotation marks. */
    text: z.string().trim().min(1),
    /** The person who said them. */
    speaker: reference('people'),
    /** Where or to whom they were said, as the article reports it. */
    context: z.string().optional(),
  });

/** An editorial note: plain text, or `{ text, warning: true }` when it is a doubt about accuracy. */
export const noteSchema = z.union([
  z.string().trim().min(1),
  z.strictObject({
    /** The note, as written by the archive. */
    text: z.string().trim().min(1),
    /** A doubt about the report's accuracy that a careful reader must see before the text; not for removal lists. */
    warning: z.boolean().default(false),
  }),
], { error: 'must be the note as text, or { text: "...", warning: true } for a doubt about accuracy' });

/** One archived news article: its provenance in the frontmatter, its faithful text in the body. */
export const articleSchema = <R extends z.ZodType>(reference: ReferenceFactory<R>) =>
  z.strictObject({
    /** The headline as published, or a plain descriptive one when the source has none. */
    title: z.string().trim().min(1),
    /** True when the archive wrote the title because the source printed none. */
    titleSupplied: z.boolean().default(false),
    /** The publisher; omitted when the text does not name it ("Unidentified outlet"). */
    outlet: reference('outlets').optional(),
    /** Author or byline as printed. */
    byline: z.string().trim().min(1).optional(),
    /** Publication date at the precision the source supports. */
    published: partialDateSchema,
    /** True when the date is inferred from the text rather than printed. */
    circa: z.boolean().default(false),
    /** Where the article was published. */
    url: httpsUrlSchema.optional(),
    /** A copy in a web archive. */
    archivedUrl: httpsUrlSchema.optional(),
    /** The day the text was captured for the archive. */
    retrieved: partialDateSchema.optional(),
    /** The day the entry was added to the archive; feeds date the entry's item by it. */
    added: dayDateSchema.optional(),
    /** The language of the text, as a BCP 47 tag. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 tag such as "en"' }).default('en'),
    /** The topics the article really concerns; at least one. */
    topics: z.array(reference('topics')).min(1, { error: 'needs at least one topic' }),
    /** People the article mentions. */
    people: z.array(reference('people')).default([]),
    /** Events the article reports. */
    events: z.array(reference('events')).default([]),
    /** One or two sentences by the archive; listings fall back to the text's first sentence. */
    summary: z.string().trim().min(1).optional(),
    /** Direct quotes printed in the body. */
    quotes: z.array(quoteSchema(reference)).default([]),
    /** Editorial notes: what was removed on import, doubts a careful reader should know. Each a string, or { text, warning: true } for a doubt about accuracy a reader must see before the text (shown above it, open). */
    notes: z.array(noteSchema).default([]),
    /** Kept out of the site while true. */
    draft: z.boolean().default(false),
  });
